package org.esfkit.metrics;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How far apart the points of a series are ({@link MetricsEngine#series(Cohort, LocalDate, SeriesStep)}):
 * each month's last day, or each quarter's.
 */
public enum SeriesStep {
  /** {@code month}: each month's last day. */
  MONTH(1),
  /** {@code quarter}: each quarter's last day, 31 March, 30 June, 30 September and 31 December. */
  QUARTER(3);

  private final int months;

  SeriesStep(int months) {
    this.months = months;
  }

  /**
   * The step's code, as the command line takes it.
   *
   * @return {@code month} or {@code quarter}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a code.
   *
   * @param code {@code month} or {@code quarter}
   * @return the step
   * @throws IllegalArgumentException naming the unknown code and the known ones
   */
  public static SeriesStep fromCode(String code) {
    return Stream.of(values()).filter(s -> s.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown series step '" + code + "'; known: "
            + Stream.of(values()).map(SeriesStep::code).collect(Collectors.joining(", "))));
  }

  /**
   * The last day of the month or quarter a day falls in.
   *
   * @param day the day
   * @return the step's end on or after the day
   */
  public LocalDate endOf(LocalDate day) {
    int month = ((day.getMonthValue() - 1) / months + 1) * months;
    return day.withDayOfMonth(1).withMonth(month).with(TemporalAdjusters.lastDayOfMonth());
  }
}
