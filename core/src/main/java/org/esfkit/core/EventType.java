package org.esfkit.core;

/** The type of a pathway event. */
public enum EventType implements Coded {
  /** {@code enrolled}. */
  ENROLLED("enrolled"),
  /** {@code action_plan_approved}. */
  ACTION_PLAN_APPROVED("action_plan_approved"),
  /** {@code phase_started}. */
  PHASE_STARTED("phase_started"),
  /** {@code activity}. */
  ACTIVITY("activity"),
  /** {@code placement_started}. */
  PLACEMENT_STARTED("placement_started"),
  /** {@code placement_ended}. */
  PLACEMENT_ENDED("placement_ended"),
  /** {@code survey_answered}. */
  SURVEY_ANSWERED("survey_answered"),
  /** {@code exited}. */
  EXITED("exited"),
  /** {@code followed_up}. */
  FOLLOWED_UP("followed_up"),
  /**
   * {@code re_enrolled}: the participant came back after an exit and starts a new spell; the
   * exit, survey answer and follow-ups that count from here on are the new spell's.
   */
  RE_ENROLLED("re_enrolled");

  private final String code;

  EventType(String code) {
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
  public static EventType fromCode(String text) {
    return Coded.parse(EventType.class, text);
  }
}
