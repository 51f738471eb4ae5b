package org.esfkit.metrics.internal;

import java.time.LocalDate;
import java.util.List;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.spi.CohortTables;

/**
 * A metric that evaluates itself as of many dates in one pass over the participants: each row's
 * contribution is a step function of the date, changing only on the row's own event days, so it
 * is added once per step into a difference array over the dates and the tallies at every date
 * are its prefix sums. Rows contribute nothing before their enrolment.
 *
 * @see org.esfkit.metrics.MetricsEngine#series
 */
public interface Timeline {
  /**
   * What the tallies depend on: metrics with equal keys (share targets with the same measure and
   * window, all enrolment targets) share one pass, as they share one pass when evaluated as of one
   * date.
   *
   * @return the key; the metric itself by default
   */
  default Object timelineKey() {
    return this;
  }

  /**
   * The one pass: the tallies as of each date.
   *
   * @param tables the tables
   * @param days the dates, ascending
   * @return the tallies, whatever this metric's results read
   */
  Object tally(CohortTables tables, LocalDate[] days);

  /**
   * This metric's results from the tallies of a metric with the same key.
   *
   * @param tables the tables
   * @param days the dates, ascending
   * @param tally the tallies
   * @return one result per date, in order
   */
  List<TargetResult> results(CohortTables tables, LocalDate[] days, Object tally);

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
     * @param day an epoch day
     * @return the index, the number of dates when the day is after every date
     */
    public int of(int day) {
      return day <= first ? 0 : day > last ? size : table[day - first];
    }
  }
}
