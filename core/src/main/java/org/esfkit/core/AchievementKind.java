package org.esfkit.core;

/** An organisational achievement a project can report. */
public enum AchievementKind implements Coded {
  /** {@code social_enterprise_established}. */
  SOCIAL_ENTERPRISE_ESTABLISHED("social_enterprise_established"),
  /** {@code method_implemented}. */
  METHOD_IMPLEMENTED("method_implemented"),
  /** {@code employer_ring_formed}. */
  EMPLOYER_RING_FORMED("employer_ring_formed");

  private final String code;

  AchievementKind(String code) {
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
  public static AchievementKind fromCode(String text) {
    return Coded.parse(AchievementKind.class, text);
  }
}
