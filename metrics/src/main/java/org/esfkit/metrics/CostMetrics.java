package org.esfkit.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Measure;
import org.esfkit.core.Money;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Cost per participant and per successful outcome, from the project's total budget and its ESF
 * grant, in exact money (rounded half-even to whole öre). A cost is null when the project states
 * no budget (or grant) or the divisor is 0. Immutable and thread-safe.
 *
 * <pre>{@code
 * Evaluation ev = MetricsEngine.standard().evaluate(cohort, asOf);
 * CostMetrics costs = CostMetrics.of(cohort, ev);
 * }</pre>
 */
@Value.Immutable
public interface CostMetrics {
  /**
   * Computes the costs.
   *
   * @param project the project (budget and grant)
   * @param participants participants counted, e.g. enrolled as of a date
   * @param successes successful outcomes counted, e.g. a share target's numerator
   * @return the costs
   */
  static CostMetrics of(EsfProject project, long participants, long successes) {
    return of(project, participants, successes, List.of());
  }

  /**
   * Computes the costs of a project's evaluation: the participants enrolled as of its date
   * ({@link Enrolment}), and as successful outcomes the participants who succeeded in at least one
   * of the project's {@linkplain #outcomeTargets outcome targets} — each counted once, however many
   * of those targets they met (a target "work or studies" and a target "studies" overlap).
   *
   * @param cohort the cohort the evaluation is of (its project gives budget, grant and targets)
   * @param evaluation the project's targets evaluated
   * @return the costs
   */
  static CostMetrics of(Cohort cohort, Evaluation evaluation) {
    EsfProject project = cohort.requireProject();
    LocalDate asOf = evaluation.asOf();
    List<String> ids = new ArrayList<>();
    Set<String> succeeded = new HashSet<>();
    MetricsEngine engine = MetricsEngine.standard();
    for (Target t : outcomeTargets(project)) {
      ids.add(t.id());
      succeeded.addAll(engine.audit(cohort, asOf, t).counted());
    }
    return of(project, Enrolment.of(cohort, asOf).total(), succeeded.size(), ids);
  }

  /**
   * The targets whose successes are the project's successful outcomes: its share targets measuring
   * the status at exit or at a follow-up (a survey answer is not an outcome).
   *
   * @param project the project
   * @return the targets, in the project's order; empty when it has none
   */
  static List<Target> outcomeTargets(EsfProject project) {
    List<Target> out = new ArrayList<>();
    for (Target t : project.targets()) {
      if (t.type() == TargetType.SHARE
          && (t.measure() == Measure.EXIT_STATUS || t.measure() == Measure.FOLLOW_UP_STATUS)) {
        out.add(t);
      }
    }
    return out;
  }

  private static CostMetrics of(EsfProject project, long participants, long successes, List<String> outcomeTargets) {
    return ImmutableCostMetrics.builder()
        .participants(participants)
        .outcomeTargets(outcomeTargets)
        .cost(project.totalBudget())
        .successes(successes)
        .budgetPerParticipant(per(project.totalBudget(), participants))
        .grantPerParticipant(per(project.esfGrant(), participants))
        .budgetPerSuccess(per(project.totalBudget(), successes))
        .grantPerSuccess(per(project.esfGrant(), successes))
        .build();
  }

  private static @Nullable Money per(@Nullable Money amount, long count) {
    return amount == null || count <= 0 ? null : amount.dividedBy(count);
  }

  /**
   * The cost divided: the project's total budget.
   *
   * @return the budget, or null when the project states none
   */
  @Nullable Money cost();

  /**
   * The targets whose successes are the successful outcomes.
   *
   * @return target ids, empty when the successes were given directly or the project has no outcome
   *     target (then there is no cost per outcome to show)
   */
  List<String> outcomeTargets();

  /**
   * The participants divided by.
   *
   * @return the count
   */
  long participants();

  /**
   * The successful outcomes divided by.
   *
   * @return the count
   */
  long successes();

  /**
   * Total budget per participant.
   *
   * @return the amount, or null
   */
  @Nullable Money budgetPerParticipant();

  /**
   * ESF grant per participant.
   *
   * @return the amount, or null
   */
  @Nullable Money grantPerParticipant();

  /**
   * Total budget per successful outcome.
   *
   * @return the amount, or null
   */
  @Nullable Money budgetPerSuccess();

  /**
   * ESF grant per successful outcome.
   *
   * @return the amount, or null
   */
  @Nullable Money grantPerSuccess();
}
