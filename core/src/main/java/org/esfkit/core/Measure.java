package org.esfkit.core;

/** What a share target measures. */
public enum Measure implements Coded {
  /** {@code exit_status}. */
  EXIT_STATUS("exit_status"),
  /** {@code follow_up_status}. */
  FOLLOW_UP_STATUS("follow_up_status"),
  /** {@code perceived_improvement}. */
  PERCEIVED_IMPROVEMENT("perceived_improvement");

  private final String code;

  Measure(String code) {
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
  public static Measure fromCode(String text) {
    return Coded.parse(Measure.class, text);
  }
}
