package org.esfkit.core;

import org.immutables.value.Value;

/** A specific objective (specifikt mål), e.g. {@code 2.1}. */
@Value.Immutable
@EsfkitImmutable
public abstract class SpecificObjective {
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
  public static SpecificObjective of(String code) {
    return ImmutableSpecificObjective.of(code.strip());
  }

  @Value.Check
  void check() {
    ValidationException.check(code().matches("[0-9]+(\\.[0-9]+)*"), "malformed specific objective: '%s'", code());
  }

  @Override
  public String toString() {
    return code();
  }
}
