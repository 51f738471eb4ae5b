package org.esfkit.core;

import org.esfkit.core.internal.Bounds;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A closed range of dates, both ends included: {@code [start, end]}. */
@Value.Immutable
@EsfkitImmutable
public abstract class DateRange {
  /**
   * Returns the first day.
   *
   * @return the start
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * Returns the last day, included.
   *
   * @return the end
   */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * Creates a range.
   *
   * @param start first day
   * @param end last day, not before {@code start}
   * @return the range
   * @throws ValidationException if {@code end} is before {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return ImmutableDateRange.of(start, end);
  }

  /**
   * Tells whether the day lies in the range.
   *
   * @param day a date
   * @return true if {@code start <= day <= end}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  @Value.Check
  void check() {
    Bounds.checkDate("range start", start());
    Bounds.checkDate("range end", end());
    ValidationException.check(!end().isBefore(start()), "range ends (%s) before it starts (%s)", end(), start());
  }

  @Override
  public String toString() {
    return start() + ".." + end();
  }
}
