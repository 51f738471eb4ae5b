package org.esfkit.metrics.spi;

import java.time.LocalDate;
import org.esfkit.metrics.Cohort;

/**
 * One thing to evaluate over a cohort as of a date, such as a project target. The engine asks for
 * one accumulator per part of the cohort, feeds each its part, merges them and asks the merged
 * accumulator for the result.
 */
@FunctionalInterface
public interface Metric {
  /**
   * Starts accumulating.
   *
   * @param cohort the whole cohort (accumulators are fed ranges of it)
   * @param asOf the as-of date; only what is dated on or before it exists
   * @return a fresh, empty accumulator
   */
  MetricAccumulator newAccumulator(Cohort cohort, LocalDate asOf);
}
