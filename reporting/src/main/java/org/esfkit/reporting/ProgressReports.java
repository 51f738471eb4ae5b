package org.esfkit.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.CountOf;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Gender;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Measure;
import org.esfkit.core.ParticipationRange;
import org.esfkit.core.Placement;
import org.esfkit.core.Register;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.core.ValidationException;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.CostMetrics;
import org.esfkit.metrics.Evaluation;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.SiteEnrolment;
import org.esfkit.metrics.TargetResult;
import org.jspecify.annotations.Nullable;

/**
 * Fills a {@link ProgressReport} from esfkit-metrics: the one place where metric results become
 * report rows, field by field (the JSON contract's names are the same on both sides).
 *
 * <pre>{@code
 * ProgressReport report = ProgressReports.evaluate(project, register, placements, tasks, asOf);
 * ReportWriter.write(report, ReportOptions.defaults(), Path.of("report.html"));
 * }</pre>
 *
 * <p>Choices the mapping makes:
 *
 * <ul>
 *   <li><b>Counts of things.</b> Count and growth targets of {@code tasks_identified},
 *       {@code social_enterprises_established} and {@code employers_hosting_interns} count tasks,
 *       organisations and employers, not people, and are marked {@code countsPeople(false)} (not
 *       suppressed). Placements ({@code internship_placements}, {@code gender_breaking_placements})
 *       are not people either, but each belongs to one participant, so a small count points at a
 *       few people: they stay subject to suppression.
 *   <li><b>Cost per outcome.</b> The successful outcome is the numerator of the project's first share
 *       target that measures where participants went ({@code exit_status} or
 *       {@code follow_up_status}; a survey answer is not an outcome). A project without one gets a
 *       cost per participant only. Participants are those enrolled as of the date; the cost is the
 *       total budget.
 *   <li><b>Forecast.</b> The calculator's verdict on reachability is carried as it is: a target
 *       with no one counted and no one remaining is not reachable, although nothing more is needed.
 * </ul>
 */
public final class ProgressReports {
  private static final Set<CountOf> NOT_PEOPLE = EnumSet.of(
      CountOf.TASKS_IDENTIFIED, CountOf.SOCIAL_ENTERPRISES_ESTABLISHED, CountOf.EMPLOYERS_HOSTING_INTERNS);

  private ProgressReports() {}

  /**
   * Evaluates a project's targets, the common indicators of its programme period ({@link
   * IndicatorList#forPeriod}), participation length and costs as
   * of a date with {@link MetricsEngine#standard()} and builds the report, without matching.
   *
   * @param project the project and its targets
   * @param register its participants and pathways
   * @param placements its placements, possibly empty
   * @param tasks its low-threshold tasks, possibly empty
   * @param asOf the report date
   * @return the report
   */
  public static ProgressReport evaluate(EsfProject project, Register register, List<Placement> placements,
      List<LowThresholdTask> tasks, LocalDate asOf) {
    return evaluate(project, register, placements, tasks, asOf, null);
  }

  /**
   * Evaluates a project as {@link #evaluate(EsfProject, Register, List, List, LocalDate)} does and
   * adds a matching summary.
   *
   * @param project the project and its targets
   * @param register its participants and pathways
   * @param placements its placements, possibly empty
   * @param tasks its low-threshold tasks, possibly empty
   * @param asOf the report date
   * @param matching the matching summary, or null
   * @return the report
   */
  public static ProgressReport evaluate(EsfProject project, Register register, List<Placement> placements,
      List<LowThresholdTask> tasks, LocalDate asOf, @Nullable MatchingSummary matching) {
    Cohort cohort = Cohort.builder(project).register(register).placements(placements).tasks(tasks).build();
    MetricsEngine engine = MetricsEngine.standard();
    return from(project, register, engine.evaluate(cohort, asOf), engine.indicators(cohort, asOf),
        org.esfkit.metrics.ParticipationLength.of(cohort, asOf), matching);
  }

  /**
   * Builds a report from results already computed, all as of the evaluation's date: facts and
   * enrolment over time from the register ({@link RegisterFigures}), a row per target result in the
   * evaluation's order, a row per indicator, participation length, costs ({@link #outcomeTarget})
   * and the matching summary.
   *
   * @param project the project the results are of
   * @param register its participants and pathways
   * @param evaluation the target results
   * @param indicators the common indicators of the list that fits the project's programme period
   *     ({@link IndicatorList#forPeriod}, as {@link MetricsEngine#indicators(Cohort, LocalDate)}
   *     counts them), possibly empty; the report names that list and adds the indicators it does not
   *     compute
   * @param length the participation length
   * @param matching the matching summary, or null
   * @return the report
   * @throws ValidationException if the results are not all as of the same date, or a result's type
   *     is not a {@link TargetType} and the project has no target of that id
   */
  public static ProgressReport from(EsfProject project, Register register, Evaluation evaluation,
      List<IndicatorResult> indicators, org.esfkit.metrics.ParticipationLength length,
      @Nullable MatchingSummary matching) {
    LocalDate asOf = evaluation.asOf();
    ValidationException.check(length.asOf().equals(asOf),
        "participation length is as of %s, the evaluation as of %s", length.asOf(), asOf);
    List<TargetRow> rows = new ArrayList<>();
    for (TargetResult r : evaluation.results()) {
      rows.add(targetRow(r, findTarget(project, r.id())));
    }
    IndicatorList list = IndicatorList.forPeriod(project.programmePeriod());
    List<IndicatorRow> indicatorRows = new ArrayList<>();
    for (IndicatorResult i : indicators) {
      ValidationException.check(i.asOf().equals(asOf),
          "indicator %s is as of %s, the evaluation as of %s", i.code(), i.asOf(), asOf);
      indicatorRows.add(indicatorRow(i));
    }
    ProjectFacts facts = RegisterFigures.facts(project, register, asOf);
    Target outcome = outcomeTarget(project);
    long successes = outcome == null ? 0 : evaluation.result(outcome.id()).numerator();
    CostMetrics costs = CostMetrics.of(project, facts.enrolledParticipants(), successes);
    return ProgressReport.builder()
        .facts(facts)
        .asOf(asOf)
        .targets(rows)
        .indicators(indicatorRows)
        .indicatorList(list)
        .indicatorsForComparison(list.period() != project.programmePeriod())
        .indicatorsNotComputed(indicators.isEmpty() ? List.of() : list.notComputed(indicators))
        .participationLength(participationLength(length, project.plannedParticipation()))
        .costs(costFigures(project, costs, outcome == null ? null : outcome.id()))
        .matching(matching)
        .enrolment(RegisterFigures.enrolment(project, register, asOf))
        .build();
  }

  private static @Nullable Target findTarget(EsfProject project, String id) {
    return project.targets().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
  }

  /**
   * The target whose successes count as the project's successful outcomes: its first share target
   * measuring the status at exit or at a follow-up.
   *
   * @param project the project
   * @return the target, or null when the project has none
   */
  public static @Nullable Target outcomeTarget(EsfProject project) {
    for (Target t : project.targets()) {
      if (t.type() == TargetType.SHARE
          && (t.measure() == Measure.EXIT_STATUS || t.measure() == Measure.FOLLOW_UP_STATUS)) {
        return t;
      }
    }
    return null;
  }

  /**
   * Maps one target result onto a report row. Type and status are parsed from their codes (a type
   * a custom calculator named falls back to the target's type); description and measure come from
   * the target; the threshold from the result, else the target's {@code at_least}.
   *
   * @param result the result
   * @param target the project's target of the same id, or null for a result without one
   * @return the row
   * @throws ValidationException if the type is unknown and there is no target to take it from
   */
  public static TargetRow targetRow(TargetResult result, @Nullable Target target) {
    TargetType type = type(result.type(), target);
    ImmutableTargetRow.Builder row = TargetRow.builder()
        .id(result.id())
        .type(type)
        .description(target == null ? null : target.description())
        .measure(target == null ? null : target.measure())
        .threshold(result.threshold() != null ? result.threshold() : target == null ? null : target.atLeast())
        .status(TargetStatus.fromCode(result.status().code()))
        .isFinal(result.isFinal())
        .numerator(Math.toIntExact(result.numerator()))
        .denominator(result.denominator() == null ? null : Math.toIntExact(result.denominator()))
        .value(result.value())
        .pending(Math.toIntExact(result.pending()))
        .shareWomen(result.shareWomen())
        .countsPeople(target == null || target.of() == null || !NOT_PEOPLE.contains(target.of()));
    if (result.wilson95() != null) {
      row.wilsonLow(result.wilson95().low()).wilsonHigh(result.wilson95().high());
    }
    if (!result.byGender().isEmpty()) {
      Map<Gender, GenderCount> byGender = new EnumMap<>(Gender.class);
      for (Gender g : Gender.values()) {
        Share s = result.shareFor(g);
        int n = Math.toIntExact(s.numerator());
        // an enrolment row holds each gender's enrolled as numerator and denominator (TargetRow)
        byGender.put(g, type == TargetType.ENROLMENT ? GenderCount.of(n, n)
            : GenderCount.of(n, Math.toIntExact(s.denominator())));
      }
      row.byGender(byGender);
    }
    if (result.forecast() != null) {
      row.forecast(Forecast.of(Math.toIntExact(result.forecast().needed()),
          Math.toIntExact(result.forecast().remaining()), result.forecast().reachable()));
    }
    for (Map.Entry<String, SiteEnrolment> e : result.bySite().entrySet()) {
      row.addBySite(SiteRow.of(e.getKey(), e.getValue().planned(), Math.toIntExact(e.getValue().enrolled())));
    }
    return row.build();
  }

  private static TargetType type(String code, @Nullable Target target) {
    for (TargetType t : TargetType.values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    if (target == null) {
      throw new ValidationException("target type '" + code + "' is not one a report can show");
    }
    return target.type();
  }

  /**
   * Maps one common indicator onto a report row.
   *
   * @param result the indicator's count
   * @return the row
   */
  public static IndicatorRow indicatorRow(IndicatorResult result) {
    Map<Gender, Integer> byGender = new EnumMap<>(Gender.class);
    result.byGender().forEach((g, n) -> byGender.put(g, Math.toIntExact(n)));
    return IndicatorRow.builder().code(result.code()).name(result.name())
        .total(Math.toIntExact(result.total())).byGender(byGender).build();
  }

  /**
   * Maps the participation length: participants who have left, median and mean days, those within
   * the planned participation, and the planned participation as ISO-8601 periods
   * ({@code P6M–P12M}), which read the same in every language.
   *
   * @param length the metrics' participation length
   * @param planned the project's planned participation, or null
   * @return the figures
   */
  public static ParticipationLength participationLength(org.esfkit.metrics.ParticipationLength length,
      @Nullable ParticipationRange planned) {
    Share within = length.withinPlanned();
    return ParticipationLength.builder()
        .participants(Math.toIntExact(length.exited()))
        .medianDays(length.medianDays())
        .meanDays(length.meanDays())
        .withinPlanned(within == null ? null : Math.toIntExact(within.numerator()))
        .planned(planned == null ? null : planned.min() + "–" + planned.max())
        .build();
  }

  /**
   * Maps the cost metrics: the project's total budget over the participants and the successes the
   * cost metrics were computed on.
   *
   * @param project the project, for its total budget
   * @param costs the cost metrics
   * @param outcomeTargetId the target whose numerator gave the successes, or null
   * @return the figures, or null when the project states no budget
   */
  public static @Nullable CostFigures costFigures(EsfProject project, CostMetrics costs,
      @Nullable String outcomeTargetId) {
    if (project.totalBudget() == null) {
      return null;
    }
    return CostFigures.builder().cost(project.totalBudget())
        .participants(Math.toIntExact(costs.participants()))
        .successfulOutcomes(Math.toIntExact(costs.successes()))
        .outcomeTargetId(outcomeTargetId)
        .build();
  }
}
