package org.esfkit.reporting;

import org.esfkit.core.ValidationException;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** How long participants who have left took part, in days from enrolment to exit. */
@Value.Immutable
public interface ParticipationLength {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableParticipationLength.Builder builder() {
    return ImmutableParticipationLength.builder();
  }

  /**
   * Participants who have left, over whom the figures are taken.
   *
   * @return a count
   */
  int participants();

  /**
   * The median length in days.
   *
   * @return days, or null when no one has left
   */
  @Nullable Double medianDays();

  /**
   * The mean length in days.
   *
   * @return days, or null when no one has left
   */
  @Nullable Double meanDays();

  /**
   * Participants whose length lies within the project's planned participation (for example 6–12
   * months).
   *
   * @return a count, or null when the project plans none
   */
  @Nullable Integer withinPlanned();

  /**
   * The planned participation as the project words it.
   *
   * @return e.g. {@code 6–12 months} / {@code P6M..P12M}, or null
   */
  @Nullable String planned();

  /** Checks the figures. */
  @Value.Check
  default void check() {
    ValidationException.check(participants() >= 0, "participation length: participants %d is negative", participants());
    ValidationException.check(withinPlanned() == null || (withinPlanned() >= 0 && withinPlanned() <= participants()),
        "participation length: within planned %s must lie in [0, %d]", withinPlanned(), participants());
  }
}
