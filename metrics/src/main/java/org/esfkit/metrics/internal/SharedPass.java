package org.esfkit.metrics.internal;

import java.time.LocalDate;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.spi.Metric;
import org.esfkit.metrics.spi.MetricAccumulator;

/**
 * One tally of participant rows that several metrics read: the engine runs one pass per distinct
 * {@link Sharing#passKey() key} over each block of rows, instead of one pass per metric, and then
 * adds the pass's tally into the accumulator of every metric that shares it. Adding is the same as
 * feeding the accumulator those rows itself, so accumulators stay mergeable and the SPI's law
 * holds.
 */
public interface SharedPass {
  /**
   * Tallies participant rows {@code [from, to)}.
   *
   * @param tables the cohort's tables
   * @param from first row
   * @param to end row, exclusive
   */
  void participants(CohortTables tables, int from, int to);

  /**
   * Adds everything tallied so far into an accumulator of a metric with this pass's key, as if the
   * accumulator had been fed the same rows.
   *
   * @param accumulator an accumulator created by a metric whose key equals this pass's
   */
  void addTo(MetricAccumulator accumulator);

  /** A built-in metric whose participant rows can be tallied by a pass shared with others. */
  interface Sharing extends Metric {
    /**
     * What the pass depends on; metrics with equal keys share one pass.
     *
     * @return the key (with {@code equals} and {@code hashCode})
     */
    Object passKey();

    /**
     * A fresh, empty pass for this metric's key.
     *
     * @param tables the cohort's tables
     * @param asOf the as-of date
     * @return the pass
     */
    SharedPass newPass(CohortTables tables, LocalDate asOf);
  }
}
