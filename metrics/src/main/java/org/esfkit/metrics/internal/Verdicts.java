package org.esfkit.metrics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.esfkit.core.CountOf;
import org.esfkit.core.Gender;
import org.esfkit.core.Parity;
import org.esfkit.core.Target;
import org.esfkit.metrics.spi.Codes;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.Forecast;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.Status;
import org.jspecify.annotations.Nullable;

/** The exact comparisons behind every verdict: thresholds, parity, forecasts, finality. */
public final class Verdicts {
  private Verdicts() {}

  /**
   * Builds the four-gender breakdown from per-gender counts.
   *
   * @param num numerators by gender code
   * @param den denominators by gender code
   * @return gender to share, all four genders in declaration order
   */
  public static Map<Gender, Share> byGender(long[] num, long[] den) {
    Map<Gender, Share> m = new EnumMap<>(Gender.class);
    for (int g = 0; g < Codes.GENDERS; g++) {
      m.put(Codes.gender(g), Share.of(num[g], den[g]));
    }
    return m;
  }

  /**
   * Builds the four-gender breakdown of a share from a tally laid out as {@code class * 4 + gender}:
   * the numerator is the rows of {@code success}, the denominator those of {@code success} and
   * {@code fail}.
   *
   * @param tally rows by class and gender code
   * @param success the class that succeeds
   * @param fail the class that fails
   * @return gender to share, all four genders in declaration order
   */
  public static Map<Gender, Share> byGender(long[] tally, int success, int fail) {
    long[] num = new long[Codes.GENDERS];
    long[] den = new long[Codes.GENDERS];
    for (int g = 0; g < Codes.GENDERS; g++) {
      num[g] = tally[success * Codes.GENDERS + g];
      den[g] = tally[fail * Codes.GENDERS + g] + num[g];
    }
    return byGender(num, den);
  }

  /**
   * The share over all genders.
   *
   * @param byGender the breakdown
   * @return the sum of its shares
   */
  public static Share total(Map<Gender, Share> byGender) {
    Share total = Share.EMPTY;
    for (Share s : byGender.values()) {
      total = total.plus(s);
    }
    return total;
  }

  /**
   * Counts by gender code as a map.
   *
   * @param counts counts by gender code
   * @return gender to count, all four genders
   */
  public static Map<Gender, Long> countsByGender(long[] counts) {
    Map<Gender, Long> m = new EnumMap<>(Gender.class);
    for (int g = 0; g < Codes.GENDERS; g++) {
      m.put(Codes.gender(g), counts[g]);
    }
    return m;
  }

  /**
   * Why no target has a verdict whatever it counts: the target's {@code where} selects nobody in
   * the register, or the date is before the project starts.
   *
   * @param tables the cohort's tables
   * @param asOf the as-of date
   * @return the reason, or null when neither holds
   */
  public static @Nullable String commonReason(CohortTables tables, LocalDate asOf) {
    if (tables.subgroup() != null && tables.participantCount() == 0) {
      return "no participant in the register matches where (" + tables.subgroup().describe() + ")";
    }
    if (tables.projectStart() != Codes.NO_DATE && asOf.toEpochDay() < tables.projectStart()) {
      return "the as-of date " + asOf + " is before the project starts (" + LocalDate.ofEpochDay(tables.projectStart())
          + ")";
    }
    return null;
  }

  /**
   * Why a count has no verdict: its source was not supplied, or the date is before the project.
   *
   * @param tables the cohort's tables
   * @param asOf the as-of date
   * @param of what is counted
   * @return the reason, or null when the count can be made
   */
  public static @Nullable String countReason(CohortTables tables, LocalDate asOf, CountOf of) {
    String early = commonReason(tables, asOf);
    if (early != null) {
      return early;
    }
    switch (of) {
      case GENDER_BREAKING_PLACEMENTS:
      case EMPLOYERS_HOSTING_INTERNS:
      case INTERNSHIP_PLACEMENTS:
        return tables.placementsSupplied() ? null : "needs placements, which were not supplied";
      case TASKS_IDENTIFIED:
        return tables.tasksSupplied() ? null : "needs low-threshold tasks, which were not supplied";
      default:
        return null;
    }
  }

  /**
   * The parity verdict of a share target.
   *
   * @param target the target
   * @param byGender the breakdown
   * @return null when the target asks for no parity; otherwise whether it holds
   */
  public static @Nullable Boolean parity(Target target, Map<Gender, Share> byGender) {
    Share w = byGender.get(Gender.WOMAN);
    Share m = byGender.get(Gender.MAN);
    BigDecimal t = target.atLeast();
    switch (target.parity()) {
      case EACH_GENDER:
        return w.reaches(t) && m.reaches(t);
      case MAX_GAP:
        return w.isDefined() && m.isDefined() && withinGap(w, m, target.maxGap());
      case NONE:
      default:
        return null;
    }
  }

  /**
   * Tells whether two shares differ by at most {@code gap}, exactly:
   * {@code |a.n * b.d - b.n * a.d| <= gap * a.d * b.d}.
   *
   * @param a a defined share
   * @param b a defined share
   * @param gap the largest allowed difference
   * @return true if within
   */
  public static boolean withinGap(Share a, Share b, BigDecimal gap) {
    long diff = Math.abs(Math.multiplyExact(a.numerator(), b.denominator())
        - Math.multiplyExact(b.numerator(), a.denominator()));
    BigDecimal bound = gap.multiply(BigDecimal.valueOf(a.denominator())).multiply(BigDecimal.valueOf(b.denominator()));
    return BigDecimal.valueOf(diff).compareTo(bound) <= 0;
  }

  /**
   * The status of a share target.
   *
   * @param target the target
   * @param total the overall share
   * @param parity the parity verdict, or null
   * @return the status
   */
  public static Status shareStatus(Target target, Share total, @Nullable Boolean parity) {
    if (!total.isDefined()) {
      return Status.INSUFFICIENT_DATA;
    }
    boolean ok = total.reaches(target.atLeast()) && (target.parity() == Parity.NONE || Boolean.TRUE.equals(parity));
    return ok ? Status.ACHIEVED : Status.NOT_ACHIEVED;
  }

  /**
   * The forecast of a share target: assuming every remaining participant ends up counted, the
   * successes still needed are {@code max(0, ceil(t * (den + remaining)) - num)}.
   *
   * @param threshold the threshold
   * @param total the overall share now
   * @param remaining participants active or pending
   * @return the forecast
   */
  public static Forecast forecast(BigDecimal threshold, Share total, long remaining) {
    long all = total.denominator() + remaining;
    if (all == 0) {
      return Forecast.of(0, 0, false);
    }
    long required = threshold.multiply(BigDecimal.valueOf(all))
        .setScale(0, java.math.RoundingMode.CEILING).longValueExact();
    long needed = Math.max(0, required - total.numerator());
    return Forecast.of(remaining, needed, needed <= remaining);
  }

  /**
   * Whether a result is final: the as-of day is on or after the project's end and nothing is
   * pending.
   *
   * @param tables the cohort's tables
   * @param asOfDay the as-of epoch day
   * @param pending the pending count
   * @return true if final
   */
  public static boolean isFinal(CohortTables tables, int asOfDay, long pending) {
    return tables.projectEnd() != Codes.NO_DATE && asOfDay >= tables.projectEnd() && pending == 0;
  }

  /**
   * Whether a count reaches a threshold, exactly.
   *
   * @param count the count
   * @param threshold the threshold
   * @return true if {@code count >= threshold}
   */
  public static boolean reaches(long count, BigDecimal threshold) {
    return BigDecimal.valueOf(count).compareTo(threshold) >= 0;
  }
}
