package org.esfkit.core;

/** Whether a share target also requires parity between women and men (lika stor andel kvinnor som män). */
public enum Parity implements Coded {
  /** {@code none}. */
  NONE("none"),
  /** {@code each_gender}. */
  EACH_GENDER("each_gender"),
  /** {@code max_gap}. */
  MAX_GAP("max_gap");

  private final String code;

  Parity(String code) {
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
  public static Parity fromCode(String text) {
    return Coded.parse(Parity.class, text);
  }
}
