package org.esfkit.metrics.internal;

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
    yearEst += adjust;
    int marchDoy0 = (int) doyEst;
    int marchMonth0 = (marchDoy0 * 5 + 2) / 153;
    yearEst += marchMonth0 / 10;
    return (int) yearEst;
  }
}
