package org.esfkit.metrics;

import org.immutables.value.Value;

/**
 * A common indicator of an {@link IndicatorList} that esfkit does not compute because the
 * participant register does not hold what it needs. It is listed, never silently dropped, so a
 * report can say what is missing and why.
 * Immutable and thread-safe.
 */
@Value.Immutable
public interface NotComputedIndicator {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableNotComputedIndicator.Builder builder() {
    return ImmutableNotComputedIndicator.builder();
  }

  /**
   * The indicator's code.
   *
   * @return e.g. {@code CO04}
   */
  String code();

  /**
   * The indicator's name.
   *
   * @return e.g. {@code inactive, not in education or training}
   */
  String name();

  /**
   * What computing it would need that the register does not hold.
   *
   * @return e.g. {@code the household situation at entry}
   */
  String needs();
}
