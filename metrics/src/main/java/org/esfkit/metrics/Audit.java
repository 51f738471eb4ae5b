package org.esfkit.metrics;

import java.util.List;

/**
 * What a result counted, for audit: the ids behind its numerator and its denominator. Ids are
 * pseudonymous participant ids (or employer, task or achievement names for counts of those).
 * Computed only when asked for ({@link MetricsEngine#audit}), never kept in a result, and never
 * printed by {@code toString()}. Immutable and thread-safe.
 */
public final class Audit {
  private static final Audit EMPTY = of(List.of(), List.of());

  private final List<String> counted;
  private final List<String> considered;

  private Audit(List<String> counted, List<String> considered) {
    this.counted = List.copyOf(counted);
    this.considered = List.copyOf(considered);
  }

  /**
   * Nothing counted.
   *
   * @return the empty audit
   */
  public static Audit empty() {
    return EMPTY;
  }

  /**
   * Creates an audit from lists of ids.
   *
   * @param counted ids in the numerator
   * @param considered ids in the denominator (for counts: the same as {@code counted})
   * @return the audit
   */
  public static Audit of(List<String> counted, List<String> considered) {
    return new Audit(counted, considered);
  }

  /**
   * Ids in the numerator, in row order.
   *
   * @return the ids
   */
  public List<String> counted() {
    return counted;
  }

  /**
   * Ids in the denominator, in row order.
   *
   * @return the ids
   */
  public List<String> considered() {
    return considered;
  }

  /** Prints nothing of the ids. */
  @Override
  public String toString() {
    return "Audit[" + counted.size() + " counted of " + considered.size() + ", ids not printed]";
  }
}
