package org.esfkit.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.esfkit.core.Gender;
import org.esfkit.core.LabourStatus;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The common indicators of one {@link IndicatorList} counted as of a date, the way the funder
 * counts them: the participants enrolled on or before the date are the {@link #grandTotal() grand
 * total}; those whose record holds every {@link IndicatorList#requiredFields() required field} are
 * {@link #complete()}, and only they enter the indicators. Obtain it from
 * {@link MetricsEngine#count(Cohort, LocalDate, IndicatorList)}:
 *
 * <pre>{@code
 * IndicatorCount c = MetricsEngine.standard().count(cohort, asOf, IndicatorList.ESF_PLUS);
 * long chase = c.missingByField().get(PersonalDataField.EDUCATION);
 * }</pre>
 * Immutable and thread-safe.
 */
@Value.Immutable
public interface IndicatorCount {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableIndicatorCount.Builder builder() {
    return ImmutableIndicatorCount.builder();
  }

  /**
   * The list counted.
   *
   * @return the list
   */
  IndicatorList list();

  /**
   * The as-of date.
   *
   * @return the date
   */
  LocalDate asOf();

  /**
   * The grand total of participants: everyone enrolled on or before the date, complete record or
   * not.
   *
   * @return the count
   */
  long grandTotal();

  /**
   * The grand total by gender; all four genders present ({@code not_reported} counts here).
   *
   * @return gender to count
   */
  Map<Gender, Long> grandTotalByGender();

  /**
   * Participants of the grand total whose record holds every field the list requires: the only
   * ones the indicators count.
   *
   * @return the count
   */
  long complete();

  /**
   * Per required field, how many participants of the grand total lack it (a record may lack
   * several); every required field present, 0 when none lacks it.
   *
   * @return field to count, in the order of {@link PersonalDataField}
   */
  Map<PersonalDataField, Long> missingByField();

  /**
   * Per age boundary of the list (ESF+: 18, 30, 55; ESF 2014-2020: 25, 55), the pseudonymous ids of
   * the complete records whose age at entry is known only from a birth year and could fall on
   * either side of the boundary: born in the year that makes them that old in the year of entry,
   * entering before 31 December. Their age is counted as the age reached in the year of entry
   * (docs/metrics.md); a birth date removes the doubt.
   *
   * @return boundary to ids in register order, every boundary present
   */
  Map<Integer, List<String>> ageUncertain();

  /**
   * The labour-market status the project's operation targets, when declared: the indicators on
   * labour-market status then count from it ({@link IndicatorResult#fromOperationTargetGroup()}).
   *
   * @return the status, or null
   */
  @Nullable LabourStatus operationTargetGroup();

  /**
   * The indicators counted, in order: the list's, then those added to the engine.
   *
   * @return the results
   */
  List<IndicatorResult> results();

  /**
   * The list's indicators not computed from a participant register, with what each would need.
   *
   * @return the indicators not computed, in the regulation's order
   */
  @Value.Derived
  default List<NotComputedIndicator> notComputed() {
    return list().notComputed(results());
  }

  /**
   * Finds a result by code.
   *
   * @param code e.g. {@code EECO02}
   * @return the result, or empty
   */
  default Optional<IndicatorResult> result(String code) {
    return results().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /**
   * The share of complete records in the grand total.
   *
   * @return complete / grand total, or null when the grand total is 0
   */
  default @Nullable Double completeShare() {
    return grandTotal() == 0 ? null : (double) complete() / grandTotal();
  }
}
