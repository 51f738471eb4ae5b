package org.esfkit.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.esfkit.core.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The plausible range of every number, period and date esfkit reads or builds, in one place: the
 * readers check values against it where they read them, and the model's checks apply the same
 * bounds to values built through the API. {@code docs/formats.md} states them.
 *
 * <p>Numbers are judged by their exponent before any arithmetic: a {@link BigDecimal} such as
 * {@code 1e999999999} is rejected by its {@code precision()} and {@code scale()}, never expanded.
 */
public final class Bounds {
  /** The earliest date accepted anywhere. */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
  /** The latest date accepted anywhere. */
  public static final LocalDate MAX_DATE = LocalDate.of(2200, 12, 31);
  /** The longest period accepted (windows, planned participation), in months. */
  public static final int MAX_PERIOD_MONTHS = 100 * 12;
  /** The longest period accepted, in days (a period's day part). */
  public static final int MAX_PERIOD_DAYS = 100 * 366;
  /** The largest count: participants, planned numbers, baselines, count targets, capacities. */
  public static final int MAX_COUNT = 10_000_000;
  /** The largest project budget or grant, in SEK (one hundred billion). */
  public static final BigDecimal MAX_BUDGET_SEK = new BigDecimal("100000000000");
  /** The largest amount of money representable, in SEK (sums of budgets stay below it). */
  public static final BigDecimal MAX_MONEY_SEK = new BigDecimal("1000000000000000");
  /** The most decimals of a share, rate, gap or growth factor. */
  public static final int MAX_SHARE_DECIMALS = 6;
  /** The largest growth a growth target may ask for (1000 = a thousandfold increase). */
  public static final BigDecimal MAX_GROWTH = BigDecimal.valueOf(1000);
  /** The most digits before, and after, the decimal point of any number read. */
  public static final int MAX_NUMBER_DIGITS = 20;
  /** The earliest and latest plausible birth years. */
  public static final int MIN_BIRTH_YEAR = 1900;
  /** The latest plausible birth year. */
  public static final int MAX_BIRTH_YEAR = 2100;
  /** The highest age an eligibility rule may name. */
  public static final int MAX_AGE = 120;
  /** Hours in a week. */
  public static final int MAX_HOURS_PER_WEEK = 168;

  private Bounds() {}

  /**
   * Tells why a date is out of range.
   *
   * @param date the date
   * @return null if it lies in [{@link #MIN_DATE}, {@link #MAX_DATE}], else the reason
   */
  public static @Nullable String date(LocalDate date) {
    return date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)
        ? "is outside " + MIN_DATE + ".." + MAX_DATE : null;
  }

  /**
   * Checks a date of the model.
   *
   * @param what the field, e.g. {@code participant P1: event 2 (exited)}
   * @param date the date, or null (accepted)
   * @throws ValidationException naming the field if the date is out of range
   */
  public static void checkDate(String what, @Nullable LocalDate date) {
    if (date != null) {
      String why = date(date);
      if (why != null) {
        throw new ValidationException(what + " " + date + " " + why);
      }
    }
  }

  /**
   * Tells why a period is out of range.
   *
   * @param period the period
   * @return null if its years and months together and its days each stay within 100 years, else
   *     the reason
   */
  public static @Nullable String period(Period period) {
    return Math.abs(period.toTotalMonths()) > MAX_PERIOD_MONTHS || Math.abs((long) period.getDays()) > MAX_PERIOD_DAYS
        ? "is longer than 100 years" : null;
  }

  /**
   * Checks a period of the model.
   *
   * @param what the field
   * @param period the period, or null (accepted)
   * @throws ValidationException naming the field if the period is out of range
   */
  public static void checkPeriod(String what, @Nullable Period period) {
    if (period != null) {
      String why = period(period);
      if (why != null) {
        throw new ValidationException(what + " " + why);
      }
    }
  }

  /**
   * Tells why a number is beyond anything esfkit reads, judged by its exponent alone.
   *
   * @param d the number
   * @return null if it has at most {@link #MAX_NUMBER_DIGITS} digits before and after the decimal
   *     point, else the reason
   */
  public static @Nullable String number(BigDecimal d) {
    if (d.signum() == 0) {
      return d.scale() > MAX_NUMBER_DIGITS || d.scale() < -MAX_NUMBER_DIGITS ? tooManyDigits() : null;
    }
    long integerDigits = (long) d.precision() - d.scale();
    return integerDigits > MAX_NUMBER_DIGITS || d.scale() > MAX_NUMBER_DIGITS ? tooManyDigits() : null;
  }

  private static String tooManyDigits() {
    return "has more than " + MAX_NUMBER_DIGITS + " digits before or after the decimal point";
  }

  /**
   * Checks a decimal of the model against a range and a number of decimals, looking at its
   * exponent before comparing or printing it.
   *
   * @param what the field
   * @param d the number, or null (accepted)
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @param decimals the most decimals allowed (trailing zeros do not count)
   * @throws ValidationException naming the field, the value and the range otherwise
   */
  public static void checkDecimal(String what, @Nullable BigDecimal d, BigDecimal min, BigDecimal max, int decimals) {
    if (d == null) {
      return;
    }
    String range = "[" + min.toPlainString() + ", " + max.toPlainString() + "]";
    if (number(d) != null || d.compareTo(min) < 0 || d.compareTo(max) > 0) {
      throw new ValidationException(what + " " + show(d) + " must lie in " + range);
    }
    if (d.stripTrailingZeros().scale() > decimals) {
      throw new ValidationException(what + " " + show(d) + (decimals == 0 ? " must be a whole number"
          : " has more than " + decimals + " decimals"));
    }
  }

  /**
   * Checks a whole number of the model.
   *
   * @param what the field
   * @param n the number, or null (accepted)
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @throws ValidationException naming the field, the value and the range otherwise
   */
  public static void checkInt(String what, @Nullable Integer n, long min, long max) {
    if (n != null && (n < min || n > max)) {
      throw new ValidationException(what + " " + n + " must lie in " + min + ".." + max);
    }
  }

  /**
   * Prints a number briefly: plain when it is of ordinary size, in scientific notation otherwise,
   * so a message never expands {@code 1e999999999}.
   *
   * @param d the number
   * @return the text
   */
  public static String show(BigDecimal d) {
    return number(d) == null ? d.toPlainString() : d.toString();
  }
}
