package org.esfkit.core;

import org.immutables.value.Value;

/** An intervention type (interventionstyp) code, e.g. {@code 102}. */
@Value.Immutable
@EsfkitImmutable
public abstract class InterventionType {
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
  public static InterventionType of(String code) {
    return ImmutableInterventionType.of(code.strip());
  }

  @Value.Check
  void check() {
    ValidationException.check(code().matches("[0-9]{1,4}"), "malformed intervention type: '%s'", code());
  }

  @Override
  public String toString() {
    return code();
  }
}
