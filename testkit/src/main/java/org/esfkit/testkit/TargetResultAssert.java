package org.esfkit.testkit;

import java.math.BigDecimal;
import org.assertj.core.api.AbstractAssert;
import org.esfkit.core.Gender;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.Forecast;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.SiteEnrolment;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.WilsonInterval;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link TargetResult}. Every failure names the target and says what was expected
 * and what was counted, for example:
 *
 * <pre>
 * Expected target &lt;studies-35&gt; to be achieved but it was not_achieved: counted 20 of 60 (0.3333333333333333) against at least 0.35
 * </pre>
 *
 * <p>Numerator, denominator and value mean what they mean in the {@code esfkit metrics} JSON for
 * each kind of result: a share's successes of those counted; a count and no denominator; a growth's
 * current count over its baseline; an enrolment's enrolled over planned. Assertions that only one
 * kind has (parity, Wilson interval, forecast, sites) fail on a result of another kind. Not
 * thread-safe, as every AssertJ assertion.
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
   * Verifies the target has insufficient data (nobody counted, a source not supplied).
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
          actual.asOf(), pending());
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
    Long n = numerator();
    if (n == null || n != expected) {
      failWithMessage("Expected target <%s> to have numerator %d but %s", actual.id(), expected,
          n == null ? "it has none (" + actual.reason() + ")" : "counted " + n);
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
    Long d = denominator();
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
    Double v = value();
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
    if (value() != null) {
      failWithMessage("Expected target <%s> to have no value but it was %s: %s", actual.id(), value(),
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
    if (pending() != expected) {
      failWithMessage("Expected target <%s> to have %d pending but %d were pending", actual.id(), expected,
          pending());
    }
    return this;
  }

  /**
   * Verifies the parity verdict holds.
   *
   * @return this assertion
   */
  public TargetResultAssert hasParity() {
    ShareResult share = share();
    if (!Boolean.TRUE.equals(share.parityMet())) {
      failWithMessage("Expected target <%s> to meet gender parity but it %s; women %s, men %s", actual.id(),
          share.parityMet() == null ? "asks for none" : "did not", share.shareFor(Gender.WOMAN),
          share.shareFor(Gender.MAN));
    }
    return this;
  }

  /**
   * Verifies the parity verdict fails.
   *
   * @return this assertion
   */
  public TargetResultAssert failsParity() {
    ShareResult share = share();
    if (!Boolean.FALSE.equals(share.parityMet())) {
      failWithMessage("Expected target <%s> to fail gender parity but it %s; women %s, men %s", actual.id(),
          share.parityMet() == null ? "asks for none" : "met it", share.shareFor(Gender.WOMAN),
          share.shareFor(Gender.MAN));
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
    return new ShareAssert(share().shareFor(gender), "share of " + gender.code() + " for target <" + actual.id() + ">");
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
    WilsonInterval w = share().wilson95();
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
    Forecast f = share().forecast();
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
    EnrolmentResult e = kind(EnrolmentResult.class);
    SiteEnrolment s = e.bySite().get(site);
    if (s == null || s.enrolled() != enrolled) {
      failWithMessage("Expected target <%s> to have %d enrolled at site %s but %s", actual.id(), enrolled, site,
          s == null ? "the site is not in the result (sites: " + e.bySite().keySet() + ")"
              : "counted " + s.enrolled());
    }
    return this;
  }

  /**
   * Verifies the reason given for insufficient data mentions a text.
   *
   * @param part a part of the expected reason, e.g. {@code placements}
   * @return this assertion
   */
  public TargetResultAssert hasReasonContaining(String part) {
    isNotNull();
    if (actual.reason() == null || !actual.reason().contains(part)) {
      failWithMessage("Expected target <%s> to give a reason containing <%s> but %s", actual.id(), part,
          actual.reason() == null ? "it gives none (" + actual.status().code() + ")" : "it was <" + actual.reason() + ">");
    }
    return this;
  }

  private <T extends TargetResult> T kind(Class<T> kind) {
    isNotNull();
    if (!kind.isInstance(actual)) {
      failWithMessage("Expected target <%s> to be a %s but it is a %s target", actual.id(), kind.getSimpleName(),
          actual.type().code());
    }
    return kind.cast(actual);
  }

  private ShareResult share() {
    return kind(ShareResult.class);
  }

  private @Nullable Long numerator() {
    if (actual instanceof ShareResult s) {
      return s.numerator();
    } else if (actual instanceof CountResult c) {
      return c.count();
    } else if (actual instanceof GrowthResult g) {
      return g.count();
    }
    return ((EnrolmentResult) actual).enrolled();
  }

  private @Nullable Long denominator() {
    if (actual instanceof ShareResult s) {
      return s.denominator();
    } else if (actual instanceof CountResult) {
      return null;
    } else if (actual instanceof GrowthResult g) {
      return g.baseline();
    }
    return ((EnrolmentResult) actual).planned();
  }

  private @Nullable Double value() {
    if (actual instanceof ShareResult s) {
      return s.value();
    } else if (actual instanceof CountResult c) {
      return c.count() == null ? null : c.count().doubleValue();
    } else if (actual instanceof GrowthResult g) {
      return g.growth();
    }
    return ((EnrolmentResult) actual).value();
  }

  private long pending() {
    return actual instanceof ShareResult s ? s.pending() : 0;
  }

  private @Nullable BigDecimal threshold() {
    if (actual instanceof ShareResult s) {
      return s.threshold();
    } else if (actual instanceof CountResult c) {
      return c.threshold();
    } else if (actual instanceof GrowthResult g) {
      return g.threshold();
    }
    return null;
  }

  private String counted() {
    if (numerator() == null) {
      return String.valueOf(actual.reason());
    }
    String threshold = threshold() == null ? "" : " against at least " + threshold().toPlainString();
    Long d = denominator();
    if (d == null) {
      return "counted " + numerator() + threshold;
    }
    return "counted " + numerator() + " of " + d + " (" + value() + ")" + threshold
        + (pending() > 0 ? ", " + pending() + " pending" : "");
  }
}
