package org.esfkit.reporting;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.esfkit.core.EsfProject;
import org.esfkit.core.ValidationException;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.CostMetrics;
import org.esfkit.metrics.Enrolment;
import org.esfkit.metrics.Breakdown;
import org.esfkit.metrics.Evaluation;
import org.esfkit.metrics.TargetSeries;
import org.esfkit.metrics.IndicatorCount;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.NotComputedIndicator;
import org.esfkit.metrics.ParticipationLength;
import org.esfkit.metrics.PathwayPhases;
import org.esfkit.metrics.TargetResult;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Everything a progress report shows, as of one date: the project, its targets evaluated, the
 * common indicators of its programme period, enrolment, participation length, costs and matching
 * — esfkit-metrics' own results, which {@link ReportWriter} renders the same in every format. It
 * holds results, not participant data. Immutable and thread-safe.
 *
 * <pre>{@code
 * ProgressReport report = ProgressReport.of(cohort, LocalDate.of(2022, 6, 30));
 * String html = ReportWriter.render(report, ReportOptions.defaults(), ReportFormat.HTML);
 * }</pre>
 *
 * <p>A report can also be built by hand from results ({@link #builder()}), for example in tests.
 */
@Value.Immutable
public interface ProgressReport {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableProgressReport.Builder builder() {
    return ImmutableProgressReport.builder();
  }

  /**
   * Evaluates a cohort's project as of a date with {@link MetricsEngine#standard()}: its targets,
   * the common indicators of its programme period, enrolment (on the date and at each quarter's
   * end), participation length and costs. No matching.
   *
   * @param cohort a cohort with a project
   * @param asOf the report date
   * @return the report
   * @throws NullPointerException naming a parameter that is null
   * @throws IllegalStateException if the cohort has no project
   */
  static ProgressReport of(Cohort cohort, LocalDate asOf) {
    Objects.requireNonNull(cohort, "cohort must not be null");
    return of(cohort, MetricsEngine.standard().evaluate(cohort, asOf), null);
  }

  /**
   * Builds the report of an evaluation already made, adding what it does not hold (indicators,
   * enrolment, participation length, costs) from the same cohort and date, and a matching summary.
   *
   * @param cohort the cohort the evaluation is of
   * @param evaluation its targets evaluated
   * @param matching the matching summary, or null
   * @return the report
   */
  static ProgressReport of(Cohort cohort, Evaluation evaluation, @Nullable MatchingSummary matching) {
    Objects.requireNonNull(cohort, "cohort must not be null");
    Objects.requireNonNull(evaluation, "evaluation must not be null");
    EsfProject project = cohort.requireProject();
    LocalDate asOf = evaluation.asOf();
    Enrolment enrolment = Enrolment.of(cohort, asOf);
    IndicatorCount count = MetricsEngine.standard().count(cohort, asOf, IndicatorList.forCohort(cohort));
    return builder()
        .project(project)
        .asOf(asOf)
        .targets(evaluation.results())
        .breakdowns(evaluation.breakdowns())
        .series(MetricsEngine.standard().series(cohort, asOf))
        .indicators(count.results())
        .indicatorCount(count)
        .participationLength(ParticipationLength.of(cohort, asOf))
        .phases(PathwayPhases.ifRecorded(cohort, asOf))
        .costs(project.totalBudget() == null ? null : CostMetrics.of(cohort, evaluation))
        .matching(matching)
        .enrolment(enrolment)
        .enrolmentOverTime(enrolmentOverTime(cohort, asOf))
        .build();
  }

  /**
   * Participants enrolled so far at the end of each quarter from the project's start up to the
   * report date (or the project's end, if earlier), and on the report date itself.
   *
   * @param cohort a cohort with a project
   * @param asOf the report date
   * @return the counts, dates ascending; empty when the report date is before the project starts
   */
  private static List<Enrolment> enrolmentOverTime(Cohort cohort, LocalDate asOf) {
    EsfProject project = cohort.requireProject();
    LocalDate last = asOf.isBefore(project.period().end()) ? asOf : project.period().end();
    List<LocalDate> dates = new ArrayList<>();
    LocalDate q = quarterEnd(project.period().start());
    while (q.isBefore(last)) {
      dates.add(q);
      q = quarterEnd(q.plusDays(1));
    }
    if (!last.isBefore(project.period().start())) {
      dates.add(last);
    }
    return Enrolment.over(cohort, dates);
  }


  private static LocalDate quarterEnd(LocalDate d) {
    return d.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
  }

  /**
   * The project: its facts, targets' wording and planned sites.
   *
   * @return the project
   */
  EsfProject project();

  /**
   * The date the report is as of; every figure counts events dated on or before it.
   *
   * @return the date
   */
  LocalDate asOf();

  /**
   * The targets evaluated, in the order to show.
   *
   * @return the results, ids unique, all as of {@link #asOf()}
   */
  List<TargetResult> targets();

  /**
   * The cells of the targets' breakdowns ({@code by} in the project file), as the evaluation gave them.
   *
   * @return the cells, empty when no target has {@code by}
   */
  List<Breakdown> breakdowns();

  /**
   * Every target over time: at each month end from the project's start to the report date, and
   * its milestones judged on their dates ({@link org.esfkit.metrics.MetricsEngine#series}).
   *
   * @return one series per target, empty when not computed
   */
  List<TargetSeries> series();

  /**
   * The common indicators, in the order to show.
   *
   * @return the counts, possibly empty, all as of {@link #asOf()}
   */
  List<IndicatorResult> indicators();

  /**
   * The list of common indicators the counts belong to: the list of the project's programme period
   * ({@link IndicatorList#forPeriod}).
   *
   * @return the list
   */
  @Value.Derived
  default IndicatorList indicatorList() {
    return IndicatorList.forPeriod(project().programmePeriod());
  }

  /**
   * Whether the indicators are shown for comparison only, the list not being the one of the
   * project's programme period (a 2007-2013 project shown against the 2014-2020 list).
   *
   * @return true if for comparison only
   */
  default boolean indicatorsForComparison() {
    return indicatorList().period() != project().programmePeriod();
  }

  /**
   * The indicators of the list that were not computed, with what they need; none when no indicator
   * was counted.
   *
   * @return the indicators not computed
   */
  default List<NotComputedIndicator> indicatorsNotComputed() {
    return indicators().isEmpty() ? List.of() : indicatorList().notComputed(indicators());
  }

  /**
   * How complete the records are and the grand total of participants, next to the indicators:
   * everyone enrolled counts in the grand total, only complete records in the indicators, and the
   * count says which fields are missing how often.
   *
   * @return the count the indicators were taken from ({@link IndicatorCount#results()} equal to
   *     {@link #indicators()}), or null when the report was built without one
   */
  @Nullable IndicatorCount indicatorCount();

  /**
   * How long participants took part.
   *
   * @return the figures, or null
   */
  @Nullable ParticipationLength participationLength();

  /**
   * Active participants per pathway phase, by gender.
   *
   * @return the counts, or null when no pathway carries a phase event
   */
  @Nullable PathwayPhases phases();

  /**
   * Cost per participant and per outcome.
   *
   * @return the figures, or null when the project states no budget
   */
  @Nullable CostMetrics costs();

  /**
   * The matching summary, where participants were matched with tasks.
   *
   * @return the summary, or null
   */
  @Nullable MatchingSummary matching();

  /**
   * Participants enrolled as of the report date, in total and by site.
   *
   * @return the enrolment
   */
  Enrolment enrolment();

  /**
   * Participants enrolled over time, dates ascending.
   *
   * @return the counts, possibly empty
   */
  List<Enrolment> enrolmentOverTime();

  /**
   * Input rows left out because they had errors, when the report was computed without them
   * ({@code --keep-going}, {@link org.esfkit.core.io.ProjectFiles.Policy#KEEP_GOING}); every
   * format states them (a banner in HTML and Markdown, {@code excluded_rows} in JSON).
   *
   * @return the files that lost rows, empty when nothing was left out
   */
  List<org.esfkit.core.io.ExcludedRows> excludedRows();

  /** Checks the report's invariants. */
  @Value.Check
  default void check() {
    Set<String> ids = new HashSet<>();
    for (TargetResult t : targets()) {
      ValidationException.check(ids.add(t.id()), "progress report: target id '%s' appears twice", t.id());
      ValidationException.check(t.asOf().equals(asOf()), "progress report: target '%s' is as of %s, the report as of %s",
          t.id(), t.asOf(), asOf());
    }
    Set<String> codes = new HashSet<>();
    for (IndicatorResult i : indicators()) {
      ValidationException.check(codes.add(i.code()), "progress report: indicator '%s' appears twice", i.code());
      ValidationException.check(i.asOf().equals(asOf()), "progress report: indicator %s is as of %s, the report as of %s",
          i.code(), i.asOf(), asOf());
    }
    IndicatorCount count = indicatorCount();
    ValidationException.check(count == null || count.asOf().equals(asOf()),
        "progress report: indicator count is as of %s, the report as of %s", count == null ? null : count.asOf(), asOf());
    ValidationException.check(count == null || count.results().equals(indicators()),
        "progress report: the indicators are not those of the indicator count");
    ParticipationLength len = participationLength();
    ValidationException.check(len == null || len.asOf().equals(asOf()),
        "progress report: participation length is as of %s, the report as of %s", len == null ? null : len.asOf(), asOf());
    ValidationException.check(enrolment().asOf().equals(asOf()),
        "progress report: enrolment is as of %s, the report as of %s", enrolment().asOf(), asOf());
    for (int i = 1; i < enrolmentOverTime().size(); i++) {
      ValidationException.check(enrolmentOverTime().get(i - 1).asOf().isBefore(enrolmentOverTime().get(i).asOf()),
          "progress report: enrolment dates must ascend, %s follows %s",
          enrolmentOverTime().get(i).asOf(), enrolmentOverTime().get(i - 1).asOf());
    }
  }
}
