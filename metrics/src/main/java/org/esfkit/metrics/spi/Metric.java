package org.esfkit.metrics.spi;

import java.time.LocalDate;

/**
 * One thing to evaluate over a cohort as of a date, such as a project target. The engine asks for
 * one accumulator per part of the cohort, feeds each its part, merges them and asks the merged
 * accumulator for the result. Implementations must be thread-safe: the engine may create
 * accumulators from several threads at once ({@link org.esfkit.metrics.MetricsEngine#evaluateParallel}).
 */
@FunctionalInterface
public interface Metric {
  /**
   * Starts accumulating.
   *
   * @param tables the whole cohort's tables (accumulators are fed ranges of them)
   * @param asOf the as-of date; only what is dated on or before it exists
   * @return a fresh, empty accumulator
   */
  MetricAccumulator newAccumulator(CohortTables tables, LocalDate asOf);
}
