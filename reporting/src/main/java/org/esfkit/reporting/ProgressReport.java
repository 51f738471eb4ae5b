package org.esfkit.reporting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.esfkit.core.ValidationException;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.NotComputedIndicator;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Everything a progress report shows, as of one date: the project's facts, its targets, the
 * common indicators of its programme period and the other figures. It holds results, not raw participant data, and
 * renders the same in every format through {@link ReportWriter}.
 *
 * <pre>{@code
 * ProgressReport report = ProgressReport.builder()
 *     .facts(facts).asOf(LocalDate.of(2022, 6, 30))
 *     .addTargets(row1, row2)
 *     .build();
 * String html = ReportWriter.render(report, ReportOptions.defaults(), ReportFormat.HTML);
 * }</pre>
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
   * The project's facts.
   *
   * @return the facts
   */
  ProjectFacts facts();

  /**
   * The date the report is as of; every figure counts events dated on or before it.
   *
   * @return the date
   */
  LocalDate asOf();

  /**
   * The targets, in the order to show.
   *
   * @return the rows, ids unique
   */
  List<TargetRow> targets();

  /**
   * The common indicators, in the order to show.
   *
   * @return the rows, possibly empty
   */
  List<IndicatorRow> indicators();

  /**
   * The list of common indicators the rows belong to; it names the report's indicator section.
   *
   * @return the list, by default ESF+
   */
  @Value.Default
  default IndicatorList indicatorList() {
    return IndicatorList.ESF_PLUS;
  }

  /**
   * Whether the indicators are shown for comparison only, the list not being the one of the
   * project's programme period (a 2007-2013 project shown against the 2014-2020 list).
   *
   * @return true if for comparison only
   */
  @Value.Default
  default boolean indicatorsForComparison() {
    return false;
  }

  /**
   * The indicators of the list that were not computed, with what they need; shown under the rows.
   *
   * @return the indicators not computed, possibly empty
   */
  List<NotComputedIndicator> indicatorsNotComputed();

  /**
   * How long participants took part.
   *
   * @return the figures, or null
   */
  @Nullable ParticipationLength participationLength();

  /**
   * Cost per participant and per outcome.
   *
   * @return the figures, or null
   */
  @Nullable CostFigures costs();

  /**
   * The matching summary, where participants were matched with tasks.
   *
   * @return the summary, or null
   */
  @Nullable MatchingSummary matching();

  /**
   * Participants enrolled over time, dates ascending.
   *
   * @return the points, possibly empty
   */
  List<EnrolmentPoint> enrolment();

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
    for (TargetRow t : targets()) {
      ValidationException.check(ids.add(t.id()), "progress report: target id '%s' appears twice", t.id());
    }
    Set<String> codes = new HashSet<>();
    for (IndicatorRow i : indicators()) {
      ValidationException.check(codes.add(i.code()), "progress report: indicator '%s' appears twice", i.code());
    }
    for (int i = 1; i < enrolment().size(); i++) {
      ValidationException.check(enrolment().get(i - 1).date().isBefore(enrolment().get(i).date()),
          "progress report: enrolment dates must ascend, %s follows %s",
          enrolment().get(i).date(), enrolment().get(i - 1).date());
    }
  }
}
