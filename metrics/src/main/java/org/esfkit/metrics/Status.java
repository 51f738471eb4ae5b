package org.esfkit.metrics;

import org.esfkit.core.Coded;

/** The verdict on a target as of a date. Immutable and thread-safe. */
public enum Status implements Coded {
  /** {@code achieved}: the target's condition holds as of the date. */
  ACHIEVED("achieved"),
  /** {@code not_achieved}: the condition does not hold (yet). */
  NOT_ACHIEVED("not_achieved"),
  /**
   * {@code insufficient_data}: no verdict can be given, for a reason the result states (a source
   * not supplied, nobody counted yet, a date before the project starts); never achieved.
   */
  INSUFFICIENT_DATA("insufficient_data");

  private final String code;

  Status(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Parses a code.
   *
   * @param text the code
   * @return the constant
   * @throws org.esfkit.core.ValidationException if the code is unknown
   */
  public static Status fromCode(String text) {
    return Coded.parse(Status.class, text);
  }
}
