package org.esfkit.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.Money;
import org.esfkit.core.Parity;
import org.esfkit.core.Target;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.LengthResult;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.NotComputedIndicator;
import org.esfkit.metrics.ParticipantShare;
import org.esfkit.metrics.PersonalDataField;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.internal.ReportView.Row;
import org.esfkit.reporting.internal.ReportView.Section;
import org.esfkit.reporting.internal.ReportView.Table;
import org.jspecify.annotations.Nullable;

/** Builds the {@link ReportView} of a report: formats every figure {@link Figures} decided. */
public final class ViewBuilder {
  private static final String NONE = "–";

  private final ProgressReport report;
  private final ReportOptions options;
  private final Locale locale;
  private final Fmt fmt;
  private final Figures figures;

  /**
   * Creates a builder; {@link XlsxRenderer} borrows its words.
   *
   * @param report the report
   * @param options locale, threshold and mode
   */
  ViewBuilder(ProgressReport report, ReportOptions options) {
    this.report = report;
    this.options = options;
    this.locale = options.locale();
    this.fmt = new Fmt(locale);
    this.figures = Figures.of(report, options);
  }

  /**
   * Builds the view.
   *
   * @param report the report
   * @param options locale, threshold and mode
   * @return the view
   */
  public static ReportView build(ProgressReport report, ReportOptions options) {
    return new ViewBuilder(report, options).view();
  }

  /** The banner of a report computed without some rows: how many, from which files, why. */
  private String excludedRows() {
    long total = 0;
    List<String> files = new ArrayList<>();
    for (org.esfkit.core.io.ExcludedRows x : report.excludedRows()) {
      total += x.rows();
      List<String> why = new ArrayList<>();
      x.byColumn().forEach((column, n) -> why.add(column + " " + fmt.count(n)));
      files.add(x.source() + " " + fmt.count(x.rows()) + " (" + String.join(", ", why) + ")");
    }
    return String.format(Locale.ROOT, t(Label.EXCLUDED_ROWS), total, String.join("; ", files));
  }

  private ReportView view() {
    EsfProject p = report.project();
    String note = options.internal()
        ? t(Label.INTERNAL_NOTE)
        : String.format(Locale.ROOT, t(Label.SUPPRESSION_NOTE), options.suppressionThreshold());
    if (!report.excludedRows().isEmpty()) {
      note = excludedRows() + " " + note;
    }
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("facts", t(Label.PROJECT_FACTS), null, facts()));
    Charts charts = new Charts(report, figures, options, fmt);
    if (!report.targets().isEmpty()) {
      sections.add(new Section("targets", t(Label.TARGETS), charts.attainment(), List.of(targets())));
      List<Row> gender = genderRows();
      if (!gender.isEmpty()) {
        sections.add(new Section("by-gender", t(Label.BY_GENDER), charts.gender(), List.of(table("by-gender-table",
            t(Label.BY_GENDER), List.of(t(Label.TARGET), t(Label.WOMEN), t(Label.MEN), t(Label.NON_BINARY),
                t(Label.NOT_REPORTED)), gender))));
      }
      List<Row> parity = parityRows();
      if (!parity.isEmpty()) {
        sections.add(new Section("parity", t(Label.PARITY), null, List.of(table("parity-table", t(Label.PARITY),
            List.of(t(Label.TARGET), t(Label.PARITY_WHY)), parity))));
      }
      List<Row> forecast = forecastRows();
      if (!forecast.isEmpty()) {
        sections.add(new Section("forecast", t(Label.FORECAST), null, List.of(table("forecast-table",
            t(Label.FORECAST), List.of(t(Label.TARGET), t(Label.STILL_NEEDED), t(Label.REMAINING), t(Label.OUTLOOK)),
            forecast))));
      }
    }
    for (Figures.TargetFigures tf : figures.targets()) {
      Figures.SeriesFigures s = figures.series(tf.result().id());
      ReportView.Chart chart = s == null ? null : charts.series(s);
      // the table whenever a point is shown; the line only with two (Charts.series)
      boolean anyShown = s != null && s.points().stream()
          .anyMatch(pt -> pt.value() instanceof Cell.Ratio || pt.value() instanceof Cell.Count);
      if (anyShown) {
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < s.points().size(); k++) {
          Figures.TargetFigures point = s.points().get(k);
          rows.add(new Row(fmt.date(s.series().points().get(k).date()),
              List.of(num(show(point.value())), new ReportView.Cell(point.verdictHidden() ? Cell.MASK
                  : statusText(point.result().status()), ""))));
        }
        String title = t(Label.CHART_SERIES) + ": " + s.series().targetId();
        sections.add(new Section("series-" + tf.result().id(), title, chart, List.of(table(
            "series-table-" + tf.result().id(), title, List.of(t(Label.DATE), t(Label.VALUE), t(Label.STATUS)),
            rows))));
      }
    }
    if (!figures.phases().isEmpty()) {
      sections.add(new Section("phases", t(Label.PHASES), null, List.of(table("phases-table", t(Label.PHASES),
          List.of(t(Label.PHASE), t(Label.WOMEN), t(Label.MEN), t(Label.NON_BINARY), t(Label.NOT_REPORTED),
              t(Label.TOTAL)), phaseRows()))));
    }
    if (figures.length() != null) {
      sections.add(new Section("participation", t(Label.PARTICIPATION), null,
          List.of(keyValues("participation-table", t(Label.PARTICIPATION), participation(figures.length())))));
    }
    if (figures.costs() != null) {
      sections.add(new Section("costs", t(Label.COSTS), null,
          List.of(keyValues("costs-table", t(Label.COSTS), costs(figures.costs())))));
    }
    if (!report.indicators().isEmpty()) {
      String heading = t(report.indicatorList() == IndicatorList.ESF_2014 ? Label.INDICATORS_2014 : Label.INDICATORS)
          + (report.indicatorsForComparison() ? " (" + t(Label.FOR_COMPARISON) + ")" : "");
      List<Table> tables = new ArrayList<>();
      if (figures.completeness() != null) {
        tables.add(keyValues("completeness-table", t(Label.COMPLETENESS), completeness(figures.completeness())));
      }
      tables.add(indicators(heading));
      if (!report.indicatorsNotComputed().isEmpty()) {
        tables.add(notComputed());
      }
      sections.add(new Section("indicators", heading, null, tables));
    }
    if (figures.matching() != null) {
      sections.add(new Section("matching", t(Label.MATCHING), null,
          List.of(keyValues("matching-table", t(Label.MATCHING), matching(figures.matching())))));
    }
    if (!report.enrolmentOverTime().isEmpty()) {
      sections.add(new Section("enrolment", t(Label.ENROLMENT), charts.enrolment(), List.of(enrolment())));
    }
    return new ReportView(locale.getLanguage(), t(Label.REPORT_TITLE), p.name() + " (" + p.projectNumber() + ")",
        t(Label.AS_OF) + " " + fmt.date(report.asOf()), note, sections);
  }

  private String t(Label label) {
    return label.in(locale);
  }

  /**
   * A figure as shown in HTML and Markdown: formatted in the report's language, {@link Cell#MASK}
   * when hidden, a dash when undefined.
   *
   * @param c the figure
   * @return the text
   */
  String show(Cell c) {
    if (c instanceof Cell.Count n) {
      return fmt.count(n.value());
    } else if (c instanceof Cell.Ratio x) {
      return fmt.percent(x.value());
    } else if (c instanceof Cell.Number x) {
      return fmt.number(x.value(), x.decimals());
    } else if (c instanceof Cell.Amount a) {
      return fmt.money(a.value());
    }
    return c.masked() ? Cell.MASK : NONE;
  }

  private static ReportView.Cell num(String text) {
    return new ReportView.Cell(text, "num");
  }

  private static ReportView.Cell text(String text) {
    return new ReportView.Cell(text, "");
  }

  private Table table(String id, String caption, List<String> columns, List<Row> rows) {
    return new Table(id, caption, columns, rows);
  }

  private Table keyValues(String id, String caption, List<Row> rows) {
    return table(id, caption, List.of(t(Label.ITEM), t(Label.DETAIL)), rows);
  }

  private static Row kv(String key, ReportView.Cell value) {
    return new Row(key, List.of(value));
  }

  private List<Table> facts() {
    EsfProject f = report.project();
    List<Row> rows = new ArrayList<>();
    rows.add(kv(t(Label.PROJECT_NUMBER), text(f.projectNumber())));
    rows.add(kv(t(Label.PROJECT_NAME), text(f.name())));
    if (f.owner() != null) {
      rows.add(kv(t(Label.OWNER), text(f.owner())));
    }
    if (f.region() != null) {
      rows.add(kv(t(Label.REGION), text(f.region().swedishName())));
    }
    rows.add(kv(t(Label.PERIOD), text(fmt.date(f.period().start()) + " – " + fmt.date(f.period().end()))));
    money(rows, Label.TOTAL_BUDGET, f.totalBudget());
    money(rows, Label.ESF_GRANT, f.esfGrant());
    money(rows, Label.CO_FINANCING,
        f.totalBudget() == null || f.esfGrant() == null ? null : f.totalBudget().minus(f.esfGrant()));
    if (f.euCoFinancingRate() != null) {
      rows.add(kv(t(Label.EU_RATE), num(fmt.percent(f.euCoFinancingRate().value()))));
    }
    if (!f.coFinanciers().isEmpty()) {
      rows.add(kv(t(Label.CO_FINANCIERS), text(String.join("; ", f.coFinanciers()))));
    }
    if (f.plannedParticipants() != null) {
      rows.add(kv(t(Label.PLANNED_PARTICIPANTS), num(fmt.count(f.plannedParticipants()))));
    }
    rows.add(kv(t(Label.ENROLLED_PARTICIPANTS), num(show(figures.enrolled()))));
    List<Table> tables = new ArrayList<>();
    tables.add(keyValues("facts-table", t(Label.PROJECT_FACTS), rows));
    if (!figures.sites().isEmpty()) {
      List<Row> sites = new ArrayList<>();
      for (Figures.SiteFigures s : figures.sites()) {
        sites.add(new Row(s.name(), List.of(
            num(s.planned() == null ? NONE : fmt.count(s.planned())), num(show(s.enrolled())))));
      }
      Integer planned = f.plannedParticipants();
      sites.add(new Row(t(Label.TOTAL), List.of(num(planned == null ? NONE : fmt.count(planned)),
          num(show(figures.enrolled())))));
      tables.add(table("sites-table", t(Label.SITES), List.of(t(Label.SITE), t(Label.PLANNED), t(Label.ENROLLED)), sites));
    }
    return tables;
  }

  private void money(List<Row> rows, Label label, @Nullable Money m) {
    if (m != null) {
      rows.add(kv(t(label), num(fmt.money(m))));
    }
  }

  private Table targets() {
    List<Row> rows = new ArrayList<>();
    boolean anyReason = figures.targets().stream().anyMatch(tf -> !tf.verdictHidden() && tf.result().reason() != null);
    for (Figures.TargetFigures tf : figures.targets()) {
      TargetResult r = tf.result();
      Target target = tf.target();
      List<ReportView.Cell> cells = new ArrayList<>(List.of(
          text(target == null || target.description() == null ? "" : target.description()),
          text(typeText(tf)),
          num(thresholdText(r)),
          num(valueText(tf)),
          tf.verdictHidden() ? new ReportView.Cell(Cell.MASK, "status")
              : new ReportView.Cell(statusText(r.status()), "status status-" + r.status().code().replace('_', '-')),
          num(show(tf.numerator())),
          num(show(tf.denominator())),
          num(intervalText(tf)),
          num(followUp(target) ? show(tf.pending()) : NONE),
          text(tf.finalHidden() ? Cell.MASK : t(r.isFinal() ? Label.YES : Label.NO))));
      if (anyReason) {
        cells.add(text(tf.verdictHidden() || r.reason() == null ? "" : r.reason()));
      }
      rows.add(new Row(r.id(), cells));
    }
    List<String> columns = new ArrayList<>(List.of(t(Label.TARGET), t(Label.DESCRIPTION), t(Label.TYPE),
        t(Label.THRESHOLD), t(Label.VALUE), t(Label.STATUS), t(Label.NUMERATOR), t(Label.DENOMINATOR),
        t(Label.INTERVAL), t(Label.PENDING), t(Label.FINAL)));
    if (anyReason) {
      columns.add(t(Label.REASON));
    }
    return table("targets-table", t(Label.TARGETS), columns, rows);
  }

  private static boolean followUp(@Nullable Target target) {
    return target != null && target.measure() == Measure.FOLLOW_UP_STATUS;
  }

  /**
   * The status as text with its symbol.
   *
   * @param s the status
   * @return e.g. {@code ✓ Uppnått}
   */
  String statusText(Status s) {
    switch (s) {
      case ACHIEVED:
        return t(Label.STATUS_ACHIEVED);
      case NOT_ACHIEVED:
        return t(Label.STATUS_NOT_ACHIEVED);
      default:
        return t(Label.STATUS_INSUFFICIENT_DATA);
    }
  }

  /**
   * The figures the view is built from.
   *
   * @return the figures
   */
  Figures figures() {
    return figures;
  }

  /**
   * A target's type in words, with its measure.
   *
   * @param tf the target
   * @return e.g. {@code Andel (status vid avslut)}
   */
  String typeText(Figures.TargetFigures tf) {
    switch (tf.result().type()) {
      case SHARE:
        Measure m = tf.target() == null ? null : tf.target().measure();
        return m == null ? t(Label.TYPE_SHARE) : t(Label.TYPE_SHARE) + " (" + t(measureLabel(m)) + ")";
      case COUNT:
        return t(Label.TYPE_COUNT);
      case GROWTH:
        return t(Label.TYPE_GROWTH);
      case PARTICIPATION_LENGTH:
        LengthResult l = (LengthResult) tf.result();
        return t(Label.TYPE_PARTICIPATION_LENGTH) + " (" + l.min() + "–" + l.max() + ")";
      default:
        return t(Label.TYPE_ENROLMENT);
    }
  }

  private static Label measureLabel(Measure m) {
    switch (m) {
      case EXIT_STATUS:
        return Label.MEASURE_EXIT_STATUS;
      case FOLLOW_UP_STATUS:
        return Label.MEASURE_FOLLOW_UP_STATUS;
      default:
        return Label.MEASURE_PERCEIVED_IMPROVEMENT;
    }
  }

  private String thresholdText(TargetResult r) {
    if (r instanceof EnrolmentResult e) {
      return fmt.count(e.planned());
    } else if (r instanceof CountResult c) {
      return fmt.count(c.threshold().longValue());
    } else if (r instanceof GrowthResult g) {
      return fmt.percent(g.threshold());
    }
    return fmt.percent(((ParticipantShare) r).threshold());
  }

  private String valueText(Figures.TargetFigures tf) {
    return show(tf.value());
  }

  private String intervalText(Figures.TargetFigures tf) {
    if (tf.wilsonLow() instanceof Cell.Ratio low && tf.wilsonHigh() instanceof Cell.Ratio high) {
      return fmt.percent(low.value()) + " – " + fmt.percent(high.value());
    }
    return show(tf.wilsonLow());
  }

  private List<Row> genderRows() {
    List<Row> rows = new ArrayList<>();
    for (Figures.TargetFigures tf : figures.targets()) {
      TargetResult r = tf.result();
      if (!(r instanceof ParticipantShare) && !(r instanceof EnrolmentResult)) {
        continue;
      }
      List<ReportView.Cell> cellsOfRow = new ArrayList<>();
      for (Gender g : Gender.values()) {
        String n = show(tf.numerators().get(g));
        if (r instanceof EnrolmentResult) {
          cellsOfRow.add(num(n + " (" + show(tf.shares().get(g)) + ")"));
        } else {
          cellsOfRow.add(num(n + " " + t(Label.OF) + " " + show(tf.denominators().get(g)) + " ("
              + show(tf.shares().get(g)) + ")"));
        }
      }
      rows.add(new Row(r.id(), cellsOfRow));
    }
    return rows;
  }

  private List<Row> phaseRows() {
    List<Row> rows = new ArrayList<>();
    for (Figures.PhaseFigures p : figures.phases()) {
      List<ReportView.Cell> cellsOfRow = new ArrayList<>();
      for (Gender g : Gender.values()) {
        cellsOfRow.add(num(show(p.byGender().get(g))));
      }
      cellsOfRow.add(num(show(p.total())));
      rows.add(new Row(p.phase() == null ? t(Label.NO_PHASE) : t(Label.valueOf("PHASE_" + p.phase().name())),
          cellsOfRow));
    }
    return rows;
  }

  /**
   * Why each parity target that fails parity does: which gender falls below the threshold, or that
   * the gap is too wide. Says no number, so a hidden share stays hidden; the verdict already tells
   * as much.
   */
  private List<Row> parityRows() {
    List<Row> rows = new ArrayList<>();
    for (Figures.TargetFigures tf : figures.targets()) {
      Target target = tf.target();
      if (!(tf.result() instanceof ParticipantShare s) || !Boolean.FALSE.equals(s.parityMet()) || target == null
          || s.status() == Status.INSUFFICIENT_DATA || tf.verdictHidden()) {
        // a verdict decided from a hidden count is hidden, and so is why
        continue;
      }
      List<String> why = new ArrayList<>();
      for (Gender g : List.of(Gender.WOMAN, Gender.MAN)) {
        String who = t(g == Gender.WOMAN ? Label.WOMEN : Label.MEN).toLowerCase(locale);
        Share share = s.shareFor(g);
        if (!share.isDefined()) {
          why.add(String.format(locale, t(Label.PARITY_NONE), who));
        } else if (target.parity() == Parity.EACH_GENDER && !share.reaches(s.threshold())) {
          why.add(String.format(locale, t(Label.PARITY_BELOW), who, fmt.percent(s.threshold())));
        }
      }
      if (why.isEmpty() && target.maxGap() != null) {
        why.add(String.format(locale, t(Label.PARITY_GAP),
            target.maxGap().movePointRight(2).stripTrailingZeros().toPlainString()));
      }
      if (!why.isEmpty()) {
        rows.add(new Row(s.id(), List.of(text(String.join("; ", why)))));
      }
    }
    return rows;
  }

  private List<Row> forecastRows() {
    List<Row> rows = new ArrayList<>();
    for (Figures.TargetFigures tf : figures.targets()) {
      if (tf.forecast() == null || tf.result().isFinal() && !tf.finalHidden()) {
        // a final result has nothing left to forecast
        continue;
      }
      rows.add(new Row(tf.result().id(), List.of(
          num(show(tf.needed())),
          num(show(tf.remaining())),
          text(tf.outlookHidden() ? Cell.MASK : t(tf.forecast().reachable() ? Label.REACHABLE : Label.NOT_REACHABLE)))));
    }
    return rows;
  }

  private List<Row> participation(Figures.LengthFigures len) {
    List<Row> rows = new ArrayList<>();
    rows.add(kv(t(Label.PARTICIPANTS_LEFT), num(show(len.participants()))));
    rows.add(kv(t(Label.MEDIAN_DAYS), num(show(len.medianDays()))));
    rows.add(kv(t(Label.MEAN_DAYS), num(show(len.meanDays()))));
    if (len.planned() != null) {
      rows.add(kv(t(Label.PLANNED_LENGTH), text(len.planned())));
    }
    if (len.within() != null) {
      rows.add(kv(t(Label.WITHIN_PLANNED), num(show(len.within()))));
    }
    return rows;
  }

  private List<Row> costs(Figures.CostFigures c) {
    List<Row> rows = new ArrayList<>();
    rows.add(kv(t(Label.COST), num(fmt.money(c.cost()))));
    rows.add(kv(t(Label.PARTICIPANTS), num(show(c.participants()))));
    rows.add(kv(t(Label.COST_PER_PARTICIPANT), num(show(c.perParticipant()))));
    if (!c.outcomeTargets().isEmpty()) {
      // a participant who met several outcome targets is one successful outcome
      rows.add(kv(t(Label.OUTCOMES) + " (" + String.join(", ", c.outcomeTargets()) + ")", num(show(c.outcomes()))));
      rows.add(kv(t(Label.COST_PER_OUTCOME), num(show(c.perOutcome()))));
    }
    return rows;
  }

  private Table indicators(String caption) {
    List<Row> rows = new ArrayList<>();
    for (Figures.IndicatorFigures i : figures.indicators()) {
      List<ReportView.Cell> cs = new ArrayList<>();
      cs.add(text(IndicatorNames.name(i.result(), locale)
          + (i.result().fromOperationTargetGroup() ? " (" + t(Label.FROM_OPERATION_TARGET_GROUP) + ")" : "")));
      cs.add(num(show(i.total())));
      for (Gender g : Gender.values()) {
        cs.add(num(show(i.byGender().get(g))));
      }
      rows.add(new Row(i.result().code(), cs));
    }
    return table("indicators-table", caption, List.of(t(Label.CODE), t(Label.INDICATOR), t(Label.TOTAL),
        t(Label.WOMEN), t(Label.MEN), t(Label.NON_BINARY), t(Label.NOT_REPORTED)), rows);
  }

  private List<Row> completeness(Figures.CompletenessFigures c) {
    List<Row> rows = new ArrayList<>();
    rows.add(kv(t(Label.GRAND_TOTAL), num(show(c.grandTotal()))));
    for (Gender g : Gender.values()) {
      rows.add(kv(t(Label.OF_WHOM) + " " + t(genderLabel(g)).toLowerCase(locale),
          num(show(c.grandTotalByGender().get(g)))));
    }
    rows.add(kv(t(Label.COMPLETE_RECORDS), num(show(c.complete()))));
    rows.add(kv(t(Label.COMPLETE_SHARE), num(show(c.completeShare()))));
    c.missing().forEach((f, n) -> rows.add(kv(String.format(Locale.ROOT, t(Label.MISSING_FIELD), fieldText(f)),
        num(show(n)))));
    c.ageUncertain().forEach((b, n) -> rows.add(kv(String.format(Locale.ROOT, t(Label.AGE_UNCERTAIN), b),
        num(show(n)))));
    return rows;
  }

  /**
   * A gender's label.
   *
   * @param g the gender
   * @return e.g. {@link Label#WOMEN}
   */
  static Label genderLabel(Gender g) {
    switch (g) {
      case WOMAN:
        return Label.WOMEN;
      case MAN:
        return Label.MEN;
      case NON_BINARY:
        return Label.NON_BINARY;
      default:
        return Label.NOT_REPORTED;
    }
  }

  /**
   * A required field's name in the report's language.
   *
   * @param f the field
   * @return e.g. {@code utbildningsnivå}
   */
  String fieldText(PersonalDataField f) {
    switch (f) {
      case GENDER:
        return t(Label.FIELD_GENDER);
      case LABOUR_MARKET_STATUS:
        return t(Label.FIELD_LABOUR_MARKET_STATUS);
      case AGE:
        return t(Label.FIELD_AGE);
      case EDUCATION:
        return t(Label.FIELD_EDUCATION);
      default:
        return t(Label.FIELD_HOUSEHOLD_SITUATION);
    }
  }

  private Table notComputed() {
    List<Row> rows = new ArrayList<>();
    for (NotComputedIndicator n : report.indicatorsNotComputed()) {
      rows.add(new Row(n.code(), List.of(text(IndicatorNames.name(n, locale)),
          text(IndicatorNames.needs(n, locale)))));
    }
    return table("indicators-not-computed", t(Label.NOT_COMPUTED), List.of(t(Label.CODE), t(Label.INDICATOR),
        t(Label.NEEDS)), rows);
  }

  private List<Row> matching(Figures.MatchingFigures m) {
    List<Row> rows = new ArrayList<>();
    rows.add(kv(t(Label.STRATEGY), text(strategyText(m.summary().strategy()))));
    rows.add(kv(t(Label.PARTICIPANTS), num(show(m.participants()))));
    rows.add(kv(t(Label.TASKS), num(fmt.count(m.summary().tasks()))));
    rows.add(kv(t(Label.ASSIGNED), num(show(m.assigned()))));
    rows.add(kv(t(Label.UNASSIGNED), num(show(m.unassigned()))));
    rows.add(kv(t(Label.MEAN_SCORE), num(show(m.meanScore()))));
    return rows;
  }

  /** A strategy's name with what it does, for the built-in ones. */
  private String strategyText(String strategy) {
    switch (strategy) {
      case "optimal":
        return t(Label.STRATEGY_OPTIMAL);
      case "greedy":
        return t(Label.STRATEGY_GREEDY);
      case "stable":
        return t(Label.STRATEGY_STABLE);
      case "fair":
        return t(Label.STRATEGY_FAIR);
      default:
        return strategy;
    }
  }

  private Table enrolment() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < report.enrolmentOverTime().size(); i++) {
      rows.add(new Row(fmt.date(report.enrolmentOverTime().get(i).asOf()),
          List.of(num(show(figures.enrolmentOverTime().get(i))))));
    }
    return table("enrolment-table", t(Label.CHART_DATA) + ": " + t(Label.CHART_ENROLMENT),
        List.of(t(Label.DATE), t(Label.ENROLLED)), rows);
  }
}
