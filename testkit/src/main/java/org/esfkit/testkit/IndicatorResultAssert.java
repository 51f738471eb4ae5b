package org.esfkit.testkit;

import org.assertj.core.api.AbstractAssert;
import org.esfkit.core.Gender;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.IndicatorResult;
import org.jspecify.annotations.Nullable;

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

  /**
   * Verifies the built-in list the indicator belongs to.
   *
   * @param expected the list, or null for an indicator added to the engine
   * @return this assertion
   */
  public IndicatorResultAssert belongsTo(@Nullable IndicatorList expected) {
    isNotNull();
    if (actual.list() != expected) {
      failWithMessage("Expected indicator %s to belong to %s but it belongs to %s", actual.code(),
          expected == null ? "no list" : expected.code(), actual.list() == null ? "no list" : actual.list().code());
    }
    return this;
  }

  /**
   * Verifies where the indicator is defined.
   *
   * @param expected e.g. {@code Regulation (EU) 2021/1057, Annex I}
   * @return this assertion
   */
  public IndicatorResultAssert hasSource(String expected) {
    isNotNull();
    if (!actual.source().equals(expected)) {
      failWithMessage("Expected indicator %s to have the source <%s> but it was <%s>", actual.code(), expected,
          actual.source());
    }
    return this;
  }

  /**
   * Verifies whether the count comes from the operation's target group.
   *
   * @param expected true if it should
   * @return this assertion
   */
  public IndicatorResultAssert countsFromOperationTargetGroup(boolean expected) {
    isNotNull();
    if (actual.fromOperationTargetGroup() != expected) {
      failWithMessage("Expected indicator %s %sto count from the operation's target group", actual.code(),
          expected ? "" : "not ");
    }
    return this;
  }
}
