package org.esfkit.reporting;

import org.esfkit.core.Money;
import org.esfkit.core.ValidationException;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Cost per participant and per successful outcome. */
@Value.Immutable
public interface CostFigures {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableCostFigures.Builder builder() {
    return ImmutableCostFigures.builder();
  }

  /**
   * The cost the figures divide: the total budget, or the cost to date where known.
   *
   * @return the cost
   */
  Money cost();

  /**
   * Participants enrolled.
   *
   * @return a count
   */
  int participants();

  /**
   * Successful outcomes: the numerator of {@link #outcomeTargetId()}.
   *
   * @return a count
   */
  int successfulOutcomes();

  /**
   * The target whose successes count as outcomes.
   *
   * @return a target id, or null
   */
  @Nullable String outcomeTargetId();

  /**
   * The cost per participant, rounded to whole öre.
   *
   * @return the cost, or null when no one is enrolled
   */
  default @Nullable Money perParticipant() {
    return participants() == 0 ? null : cost().dividedBy(participants());
  }

  /**
   * The cost per successful outcome, rounded to whole öre.
   *
   * @return the cost, or null when there is no outcome yet
   */
  default @Nullable Money perOutcome() {
    return successfulOutcomes() == 0 ? null : cost().dividedBy(successfulOutcomes());
  }

  /** Checks the counts. */
  @Value.Check
  default void check() {
    ValidationException.check(participants() >= 0, "cost figures: participants %d is negative", participants());
    ValidationException.check(successfulOutcomes() >= 0,
        "cost figures: successful outcomes %d is negative", successfulOutcomes());
  }
}
