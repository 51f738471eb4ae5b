package org.esfkit.metrics.spi;

import java.time.LocalDate;
import java.time.Period;

/**
 * Adds a fixed period to epoch days ({@code date + P3M}), precomputed over the days a cohort spans
 * so that evaluating does not allocate per participant; see {@link CohortTables#shift(Period)}.
 * Immutable and thread-safe.
 */
public final class DayShift {
  private final Period period;
  private final int min;
  private final int[] table;

  /**
   * Precomputes a shift over the days {@code [min, max]}; other days are computed when asked.
   *
   * @param period the period to add
   * @param min the first epoch day to precompute
   * @param max the last epoch day to precompute (below {@code min}: nothing is precomputed)
   */
  public DayShift(Period period, int min, int max) {
    this.period = period;
    this.min = min;
    this.table = new int[Math.max(0, max - min + 1)];
    for (int i = 0; i < table.length; i++) {
      table[i] = (int) LocalDate.ofEpochDay((long) min + i).plus(period).toEpochDay();
    }
  }

  /**
   * Adds the period to a day.
   *
   * @param day an epoch day, or {@link Codes#NO_DATE}
   * @return the day plus the period ({@link Codes#NO_DATE} stays {@code NO_DATE})
   */
  public int apply(int day) {
    int i = day - min;
    if (i >= 0 && i < table.length) {
      return table[i];
    }
    return day == Codes.NO_DATE ? Codes.NO_DATE : (int) LocalDate.ofEpochDay(day).plus(period).toEpochDay();
  }
}
