package org.esfkit.reporting.internal;

import java.math.BigDecimal;
import java.util.List;
import org.esfkit.core.Gender;
import org.esfkit.core.Target;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.ParticipantShare;
import org.esfkit.metrics.TargetResult;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportOptions;
import org.jspecify.annotations.Nullable;

/**
 * Renders the targets as CSV: one row per target and gender (the {@code total} row first, then
 * {@code woman}, {@code man}, {@code non_binary}, {@code not_reported} where the target has a
 * breakdown). RFC 4180: comma-separated with a decimal point, CRLF, UTF-8 with a byte-order mark so
 * that spreadsheets read å, ä and ö; a Swedish report follows Swedish conventions instead, as Excel
 * set to Swedish reads and writes CSV: semicolon-separated with a decimal comma. Columns and codes are language-neutral; a hidden figure is {@value Cell#MASK},
 * an undefined one empty, and a target without a verdict says why in {@code reason}. Text cells are
 * neutralised against formula injection ({@link #text(String)}); numbers the renderer writes itself
 * stay numbers.
 */
public final class CsvRenderer {
  private static final List<String> HEADER = List.of("project", "as_of", "target", "type", "description", "gender",
      "status", "achieved", "final", "threshold", "numerator", "denominator", "value", "wilson_low", "wilson_high",
      "pending", "reason");

  private final StringBuilder sb = new StringBuilder("\uFEFF");
  private final ProgressReport report;
  private final Figures figures;
  private final boolean swedish;

  private CsvRenderer(ProgressReport report, ReportOptions options) {
    this.report = report;
    this.figures = Figures.of(report, options);
    this.swedish = "sv".equals(options.locale().getLanguage());
  }

  /**
   * Renders the CSV text.
   *
   * @param report the report
   * @param options threshold and mode; a Swedish locale gives {@code ;} and a decimal comma
   * @return the CSV text
   */
  public static String render(ProgressReport report, ReportOptions options) {
    return new CsvRenderer(report, options).csv();
  }

  private String csv() {
    line(HEADER.stream().map(CsvRenderer::text).toArray(String[]::new));
    for (Figures.TargetFigures t : figures.targets()) {
      totalRow(t);
      TargetResult r = t.result();
      if (r instanceof ParticipantShare || r instanceof EnrolmentResult) {
        for (Gender g : Gender.values()) {
          genderRow(t, g);
        }
      }
    }
    return sb.toString();
  }

  private String[] common(Figures.TargetFigures t, String gender) {
    Target target = t.target();
    String description = target == null || target.description() == null ? "" : target.description();
    return new String[] {text(report.project().projectNumber()), report.asOf().toString(), text(t.result().id()),
        t.result().type().code(), text(description), gender};
  }

  private void totalRow(Figures.TargetFigures t) {
    String[] c = common(t, Cells.TOTAL);
    TargetResult r = t.result();
    BigDecimal th = threshold(r);
    String mask = text(Cell.MASK);
    line(c[0], c[1], c[2], c[3], c[4], c[5], t.verdictHidden() ? mask : r.status().code(),
        t.verdictHidden() ? mask : Boolean.toString(r.achieved()),
        t.finalHidden() ? mask : Boolean.toString(r.isFinal()), th == null ? "" : decimal(th.toPlainString()),
        cell(t.numerator()), cell(t.denominator()), cell(t.value()), cell(t.wilsonLow()), cell(t.wilsonHigh()),
        cell(t.pending()), t.verdictHidden() || r.reason() == null ? "" : text(r.reason()));
  }

  private void genderRow(Figures.TargetFigures t, Gender g) {
    String[] c = common(t, g.code());
    boolean share = t.result() instanceof ParticipantShare;
    line(c[0], c[1], c[2], c[3], c[4], c[5], "", "", "", "", cell(t.numerators().get(g)),
        share ? cell(t.denominators().get(g)) : "", share ? cell(t.shares().get(g)) : "", "", "", "", "");
  }

  private static @Nullable BigDecimal threshold(TargetResult r) {
    if (r instanceof ParticipantShare s) {
      return s.threshold();
    } else if (r instanceof CountResult c) {
      return c.threshold();
    } else if (r instanceof GrowthResult g) {
      return g.threshold();
    }
    return null;
  }

  private String cell(Cell c) {
    if (c instanceof Cell.Count n) {
      return Long.toString(n.value());
    } else if (c instanceof Cell.Ratio x) {
      return decimal(BigDecimal.valueOf(x.value()).toPlainString());
    } else if (c instanceof Cell.Number x) {
      return decimal(BigDecimal.valueOf(x.value()).toPlainString());
    } else if (c instanceof Cell.Amount a) {
      return decimal(a.value().amount().toPlainString());
    }
    return c.masked() ? text(Cell.MASK) : "";
  }

  /** A plain number with the decimal mark of the report's convention; no thousands separator. */
  private String decimal(String plain) {
    return swedish ? plain.replace('.', ',') : plain;
  }

  private void line(String... cells) {
    sb.append(String.join(swedish ? ";" : ",", cells)).append("\r\n");
  }

  /**
   * Writes a text cell: quoted when it holds a comma, semicolon, quote or line break (either
   * separator, so that a cell reads the same in both conventions); and when it starts with
   * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return, which a spreadsheet would
   * run as a formula, prefixed with a single quote and quoted.
   *
   * @param value the text
   * @return the cell as written
   */
  public static String text(String value) {
    boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    String v = formula ? "'" + value : value;
    if (formula || v.indexOf(',') >= 0 || v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
