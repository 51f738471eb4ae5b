package org.esfkit.metrics;

import java.util.List;
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
 * CostMetrics costs = CostMetrics.of(project, ev, Enrolment.of(cohort, asOf).total());
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
   * Computes the costs of a project's evaluation: the participants enrolled as of its date, and as
   * successful outcomes the numerator of the project's {@linkplain #outcomeTarget outcome target}.
   *
   * @param project the project (budget, grant, targets)
   * @param evaluation the project's targets evaluated
   * @param enrolled participants enrolled as of the evaluation's date ({@link Enrolment#total()})
   * @return the costs
   */
  static CostMetrics of(EsfProject project, Evaluation evaluation, long enrolled) {
    Target outcome = outcomeTarget(project);
    if (outcome == null) {
      return of(project, enrolled, 0, List.of());
    }
    ShareResult r = evaluation.result(outcome.id(), ShareResult.class);
    return of(project, enrolled, r.numerator(), List.of(outcome.id()));
  }

  /**
   * The target whose successes count as the project's successful outcomes: its first share target
   * measuring the status at exit or at a follow-up (a survey answer is not an outcome).
   *
   * @param project the project
   * @return the target, or null when the project has none
   */
  static @Nullable Target outcomeTarget(EsfProject project) {
    for (Target t : project.targets()) {
      if (t.type() == TargetType.SHARE
          && (t.measure() == Measure.EXIT_STATUS || t.measure() == Measure.FOLLOW_UP_STATUS)) {
        return t;
      }
    }
    return null;
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
   *     target
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
