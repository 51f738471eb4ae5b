package org.esfkit.metrics;

import org.esfkit.core.EsfProject;
import org.esfkit.core.Money;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Cost per participant and per successful outcome, from the project's total budget and its ESF
 * grant, in exact money (rounded half-even to whole öre). A cost is null when the project states
 * no budget (or grant) or the divisor is 0.
 *
 * <pre>{@code
 * TargetResult enrolled = ev.result("reach");
 * TargetResult success = ev.result("self-sufficient-3m");
 * CostMetrics costs = CostMetrics.of(project, enrolled.numerator(), success.numerator());
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
    return ImmutableCostMetrics.builder()
        .participants(participants)
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
