package org.esfkit.core;

import org.esfkit.core.internal.Bounds;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Who may take part: an age range at enrolment ("kvinnor och män i åldern 25–64 år"). */
@Value.Immutable
public interface Eligibility {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableEligibility.Builder builder() {
    return ImmutableEligibility.builder();
  }

  /**
   * The youngest age allowed, inclusive.
   *
   * @return years, or null for no lower bound
   */
  @Nullable Integer minAge();

  /**
   * The oldest age allowed, inclusive.
   *
   * @return years, or null for no upper bound
   */
  @Nullable Integer maxAge();

  /**
   * Tells whether someone of {@code age} is eligible.
   *
   * @param age whole years
   * @return true if within the bounds
   */
  default boolean admitsAge(int age) {
    return (minAge() == null || age >= minAge()) && (maxAge() == null || age <= maxAge());
  }

  /** Checks that the bounds are ordered and plausible. */
  @Value.Check
  default void check() {
    ValidationException.check(minAge() == null || minAge() >= 0, "eligibility: min_age %s must not be negative", minAge());
    Bounds.checkInt("eligibility: min_age", minAge(), 0, Bounds.MAX_AGE);
    Bounds.checkInt("eligibility: max_age", maxAge(), 0, Bounds.MAX_AGE);
    ValidationException.check(
        minAge() == null || maxAge() == null || minAge() <= maxAge(),
        "eligibility: min_age %s is above max_age %s", minAge(), maxAge());
  }
}
