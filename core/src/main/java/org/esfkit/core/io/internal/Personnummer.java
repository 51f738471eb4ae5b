package org.esfkit.core.io.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Swedish personal identity numbers (personnummer, and samordningsnummer with the day plus 60):
 * {@code YYYYMMDD-XXXX}, {@code YYYYMMDDXXXX}, {@code YYMMDD-XXXX}, {@code YYMMDD+XXXX} (100 years
 * or older) or {@code YYMMDDXXXX}, the last digit a Luhn check digit over the ten digits
 * {@code YYMMDDXXX}. Never logs or returns the number in a message.
 */
public final class Personnummer {
  private Personnummer() {}

  /**
   * The canonical twelve digits {@code YYYYMMDDXXXX} of a personnummer, if the text is one: a
   * valid date (day plus 60 for a samordningsnummer) and a valid check digit. A ten-digit form
   * gets the century that makes the person under 100 on {@code today} ({@code -} or no
   * separator) or 100 or older ({@code +}).
   *
   * @param text the text, trimmed
   * @param today the date ages are counted on
   * @return the twelve digits, or null if the text is not a valid personnummer
   */
  public static @Nullable String canonical(String text, LocalDate today) {
    int n = text.length();
    String digits;
    char sep = 0;
    if (n == 13 || n == 11) {
      sep = text.charAt(n - 5);
      if (sep != '-' && sep != '+') {
        return null;
      }
      digits = text.substring(0, n - 5) + text.substring(n - 4);
    } else if (n == 12 || n == 10) {
      digits = text;
    } else {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return null;
      }
    }
    String ten = digits.length() == 12 ? digits.substring(2) : digits;
    if (!luhn(ten)) {
      return null;
    }
    int yy = Integer.parseInt(ten.substring(0, 2));
    int mm = Integer.parseInt(ten.substring(2, 4));
    int dd = Integer.parseInt(ten.substring(4, 6));
    int year;
    if (digits.length() == 12) {
      if (sep == '+') {
        return null;
      }
      year = Integer.parseInt(digits.substring(0, 4));
    } else {
      year = today.getYear() / 100 * 100 + yy;
      if (year > today.getYear()) {
        year -= 100;
      }
      if (sep == '+') {
        year -= 100;
      }
    }
    if (date(year, mm, dd > 60 ? dd - 60 : dd) == null) {
      return null;
    }
    return String.format("%04d", year) + ten.substring(2);
  }

  /**
   * Whether a cell's characters have a personnummer's shape: 10 to 13 characters, digits with at
   * most a {@code -} or {@code +} before the last four. Only such cells need {@link #looksLike}.
   *
   * @param a the characters
   * @param from the cell's first
   * @param to past the cell's last
   * @return true if shaped like one
   */
  public static boolean shaped(char[] a, int from, int to) {
    int n = to - from;
    if (n < 10 || n > 13) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char ch = a[i];
      if ((ch < '0' || ch > '9') && !((ch == '-' || ch == '+') && i == to - 5)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a cell holds something shaped like a personnummer: one of the written forms, with a
   * valid date and check digit. Cheap for cells that are not (no allocation unless the shape
   * fits).
   *
   * @param cell the cell's text
   * @return true if it looks like a personnummer
   */
  public static boolean looksLike(String cell) {
    int n = cell.length();
    if (n < 10 || n > 13 || cell.charAt(0) < '0' || cell.charAt(0) > '9') {
      return false;
    }
    // digits, with at most a '-' or '+' before the last four (a date such as 2024-01-31 is not)
    for (int i = 0; i < n; i++) {
      char ch = cell.charAt(i);
      if ((ch < '0' || ch > '9') && !((ch == '-' || ch == '+') && i == n - 5)) {
        return false;
      }
    }
    return canonical(cell, LocalDate.now()) != null;
  }

  private static boolean luhn(String ten) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int d = ten.charAt(i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  private static @Nullable LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
