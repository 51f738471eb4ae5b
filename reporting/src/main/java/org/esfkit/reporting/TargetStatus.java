package org.esfkit.reporting;

import org.esfkit.core.Coded;

/** Whether a target's condition holds as of the report date. */
public enum TargetStatus implements Coded {
  /** {@code achieved}: the condition holds. */
  ACHIEVED("achieved"),
  /** {@code not_achieved}: the condition does not hold. */
  NOT_ACHIEVED("not_achieved"),
  /** {@code insufficient_data}: nothing to compute the target on yet (an empty denominator). */
  INSUFFICIENT_DATA("insufficient_data");

  private final String code;

  TargetStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Parses a status code.
   *
   * @param text {@code achieved}, {@code not_achieved} or {@code insufficient_data}
   * @return the status
   * @throws org.esfkit.core.ValidationException if the text is not a status
   */
  public static TargetStatus fromCode(String text) {
    return Coded.parse(TargetStatus.class, text);
  }
}
