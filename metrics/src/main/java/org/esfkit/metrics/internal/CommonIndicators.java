package org.esfkit.metrics.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.IntPredicate;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.internal.Dates;
import org.esfkit.metrics.NotComputedIndicator;
import org.esfkit.metrics.PersonalDataField;
import org.esfkit.metrics.spi.Codes;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.spi.DayShift;
import org.esfkit.metrics.spi.Indicator;

/**
 * The built-in lists of common indicators on participants: ESF+ (Regulation (EU) 2021/1057, Annex
 * I) and ESF 2014-2020 (Regulation (EU) No 1304/2013, Annex I), with the codes the Commission uses
 * for them. Output indicators count participants enrolled on or before D by their characteristics
 * at entry; result indicators count participants who left on or before D by their situation upon
 * leaving (within four weeks after exit, the last situation known) or six months after leaving.
 * Missing characteristics are never counted and never an error. Both lists are built from the same
 * row tests and helpers below; an indicator the register cannot support is listed as not computed,
 * with what it needs.
 */
public final class CommonIndicators {
  /** Days in "four weeks". */
  public static final int FOUR_WEEKS = 28;
  private static final Period SIX_MONTHS = Period.ofMonths(6);
  private static final byte UNEMPLOYED = Codes.UNEMPLOYED;
  private static final byte LONG_TERM = Codes.LONG_TERM_UNEMPLOYED;
  private static final byte INACTIVE = Codes.INACTIVE;
  private static final byte EMPLOYED = Codes.EMPLOYED;
  private static final boolean[] JOB_SEARCHING = statuses(OutcomeStatus.JOB_SEEKING);
  private static final boolean[] EDUCATION_OR_TRAINING = statuses(OutcomeStatus.STUDIES, OutcomeStatus.INTERNSHIP);
  private static final boolean[] IN_EMPLOYMENT =
      statuses(OutcomeStatus.EMPLOYMENT, OutcomeStatus.SELF_EMPLOYMENT, OutcomeStatus.SUBSIDISED_EMPLOYMENT);

  // row tests on characteristics at entry, shared by both lists
  private static final RowTest ANYONE = (c, i) -> true;
  private static final RowTest UNEMPLOYED_INCLUDING_LONG_TERM =
      (c, i) -> c.labourStatusAtEntry(i) == UNEMPLOYED || c.labourStatusAtEntry(i) == LONG_TERM;
  private static final RowTest LONG_TERM_UNEMPLOYED = (c, i) -> c.labourStatusAtEntry(i) == LONG_TERM;
  private static final RowTest INACTIVE_AT_ENTRY = (c, i) -> c.labourStatusAtEntry(i) == INACTIVE;
  private static final RowTest EMPLOYED_AT_ENTRY = (c, i) -> c.labourStatusAtEntry(i) == EMPLOYED;
  private static final RowTest ANY_LABOUR_STATUS = (c, i) -> c.labourStatusAtEntry(i) != Codes.MISSING;
  private static final RowTest AGED_55_AND_ABOVE = (c, i) -> ageBetween(c, i, 55, Integer.MAX_VALUE);
  private static final RowTest ISCED_0_TO_2 = (c, i) -> iscedBetween(c, i, 0, 2);
  private static final RowTest ISCED_3_TO_4 = (c, i) -> iscedBetween(c, i, 3, 4);
  private static final RowTest ISCED_5_TO_8 = (c, i) -> iscedBetween(c, i, 5, 8);
  private static final RowTest WITH_DISABILITY = (c, i) -> c.disability(i) == Codes.YES;

  private static final String IN_EMPLOYMENT_SIX_MONTHS =
      "participants in employment, including self-employment, six months after leaving";

  private static final List<Indicator> ESF_PLUS = List.of(
      entry("EECO01", "total number of participants", ANYONE),
      labour("EECO02", "unemployed, including long-term unemployed", UNEMPLOYED_INCLUDING_LONG_TERM),
      labour("EECO03", "long-term unemployed", LONG_TERM_UNEMPLOYED),
      labour("EECO04", "inactive", INACTIVE_AT_ENTRY),
      labour("EECO05", "employed, including self-employed", EMPLOYED_AT_ENTRY),
      entry("EECO06", "number of children below 18 years of age", (c, i) -> ageBetween(c, i, 0, 17)),
      entry("EECO07", "young people between 18 and 29 years of age", (c, i) -> ageBetween(c, i, 18, 29)),
      entry("EECO08", "number of participants of 55 years of age and above", AGED_55_AND_ABOVE),
      entry("EECO09", "with lower secondary education or less (ISCED 0-2)", ISCED_0_TO_2),
      entry("EECO10", "with upper secondary (ISCED 3) or post-secondary education (ISCED 4)", ISCED_3_TO_4),
      entry("EECO11", "with tertiary education (ISCED 5 to 8)", ISCED_5_TO_8),
      entry("EECO12", "participants with disabilities", WITH_DISABILITY),
      entry("EECO13", "third-country nationals", (c, i) -> c.thirdCountryNational(i) == Codes.YES),
      entry("EECO14", "participants with a foreign background", (c, i) -> c.foreignBackground(i) == Codes.YES),
      entry("EECO15", "minorities (including marginalised communities, such as Roma people)",
          (c, i) -> c.minority(i) == Codes.YES),
      uponLeaving("EECR01", "participants engaged in job searching upon leaving", ANYONE, JOB_SEARCHING),
      uponLeaving("EECR02", "participants in education or training upon leaving", ANYONE, EDUCATION_OR_TRAINING),
      qualification("EECR03", "participants gaining a qualification upon leaving"),
      uponLeaving("EECR04", "participants in employment, including self-employment, upon leaving", ANYONE,
          IN_EMPLOYMENT),
      sixMonthsAfter("EECR05", IN_EMPLOYMENT_SIX_MONTHS, ANYONE));

  private static final List<Indicator> ESF_2014 = List.of(
      labour("CO-TOTAL", "total number of participants (CO01 + CO03 + CO05)", ANY_LABOUR_STATUS),
      labour("CO01", "unemployed, including long-term unemployed", UNEMPLOYED_INCLUDING_LONG_TERM),
      labour("CO02", "long-term unemployed", LONG_TERM_UNEMPLOYED),
      labour("CO03", "inactive", INACTIVE_AT_ENTRY),
      labour("CO05", "employed, including self-employed", EMPLOYED_AT_ENTRY),
      entry("CO06", "below 25 years of age", (c, i) -> ageBetween(c, i, 0, 24)),
      entry("CO07", "above 54 years of age", AGED_55_AND_ABOVE),
      entry("CO09", "with primary (ISCED 1) or lower secondary education (ISCED 2)", ISCED_0_TO_2),
      entry("CO10", "with upper secondary (ISCED 3) or post-secondary education (ISCED 4)", ISCED_3_TO_4),
      entry("CO11", "with tertiary education (ISCED 5 to 8)", ISCED_5_TO_8),
      household("CO12", "participants who live in jobless households", (c, i) -> c.joblessHousehold(i) == Codes.YES),
      household("CO13", "participants who live in jobless households with dependent children",
          (c, i) -> c.joblessHousehold(i) == Codes.YES && c.dependentChildren(i) == Codes.YES),
      household("CO14", "participants who live in a single adult household with dependent children",
          (c, i) -> c.singleAdultHousehold(i) == Codes.YES && c.dependentChildren(i) == Codes.YES),
      entry("CO15", "migrants, participants with a foreign background, minorities (including marginalised "
          + "communities such as the Roma)",
          (c, i) -> c.foreignBackground(i) == Codes.YES || c.thirdCountryNational(i) == Codes.YES || c.minority(i) == Codes.YES),
      entry("CO16", "participants with disabilities", WITH_DISABILITY),
      uponLeaving("CR01", "inactive participants engaged in job searching upon leaving", INACTIVE_AT_ENTRY,
          JOB_SEARCHING),
      uponLeaving("CR02", "participants in education/training upon leaving", ANYONE, EDUCATION_OR_TRAINING),
      qualification("CR03", "participants gaining a qualification upon leaving"),
      uponLeaving("CR04", "participants in employment, including self-employment, upon leaving", ANYONE,
          IN_EMPLOYMENT),
      sixMonthsAfter("CR06", IN_EMPLOYMENT_SIX_MONTHS, ANYONE),
      sixMonthsAfter("CR08", "participants above 54 years of age in employment, including self-employment, six "
          + "months after leaving", AGED_55_AND_ABOVE));

  private static final String NEEDS_EDUCATION_AT_ENTRY =
      "whether an inactive participant was in education or training at entry (the register records the labour "
          + "status only)";
  private static final String NEEDS_DISADVANTAGED =
      "who counts as disadvantaged, which rests on characteristics the register does not hold (household "
          + "situation, homelessness, other disadvantage)";

  private static final String NEEDS_ENTITIES =
      "an indicator on entities, not participants: a record of the entities supported (public administrations, "
          + "services or enterprises), which a participant register does not hold";
  private static final String NEEDS_PROJECTS =
      "an indicator on entities, not participants: a record of the operations (projects) by who implements them "
          + "and whom they target, which a participant register does not hold";

  private static final List<NotComputedIndicator> ESF_PLUS_NOT_COMPUTED = List.of(
      notComputed("EECO16", "homeless or affected by housing exclusion", "the housing situation at entry"),
      notComputed("EECO17", "participants from rural areas", "the place of residence at entry (degree of urbanisation)"),
      notComputed("EECR06", "participants with an improved labour market situation six months after leaving",
          "the quality of the job at entry and six months after leaving (precarious to stable, part-time to "
              + "full-time, better job)"),
      notComputed("EECO18", "number of public administrations or public services at national, regional or local "
          + "level supported", NEEDS_ENTITIES),
      notComputed("EECO19", "number of micro, small and medium-sized enterprises (including cooperative enterprises "
          + "and social enterprises) supported", NEEDS_ENTITIES));

  private static final List<NotComputedIndicator> ESF_2014_NOT_COMPUTED = List.of(
      notComputed("CO04", "inactive, not in education or training", NEEDS_EDUCATION_AT_ENTRY),
      notComputed("CO08", "above 54 years of age who are unemployed, including long-term unemployed, or inactive "
          + "not in education or training", NEEDS_EDUCATION_AT_ENTRY),
      notComputed("CO17", "other disadvantaged", "the programme's definition of other disadvantage and a record of it"),
      notComputed("CO18", "homeless or affected by housing exclusion", "the housing situation at entry"),
      notComputed("CO19", "from rural areas", "the place of residence at entry (degree of urbanisation)"),
      notComputed("CR05", "disadvantaged participants engaged in job searching, education/training, gaining a "
          + "qualification, in employment, including self-employment, upon leaving", NEEDS_DISADVANTAGED),
      notComputed("CR07", "participants with an improved labour market situation six months after leaving",
          "the quality of the job at entry and six months after leaving (precarious to stable, part-time to "
              + "full-time, better job)"),
      notComputed("CR09", "disadvantaged participants in employment, including self-employment, six months after "
          + "leaving", NEEDS_DISADVANTAGED),
      notComputed("CO20", "number of projects fully or partially implemented by social partners or non-governmental "
          + "organisations", NEEDS_PROJECTS),
      notComputed("CO21", "number of projects dedicated at sustainable participation and progress of women in "
          + "employment", NEEDS_PROJECTS),
      notComputed("CO22", "number of projects targeting public administrations or public services at national, "
          + "regional or local level", NEEDS_PROJECTS),
      notComputed("CO23", "number of supported micro, small and medium-sized enterprises (including cooperative "
          + "enterprises, enterprises of the social economy)", NEEDS_ENTITIES));

  private CommonIndicators() {}

  /**
   * The ESF+ indicators, EECO01-EECO15 then EECR01-EECR05.
   *
   * @return the indicators
   */
  public static List<Indicator> esfPlus() {
    return ESF_PLUS;
  }

  /**
   * The ESF+ indicators the register cannot support.
   *
   * @return the indicators not computed, with what they need
   */
  public static List<NotComputedIndicator> esfPlusNotComputed() {
    return ESF_PLUS_NOT_COMPUTED;
  }

  /**
   * The ESF 2014-2020 indicators the register supports: CO-TOTAL, the computable CO01-CO16 (the
   * household situation CO12-CO14 from its optional columns), then
   * CR01-CR04, CR06 and CR08.
   *
   * @return the indicators
   */
  public static List<Indicator> esf2014() {
    return ESF_2014;
  }

  /**
   * The ESF 2014-2020 indicators the register cannot support.
   *
   * @return the indicators not computed, with what they need
   */
  public static List<NotComputedIndicator> esf2014NotComputed() {
    return ESF_2014_NOT_COMPUTED;
  }

  /**
   * The situation upon leaving: the last situation known within four weeks after exit and on or
   * before D. The exit status is the situation on the exit date; a follow-up dated inside the four
   * weeks supersedes it.
   *
   * @param c the cohort's tables
   * @param row the participant row
   * @param asOfDay the as-of epoch day
   * @return an outcome-status {@link Codes code}, or {@link Codes#MISSING} if not exited as of D
   */
  public static byte situationUponLeaving(CohortTables c, int row, int asOfDay) {
    int exit = c.exitedOn(row, asOfDay);
    if (exit > asOfDay) {
      return Codes.MISSING;
    }
    int k = latestFollowUp(c, row, exit, Math.min(asOfDay, exit + FOUR_WEEKS));
    return k >= 0 ? c.followUpStatus(k) : c.exitStatus(row, asOfDay);
  }

  private static int latestFollowUp(CohortTables c, int row, int from, int to) {
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

  private static boolean ageBetween(CohortTables c, int row, int min, int max) {
    int age = ageAtEntry(c, row);
    return age != NO_AGE && age >= min && age <= max;
  }

  /** The value of {@link #ageAtEntry} when neither a birth date nor a birth year is recorded. */
  public static final int NO_AGE = Integer.MIN_VALUE;

  /**
   * Age at entry in whole years: exact on the day of entry with a birth date; with a birth year
   * only, the age reached in the year of entry (entry year minus birth year).
   *
   * @param c the cohort's tables
   * @param row the participant row
   * @return the age, or {@link #NO_AGE}
   */
  public static int ageAtEntry(CohortTables c, int row) {
    int entry = c.enrolledOn(row);
    if (c.birthDate(row) != Codes.NO_DATE) {
      return Dates.yearsBetween(c.birthDate(row), entry);
    }
    return c.birthYear(row) == 0 ? NO_AGE : Dates.yearOf(entry) - c.birthYear(row);
  }

  /**
   * Whether a participant's age at entry, known only from a birth year, could lie on either side
   * of a boundary: the age reached in the year of entry is the boundary and the entry falls before
   * 31 December, so the birthday may not have come yet (the age would be one less).
   *
   * @param c the cohort's tables
   * @param row the participant row
   * @param boundary e.g. 55
   * @return true if uncertain
   */
  public static boolean ageUncertainAt(CohortTables c, int row, int boundary) {
    int entry = c.enrolledOn(row);
    return c.birthDate(row) == Codes.NO_DATE && c.birthYear(row) != 0
        && Dates.yearOf(entry) - c.birthYear(row) == boundary && Dates.monthDayOf(entry) != 1231;
  }

  /**
   * Whether a participant's record lacks a field.
   *
   * @param c the cohort's tables
   * @param row the participant row
   * @param field the field
   * @return true if not recorded
   */
  public static boolean lacks(CohortTables c, int row, PersonalDataField field) {
    switch (field) {
      case GENDER:
        return c.gender(row) == Codes.NOT_REPORTED;
      case LABOUR_MARKET_STATUS:
        return c.labourStatusAtEntry(row) == Codes.MISSING;
      case AGE:
        return c.birthYear(row) == 0;
      case EDUCATION:
        return c.isced(row) == Codes.MISSING;
      case HOUSEHOLD_SITUATION:
        return c.joblessHousehold(row) == Codes.MISSING || c.dependentChildren(row) == Codes.MISSING
            || c.singleAdultHousehold(row) == Codes.MISSING;
      default:
        throw new IllegalArgumentException(field.code());
    }
  }

  /**
   * Whether an indicator counts on the labour-market status at entry, so that an operation target
   * group is what it counts from.
   *
   * @param indicator the indicator
   * @return true for the built-in output indicators on labour-market status
   */
  public static boolean countsLabourStatus(Indicator indicator) {
    return indicator instanceof Simple && ((Simple) indicator).onLabourStatus;
  }

  private static boolean iscedBetween(CohortTables c, int row, int min, int max) {
    byte level = c.isced(row);
    return level != Codes.MISSING && level >= min && level <= max;
  }

  private static boolean[] statuses(OutcomeStatus... statuses) {
    boolean[] b = new boolean[Codes.OUTCOME_STATUSES];
    for (OutcomeStatus s : statuses) {
      b[Codes.of(s)] = true;
    }
    return b;
  }

  private static Indicator entry(String code, String name, RowTest test) {
    return new Simple(code, name, false, false, entryTest(test));
  }

  /**
   * Where a built-in indicator is defined: the list's regulation; for the household indicators
   * CO12-CO14, also that they are Annex I as adopted in 2013 and absent from the list of the
   * consolidated text.
   *
   * @param indicator an indicator of {@code regulation}'s list
   * @param regulation the list's regulation, e.g. {@code Regulation (EU) No 1304/2013, Annex I}
   * @return the source
   */
  public static String source(Indicator indicator, String regulation) {
    return indicator instanceof Simple && ((Simple) indicator).asAdopted ? regulation + AS_ADOPTED : regulation;
  }

  private static final String AS_ADOPTED = ", point (1) as adopted in 2013; not in the list of common output "
      + "indicators for participants of point (1) in the consolidated text valid from 2 August 2018 "
      + "(Regulation (EU, Euratom) 2018/1046)";

  /** An output indicator on the household situation (ESF 2014-2020), of Annex I as adopted. */
  private static Indicator household(String code, String name, RowTest test) {
    return new Simple(code, name, false, true, entryTest(test));
  }

  /** An output indicator on the labour-market status at entry. */
  private static Indicator labour(String code, String name, RowTest test) {
    return new Simple(code, name, true, false, entryTest(test));
  }

  private static Preparer entryTest(RowTest test) {
    return (c, asOf) -> {
      int d = (int) asOf.toEpochDay();
      return i -> c.enrolledOn(i) <= d && test.test(c, i);
    };
  }

  private static Indicator uponLeaving(String code, String name, RowTest who, boolean[] statuses) {
    return new Simple(code, name, false, false, (c, asOf) -> {
      int d = (int) asOf.toEpochDay();
      return i -> {
        byte s = situationUponLeaving(c, i, d);
        return s != Codes.MISSING && statuses[s] && who.test(c, i);
      };
    });
  }

  private static Indicator qualification(String code, String name) {
    return new Simple(code, name, false, false, (c, asOf) -> {
      int d = (int) asOf.toEpochDay();
      return i -> c.enrolledOn(i) <= d && c.exitedOn(i, d) <= d && c.qualificationGained(i, d) == Codes.YES;
    });
  }

  /**
   * In employment six months after leaving: the latest follow-up dated in [exit + 6 months - 28
   * days, exit + 6 months + 28 days] and on or before D has one of the employment statuses.
   */
  private static Indicator sixMonthsAfter(String code, String name, RowTest who) {
    return new Simple(code, name, false, false, (c, asOf) -> {
      int d = (int) asOf.toEpochDay();
      DayShift six = c.shift(SIX_MONTHS);
      return i -> {
        int exit = c.exitedOn(i, d);
        if (exit > d) {
          return false;
        }
        int mid = six.apply(exit);
        int k = latestFollowUp(c, i, mid - FOUR_WEEKS, Math.min(d, mid + FOUR_WEEKS));
        return k >= 0 && IN_EMPLOYMENT[c.followUpStatus(k)] && who.test(c, i);
      };
    });
  }

  private static NotComputedIndicator notComputed(String code, String name, String needs) {
    return NotComputedIndicator.builder().code(code).name(name).needs(needs).build();
  }

  @FunctionalInterface
  private interface RowTest {
    boolean test(CohortTables c, int row);
  }

  @FunctionalInterface
  private interface Preparer {
    IntPredicate prepare(CohortTables c, LocalDate asOf);
  }

  private static final class Simple implements Indicator {
    private final String code;
    private final String name;
    private final boolean onLabourStatus;
    private final Preparer preparer;
    private final boolean asAdopted;

    Simple(String code, String name, boolean onLabourStatus, boolean asAdopted, Preparer preparer) {
      this.code = code;
      this.name = name;
      this.onLabourStatus = onLabourStatus;
      this.asAdopted = asAdopted;
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
    public IntPredicate prepare(CohortTables cohort, LocalDate asOf) {
      return preparer.prepare(cohort, asOf);
    }

    @Override
    public String toString() {
      return code + " " + name;
    }
  }
}
