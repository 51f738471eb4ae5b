package org.esfkit.core;

/** Labour-market status at entry, as the ESF+ common output indicators use it. */
public enum LabourStatus implements Coded {
  /** {@code unemployed}. */
  UNEMPLOYED("unemployed"),
  /** {@code long_term_unemployed}. */
  LONG_TERM_UNEMPLOYED("long_term_unemployed"),
  /** {@code inactive}. */
  INACTIVE("inactive"),
  /** {@code employed}. */
  EMPLOYED("employed");

  private final String code;

  LabourStatus(String code) {
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
  public static LabourStatus fromCode(String text) {
    return Coded.parse(LabourStatus.class, text);
  }
}
