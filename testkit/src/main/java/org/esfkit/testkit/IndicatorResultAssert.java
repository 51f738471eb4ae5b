package org.esfkit.testkit;

import org.assertj.core.api.AbstractAssert;
import org.esfkit.core.Gender;
import org.esfkit.metrics.IndicatorResult;

/** Assertions on an {@link IndicatorResult}. */
public final class IndicatorResultAssert extends AbstractAssert<IndicatorResultAssert, IndicatorResult> {
  IndicatorResultAssert(IndicatorResult actual) {
    super(actual, IndicatorResultAssert.class);
  }

  /**
   * Verifies the total.
   *
   * @param expected expected total
   * @return this assertion
   */
  public IndicatorResultAssert hasTotal(long expected) {
    isNotNull();
    if (actual.total() != expected) {
      failWithMessage("Expected indicator %s to count %d participants but counted %d", actual.code(), expected,
          actual.total());
    }
    return this;
  }

  /**
   * Verifies the count of one gender.
   *
   * @param gender the gender
   * @param expected expected count
   * @return this assertion
   */
  public IndicatorResultAssert hasCountForGender(Gender gender, long expected) {
    isNotNull();
    long got = actual.byGender().getOrDefault(gender, 0L);
    if (got != expected) {
      failWithMessage("Expected indicator %s to count %d participants of gender %s but counted %d", actual.code(),
          expected, gender.code(), got);
    }
    return this;
  }
}
