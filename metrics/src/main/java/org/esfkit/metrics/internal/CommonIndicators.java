package org.esfkit.metrics.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.IntPredicate;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.spi.Indicator;

/**
 * The ESF+ common indicators on participants (Regulation (EU) 2021/1057, Annex I), with the codes
 * the Commission uses for them. Output indicators count participants enrolled on or before D by
 * their characteristics at entry; result indicators count participants who left on or before D by
 * their situation upon leaving (within four weeks after exit, the last situation known) or six
 * months after leaving. Missing characteristics are never counted and never an error.
 */
public final class CommonIndicators {
  /** Days in "four weeks". */
  public static final int FOUR_WEEKS = 28;
  private static final Period SIX_MONTHS = Period.ofMonths(6);
  private static final byte UNEMPLOYED = (byte) LabourStatus.UNEMPLOYED.ordinal();
  private static final byte LONG_TERM = (byte) LabourStatus.LONG_TERM_UNEMPLOYED.ordinal();
  private static final byte INACTIVE = (byte) LabourStatus.INACTIVE.ordinal();
  private static final byte EMPLOYED = (byte) LabourStatus.EMPLOYED.ordinal();
  private static final boolean[] JOB_SEARCHING = statuses(OutcomeStatus.JOB_SEEKING);
  private static final boolean[] EDUCATION_OR_TRAINING = statuses(OutcomeStatus.STUDIES, OutcomeStatus.INTERNSHIP);
  private static final boolean[] IN_EMPLOYMENT =
      statuses(OutcomeStatus.EMPLOYMENT, OutcomeStatus.SELF_EMPLOYMENT, OutcomeStatus.SUBSIDISED_EMPLOYMENT);

  private CommonIndicators() {}

  /**
   * The built-in indicators, EECO01-EECO15 then EECR01-EECR05.
   *
   * @return the indicators
   */
  public static List<Indicator> all() {
    return List.of(
        entry("EECO01", "total number of participants", (c, i) -> true),
        entry("EECO02", "unemployed, including long-term unemployed",
            (c, i) -> c.labourStatusAtEntry(i) == UNEMPLOYED || c.labourStatusAtEntry(i) == LONG_TERM),
        entry("EECO03", "long-term unemployed", (c, i) -> c.labourStatusAtEntry(i) == LONG_TERM),
        entry("EECO04", "inactive", (c, i) -> c.labourStatusAtEntry(i) == INACTIVE),
        entry("EECO05", "employed, including self-employed", (c, i) -> c.labourStatusAtEntry(i) == EMPLOYED),
        entry("EECO06", "number of children below 18 years of age", (c, i) -> ageBetween(c, i, 0, 17)),
        entry("EECO07", "young people between 18 and 29 years of age", (c, i) -> ageBetween(c, i, 18, 29)),
        entry("EECO08", "number of participants of 55 years of age and above", (c, i) -> ageBetween(c, i, 55, Integer.MAX_VALUE)),
        entry("EECO09", "with lower secondary education or less (ISCED 0-2)", (c, i) -> iscedBetween(c, i, 0, 2)),
        entry("EECO10", "with upper secondary (ISCED 3) or post-secondary education (ISCED 4)",
            (c, i) -> iscedBetween(c, i, 3, 4)),
        entry("EECO11", "with tertiary education (ISCED 5 to 8)", (c, i) -> iscedBetween(c, i, 5, 8)),
        entry("EECO12", "participants with disabilities", (c, i) -> c.disability(i) == 1),
        entry("EECO13", "third-country nationals", (c, i) -> c.thirdCountryNational(i) == 1),
        entry("EECO14", "participants with a foreign background", (c, i) -> c.foreignBackground(i) == 1),
        entry("EECO15", "minorities (including marginalised communities, such as Roma people)",
            (c, i) -> c.minority(i) == 1),
        uponLeaving("EECR01", "participants engaged in job searching upon leaving", JOB_SEARCHING),
        uponLeaving("EECR02", "participants in education or training upon leaving", EDUCATION_OR_TRAINING),
        new Simple("EECR03", "participants gaining a qualification upon leaving",
            (c, asOf) -> {
              int d = (int) asOf.toEpochDay();
              return i -> c.enrolledOn(i) <= d && c.exitedOn(i) <= d && c.qualificationGained(i) == 1;
            }),
        uponLeaving("EECR04", "participants in employment, including self-employment, upon leaving", IN_EMPLOYMENT),
        new Simple("EECR05", "participants in employment, including self-employment, six months after leaving",
            (c, asOf) -> {
              int d = (int) asOf.toEpochDay();
              Cohort.Shift six = c.shift(SIX_MONTHS);
              return i -> {
                int exit = c.exitedOn(i);
                if (exit > d) {
                  return false;
                }
                int mid = six.apply(exit);
                int k = latestFollowUp(c, i, mid - FOUR_WEEKS, Math.min(d, mid + FOUR_WEEKS));
                return k >= 0 && IN_EMPLOYMENT[c.followUpStatus(k)];
              };
            }));
  }

  /**
   * The situation upon leaving: the last situation known within four weeks after exit and on or
   * before D. The exit status is the situation on the exit date; a follow-up dated inside the four
   * weeks supersedes it.
   *
   * @param c the cohort
   * @param row the participant row
   * @param asOfDay the as-of epoch day
   * @return an {@link OutcomeStatus#ordinal()}, or {@link Cohort#MISSING} if not exited as of D
   */
  public static byte situationUponLeaving(Cohort c, int row, int asOfDay) {
    int exit = c.exitedOn(row);
    if (exit > asOfDay) {
      return Cohort.MISSING;
    }
    int k = latestFollowUp(c, row, exit, Math.min(asOfDay, exit + FOUR_WEEKS));
    return k >= 0 ? c.followUpStatus(k) : c.exitStatus(row);
  }

  private static int latestFollowUp(Cohort c, int row, int from, int to) {
    for (int k = c.followUpsFrom(row + 1) - 1, first = c.followUpsFrom(row); k >= first; k--) {
      int on = c.followUpOn(k);
      if (on < from) {
        return -1;
      }
      if (on <= to) {
        return k;
      }
    }
    return -1;
  }

  private static boolean ageBetween(Cohort c, int row, int min, int max) {
    int born = c.birthYear(row);
    if (born == 0) {
      return false;
    }
    int age = Dates.yearOf(c.enrolledOn(row)) - born;
    return age >= min && age <= max;
  }

  private static boolean iscedBetween(Cohort c, int row, int min, int max) {
    byte level = c.isced(row);
    return level != Cohort.MISSING && level >= min && level <= max;
  }

  private static boolean[] statuses(OutcomeStatus... statuses) {
    boolean[] b = new boolean[OutcomeStatus.values().length];
    for (OutcomeStatus s : statuses) {
      b[s.ordinal()] = true;
    }
    return b;
  }

  private static Indicator entry(String code, String name, RowTest test) {
    return new Simple(code, name, (c, asOf) -> {
      int d = (int) asOf.toEpochDay();
      return i -> c.enrolledOn(i) <= d && test.test(c, i);
    });
  }

  private static Indicator uponLeaving(String code, String name, boolean[] statuses) {
    return new Simple(code, name, (c, asOf) -> {
      int d = (int) asOf.toEpochDay();
      return i -> {
        byte s = situationUponLeaving(c, i, d);
        return s != Cohort.MISSING && statuses[s];
      };
    });
  }

  @FunctionalInterface
  private interface RowTest {
    boolean test(Cohort c, int row);
  }

  @FunctionalInterface
  private interface Preparer {
    IntPredicate prepare(Cohort c, LocalDate asOf);
  }

  private static final class Simple implements Indicator {
    private final String code;
    private final String name;
    private final Preparer preparer;

    Simple(String code, String name, Preparer preparer) {
      this.code = code;
      this.name = name;
      this.preparer = preparer;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public IntPredicate prepare(Cohort cohort, LocalDate asOf) {
      return preparer.prepare(cohort, asOf);
    }

    @Override
    public String toString() {
      return code + " " + name;
    }
  }
}
