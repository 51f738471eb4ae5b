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
   * Whether a participant of this status belongs to an operation's target group: the same status,
   * or long-term unemployed in a group of the unemployed ("unemployed, including long-term
   * unemployed").
   *
   * @param group the operation's target group ({@link EsfProject#operationTargetGroup()})
   * @return true if this status is within the group
   */
  public boolean within(LabourStatus group) {
    return this == group || (this == LONG_TERM_UNEMPLOYED && group == UNEMPLOYED);
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
