package org.esfkit.metrics.spi;

import org.esfkit.metrics.Audit;
import org.esfkit.metrics.TargetResult;

/**
 * Accumulates a {@link Metric} over ranges of a cohort's tables. Each row of each table is fed
 * to exactly one accumulator; accumulators of disjoint parts are then merged. The law every
 * implementation keeps: feeding a cohort in parts and merging gives the same result as feeding it
 * whole. Hot paths read primitive columns and allocate nothing per row.
 *
 * <p>All feeding methods default to doing nothing, so an accumulator implements only the tables
 * it reads. An accumulator is used by one thread at a time and need not be thread-safe; it may
 * keep the tables it was created with while it is fed, but the {@link TargetResult} it produces
 * must not refer to them.
 */
public interface MetricAccumulator {
  /**
   * Accumulates participant rows {@code [from, to)}.
   *
   * @param tables the cohort's tables
   * @param from first row
   * @param to end row, exclusive
   */
  default void participants(CohortTables tables, int from, int to) {}

  /**
   * Accumulates placements {@code [from, to)}.
   *
   * @param tables the cohort's tables
   * @param from first placement
   * @param to end, exclusive
   */
  default void placements(CohortTables tables, int from, int to) {}

  /**
   * Accumulates tasks {@code [from, to)}.
   *
   * @param tables the cohort's tables
   * @param from first task
   * @param to end, exclusive
   */
  default void tasks(CohortTables tables, int from, int to) {}

  /**
   * Accumulates the project's achievements {@code [from, to)}.
   *
   * @param tables the cohort's tables
   * @param from first achievement
   * @param to end, exclusive
   */
  default void achievements(CohortTables tables, int from, int to) {}

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

  /**
   * The ids behind the result: asked for only by {@link org.esfkit.metrics.MetricsEngine#audit},
   * after feeding, so that evaluating pays nothing for it. The default says the metric keeps no
   * audit.
   *
   * @return the ids counted and considered
   * @throws UnsupportedOperationException if the metric keeps no audit
   */
  default Audit audit() {
    throw new UnsupportedOperationException(getClass().getName() + " keeps no audit");
  }
}
