package org.esfkit.core;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A phase of a project, such as the mobilisation phase of "På väg till jobbet". */
@Value.Immutable
public interface ProjectPhase {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableProjectPhase.Builder builder() {
    return ImmutableProjectPhase.builder();
  }

  /**
   * The kind of phase.
   *
   * @return the kind
   */
  ProjectPhaseKind kind();

  /**
   * When the phase runs, if known.
   *
   * @return the period, or null
   */
  @Nullable DateRange period();
}
