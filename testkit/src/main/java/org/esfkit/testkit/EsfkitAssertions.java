package org.esfkit.testkit;

import org.esfkit.metrics.Audit;
import org.esfkit.metrics.IndicatorCount;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.TargetResult;

/**
 * Entry point of the esfkit assertions, in the style of AssertJ's {@code Assertions}:
 *
 * <pre>{@code
 * import static org.esfkit.testkit.EsfkitAssertions.assertThat;
 *
 * assertThat(evaluation.result("studies-35"))
 *     .isAchieved()
 *     .hasNumerator(21).hasDenominator(60)
 *     .hasShareForGender(Gender.WOMAN).isAtLeast("0.35");
 * assertThat(engine.audit(cohort, asOf, target)).hasCounted("P01", "P07");
 * }</pre>
 *
 * <p>Stateless and thread-safe; the assertions it returns are not.
 */
public final class EsfkitAssertions {
  private EsfkitAssertions() {}

  /**
   * Starts assertions on a target's result.
   *
   * @param actual the result
   * @return the assertion
   */
  public static TargetResultAssert assertThat(TargetResult actual) {
    return new TargetResultAssert(actual);
  }

  /**
   * Starts assertions on the ids behind a result.
   *
   * @param actual the audit, from {@code MetricsEngine.audit}
   * @return the assertion
   */
  public static AuditAssert assertThat(Audit actual) {
    return new AuditAssert(actual);
  }

  /**
   * Starts assertions on a share.
   *
   * @param actual the share
   * @return the assertion
   */
  public static ShareAssert assertThat(Share actual) {
    return new ShareAssert(actual, "share");
  }

  /**
   * Starts assertions on an indicator's result.
   *
   * @param actual the result
   * @return the assertion
   */
  public static IndicatorResultAssert assertThat(IndicatorResult actual) {
    return new IndicatorResultAssert(actual);
  }

  /**
   * Assertions on a count of common indicators.
   *
   * @param actual the count
   * @return the assertion
   */
  public static IndicatorCountAssert assertThat(IndicatorCount actual) {
    return new IndicatorCountAssert(actual);
  }
}
