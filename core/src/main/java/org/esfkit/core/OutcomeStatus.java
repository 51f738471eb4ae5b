package org.esfkit.core;

/** A participant's situation at exit or at a follow-up: the one vocabulary of DESIGN.md. */
public enum OutcomeStatus implements Coded {
  /** {@code employment}. */
  EMPLOYMENT("employment"),
  /** {@code self_employment}. */
  SELF_EMPLOYMENT("self_employment"),
  /** {@code subsidised_employment}. */
  SUBSIDISED_EMPLOYMENT("subsidised_employment"),
  /** {@code studies}. */
  STUDIES("studies"),
  /** {@code internship}. */
  INTERNSHIP("internship"),
  /** {@code work_rehabilitation}. */
  WORK_REHABILITATION("work_rehabilitation"),
  /** {@code job_seeking}. */
  JOB_SEEKING("job_seeking"),
  /** {@code social_enterprise}. */
  SOCIAL_ENTERPRISE("social_enterprise"),
  /** {@code other}. */
  OTHER("other"),
  /** {@code dropped_out}. */
  DROPPED_OUT("dropped_out"),
  /** {@code unknown}. */
  UNKNOWN("unknown");

  private final String code;

  OutcomeStatus(String code) {
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
  public static OutcomeStatus fromCode(String text) {
    return Coded.parse(OutcomeStatus.class, text);
  }
}
