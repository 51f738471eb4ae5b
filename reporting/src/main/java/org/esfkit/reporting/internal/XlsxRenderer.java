package org.esfkit.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.Target;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.NotComputedIndicator;
import org.esfkit.metrics.ParticipantShare;
import org.esfkit.metrics.TargetResult;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportOptions;
import org.jspecify.annotations.Nullable;

/**
 * Renders a report as an Excel workbook (Office Open XML, {@code .xlsx}) with
 * <a href="https://github.com/dhatim/fastexcel">fastexcel</a>, labels in the report's language.
 * Three sheets: the report (project, date, the note on suppression, participants enrolled), the
 * targets (one row per target and gender, as in CSV; a status, final or reason decided from a hidden
 * count is the mask too) and the indicators (completeness, the grand
 * total and the indicators, then those not computed).
 *
 * <p>Every figure comes from {@link Figures}: a number is a number cell (counts {@code 0},
 * shares and growth {@code 0.0%}, days and scores with their decimals, money {@code #,##0.00}),
 * so a spreadsheet can sum and sort it; a hidden figure is the text {@value Cell#MASK}, never
 * the value; an undefined one is an empty cell. Text is always written as a string cell and the
 * workbook holds no formula, so a text starting with {@code =}, {@code +}, {@code -} or
 * {@code @} is shown as written and never run. The bytes are not reproducible: the library
 * stamps the creation time into the document properties and the zip entries.
 */
public final class XlsxRenderer {
  private static final String COUNT = "0";
  private static final String PERCENT = "0.0%";
  private static final String MONEY = "#,##0.00";

  private final ProgressReport report;
  private final ReportOptions options;
  private final Locale locale;
  private final Figures figures;
  private final ViewBuilder words;

  private XlsxRenderer(ProgressReport report, ReportOptions options) {
    this.report = report;
    this.options = options;
    this.locale = options.locale();
    this.words = new ViewBuilder(report, options);
    this.figures = words.figures();
  }

  /**
   * Writes the workbook.
   *
   * @param report the report
   * @param options locale, threshold and mode
   * @param out where to write; left open
   * @throws IOException if writing fails
   */
  public static void write(ProgressReport report, ReportOptions options, OutputStream out) throws IOException {
    new XlsxRenderer(report, options).workbook(out);
  }

  private void workbook(OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "esfkit", null);
    summary(wb.newWorksheet(t(Label.REPORT_TITLE)));
    if (!figures.targets().isEmpty()) {
      targets(wb.newWorksheet(t(Label.TARGETS)));
    }
    if (!figures.indicators().isEmpty()) {
      indicators(wb.newWorksheet(t(Label.INDICATORS_SHEET)));
    }
    wb.finish();
  }

  private String t(Label label) {
    return label.in(locale);
  }

  private void summary(Worksheet ws) {
    EsfProject p = report.project();
    int r = 0;
    text(ws, r, 0, t(Label.REPORT_TITLE));
    ws.style(r, 0).bold().set();
    r++;
    pair(ws, r++, t(Label.PROJECT_NUMBER), p.projectNumber());
    pair(ws, r++, t(Label.PROJECT_NAME), p.name());
    if (p.owner() != null) {
      pair(ws, r++, t(Label.OWNER), p.owner());
    }
    pair(ws, r++, t(Label.AS_OF), report.asOf().toString());
    pair(ws, r++, t(Label.PERIOD), p.period().start() + " – " + p.period().end());
    if (p.plannedParticipants() != null) {
      text(ws, r, 0, t(Label.PLANNED_PARTICIPANTS));
      ws.value(r++, 1, p.plannedParticipants());
    }
    text(ws, r, 0, t(Label.ENROLLED_PARTICIPANTS));
    cell(ws, r++, 1, figures.enrolled());
    r++;
    text(ws, r, 0, options.internal() ? t(Label.INTERNAL_NOTE)
        : String.format(Locale.ROOT, t(Label.SUPPRESSION_NOTE), options.suppressionThreshold()));
    ws.width(0, 36);
    ws.width(1, 40);
  }

  private void targets(Worksheet ws) {
    String[] header = {t(Label.TARGET), t(Label.DESCRIPTION), t(Label.TYPE), t(Label.GENDER), t(Label.STATUS),
        t(Label.FINAL), t(Label.THRESHOLD), t(Label.NUMERATOR), t(Label.DENOMINATOR), t(Label.VALUE),
        t(Label.WILSON_LOW), t(Label.WILSON_HIGH), t(Label.PENDING), t(Label.REASON)};
    header(ws, header);
    int r = 1;
    for (Figures.TargetFigures tf : figures.targets()) {
      TargetResult res = tf.result();
      Target target = tf.target();
      common(ws, r, tf, t(Label.TOTAL));
      text(ws, r, 4, tf.verdictHidden() ? Cell.MASK : words.statusText(res.status()));
      text(ws, r, 5, tf.finalHidden() ? Cell.MASK : t(res.isFinal() ? Label.YES : Label.NO));
      threshold(ws, r, 6, res);
      cell(ws, r, 7, tf.numerator());
      cell(ws, r, 8, tf.denominator());
      cell(ws, r, 9, tf.value());
      cell(ws, r, 10, tf.wilsonLow());
      cell(ws, r, 11, tf.wilsonHigh());
      cell(ws, r, 12, target != null && target.measure() == Measure.FOLLOW_UP_STATUS
          ? tf.pending() : Cell.NONE);
      if (res.reason() != null && !tf.verdictHidden()) {
        text(ws, r, 13, res.reason());
      }
      r++;
      if (res instanceof ParticipantShare || res instanceof EnrolmentResult) {
        for (Gender g : Gender.values()) {
          common(ws, r, tf, t(ViewBuilder.genderLabel(g)));
          cell(ws, r, 7, tf.numerators().get(g));
          if (res instanceof ParticipantShare) {
            cell(ws, r, 8, tf.denominators().get(g));
          }
          cell(ws, r, 9, tf.shares().get(g));
          r++;
        }
      }
    }
    ws.freezePane(1, 1);
    ws.width(0, 22);
    ws.width(1, 40);
    ws.width(2, 28);
    ws.width(4, 20);
    ws.width(13, 40);
  }

  private void common(Worksheet ws, int r, Figures.TargetFigures tf, String gender) {
    Target target = tf.target();
    text(ws, r, 0, tf.result().id());
    text(ws, r, 1, target == null || target.description() == null ? "" : target.description());
    text(ws, r, 2, words.typeText(tf));
    text(ws, r, 3, gender);
  }

  private static void threshold(Worksheet ws, int r, int c, TargetResult res) {
    if (res instanceof EnrolmentResult e) {
      number(ws, r, c, e.planned(), COUNT);
    } else if (res instanceof CountResult cr) {
      number(ws, r, c, cr.threshold(), COUNT);
    } else if (res instanceof GrowthResult g) {
      number(ws, r, c, g.threshold(), PERCENT);
    } else {
      number(ws, r, c, ((ParticipantShare) res).threshold(), PERCENT);
    }
  }

  private void indicators(Worksheet ws) {
    int r = 0;
    Figures.CompletenessFigures c = figures.completeness();
    if (c != null) {
      text(ws, r, 0, t(Label.COMPLETENESS));
      ws.style(r, 0).bold().set();
      r++;
      text(ws, r, 0, t(Label.GRAND_TOTAL));
      cell(ws, r++, 2, c.grandTotal());
      for (Gender g : Gender.values()) {
        text(ws, r, 0, t(Label.OF_WHOM) + " " + t(ViewBuilder.genderLabel(g)).toLowerCase(locale));
        cell(ws, r++, 2, c.grandTotalByGender().get(g));
      }
      text(ws, r, 0, t(Label.COMPLETE_RECORDS));
      cell(ws, r++, 2, c.complete());
      text(ws, r, 0, t(Label.COMPLETE_SHARE));
      cell(ws, r++, 2, c.completeShare());
      for (var m : c.missing().entrySet()) {
        text(ws, r, 0, String.format(Locale.ROOT, t(Label.MISSING_FIELD), words.fieldText(m.getKey())));
        cell(ws, r++, 2, m.getValue());
      }
      for (var a : c.ageUncertain().entrySet()) {
        text(ws, r, 0, String.format(Locale.ROOT, t(Label.AGE_UNCERTAIN), a.getKey()));
        cell(ws, r++, 2, a.getValue());
      }
      r++;
    }
    String[] header = {t(Label.CODE), t(Label.INDICATOR), t(Label.TOTAL), t(Label.WOMEN), t(Label.MEN),
        t(Label.NON_BINARY), t(Label.NOT_REPORTED)};
    for (int i = 0; i < header.length; i++) {
      text(ws, r, i, header[i]);
      ws.style(r, i).bold().set();
    }
    r++;
    for (Figures.IndicatorFigures i : figures.indicators()) {
      text(ws, r, 0, i.result().code());
      text(ws, r, 1, IndicatorNames.name(i.result(), locale));
      cell(ws, r, 2, i.total());
      int col = 3;
      for (Gender g : Gender.values()) {
        cell(ws, r, col++, i.byGender().get(g));
      }
      r++;
    }
    if (!report.indicatorsNotComputed().isEmpty()) {
      r++;
      text(ws, r, 0, t(Label.NOT_COMPUTED));
      ws.style(r, 0).bold().set();
      r++;
      for (NotComputedIndicator n : report.indicatorsNotComputed()) {
        text(ws, r, 0, n.code());
        text(ws, r, 1, IndicatorNames.name(n, locale));
        text(ws, r, 2, IndicatorNames.needs(n, locale));
        r++;
      }
    }
    ws.width(0, 44);
    ws.width(1, 50);
  }

  private static void header(Worksheet ws, String[] header) {
    for (int i = 0; i < header.length; i++) {
      text(ws, 0, i, header[i]);
      ws.style(0, i).bold().set();
    }
  }

  private static void pair(Worksheet ws, int r, String key, String value) {
    text(ws, r, 0, key);
    text(ws, r, 1, value);
  }

  /** A text cell: always a string, never a formula, whatever it starts with. */
  private static void text(Worksheet ws, int r, int c, String value) {
    ws.value(r, c, value);
  }

  private static void number(Worksheet ws, int r, int c, @Nullable BigDecimal value, String format) {
    if (value != null) {
      ws.value(r, c, value);
      ws.style(r, c).format(format).set();
    }
  }

  private static void number(Worksheet ws, int r, int c, long value, String format) {
    ws.value(r, c, value);
    ws.style(r, c).format(format).set();
  }

  /** A figure: a number with its format, the mask as text, nothing when undefined. */
  private static void cell(Worksheet ws, int r, int c, Cell cell) {
    if (cell instanceof Cell.Count n) {
      number(ws, r, c, n.value(), COUNT);
    } else if (cell instanceof Cell.Ratio x) {
      ws.value(r, c, x.value());
      ws.style(r, c).format(PERCENT).set();
    } else if (cell instanceof Cell.Number x) {
      ws.value(r, c, x.value());
      ws.style(r, c).format(x.decimals() == 0 ? "0" : "0." + "0".repeat(x.decimals())).set();
    } else if (cell instanceof Cell.Amount a) {
      ws.value(r, c, a.value().amount());
      ws.style(r, c).format(MONEY).set();
    } else if (cell.masked()) {
      ws.value(r, c, Cell.MASK);
      ws.style(r, c).horizontalAlignment("right").set();
    }
  }
}
