package org.esfkit.core;

import org.immutables.value.Value;

/** A programme area (programområde) of the ESF programme, e.g. {@code 2}. */
@Value.Immutable
@EsfkitImmutable
public abstract class ProgrammeArea {
  /**
   * Returns the code as the funder writes it.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Creates the value from its code.
   *
   * @param code the code
   * @return the value
   * @throws ValidationException if the code is malformed
   */
  public static ProgrammeArea of(String code) {
    return ImmutableProgrammeArea.of(code.strip());
  }

  @Value.Check
  void check() {
    ValidationException.check(code().matches("[0-9]+"), "malformed programme area: '%s'", code());
  }

  @Override
  public String toString() {
    return code();
  }
}
