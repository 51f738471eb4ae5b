package org.esfkit.reporting;

import org.esfkit.core.ValidationException;
import org.immutables.value.Value;

/** The numerator and denominator of a target among the participants of one gender. */
@Value.Immutable
public interface GenderCount {
  /**
   * Creates a count.
   *
   * @param numerator participants of this gender who count as success
   * @param denominator participants of this gender considered
   * @return the count
   * @throws ValidationException if a number is negative or the numerator exceeds the denominator
   */
  static GenderCount of(int numerator, int denominator) {
    return ImmutableGenderCount.of(numerator, denominator);
  }

  /**
   * Participants of this gender who count as success.
   *
   * @return the numerator
   */
  @Value.Parameter
  int numerator();

  /**
   * Participants of this gender considered.
   *
   * @return the denominator
   */
  @Value.Parameter
  int denominator();

  /** Checks the counts. */
  @Value.Check
  default void check() {
    ValidationException.check(numerator() >= 0 && numerator() <= denominator(),
        "gender count %d of %d: numerator must lie in [0, denominator]", numerator(), denominator());
  }
}
