package org.esfkit.testkit;

import java.math.BigDecimal;
import org.assertj.core.api.AbstractAssert;
import org.esfkit.metrics.Share;

/** Assertions on a {@link Share}; thresholds are compared exactly, as the metrics compare them. */
public final class ShareAssert extends AbstractAssert<ShareAssert, Share> {
  private final String what;

  ShareAssert(Share actual, String what) {
    super(actual, ShareAssert.class);
    this.what = what;
  }

  /**
   * Verifies that the share is defined and reaches a threshold, exactly.
   *
   * @param threshold a decimal such as {@code "0.60"}
   * @return this assertion
   */
  public ShareAssert isAtLeast(String threshold) {
    isNotNull();
    BigDecimal t = new BigDecimal(threshold);
    if (!actual.reaches(t)) {
      failWithMessage("Expected %s to be at least %s but %s", what, threshold, counted());
    }
    return this;
  }

  /**
   * Verifies that the share is defined and below a threshold, exactly.
   *
   * @param threshold a decimal such as {@code "0.60"}
   * @return this assertion
   */
  public ShareAssert isBelow(String threshold) {
    isNotNull();
    BigDecimal t = new BigDecimal(threshold);
    if (!actual.isDefined() || actual.reaches(t)) {
      failWithMessage("Expected %s to be below %s but %s", what, threshold, counted());
    }
    return this;
  }

  /**
   * Verifies the share is exactly {@code numerator} of {@code denominator}.
   *
   * @param numerator expected numerator
   * @param denominator expected denominator
   * @return this assertion
   */
  public ShareAssert is(long numerator, long denominator) {
    isNotNull();
    if (actual.numerator() != numerator || actual.denominator() != denominator) {
      failWithMessage("Expected %s to be %d/%d but %s", what, numerator, denominator, counted());
    }
    return this;
  }

  /**
   * Verifies the share is undefined (denominator 0).
   *
   * @return this assertion
   */
  public ShareAssert isUndefined() {
    isNotNull();
    if (actual.isDefined()) {
      failWithMessage("Expected %s to be undefined (no one counted) but %s", what, counted());
    }
    return this;
  }

  private String counted() {
    return actual.isDefined()
        ? "counted " + actual.numerator() + " of " + actual.denominator() + " (" + actual.value() + ")"
        : "no one was counted (0 of 0)";
  }
}
