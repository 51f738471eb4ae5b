package org.esfkit.testkit;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.esfkit.metrics.Audit;

/**
 * Assertions on the ids behind a result ({@code MetricsEngine.audit}). Failures print the ids:
 * they are for tests on synthetic data. Not thread-safe, as every AssertJ assertion.
 */
public final class AuditAssert extends AbstractAssert<AuditAssert, Audit> {
  AuditAssert(Audit actual) {
    super(actual, AuditAssert.class);
  }

  /**
   * Verifies exactly which ids were counted in the numerator (in any order).
   *
   * @param ids the expected pseudonymous ids
   * @return this assertion
   */
  public AuditAssert hasCounted(String... ids) {
    isNotNull();
    List<String> got = actual.counted();
    if (got.size() != ids.length || !got.containsAll(List.of(ids))) {
      failWithMessage("Expected to count %s but counted %s", List.of(ids), got);
    }
    return this;
  }

  /**
   * Verifies exactly which ids were considered in the denominator (in any order).
   *
   * @param ids the expected pseudonymous ids
   * @return this assertion
   */
  public AuditAssert hasConsidered(String... ids) {
    isNotNull();
    List<String> got = actual.considered();
    if (got.size() != ids.length || !got.containsAll(List.of(ids))) {
      failWithMessage("Expected to consider %s but considered %s", List.of(ids), got);
    }
    return this;
  }
}
