package org.esfkit.metrics.spi;

import org.esfkit.metrics.TargetResult;

/**
 * Accumulates a {@link Metric} over ranges of a cohort's tables. Each row of each table is fed
 * to exactly one accumulator; accumulators of disjoint parts are then merged. The law every
 * implementation keeps: feeding a cohort in parts and merging gives the same result as feeding it
 * whole. Hot paths read primitive columns and allocate nothing per row.
 *
 * <p>All feeding methods default to doing nothing, so an accumulator implements only the tables
 * it reads.
 */
public interface MetricAccumulator {
  /**
   * Accumulates participant rows {@code [from, to)}.
   *
   * @param cohort the cohort
   * @param from first row
   * @param to end row, exclusive
   */
  default void participants(org.esfkit.metrics.Cohort cohort, int from, int to) {}

  /**
   * Accumulates placements {@code [from, to)}.
   *
   * @param cohort the cohort
   * @param from first placement
   * @param to end, exclusive
   */
  default void placements(org.esfkit.metrics.Cohort cohort, int from, int to) {}

  /**
   * Accumulates tasks {@code [from, to)}.
   *
   * @param cohort the cohort
   * @param from first task
   * @param to end, exclusive
   */
  default void tasks(org.esfkit.metrics.Cohort cohort, int from, int to) {}

  /**
   * Accumulates the project's achievements {@code [from, to)}.
   *
   * @param cohort the cohort
   * @param from first achievement
   * @param to end, exclusive
   */
  default void achievements(org.esfkit.metrics.Cohort cohort, int from, int to) {}

  /**
   * Adds another accumulator of the same metric, fed a disjoint part, into this one.
   *
   * @param other an accumulator created by the same metric for the same cohort and date
   */
  void merge(MetricAccumulator other);

  /**
   * Produces the result from everything accumulated.
   *
   * @return the result
   */
  TargetResult result();
}
