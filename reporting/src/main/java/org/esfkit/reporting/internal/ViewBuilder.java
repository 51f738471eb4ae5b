package org.esfkit.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.Money;
import org.esfkit.core.TargetType;
import org.esfkit.reporting.CostFigures;
import org.esfkit.reporting.EnrolmentPoint;
import org.esfkit.reporting.GenderCount;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.NotComputedIndicator;
import org.esfkit.reporting.IndicatorRow;
import org.esfkit.reporting.MatchingSummary;
import org.esfkit.reporting.ParticipationLength;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ProjectFacts;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.SiteRow;
import org.esfkit.reporting.TargetRow;
import org.esfkit.reporting.TargetStatus;
import org.esfkit.reporting.internal.ReportView.Cell;
import org.esfkit.reporting.internal.ReportView.Row;
import org.esfkit.reporting.internal.ReportView.Section;
import org.esfkit.reporting.internal.ReportView.Table;
import org.jspecify.annotations.Nullable;

/** Builds the {@link ReportView} of a report: formats every figure and applies suppression. */
public final class ViewBuilder {
  private static final String NONE = "–";

  private final ProgressReport report;
  private final ReportOptions options;
  private final Locale locale;
  private final Fmt fmt;
  private final Cells cells;

  private ViewBuilder(ProgressReport report, ReportOptions options) {
    this.report = report;
    this.options = options;
    this.locale = options.locale();
    this.fmt = new Fmt(locale);
    this.cells = Cells.of(report, options);
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
    ProjectFacts f = report.facts();
    String note = options.internal()
        ? t(Label.INTERNAL_NOTE)
        : String.format(Locale.ROOT, t(Label.SUPPRESSION_NOTE), options.suppressionThreshold());
    if (!report.excludedRows().isEmpty()) {
      note = excludedRows() + " " + note;
    }
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("facts", t(Label.PROJECT_FACTS), null, facts()));
    Charts charts = new Charts(report, options, cells, fmt);
    if (!report.targets().isEmpty()) {
      sections.add(new Section("targets", t(Label.TARGETS), charts.attainment(), List.of(targets())));
      List<Row> gender = genderRows();
      if (!gender.isEmpty()) {
        sections.add(new Section("by-gender", t(Label.BY_GENDER), charts.gender(), List.of(table("by-gender-table",
            t(Label.BY_GENDER), List.of(t(Label.TARGET), t(Label.WOMEN), t(Label.MEN), t(Label.NON_BINARY),
                t(Label.NOT_REPORTED)), gender))));
      }
      List<Row> forecast = forecastRows();
      if (!forecast.isEmpty()) {
        sections.add(new Section("forecast", t(Label.FORECAST), null, List.of(table("forecast-table",
            t(Label.FORECAST), List.of(t(Label.TARGET), t(Label.STILL_NEEDED), t(Label.REMAINING), t(Label.OUTLOOK)),
            forecast))));
      }
    }
    if (report.participationLength() != null) {
      sections.add(new Section("participation", t(Label.PARTICIPATION), null,
          List.of(keyValues("participation-table", t(Label.PARTICIPATION), participation(report.participationLength())))));
    }
    if (report.costs() != null) {
      sections.add(new Section("costs", t(Label.COSTS), null,
          List.of(keyValues("costs-table", t(Label.COSTS), costs(report.costs())))));
    }
    if (!report.indicators().isEmpty()) {
      String heading = t(report.indicatorList() == IndicatorList.ESF_2014 ? Label.INDICATORS_2014 : Label.INDICATORS)
          + (report.indicatorsForComparison() ? " (" + t(Label.FOR_COMPARISON) + ")" : "");
      List<Table> tables = new ArrayList<>(List.of(indicators(heading)));
      if (!report.indicatorsNotComputed().isEmpty()) {
        tables.add(notComputed());
      }
      sections.add(new Section("indicators", heading, null, tables));
    }
    if (report.matching() != null) {
      sections.add(new Section("matching", t(Label.MATCHING), null,
          List.of(keyValues("matching-table", t(Label.MATCHING), matching(report.matching())))));
    }
    if (!report.enrolment().isEmpty()) {
      sections.add(new Section("enrolment", t(Label.ENROLMENT), charts.enrolment(), List.of(enrolment())));
    }
    return new ReportView(locale.getLanguage(), t(Label.REPORT_TITLE), f.name() + " (" + f.projectNumber() + ")",
        t(Label.AS_OF) + " " + fmt.date(report.asOf()), note, sections);
  }

  private String t(Label label) {
    return label.in(locale);
  }

  /**
   * A count of people as shown: the number, or {@code <k} when hidden.
   *
   * @param key the cell's key
   * @param n the count
   * @return the text
   */
  String count(String key, long n) {
    String mask = cells.mask(key, t(Label.HIDDEN));
    return mask != null ? mask : fmt.count(n);
  }

  private static Cell num(String text) {
    return new Cell(text, "num");
  }

  private static Cell text(String text) {
    return new Cell(text, "");
  }

  private Table table(String id, String caption, List<String> columns, List<Row> rows) {
    return new Table(id, caption, columns, rows);
  }

  private Table keyValues(String id, String caption, List<Row> rows) {
    return table(id, caption, List.of(t(Label.ITEM), t(Label.DETAIL)), rows);
  }

  private static Row kv(String key, Cell value) {
    return new Row(key, List.of(value));
  }

  private List<Table> facts() {
    ProjectFacts f = report.facts();
    List<Row> rows = new ArrayList<>();
    rows.add(kv(t(Label.PROJECT_NUMBER), text(f.projectNumber())));
    rows.add(kv(t(Label.PROJECT_NAME), text(f.name())));
    if (f.owner() != null) {
      rows.add(kv(t(Label.OWNER), text(f.owner())));
    }
    if (f.region() != null) {
      rows.add(kv(t(Label.REGION), text(f.region())));
    }
    rows.add(kv(t(Label.PERIOD), text(fmt.date(f.period().start()) + " – " + fmt.date(f.period().end()))));
    money(rows, Label.TOTAL_BUDGET, f.totalBudget());
    money(rows, Label.ESF_GRANT, f.esfGrant());
    money(rows, Label.CO_FINANCING, f.coFinancing());
    if (f.euCoFinancingRate() != null) {
      rows.add(kv(t(Label.EU_RATE), num(fmt.percent(f.euCoFinancingRate().value()))));
    }
    if (!f.coFinanciers().isEmpty()) {
      rows.add(kv(t(Label.CO_FINANCIERS), text(String.join("; ", f.coFinanciers()))));
    }
    if (f.plannedParticipants() != null) {
      rows.add(kv(t(Label.PLANNED_PARTICIPANTS), num(fmt.count(f.plannedParticipants()))));
    }
    rows.add(kv(t(Label.ENROLLED_PARTICIPANTS), num(count(Cells.enrolled(), f.enrolledParticipants()))));
    List<Table> tables = new ArrayList<>();
    tables.add(keyValues("facts-table", t(Label.PROJECT_FACTS), rows));
    if (!f.sites().isEmpty()) {
      List<Row> sites = new ArrayList<>();
      for (SiteRow s : f.sites()) {
        sites.add(new Row(s.name(), List.of(
            num(s.planned() == null ? NONE : fmt.count(s.planned())), num(count(Cells.site(s.name()), s.enrolled())))));
      }
      Integer planned = f.plannedParticipants();
      sites.add(new Row(t(Label.TOTAL), List.of(num(planned == null ? NONE : fmt.count(planned)),
          num(count(Cells.enrolled(), f.enrolledParticipants())))));
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
    for (TargetRow r : report.targets()) {
      rows.add(new Row(r.id(), List.of(
          text(r.description() == null ? "" : r.description()),
          text(typeText(r)),
          num(thresholdText(r)),
          num(valueText(r)),
          new Cell(statusText(r.status()), "status status-" + r.status().code().replace('_', '-')),
          num(numeratorText(r)),
          num(denominatorText(r)),
          num(intervalText(r)),
          num(r.measure() == Measure.FOLLOW_UP_STATUS ? peopleCount(r, Cells.pending(r.id()), r.pending()) : NONE),
          text(t(r.isFinal() ? Label.YES : Label.NO)))));
    }
    return table("targets-table", t(Label.TARGETS), List.of(t(Label.TARGET), t(Label.DESCRIPTION), t(Label.TYPE),
        t(Label.THRESHOLD), t(Label.VALUE), t(Label.STATUS), t(Label.NUMERATOR), t(Label.DENOMINATOR),
        t(Label.INTERVAL), t(Label.PENDING), t(Label.FINAL)), rows);
  }

  /**
   * The status as text with its symbol.
   *
   * @param s the status
   * @return e.g. {@code ✓ Uppnått}
   */
  String statusText(TargetStatus s) {
    switch (s) {
      case ACHIEVED:
        return t(Label.STATUS_ACHIEVED);
      case NOT_ACHIEVED:
        return t(Label.STATUS_NOT_ACHIEVED);
      default:
        return t(Label.STATUS_INSUFFICIENT_DATA);
    }
  }

  private String typeText(TargetRow r) {
    switch (r.type()) {
      case SHARE:
        Measure m = r.measure();
        return m == null ? t(Label.TYPE_SHARE) : t(Label.TYPE_SHARE) + " (" + t(measureLabel(m)) + ")";
      case COUNT:
        return t(Label.TYPE_COUNT);
      case GROWTH:
        return t(Label.TYPE_GROWTH);
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

  private String thresholdText(TargetRow r) {
    BigDecimal th = r.threshold();
    if (r.type() == TargetType.ENROLMENT) {
      return r.denominator() == null ? NONE : fmt.count(r.denominator());
    }
    if (th == null) {
      return NONE;
    }
    return r.type() == TargetType.COUNT ? fmt.count(th.longValue()) : fmt.percent(th);
  }

  /**
   * Whether a target's value (share, interval) is hidden because a count it derives from is.
   *
   * @param r the target
   * @return true if hidden
   */
  boolean valueHidden(TargetRow r) {
    return cells.anyHidden(Cells.numerator(r.id(), Cells.TOTAL), Cells.denominator(r.id(), Cells.TOTAL));
  }

  private String valueText(TargetRow r) {
    Double v = r.value();
    if (v == null) {
      return NONE;
    }
    if (valueHidden(r)) {
      return t(Label.HIDDEN);
    }
    switch (r.type()) {
      case COUNT:
        return fmt.count(r.numerator());
      case ENROLMENT:
        Double women = r.shareWomen();
        if (women == null || !r.byGender().isEmpty()) {
          // with a breakdown, the shares of each gender are in the by-gender table
          return fmt.percent(v);
        }
        String w = r.countsPeople() && cells.hidden(Cells.numerator(r.id(), Cells.TOTAL))
            ? t(Label.HIDDEN) : fmt.percent(women);
        return fmt.percent(v) + " (" + t(Label.SHARE_WOMEN).toLowerCase(locale) + " " + w + ")";
      default:
        return fmt.percent(v);
    }
  }

  private String peopleCount(TargetRow r, String key, long n) {
    return r.countsPeople() ? count(key, n) : fmt.count(n);
  }

  private String numeratorText(TargetRow r) {
    return peopleCount(r, Cells.numerator(r.id(), Cells.TOTAL), r.numerator());
  }

  private String denominatorText(TargetRow r) {
    Integer d = r.denominator();
    if (d == null) {
      return NONE;
    }
    return r.type() == TargetType.SHARE ? peopleCount(r, Cells.denominator(r.id(), Cells.TOTAL), d) : fmt.count(d);
  }

  private String intervalText(TargetRow r) {
    if (r.wilsonLow() == null || r.wilsonHigh() == null) {
      return NONE;
    }
    return valueHidden(r) ? t(Label.HIDDEN) : fmt.percent(r.wilsonLow()) + " – " + fmt.percent(r.wilsonHigh());
  }

  private List<Row> genderRows() {
    List<Row> rows = new ArrayList<>();
    for (TargetRow r : report.targets()) {
      if (r.byGender().isEmpty() || (r.type() != TargetType.SHARE && r.type() != TargetType.ENROLMENT)) {
        continue;
      }
      List<Cell> cellsOfRow = new ArrayList<>();
      for (Gender g : Gender.values()) {
        GenderCount gc = r.byGender().getOrDefault(g, GenderCount.of(0, 0));
        String n = peopleCount(r, Cells.numerator(r.id(), g.code()), gc.numerator());
        if (r.type() == TargetType.ENROLMENT) {
          cellsOfRow.add(num(n + " (" + enrolledShare(r, g, gc.numerator()) + ")"));
        } else {
          cellsOfRow.add(num(n + " " + t(Label.OF) + " "
              + peopleCount(r, Cells.denominator(r.id(), g.code()), gc.denominator()) + " (" + genderShare(r, g) + ")"));
        }
      }
      rows.add(new Row(r.id(), cellsOfRow));
    }
    return rows;
  }

  /**
   * The share of a gender in a share target, as shown.
   *
   * @param r the target
   * @param g the gender
   * @return the percentage, {@code –} when undefined, or the hidden label
   */
  String genderShare(TargetRow r, Gender g) {
    GenderCount gc = r.byGender().getOrDefault(g, GenderCount.of(0, 0));
    if (gc.denominator() == 0) {
      return NONE;
    }
    if (r.countsPeople() && cells.anyHidden(Cells.numerator(r.id(), g.code()), Cells.denominator(r.id(), g.code()))) {
      return t(Label.HIDDEN);
    }
    return fmt.percent((double) gc.numerator() / gc.denominator());
  }

  /**
   * The share of a gender among those enrolled, as shown.
   *
   * @param r the enrolment target
   * @param g the gender
   * @param n the number of that gender enrolled
   * @return the percentage, {@code –} when no one is enrolled, or the hidden label
   */
  private String enrolledShare(TargetRow r, Gender g, int n) {
    if (r.numerator() == 0) {
      return NONE;
    }
    if (r.countsPeople() && cells.anyHidden(Cells.numerator(r.id(), g.code()), Cells.numerator(r.id(), Cells.TOTAL))) {
      return t(Label.HIDDEN);
    }
    return fmt.percent((double) n / r.numerator());
  }

  private List<Row> forecastRows() {
    List<Row> rows = new ArrayList<>();
    for (TargetRow r : report.targets()) {
      if (r.forecast() == null) {
        continue;
      }
      boolean hideNeeded = r.countsPeople() && cells.hidden(Cells.numerator(r.id(), Cells.TOTAL));
      rows.add(new Row(r.id(), List.of(
          num(hideNeeded ? t(Label.HIDDEN) : fmt.count(r.forecast().stillNeeded())),
          num(peopleCount(r, Cells.remaining(r.id()), r.forecast().remaining())),
          text(t(r.forecast().reachable() ? Label.REACHABLE : Label.NOT_REACHABLE)))));
    }
    return rows;
  }

  private List<Row> participation(ParticipationLength len) {
    boolean hide = cells.hidden(Cells.lengthParticipants());
    List<Row> rows = new ArrayList<>();
    rows.add(kv(t(Label.PARTICIPANTS_LEFT), num(count(Cells.lengthParticipants(), len.participants()))));
    rows.add(kv(t(Label.MEDIAN_DAYS), num(days(len.medianDays(), hide))));
    rows.add(kv(t(Label.MEAN_DAYS), num(days(len.meanDays(), hide))));
    if (len.planned() != null) {
      rows.add(kv(t(Label.PLANNED_LENGTH), text(len.planned())));
    }
    if (len.withinPlanned() != null) {
      rows.add(kv(t(Label.WITHIN_PLANNED), num(count(Cells.lengthWithin(), len.withinPlanned()))));
    }
    return rows;
  }

  private String days(@Nullable Double d, boolean hide) {
    return d == null ? NONE : hide ? t(Label.HIDDEN) : fmt.number(d, 1);
  }

  private List<Row> costs(CostFigures c) {
    List<Row> rows = new ArrayList<>();
    rows.add(kv(t(Label.COST), num(fmt.money(c.cost()))));
    rows.add(kv(t(Label.PARTICIPANTS), num(count(Cells.costParticipants(), c.participants()))));
    String outcomes = count(Cells.costOutcomes(), c.successfulOutcomes());
    rows.add(kv(t(Label.OUTCOMES), num(c.outcomeTargetId() == null ? outcomes : outcomes + " (" + c.outcomeTargetId() + ")")));
    rows.add(kv(t(Label.COST_PER_PARTICIPANT), num(perUnit(c.perParticipant(), Cells.costParticipants()))));
    rows.add(kv(t(Label.COST_PER_OUTCOME), num(perUnit(c.perOutcome(), Cells.costOutcomes()))));
    return rows;
  }

  private String perUnit(@Nullable Money m, String key) {
    return m == null ? NONE : cells.hidden(key) ? t(Label.HIDDEN) : fmt.money(m);
  }

  private Table indicators(String caption) {
    List<Row> rows = new ArrayList<>();
    for (IndicatorRow i : report.indicators()) {
      List<Cell> cs = new ArrayList<>();
      cs.add(text(i.name()));
      cs.add(num(count(Cells.indicator(i.code(), Cells.TOTAL), i.total())));
      for (Gender g : Gender.values()) {
        cs.add(num(count(Cells.indicator(i.code(), g.code()), i.byGender().getOrDefault(g, 0))));
      }
      rows.add(new Row(i.code(), cs));
    }
    return table("indicators-table", caption, List.of(t(Label.CODE), t(Label.INDICATOR), t(Label.TOTAL),
        t(Label.WOMEN), t(Label.MEN), t(Label.NON_BINARY), t(Label.NOT_REPORTED)), rows);
  }

  private Table notComputed() {
    List<Row> rows = new ArrayList<>();
    for (NotComputedIndicator n : report.indicatorsNotComputed()) {
      rows.add(new Row(n.code(), List.of(text(n.name()), text(n.needs()))));
    }
    return table("indicators-not-computed", t(Label.NOT_COMPUTED), List.of(t(Label.CODE), t(Label.INDICATOR),
        t(Label.NEEDS)), rows);
  }

  private List<Row> matching(MatchingSummary m) {
    List<Row> rows = new ArrayList<>();
    rows.add(kv(t(Label.STRATEGY), text(m.strategy())));
    rows.add(kv(t(Label.PARTICIPANTS), num(count(Cells.matching("participants"), m.participants()))));
    rows.add(kv(t(Label.TASKS), num(fmt.count(m.tasks()))));
    rows.add(kv(t(Label.ASSIGNED), num(count(Cells.matching("assigned"), m.assigned()))));
    rows.add(kv(t(Label.UNASSIGNED), num(count(Cells.matching("unassigned"), m.unassigned()))));
    Double score = m.meanScore();
    rows.add(kv(t(Label.MEAN_SCORE), num(score == null ? NONE
        : cells.hidden(Cells.matching("assigned")) ? t(Label.HIDDEN) : fmt.number(score, 2))));
    return rows;
  }

  private Table enrolment() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < report.enrolment().size(); i++) {
      EnrolmentPoint p = report.enrolment().get(i);
      rows.add(new Row(fmt.date(p.date()), List.of(num(count(Cells.enrolmentPoint(i), p.enrolled())))));
    }
    return table("enrolment-table", t(Label.CHART_DATA) + ": " + t(Label.CHART_ENROLMENT),
        List.of(t(Label.DATE), t(Label.ENROLLED)), rows);
  }
}
