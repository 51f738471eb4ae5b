package org.esfkit.testkit;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.esfkit.core.Gender;
import org.esfkit.metrics.Forecast;
import org.esfkit.metrics.SiteEnrolment;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.WilsonInterval;

/**
 * Assertions on a {@link TargetResult}. Every failure names the target and says what was expected
 * and what was counted, for example:
 *
 * <pre>
 * Expected target &lt;studies-35&gt; to be achieved but it was not_achieved: counted 20 of 60 (0.3333333333333333) against at least 0.35
 * </pre>
 */
public final class TargetResultAssert extends AbstractAssert<TargetResultAssert, TargetResult> {
  TargetResultAssert(TargetResult actual) {
    super(actual, TargetResultAssert.class);
  }

  /**
   * Verifies the target is achieved.
   *
   * @return this assertion
   */
  public TargetResultAssert isAchieved() {
    return hasStatus(Status.ACHIEVED);
  }

  /**
   * Verifies the target is not achieved (with data enough to say so).
   *
   * @return this assertion
   */
  public TargetResultAssert isNotAchieved() {
    return hasStatus(Status.NOT_ACHIEVED);
  }

  /**
   * Verifies the target has insufficient data (a share with denominator 0).
   *
   * @return this assertion
   */
  public TargetResultAssert hasInsufficientData() {
    return hasStatus(Status.INSUFFICIENT_DATA);
  }

  /**
   * Verifies the status.
   *
   * @param expected the expected status
   * @return this assertion
   */
  public TargetResultAssert hasStatus(Status expected) {
    isNotNull();
    if (actual.status() != expected) {
      failWithMessage("Expected target <%s> to be %s but it was %s: %s", actual.id(), expected.code(),
          actual.status().code(), counted());
    }
    return this;
  }

  /**
   * Verifies the result is final.
   *
   * @return this assertion
   */
  public TargetResultAssert isFinal() {
    isNotNull();
    if (!actual.isFinal()) {
      failWithMessage("Expected target <%s> to be final as of %s but it was not (%d pending)", actual.id(),
          actual.asOf(), actual.pending());
    }
    return this;
  }

  /**
   * Verifies the result is not final.
   *
   * @return this assertion
   */
  public TargetResultAssert isNotFinal() {
    isNotNull();
    if (actual.isFinal()) {
      failWithMessage("Expected target <%s> not to be final as of %s but it was", actual.id(), actual.asOf());
    }
    return this;
  }

  /**
   * Verifies the numerator.
   *
   * @param expected expected numerator
   * @return this assertion
   */
  public TargetResultAssert hasNumerator(long expected) {
    isNotNull();
    if (actual.numerator() != expected) {
      failWithMessage("Expected target <%s> to have numerator %d but counted %d", actual.id(), expected,
          actual.numerator());
    }
    return this;
  }

  /**
   * Verifies the denominator.
   *
   * @param expected expected denominator
   * @return this assertion
   */
  public TargetResultAssert hasDenominator(long expected) {
    isNotNull();
    Long d = actual.denominator();
    if (d == null || d != expected) {
      failWithMessage("Expected target <%s> to have denominator %d but %s", actual.id(), expected,
          d == null ? "it has none" : "counted " + d);
    }
    return this;
  }

  /**
   * Verifies the value within a tolerance.
   *
   * @param expected expected value
   * @param tolerance allowed absolute difference
   * @return this assertion
   */
  public TargetResultAssert hasValue(double expected, double tolerance) {
    isNotNull();
    Double v = actual.value();
    if (v == null || Math.abs(v - expected) > tolerance) {
      failWithMessage("Expected target <%s> to have value %s (± %s) but it was %s: %s", actual.id(), expected,
          tolerance, v, counted());
    }
    return this;
  }

  /**
   * Verifies the value is undefined.
   *
   * @return this assertion
   */
  public TargetResultAssert hasNoValue() {
    isNotNull();
    if (actual.value() != null) {
      failWithMessage("Expected target <%s> to have no value but it was %s: %s", actual.id(), actual.value(),
          counted());
    }
    return this;
  }

  /**
   * Verifies the number pending (follow-up windows still open).
   *
   * @param expected expected pending count
   * @return this assertion
   */
  public TargetResultAssert isPending(long expected) {
    isNotNull();
    if (actual.pending() != expected) {
      failWithMessage("Expected target <%s> to have %d pending but %d were pending", actual.id(), expected,
          actual.pending());
    }
    return this;
  }

  /**
   * Verifies the parity verdict holds.
   *
   * @return this assertion
   */
  public TargetResultAssert hasParity() {
    isNotNull();
    if (!Boolean.TRUE.equals(actual.parityMet())) {
      failWithMessage("Expected target <%s> to meet gender parity but it %s; women %s, men %s", actual.id(),
          actual.parityMet() == null ? "asks for none" : "did not", actual.shareFor(Gender.WOMAN),
          actual.shareFor(Gender.MAN));
    }
    return this;
  }

  /**
   * Verifies the parity verdict fails.
   *
   * @return this assertion
   */
  public TargetResultAssert failsParity() {
    isNotNull();
    if (!Boolean.FALSE.equals(actual.parityMet())) {
      failWithMessage("Expected target <%s> to fail gender parity but it %s; women %s, men %s", actual.id(),
          actual.parityMet() == null ? "asks for none" : "met it", actual.shareFor(Gender.WOMAN),
          actual.shareFor(Gender.MAN));
    }
    return this;
  }

  /**
   * Switches to assertions on one gender's share.
   *
   * @param gender the gender
   * @return an assertion on that share
   */
  public ShareAssert hasShareForGender(Gender gender) {
    isNotNull();
    return new ShareAssert(actual.shareFor(gender), "share of " + gender.code() + " for target <" + actual.id() + ">");
  }

  /**
   * Verifies the Wilson interval within a tolerance.
   *
   * @param low expected lower bound
   * @param high expected upper bound
   * @param tolerance allowed absolute difference
   * @return this assertion
   */
  public TargetResultAssert hasWilson95(double low, double high, double tolerance) {
    isNotNull();
    WilsonInterval w = actual.wilson95();
    if (w == null || Math.abs(w.low() - low) > tolerance || Math.abs(w.high() - high) > tolerance) {
      failWithMessage("Expected target <%s> to have a Wilson interval [%s, %s] (± %s) but it was %s", actual.id(), low,
          high, tolerance, w);
    }
    return this;
  }

  /**
   * Verifies the forecast: how many must still succeed and whether the target stays reachable.
   *
   * @param needed expected successes still needed
   * @param reachable expected reachability
   * @return this assertion
   */
  public TargetResultAssert hasForecast(long needed, boolean reachable) {
    isNotNull();
    Forecast f = actual.forecast();
    if (f == null || f.needed() != needed || f.reachable() != reachable) {
      failWithMessage("Expected target <%s> to need %d more successes (%s) but the forecast was %s", actual.id(),
          needed, reachable ? "reachable" : "out of reach", f);
    }
    return this;
  }

  /**
   * Verifies a site's enrolment.
   *
   * @param site the site name
   * @param enrolled expected enrolled
   * @return this assertion
   */
  public TargetResultAssert hasEnrolledAtSite(String site, long enrolled) {
    isNotNull();
    SiteEnrolment s = actual.bySite().get(site);
    if (s == null || s.enrolled() != enrolled) {
      failWithMessage("Expected target <%s> to have %d enrolled at site %s but %s", actual.id(), enrolled, site,
          s == null ? "the site is not in the result (sites: " + actual.bySite().keySet() + ")"
              : "counted " + s.enrolled());
    }
    return this;
  }

  /**
   * Verifies exactly which ids were counted in the numerator (in any order).
   *
   * @param ids the expected pseudonymous ids
   * @return this assertion
   */
  public TargetResultAssert hasCounted(String... ids) {
    isNotNull();
    List<String> got = actual.audit().counted();
    if (got.size() != ids.length || !got.containsAll(List.of(ids))) {
      failWithMessage("Expected target <%s> to count %s but counted %s", actual.id(), List.of(ids), got);
    }
    return this;
  }

  private String counted() {
    String threshold = actual.threshold() == null ? "" : " against at least " + actual.threshold().toPlainString();
    Long d = actual.denominator();
    if (d == null) {
      return "counted " + actual.numerator() + threshold;
    }
    return "counted " + actual.numerator() + " of " + d + " (" + actual.value() + ")" + threshold
        + (actual.pending() > 0 ? ", " + actual.pending() + " pending" : "");
  }
}
