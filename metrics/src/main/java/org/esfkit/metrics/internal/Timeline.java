package org.esfkit.metrics.internal;

import java.time.LocalDate;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.spi.CohortTables;

/**
 * A metric that evaluates itself as of many dates in one pass over the participants: each row's
 * contribution is a step function of the date, changing only on the row's own event days, so it
 * is added once per step into a difference array over the dates and the tallies at every date
 * are its prefix sums. Rows contribute nothing before their enrolment.
 *
 * <p>The engine feeds the participant rows to every pass of a subgroup in blocks of
 * {@link org.esfkit.metrics.MetricsEngine#BLOCK} rows, as it does when evaluating as of one date,
 * so the columns a block needs are read from memory once for all passes.
 *
 * @see org.esfkit.metrics.MetricsEngine#series
 */
public interface Timeline {
  /**
   * What the tallies depend on: metrics with equal keys (share targets with the same measure and
   * window, all enrolment targets, count targets of the same things) share one pass, as they share
   * one pass when evaluated as of one date.
   *
   * @return the key, a value (with {@code equals} and {@code hashCode}): the metric of a
   *     milestone's target, made anew, must find its target's tallies by it
   */
  Object timelineKey();

  /**
   * A fresh pass over the dates.
   *
   * @param tables the tables
   * @param days the dates as epoch days, ascending, without repeats, at least one
   * @return the pass
   */
  Sweep newPass(CohortTables tables, int[] days);

  /**
   * This metric's result as of one of the dates, from the tallies of a pass of a metric with the
   * same key.
   *
   * @param tables the tables
   * @param date the date, {@code days[k]} of the pass
   * @param k the date's index
   * @param tallies what the pass's {@link Sweep#tallies} returned
   * @return the result, equal to evaluating this metric as of the date
   */
  TargetResult result(CohortTables tables, LocalDate date, int k, Object tallies);

  /** One pass over the rows, tallying as of every date. */
  interface Sweep {
    /**
     * Tallies participant rows {@code [from, to)}; called for consecutive blocks, in order.
     *
     * @param tables the tables
     * @param from first row
     * @param to end row, exclusive
     */
    void participants(CohortTables tables, int from, int to);

    /**
     * Ends the pass, after every participant row: reads any other table the metric counts and
     * cumulates the differences.
     *
     * @param tables the tables
     * @return the tallies as of every date, whatever {@link Timeline#result} reads
     */
    Object tallies(CohortTables tables);
  }

  /**
   * The index of the first date on or after a day.
   *
   * @param days the dates as epoch days, ascending
   * @param day an epoch day
   * @return the index, {@code days.length} when the day is after every date
   */
  static int firstOnOrAfter(int[] days, int day) {
    int lo = 0;
    int hi = days.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Adds every row of a flat difference array into the next: afterwards row {@code k} holds the
   * sum of rows {@code 0 .. k} as they were.
   *
   * @param diff rows of {@code width} counts, one per date and one more
   * @param width counts per row
   */
  static void cumulate(long[] diff, int width) {
    for (int x = width; x < diff.length; x++) {
      diff[x] += diff[x - width];
    }
  }

  /**
   * The first date on or after each day, looked up in constant time over the days the dates span.
   */
  final class Index {
    private final int first;
    private final int last;
    private final int[] table;
    private final int size;

    /**
     * Builds the lookup.
     *
     * @param days the dates as epoch days, ascending, at least one
     */
    public Index(int[] days) {
      this.size = days.length;
      this.first = days[0];
      this.last = days[size - 1];
      this.table = new int[last - first + 1];
      for (int x = first; x <= last; x++) {
        table[x - first] = firstOnOrAfter(days, x);
      }
    }

    /**
     * The index of the first date on or after a day.
     *
     * @param day an epoch day ({@link org.esfkit.metrics.spi.Codes#NO_DATE} is after every date)
     * @return the index, the number of dates when the day is after every date
     */
    public int of(int day) {
      return day <= first ? 0 : day > last ? size : table[day - first];
    }
  }
}
