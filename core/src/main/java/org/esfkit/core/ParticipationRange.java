package org.esfkit.core;

import org.esfkit.core.internal.Bounds;
import java.time.LocalDate;
import java.time.Period;
import org.immutables.value.Value;

/** The planned length of a participant's time in the project, e.g. 6–12 months (SMÖT). */
@Value.Immutable
public interface ParticipationRange {
  /**
   * Creates a range.
   *
   * @param min shortest planned time
   * @param max longest planned time
   * @return the range
   */
  static ParticipationRange of(Period min, Period max) {
    return ImmutableParticipationRange.builder().min(min).max(max).build();
  }

  /**
   * The shortest planned time.
   *
   * @return e.g. {@code P6M}
   */
  Period min();

  /**
   * The longest planned time.
   *
   * @return e.g. {@code P12M}
   */
  Period max();

  /**
   * Tells whether a participation from {@code enrolled} to {@code exited} lies within the range:
   * {@code enrolled + min <= exited <= enrolled + max}.
   *
   * @param enrolled the enrolment date
   * @param exited the exit date
   * @return true if within
   */
  default boolean contains(LocalDate enrolled, LocalDate exited) {
    return !exited.isBefore(enrolled.plus(min())) && !exited.isAfter(enrolled.plus(max()));
  }

  /** Checks that the bounds are positive and ordered. */
  @Value.Check
  default void check() {
    ValidationException.check(!min().isNegative(), "planned participation min %s is negative", min());
    Bounds.checkPeriod("planned participation min " + min(), min());
    Bounds.checkPeriod("planned participation max " + max(), max());
    LocalDate ref = LocalDate.of(2000, 1, 1);
    ValidationException.check(
        !ref.plus(min()).isAfter(ref.plus(max())), "planned participation min %s is above max %s", min(), max());
  }
}
