package org.esfkit.metrics;

import java.time.LocalDate;
import java.util.Map;
import org.esfkit.core.Gender;
import org.immutables.value.Value;

/** A common indicator (ESF+ or ESF 2014-2020, or a further indicator) counted as of a date, by gender. Immutable and thread-safe. */
@Value.Immutable
public interface IndicatorResult {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableIndicatorResult.Builder builder() {
    return ImmutableIndicatorResult.builder();
  }

  /**
   * The indicator's code.
   *
   * @return e.g. {@code EECO02}
   */
  String code();

  /**
   * The indicator's name.
   *
   * @return e.g. {@code unemployed, including long-term unemployed}
   */
  String name();

  /**
   * The as-of date.
   *
   * @return the date
   */
  LocalDate asOf();

  /**
   * Participants counted.
   *
   * @return the total over all genders
   */
  long total();

  /**
   * Participants counted by gender; all four genders present.
   *
   * @return gender to count
   */
  Map<Gender, Long> byGender();
}
