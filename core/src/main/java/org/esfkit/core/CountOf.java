package org.esfkit.core;

/** What a count or growth target counts. */
public enum CountOf implements Coded {
  /** {@code gender_breaking_placements}. */
  GENDER_BREAKING_PLACEMENTS("gender_breaking_placements"),
  /** {@code tasks_identified}. */
  TASKS_IDENTIFIED("tasks_identified"),
  /** {@code social_enterprises_established}. */
  SOCIAL_ENTERPRISES_ESTABLISHED("social_enterprises_established"),
  /** {@code employers_hosting_interns}. */
  EMPLOYERS_HOSTING_INTERNS("employers_hosting_interns"),
  /** {@code internship_placements}. */
  INTERNSHIP_PLACEMENTS("internship_placements"),
  /** {@code participants_enrolled}. */
  PARTICIPANTS_ENROLLED("participants_enrolled");

  private final String code;

  CountOf(String code) {
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
  public static CountOf fromCode(String text) {
    return Coded.parse(CountOf.class, text);
  }
}
