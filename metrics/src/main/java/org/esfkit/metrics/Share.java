package org.esfkit.metrics;

import java.math.BigDecimal;
import org.esfkit.core.ValidationException;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An exact share: {@code numerator} of {@code denominator}. A denominator of 0 gives an undefined
 * share (no value, never 0). Comparisons with thresholds are exact: 21 of 60 reaches 0.35.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Share {
  /** 0 of 0: undefined. */
  public static final Share EMPTY = of(0, 0);

  /**
   * The count that succeeded.
   *
   * @return the numerator
   */
  @Value.Parameter
  public abstract long numerator();

  /**
   * The count considered.
   *
   * @return the denominator
   */
  @Value.Parameter
  public abstract long denominator();

  /**
   * Creates a share.
   *
   * @param numerator between 0 and {@code denominator}
   * @param denominator not negative
   * @return the share
   * @throws ValidationException otherwise
   */
  public static Share of(long numerator, long denominator) {
    return ImmutableShare.of(numerator, denominator);
  }

  /**
   * Tells whether the share is defined.
   *
   * @return true if the denominator is positive
   */
  public boolean isDefined() {
    return denominator() > 0;
  }

  /**
   * The share as a double, for display and statistics.
   *
   * @return numerator / denominator, or null when undefined
   */
  public @Nullable Double value() {
    return isDefined() ? (double) numerator() / denominator() : null;
  }

  /**
   * Tells whether the share reaches a threshold, compared exactly.
   *
   * @param threshold e.g. {@code 0.35}
   * @return true if defined and {@code numerator / denominator >= threshold}
   */
  public boolean reaches(BigDecimal threshold) {
    return isDefined()
        && BigDecimal.valueOf(numerator()).compareTo(threshold.multiply(BigDecimal.valueOf(denominator()))) >= 0;
  }

  /**
   * Compares with a threshold exactly.
   *
   * @param threshold a decimal
   * @return negative, zero or positive as the share is below, equal to or above it
   * @throws IllegalStateException if the share is undefined
   */
  public int compareTo(BigDecimal threshold) {
    if (!isDefined()) {
      throw new IllegalStateException("share " + this + " is undefined");
    }
    return BigDecimal.valueOf(numerator()).compareTo(threshold.multiply(BigDecimal.valueOf(denominator())));
  }

  /**
   * Adds another share's counts.
   *
   * @param other the other share
   * @return the sum of numerators over the sum of denominators
   */
  public Share plus(Share other) {
    return of(numerator() + other.numerator(), denominator() + other.denominator());
  }

  @Value.Check
  void check() {
    ValidationException.check(denominator() >= 0 && numerator() >= 0 && numerator() <= denominator(),
        "share %d/%d: need 0 <= numerator <= denominator", numerator(), denominator());
  }

  @Override
  public String toString() {
    return numerator() + "/" + denominator();
  }
}
