package org.esfkit.core;

/** A target group (målgrupp) that a project addresses or a participant belongs to. */
public enum TargetGroup implements Coded {
  /** {@code long_term_unemployed}. */
  LONG_TERM_UNEMPLOYED("long_term_unemployed"),
  /** {@code unemployed}. */
  UNEMPLOYED("unemployed"),
  /** {@code young}. */
  YOUNG("young"),
  /** {@code newly_arrived}. */
  NEWLY_ARRIVED("newly_arrived"),
  /** {@code foreign_born}. */
  FOREIGN_BORN("foreign_born"),
  /** {@code low_schooling}. */
  LOW_SCHOOLING("low_schooling"),
  /** {@code disability}. */
  DISABILITY("disability"),
  /** {@code sick_listed}. */
  SICK_LISTED("sick_listed"),
  /** {@code no_sickness_benefit}. */
  NO_SICKNESS_BENEFIT("no_sickness_benefit"),
  /** {@code social_assistance}. */
  SOCIAL_ASSISTANCE("social_assistance"),
  /** {@code substance_abuse_history}. */
  SUBSTANCE_ABUSE_HISTORY("substance_abuse_history"),
  /** {@code pre_rehabilitation}. */
  PRE_REHABILITATION("pre_rehabilitation"),
  /** {@code study_to_work_transition}. */
  STUDY_TO_WORK_TRANSITION("study_to_work_transition");

  private final String code;

  TargetGroup(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Parses a code.
   *
   * @param text the code as written in a file
   * @return the constant
   * @throws ValidationException if the code is unknown
   */
  public static TargetGroup fromCode(String text) {
    return Coded.parse(TargetGroup.class, text);
  }
}
