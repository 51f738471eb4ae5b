package org.esfkit.core;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An employer that hosts placements or offers low-threshold tasks. */
@Value.Immutable
public interface Employer {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableEmployer.Builder builder() {
    return ImmutableEmployer.builder();
  }

  /**
   * The employer's id in the project's files.
   *
   * @return the id
   */
  String id();

  /**
   * The employer's name.
   *
   * @return the name, or null
   */
  @Nullable String name();

  /**
   * The Swedish organisation number.
   *
   * @return the number, or null
   */
  @Nullable OrganisationNumber organisationNumber();

  /**
   * Sector, e.g. {@code private}, {@code public}, {@code non_profit}, or an industry code.
   *
   * @return free text, or null
   */
  @Nullable String sector();

  /**
   * The municipality the employer is in.
   *
   * @return the municipality, or null
   */
  @Nullable String municipality();

  /**
   * Whether the employer belongs to the project's employer ring (arbetsgivarring).
   *
   * @return true if a member
   */
  @Value.Default
  default boolean employerRingMember() {
    return false;
  }

  /** Checks the id. */
  @Value.Check
  default void check() {
    ValidationException.check(!id().isBlank(), "employer id must not be blank");
  }
}
