package org.esfkit.testkit;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.esfkit.metrics.IndicatorCount;
import org.esfkit.metrics.PersonalDataField;

/** Assertions on an {@link IndicatorCount}: grand total, complete records, missing fields, uncertain ages. */
public final class IndicatorCountAssert extends AbstractAssert<IndicatorCountAssert, IndicatorCount> {
  IndicatorCountAssert(IndicatorCount actual) {
    super(actual, IndicatorCountAssert.class);
  }

  /**
   * Verifies the grand total of participants.
   *
   * @param expected expected grand total
   * @return this assertion
   */
  public IndicatorCountAssert hasGrandTotal(long expected) {
    isNotNull();
    if (actual.grandTotal() != expected) {
      failWithMessage("Expected a grand total of %d participants but it was %d", expected, actual.grandTotal());
    }
    return this;
  }

  /**
   * Verifies the number of complete records.
   *
   * @param expected expected count
   * @return this assertion
   */
  public IndicatorCountAssert hasComplete(long expected) {
    isNotNull();
    if (actual.complete() != expected) {
      failWithMessage("Expected %d complete records but there were %d", expected, actual.complete());
    }
    return this;
  }

  /**
   * Verifies how many records lack a field.
   *
   * @param field the field
   * @param expected expected count
   * @return this assertion
   */
  public IndicatorCountAssert hasMissing(PersonalDataField field, long expected) {
    isNotNull();
    Long got = actual.missingByField().get(field);
    if (got == null) {
      failWithMessage("Expected %d records to lack %s but the list %s does not require it", expected, field.code(),
          actual.list().code());
    } else if (got != expected) {
      failWithMessage("Expected %d records to lack %s but %d do", expected, field.code(), got);
    }
    return this;
  }

  /**
   * Verifies which participants' ages are uncertain at an age boundary (birth year only).
   *
   * @param boundary the boundary, e.g. 55
   * @param ids the expected pseudonymous ids, in register order
   * @return this assertion
   */
  public IndicatorCountAssert hasAgeUncertainAt(int boundary, String... ids) {
    isNotNull();
    List<String> got = actual.ageUncertain().get(boundary);
    if (got == null) {
      failWithMessage("Expected %d to be an age boundary of the list %s", boundary, actual.list().code());
    } else if (!got.equals(List.of(ids))) {
      // ids are pseudonymous; counts keep the message short
      failWithMessage("Expected %d participants with an uncertain age at %d but there were %d", ids.length, boundary,
          got.size());
    }
    return this;
  }

  /**
   * Starts assertions on one indicator of the count.
   *
   * @param code e.g. {@code EECO02}
   * @return the indicator's assertion
   */
  public IndicatorResultAssert indicator(String code) {
    isNotNull();
    return new IndicatorResultAssert(actual.result(code)
        .orElseThrow(() -> new AssertionError("Expected the count to hold indicator " + code)));
  }
}
