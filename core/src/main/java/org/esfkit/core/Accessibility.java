package org.esfkit.core;

/** The four dimensions of accessibility (tillgänglighet): a participant's need, or an adaptation a task or placement offers for it. */
public enum Accessibility implements Coded {
  /** {@code physical}. */
  PHYSICAL("physical"),
  /** {@code communicative}. */
  COMMUNICATIVE("communicative"),
  /** {@code informative}. */
  INFORMATIVE("informative"),
  /** {@code attitudinal}. */
  ATTITUDINAL("attitudinal");

  private final String code;

  Accessibility(String code) {
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
  public static Accessibility fromCode(String text) {
    return Coded.parse(Accessibility.class, text);
  }
}
