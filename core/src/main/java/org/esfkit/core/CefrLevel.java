package org.esfkit.core;

/** A CEFR language level (in Swedish, for matching). */
public enum CefrLevel implements Coded {
  /** {@code a1}. */
  A1("a1"),
  /** {@code a2}. */
  A2("a2"),
  /** {@code b1}. */
  B1("b1"),
  /** {@code b2}. */
  B2("b2"),
  /** {@code c1}. */
  C1("c1"),
  /** {@code c2}. */
  C2("c2");

  private final String code;

  CefrLevel(String code) {
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
  public static CefrLevel fromCode(String text) {
    return Coded.parse(CefrLevel.class, text);
  }
}
