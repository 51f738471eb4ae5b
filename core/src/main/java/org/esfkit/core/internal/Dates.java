package org.esfkit.core.internal;

/** Calendar arithmetic on epoch days without allocating. */
public final class Dates {
  private Dates() {}

  /**
   * The proleptic Gregorian year of an epoch day (the algorithm of {@code LocalDate.ofEpochDay}).
   *
   * @param epochDay days since 1970-01-01
   * @return the year
   */
  public static int yearOf(long epochDay) {
    return (int) (civil(epochDay) >> 16);
  }

  /**
   * Whole years from one epoch day to a later one, as {@link java.time.Period#between} counts
   * them: a person born on {@code from} is this old on {@code to}. Someone born on 29 February
   * turns a year older on 1 March in a common year.
   *
   * @param from the earlier day, e.g. a birth date
   * @param to the later day, e.g. the day of entry
   * @return the completed years (negative if {@code to} is before {@code from})
   */
  public static int yearsBetween(long from, long to) {
    int years = yearOf(to) - yearOf(from);
    return monthDayOf(to) < monthDayOf(from) ? years - 1 : years;
  }

  /**
   * The month and day of an epoch day as {@code month * 100 + day}, e.g. 229 for 29 February.
   *
   * @param epochDay days since 1970-01-01
   * @return month * 100 + day of month
   */
  public static int monthDayOf(long epochDay) {
    long c = civil(epochDay);
    return (int) ((c >> 8) & 0xFF) * 100 + (int) (c & 0xFF);
  }

  /**
   * The date of an epoch day as {@code year << 16 | month << 8 | day}, by the algorithm of
   * {@code LocalDate.ofEpochDay}.
   */
  private static long civil(long epochDay) {
    long zeroDay = epochDay + 719_528 - 60;
    long adjust = 0;
    if (zeroDay < 0) {
      long adjustCycles = (zeroDay + 1) / 146_097 - 1;
      adjust = adjustCycles * 400;
      zeroDay += -adjustCycles * 146_097;
    }
    long yearEst = (400 * zeroDay + 591) / 146_097;
    long doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
    if (doyEst < 0) {
      yearEst--;
      doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
    }
    int marchDoy0 = (int) doyEst;
    int marchMonth0 = (marchDoy0 * 5 + 2) / 153;
    int month = (marchMonth0 + 2) % 12 + 1;
    int day = marchDoy0 - (marchMonth0 * 306 + 5) / 10 + 1;
    long year = yearEst + adjust + marchMonth0 / 10;
    return (year << 16) | ((long) month << 8) | day;
  }
}
