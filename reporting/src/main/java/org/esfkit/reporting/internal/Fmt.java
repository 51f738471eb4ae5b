package org.esfkit.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import org.esfkit.core.Money;

/**
 * Formats numbers for people, the same on every JVM: Swedish uses a decimal comma, a no-break space
 * between thousands and before {@code %} and {@code kr}; English uses a decimal point and commas.
 * Dates are ISO-8601 in both.
 */
public final class Fmt {
  private static final char NBSP = '\u00a0';
  private final boolean swedish;

  /**
   * Creates a formatter.
   *
   * @param locale the report's locale
   */
  public Fmt(Locale locale) {
    this.swedish = "sv".equals(locale.getLanguage());
  }

  /**
   * Formats a whole number with thousands separators.
   *
   * @param n the number
   * @return e.g. {@code 1 234} or {@code 1,234}
   */
  public String count(long n) {
    return decimal(BigDecimal.valueOf(n), 0);
  }

  /**
   * Formats a share as a percentage with one decimal.
   *
   * @param share the share, 0.35 for 35 %
   * @return e.g. {@code 35,0 %} or {@code 35.0%}
   */
  public String percent(double share) {
    return percent(BigDecimal.valueOf(share), 1);
  }

  /**
   * Formats an exact share as a percentage with as many decimals as it needs (a threshold).
   *
   * @param share the share, 0.35 for 35 %
   * @return e.g. {@code 35 %} or {@code 35%}
   */
  public String percent(BigDecimal share) {
    BigDecimal p = share.movePointRight(2).stripTrailingZeros();
    return percent(share, Math.max(0, p.scale()));
  }

  private String percent(BigDecimal share, int scale) {
    String text = decimal(share.movePointRight(2), scale);
    return swedish ? text + NBSP + "%" : text + "%";
  }

  /**
   * Formats a number with a fixed number of decimals.
   *
   * @param x the number
   * @param scale decimals
   * @return e.g. {@code 152,5} or {@code 152.5}
   */
  public String number(double x, int scale) {
    return decimal(BigDecimal.valueOf(x), scale);
  }

  /**
   * Formats an amount of money; öre only when there are any.
   *
   * @param money the amount
   * @return e.g. {@code 14 170 499 kr} or {@code SEK 14,170,499}
   */
  public String money(Money money) {
    BigDecimal a = money.amount();
    String text = decimal(a, a.remainder(BigDecimal.ONE).signum() == 0 ? 0 : 2);
    return swedish ? text + NBSP + "kr" : "SEK " + text;
  }

  /**
   * Formats a date.
   *
   * @param date the date
   * @return ISO-8601, e.g. {@code 2022-06-30}
   */
  public String date(LocalDate date) {
    return date.toString();
  }

  private String decimal(BigDecimal x, int scale) {
    String plain = x.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(swedish ? NBSP : ',');
      }
      sb.append(whole.charAt(i));
    }
    if (!fraction.isEmpty()) {
      sb.append(swedish ? ',' : '.').append(fraction);
    }
    return (negative ? "-" : "") + sb;
  }
}
