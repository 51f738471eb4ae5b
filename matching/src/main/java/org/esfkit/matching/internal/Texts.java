package org.esfkit.matching.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.esfkit.core.Coded;

/** Text helpers for explanations and reasons: short, locale-independent. */
public final class Texts {
  private static final int MAX_IDS = 10;

  private Texts() {}

  /**
   * Formats a number with at most four decimals, without trailing zeros.
   *
   * @param v the number
   * @return the text
   */
  public static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    BigDecimal d = new BigDecimal(String.format(Locale.ROOT, "%.4f", v)).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  static String codes(Collection<? extends Coded> values) {
    return values.stream().map(Coded::code).sorted().collect(Collectors.joining(", "));
  }

  /**
   * Lists ids, at most ten, then how many more.
   *
   * @param ids the ids
   * @return the text
   */
  public static String ids(List<String> ids) {
    if (ids.size() <= MAX_IDS) {
      return String.join(", ", ids);
    }
    return String.join(", ", ids.subList(0, MAX_IDS)) + " and " + (ids.size() - MAX_IDS) + " more";
  }
}
