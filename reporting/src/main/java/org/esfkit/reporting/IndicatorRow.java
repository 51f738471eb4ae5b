package org.esfkit.reporting;

import java.util.Map;
import org.esfkit.core.Gender;
import org.esfkit.core.ValidationException;
import org.immutables.value.Value;

/** One common indicator (for example {@code EECO01} or {@code CO01}) with its breakdown by gender. */
@Value.Immutable
public interface IndicatorRow {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableIndicatorRow.Builder builder() {
    return ImmutableIndicatorRow.builder();
  }

  /**
   * The indicator's code.
   *
   * @return e.g. {@code EECR04}
   */
  String code();

  /**
   * The indicator's name as the regulation gives it.
   *
   * @return e.g. {@code participants in employment, including self-employment, upon leaving}
   */
  String name();

  /**
   * The number of participants counted.
   *
   * @return the total
   */
  int total();

  /**
   * The number counted per gender; the genders absent count 0.
   *
   * @return gender to count
   */
  Map<Gender, Integer> byGender();

  /** Checks the counts. */
  @Value.Check
  default void check() {
    ValidationException.check(total() >= 0, "indicator %s: total %d is negative", code(), total());
    int sum = byGender().values().stream().mapToInt(Integer::intValue).sum();
    ValidationException.check(byGender().isEmpty() || sum == total(),
        "indicator %s: counts by gender add up to %d, not to the total %d", code(), sum, total());
  }
}
