package org.esfkit.metrics;

import java.time.LocalDate;
import java.util.Map;
import org.esfkit.core.Gender;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A common indicator (ESF+ or ESF 2014-2020, or a further indicator) counted as of a date, by
 * gender, over the complete records of its count ({@link IndicatorCount}). Immutable and
 * thread-safe.
 */
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
   * The built-in list the indicator belongs to.
   *
   * @return the list, or null for an indicator added to the engine
   */
  @Nullable IndicatorList list();

  /**
   * Where the indicator is defined.
   *
   * @return e.g. {@code Regulation (EU) 2021/1057, Annex I}, or {@code added to the engine
   *     (programme-specific)}
   */
  String source();

  /**
   * Whether the count comes from the operation's declared target group rather than from each
   * record's labour-market status ({@link org.esfkit.core.EsfProject#operationTargetGroup()}).
   *
   * @return true if so
   */
  @Value.Default
  default boolean fromOperationTargetGroup() {
    return false;
  }

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
