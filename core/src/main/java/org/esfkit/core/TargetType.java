package org.esfkit.core;

/** The kind of an outcome target. */
public enum TargetType implements Coded {
  /** {@code share}. */
  SHARE("share"),
  /** {@code count}. */
  COUNT("count"),
  /** {@code growth}. */
  GROWTH("growth"),
  /** {@code enrolment}. */
  ENROLMENT("enrolment"),
  /** {@code participation_length}: the share of exited participants whose time in the project lies in a range. */
  PARTICIPATION_LENGTH("participation_length");

  private final String code;

  TargetType(String code) {
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
  public static TargetType fromCode(String text) {
    return Coded.parse(TargetType.class, text);
  }
}
