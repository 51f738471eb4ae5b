package org.esfkit.core;

import org.esfkit.core.internal.Bounds;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An exact share or rate in [0, 1], for example the EU co-financing rate (0.50) or a target's
 * threshold (0.35). Comparisons are exact: 21 of 60 is exactly 0.35.
 */
@Value.Immutable
@EsfkitImmutable
public abstract class Rate implements Comparable<Rate> {
  /**
   * Returns the value, between 0 and 1 inclusive.
   *
   * @return the value as an exact decimal
   */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * Creates a rate.
   *
   * @param value a decimal between 0 and 1 inclusive
   * @return the rate
   * @throws ValidationException if out of range
   */
  public static Rate of(BigDecimal value) {
    return ImmutableRate.of(value);
  }

  /**
   * Creates a rate from its decimal text, e.g. {@code "0.35"}.
   *
   * @param value the decimal text
   * @return the rate
   * @throws ValidationException if not a decimal in [0, 1]
   */
  public static Rate of(String value) {
    try {
      return of(new BigDecimal(value.strip()));
    } catch (NumberFormatException e) {
      throw new ValidationException("not a decimal rate: '" + value + "'");
    }
  }

  /**
   * Creates a rate from a percentage, e.g. {@code percent(35)} is 0.35.
   *
   * @param percent between 0 and 100
   * @return the rate
   */
  public static Rate percent(long percent) {
    return of(BigDecimal.valueOf(percent).movePointLeft(2));
  }

  /**
   * Tells whether {@code numerator / denominator} reaches this rate, compared exactly.
   *
   * @param numerator the count that succeeded
   * @param denominator the count considered, positive
   * @return true if {@code numerator / denominator >= value()}
   */
  public boolean isReachedBy(long numerator, long denominator) {
    ValidationException.check(denominator > 0, "denominator must be positive, was %d", denominator);
    return BigDecimal.valueOf(numerator).compareTo(value().multiply(BigDecimal.valueOf(denominator))) >= 0;
  }

  @Override
  public int compareTo(Rate other) {
    return value().compareTo(other.value());
  }

  @Value.Check
  void check() {
    ValidationException.check(
        Bounds.number(value()) == null && value().signum() >= 0 && value().compareTo(BigDecimal.ONE) <= 0,
        "rate %s is outside [0, 1]", Bounds.show(value()));
    ValidationException.check(value().stripTrailingZeros().scale() <= Bounds.MAX_SHARE_DECIMALS,
        "rate %s has more than %d decimals", value().toPlainString(), Bounds.MAX_SHARE_DECIMALS);
  }

  @Override
  public String toString() {
    return value().toPlainString();
  }
}
