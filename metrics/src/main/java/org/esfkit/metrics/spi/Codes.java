package org.esfkit.metrics.spi;

import org.esfkit.core.AchievementKind;
import org.esfkit.core.Gender;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.PathwayPhase;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.TargetGroup;

/**
 * The codes {@link CohortTables} stores instead of objects: explicit, stable numbers for every
 * constant of the enumerations the tables hold, and the markers for a value not recorded. A code
 * is part of the SPI's contract: it does not change when an enumeration of esfkit-core gains,
 * loses or reorders constants (a constant without a code makes building a cohort fail, so a new
 * constant cannot slip in unnoticed).
 *
 * <p>Calculators compare a table's byte with these constants, or turn it back into the constant
 * with the decoding methods ({@link #gender(int)}, {@link #outcomeStatus(int)}, ...). Stateless and
 * thread-safe.
 */
public final class Codes {
  /** A date not recorded (no exit yet, a placement still running): after every real date. */
  public static final int NO_DATE = Integer.MAX_VALUE;
  /** A code or yes/no value not recorded. */
  public static final byte MISSING = -1;
  /** Yes, for yes/no characteristics. */
  public static final byte YES = 1;
  /** No, for yes/no characteristics. */
  public static final byte NO = 0;

  /** {@link Gender#WOMAN}. */
  public static final byte WOMAN = 0;
  /** {@link Gender#MAN}. */
  public static final byte MAN = 1;
  /** {@link Gender#NON_BINARY}. */
  public static final byte NON_BINARY = 2;
  /** {@link Gender#NOT_REPORTED}. */
  public static final byte NOT_REPORTED = 3;
  /** The number of gender codes: {@code 0 .. GENDERS - 1}, usable as an array index. */
  public static final int GENDERS = 4;

  /** {@link OutcomeStatus#EMPLOYMENT}. */
  public static final byte EMPLOYMENT = 0;
  /** {@link OutcomeStatus#SELF_EMPLOYMENT}. */
  public static final byte SELF_EMPLOYMENT = 1;
  /** {@link OutcomeStatus#SUBSIDISED_EMPLOYMENT}. */
  public static final byte SUBSIDISED_EMPLOYMENT = 2;
  /** {@link OutcomeStatus#STUDIES}. */
  public static final byte STUDIES = 3;
  /** {@link OutcomeStatus#INTERNSHIP}. */
  public static final byte INTERNSHIP = 4;
  /** {@link OutcomeStatus#WORK_REHABILITATION}. */
  public static final byte WORK_REHABILITATION = 5;
  /** {@link OutcomeStatus#JOB_SEEKING}. */
  public static final byte JOB_SEEKING = 6;
  /** {@link OutcomeStatus#SOCIAL_ENTERPRISE}. */
  public static final byte SOCIAL_ENTERPRISE = 7;
  /** {@link OutcomeStatus#OTHER}. */
  public static final byte OTHER = 8;
  /** {@link OutcomeStatus#DROPPED_OUT}. */
  public static final byte DROPPED_OUT = 9;
  /** {@link OutcomeStatus#UNKNOWN}. */
  public static final byte UNKNOWN = 10;
  /** The number of outcome-status codes: {@code 0 .. OUTCOME_STATUSES - 1}. */
  public static final int OUTCOME_STATUSES = 11;

  /** {@link LabourStatus#UNEMPLOYED}. */
  public static final byte UNEMPLOYED = 0;
  /** {@link LabourStatus#LONG_TERM_UNEMPLOYED}. */
  public static final byte LONG_TERM_UNEMPLOYED = 1;
  /** {@link LabourStatus#INACTIVE}. */
  public static final byte INACTIVE = 2;
  /** {@link LabourStatus#EMPLOYED}. */
  public static final byte EMPLOYED = 3;

  /** {@link PlacementKind#INTERNSHIP}. */
  public static final byte PLACEMENT_INTERNSHIP = 0;
  /** {@link PlacementKind#WORK_TRIAL}. */
  public static final byte PLACEMENT_WORK_TRIAL = 1;
  /** {@link PlacementKind#APPRENTICESHIP}. */
  public static final byte PLACEMENT_APPRENTICESHIP = 2;
  /** {@link PlacementKind#EMPLOYMENT}. */
  public static final byte PLACEMENT_EMPLOYMENT = 3;
  /** {@link PlacementKind#SUBSIDISED_EMPLOYMENT}. */
  public static final byte PLACEMENT_SUBSIDISED_EMPLOYMENT = 4;
  /** {@link PlacementKind#SOCIAL_ENTERPRISE}. */
  public static final byte PLACEMENT_SOCIAL_ENTERPRISE = 5;

  /** {@link AchievementKind#SOCIAL_ENTERPRISE_ESTABLISHED}. */
  public static final byte SOCIAL_ENTERPRISE_ESTABLISHED = 0;
  /** {@link AchievementKind#METHOD_IMPLEMENTED}. */
  public static final byte METHOD_IMPLEMENTED = 1;
  /** {@link AchievementKind#EMPLOYER_RING_FORMED}. */
  public static final byte EMPLOYER_RING_FORMED = 2;

  private static final Gender[] GENDER_OF = {Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, Gender.NOT_REPORTED};
  private static final OutcomeStatus[] STATUS_OF = {OutcomeStatus.EMPLOYMENT, OutcomeStatus.SELF_EMPLOYMENT,
      OutcomeStatus.SUBSIDISED_EMPLOYMENT, OutcomeStatus.STUDIES, OutcomeStatus.INTERNSHIP,
      OutcomeStatus.WORK_REHABILITATION, OutcomeStatus.JOB_SEEKING, OutcomeStatus.SOCIAL_ENTERPRISE,
      OutcomeStatus.OTHER, OutcomeStatus.DROPPED_OUT, OutcomeStatus.UNKNOWN};
  private static final LabourStatus[] LABOUR_OF = {LabourStatus.UNEMPLOYED, LabourStatus.LONG_TERM_UNEMPLOYED,
      LabourStatus.INACTIVE, LabourStatus.EMPLOYED};
  private static final PlacementKind[] PLACEMENT_OF = {PlacementKind.INTERNSHIP, PlacementKind.WORK_TRIAL,
      PlacementKind.APPRENTICESHIP, PlacementKind.EMPLOYMENT, PlacementKind.SUBSIDISED_EMPLOYMENT,
      PlacementKind.SOCIAL_ENTERPRISE};
  private static final AchievementKind[] ACHIEVEMENT_OF = {AchievementKind.SOCIAL_ENTERPRISE_ESTABLISHED,
      AchievementKind.METHOD_IMPLEMENTED, AchievementKind.EMPLOYER_RING_FORMED};

  private static final TargetGroup[] TARGET_GROUP_OF = {TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.UNEMPLOYED,
      TargetGroup.YOUNG, TargetGroup.NEWLY_ARRIVED, TargetGroup.FOREIGN_BORN, TargetGroup.LOW_SCHOOLING,
      TargetGroup.DISABILITY, TargetGroup.SICK_LISTED, TargetGroup.NO_SICKNESS_BENEFIT, TargetGroup.SOCIAL_ASSISTANCE,
      TargetGroup.SUBSTANCE_ABUSE_HISTORY, TargetGroup.PRE_REHABILITATION, TargetGroup.STUDY_TO_WORK_TRANSITION};

  private static final PathwayPhase[] PHASE_OF = {PathwayPhase.MAPPING, PathwayPhase.ABILITY_AND_POTENTIAL,
      PathwayPhase.COMPETENCE_DEVELOPMENT, PathwayPhase.INTERNSHIP_AND_WORK, PathwayPhase.SOCIAL_ENTERPRISE,
      PathwayPhase.EXIT};

  private Codes() {}

  private static <E extends Enum<E>> byte code(E[] table, E value) {
    for (int k = 0; k < table.length; k++) {
      if (table[k] == value) {
        return (byte) k;
      }
    }
    throw new IllegalStateException(value.getDeclaringClass().getSimpleName() + "." + value.name()
        + " has no code in " + Codes.class.getName() + "; add one before using it");
  }

  private static <E> E decode(E[] table, int code, String what) {
    if (code < 0 || code >= table.length) {
      throw new IllegalArgumentException(code + " is not " + (what.matches("[aeiou].*") ? "an " : "a ") + what + " code");
    }
    return table[code];
  }

  /**
   * The code of a gender.
   *
   * @param g the gender
   * @return {@link #WOMAN}, {@link #MAN}, {@link #NON_BINARY} or {@link #NOT_REPORTED}
   */
  public static byte of(Gender g) {
    return code(GENDER_OF, g);
  }

  /**
   * The code of an outcome status.
   *
   * @param s the status
   * @return a code in {@code 0 .. OUTCOME_STATUSES - 1}
   */
  public static byte of(OutcomeStatus s) {
    return code(STATUS_OF, s);
  }

  /**
   * The code of a labour-market status.
   *
   * @param s the status
   * @return {@link #UNEMPLOYED}, {@link #LONG_TERM_UNEMPLOYED}, {@link #INACTIVE} or {@link #EMPLOYED}
   */
  public static byte of(LabourStatus s) {
    return code(LABOUR_OF, s);
  }

  /**
   * The code of a kind of placement.
   *
   * @param k the kind
   * @return one of the {@code PLACEMENT_*} codes
   */
  public static byte of(PlacementKind k) {
    return code(PLACEMENT_OF, k);
  }

  /**
   * The code of a kind of achievement.
   *
   * @param k the kind
   * @return {@link #SOCIAL_ENTERPRISE_ESTABLISHED}, {@link #METHOD_IMPLEMENTED} or
   *     {@link #EMPLOYER_RING_FORMED}
   */
  public static byte of(AchievementKind k) {
    return code(ACHIEVEMENT_OF, k);
  }

  /**
   * The code of a target group: its bit in {@link CohortTables#targetGroups(int)} is {@code 1 << code}.
   *
   * @param g the target group
   * @return 0 ({@code long_term_unemployed}) to 12 ({@code study_to_work_transition}), in
   *     {@link TargetGroup}'s declaration order as of this version, never renumbered
   */
  public static byte of(TargetGroup g) {
    return code(TARGET_GROUP_OF, g);
  }

  /**
   * The target group of a code.
   *
   * @param code a target-group code
   * @return the group
   * @throws IllegalArgumentException if the code is not a group's
   */
  public static TargetGroup targetGroup(int code) {
    return decode(TARGET_GROUP_OF, code, "target group");
  }

  /**
   * The number of target-group codes.
   *
   * @return 13
   */
  public static int targetGroupCount() {
    return TARGET_GROUP_OF.length;
  }

  /**
   * The code of a pathway phase.
   *
   * @param p the phase
   * @return 0 ({@code mapping}) to 5 ({@code exit}), in {@link PathwayPhase}'s declaration order as
   *     of this version, never renumbered
   */
  public static byte of(PathwayPhase p) {
    return code(PHASE_OF, p);
  }

  /**
   * The pathway phase of a code.
   *
   * @param code a phase code
   * @return the phase
   * @throws IllegalArgumentException if the code is not a phase's
   */
  public static PathwayPhase pathwayPhase(int code) {
    return decode(PHASE_OF, code, "pathway phase");
  }

  /**
   * The gender of a code.
   *
   * @param code a gender code
   * @return the gender
   * @throws IllegalArgumentException if the code is not a gender's
   */
  public static Gender gender(int code) {
    return decode(GENDER_OF, code, "gender");
  }

  /**
   * The outcome status of a code.
   *
   * @param code an outcome-status code
   * @return the status
   * @throws IllegalArgumentException if the code is not a status's (for example {@link #MISSING})
   */
  public static OutcomeStatus outcomeStatus(int code) {
    return decode(STATUS_OF, code, "outcome status");
  }

  /**
   * The labour-market status of a code.
   *
   * @param code a labour-status code
   * @return the status
   * @throws IllegalArgumentException if the code is not a status's
   */
  public static LabourStatus labourStatus(int code) {
    return decode(LABOUR_OF, code, "labour status");
  }

  /**
   * The kind of placement of a code.
   *
   * @param code a placement-kind code
   * @return the kind
   * @throws IllegalArgumentException if the code is not a kind's
   */
  public static PlacementKind placementKind(int code) {
    return decode(PLACEMENT_OF, code, "placement kind");
  }

  /**
   * The kind of achievement of a code.
   *
   * @param code an achievement-kind code
   * @return the kind
   * @throws IllegalArgumentException if the code is not a kind's
   */
  public static AchievementKind achievementKind(int code) {
    return decode(ACHIEVEMENT_OF, code, "achievement kind");
  }
}
