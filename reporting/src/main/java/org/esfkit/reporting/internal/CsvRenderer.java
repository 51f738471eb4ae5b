package org.esfkit.reporting.internal;

import java.math.BigDecimal;
import java.util.List;
import org.esfkit.core.Gender;
import org.esfkit.core.TargetType;
import org.esfkit.reporting.GenderCount;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.TargetRow;
import org.jspecify.annotations.Nullable;

/**
 * Renders the targets as CSV: one row per target and gender (the {@code total} row first, then
 * {@code woman}, {@code man}, {@code non_binary}, {@code not_reported} where the target has a
 * breakdown). RFC 4180: comma-separated, CRLF, UTF-8 with a byte-order mark so that spreadsheets
 * read å, ä and ö. Columns and codes are language-neutral. Text cells are neutralised against
 * formula injection ({@link #text(String)}); numbers the renderer writes itself stay numbers.
 */
public final class CsvRenderer {
  private static final String SUPPRESSED = "suppressed";
  private static final List<String> HEADER = List.of("project", "as_of", "target", "type", "description", "gender",
      "status", "achieved", "final", "threshold", "numerator", "denominator", "value", "wilson_low", "wilson_high",
      "pending");

  private final StringBuilder sb = new StringBuilder("\uFEFF");
  private final ProgressReport report;
  private final Cells cells;

  private CsvRenderer(ProgressReport report, ReportOptions options) {
    this.report = report;
    this.cells = Cells.of(report, options);
  }

  /**
   * Renders the CSV text.
   *
   * @param report the report
   * @param options threshold and mode (the locale does not change CSV)
   * @return the CSV text
   */
  public static String render(ProgressReport report, ReportOptions options) {
    return new CsvRenderer(report, options).csv();
  }

  private String csv() {
    line(HEADER.stream().map(CsvRenderer::text).toArray(String[]::new));
    for (TargetRow r : report.targets()) {
      totalRow(r);
      if (!r.byGender().isEmpty() && (r.type() == TargetType.SHARE || r.type() == TargetType.ENROLMENT)) {
        for (Gender g : Gender.values()) {
          genderRow(r, g);
        }
      }
    }
    return sb.toString();
  }

  private String[] common(TargetRow r, String gender) {
    return new String[] {text(report.facts().projectNumber()), report.asOf().toString(), text(r.id()),
        r.type().code(), text(r.description() == null ? "" : r.description()), gender};
  }

  private void totalRow(TargetRow r) {
    String[] c = common(r, Cells.TOTAL);
    boolean share = r.type() == TargetType.SHARE;
    boolean hideValue = r.countsPeople()
        && cells.anyHidden(Cells.numerator(r.id(), Cells.TOTAL), Cells.denominator(r.id(), Cells.TOTAL));
    BigDecimal th = r.threshold();
    String value;
    if (r.value() == null) {
      value = "";
    } else if (hideValue) {
      value = SUPPRESSED;
    } else {
      value = r.type() == TargetType.COUNT ? Integer.toString(r.numerator()) : number(r.value());
    }
    String den = r.denominator() == null ? ""
        : share ? count(r, Cells.denominator(r.id(), Cells.TOTAL), r.denominator()) : r.denominator().toString();
    line(c[0], c[1], c[2], c[3], c[4], c[5], r.status().code(), Boolean.toString(r.achieved()),
        Boolean.toString(r.isFinal()), th == null ? "" : th.toPlainString(),
        count(r, Cells.numerator(r.id(), Cells.TOTAL), r.numerator()), den, value,
        wilson(r.wilsonLow(), hideValue), wilson(r.wilsonHigh(), hideValue),
        count(r, Cells.pending(r.id()), r.pending()));
  }

  private void genderRow(TargetRow r, Gender g) {
    String[] c = common(r, g.code());
    GenderCount gc = r.byGender().getOrDefault(g, GenderCount.of(0, 0));
    String num = count(r, Cells.numerator(r.id(), g.code()), gc.numerator());
    String den = "";
    String value = "";
    if (r.type() == TargetType.SHARE) {
      den = count(r, Cells.denominator(r.id(), g.code()), gc.denominator());
      if (gc.denominator() > 0) {
        boolean hide = r.countsPeople()
            && cells.anyHidden(Cells.numerator(r.id(), g.code()), Cells.denominator(r.id(), g.code()));
        value = hide ? SUPPRESSED : number((double) gc.numerator() / gc.denominator());
      }
    }
    line(c[0], c[1], c[2], c[3], c[4], c[5], "", "", "", "", num, den, value, "", "", "");
  }

  private String count(TargetRow r, String key, long n) {
    String mask = r.countsPeople() ? cells.mask(key, SUPPRESSED) : null;
    return mask != null ? text(mask) : Long.toString(n);
  }

  private static String wilson(@Nullable Double bound, boolean hide) {
    return bound == null ? "" : hide ? SUPPRESSED : number(bound);
  }

  private static String number(double x) {
    return BigDecimal.valueOf(x).toPlainString();
  }

  private void line(String... cells) {
    sb.append(String.join(",", cells)).append("\r\n");
  }

  /**
   * Writes a text cell: quoted when it holds a comma, quote or line break; and when it starts with
   * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return, which a spreadsheet would
   * run as a formula, prefixed with a single quote and quoted.
   *
   * @param value the text
   * @return the cell as written
   */
  public static String text(String value) {
    boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    String v = formula ? "'" + value : value;
    if (formula || v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
