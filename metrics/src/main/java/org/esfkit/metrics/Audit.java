package org.esfkit.metrics;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a result counted, for audit: the ids behind its numerator and its denominator. Ids are
 * pseudonymous participant ids (or employer, task or achievement names for counts of those).
 * They are resolved only when asked for and never appear in {@code toString()}.
 */
public final class Audit {
  private static final Audit EMPTY = of(List.of(), List.of());

  private final Supplier<List<String>> counted;
  private final Supplier<List<String>> considered;

  private Audit(Supplier<List<String>> counted, Supplier<List<String>> considered) {
    this.counted = memoize(counted);
    this.considered = memoize(considered);
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
    List<String> a = List.copyOf(counted);
    List<String> b = List.copyOf(considered);
    return new Audit(() -> a, () -> b);
  }

  /**
   * Creates an audit whose ids are found only when first asked for, so that evaluating costs
   * nothing per row for the audit's sake. The suppliers are called at most once each.
   *
   * @param counted finds the ids in the numerator
   * @param considered finds the ids in the denominator
   * @return the audit
   */
  public static Audit lazy(Supplier<List<String>> counted, Supplier<List<String>> considered) {
    return new Audit(counted, considered);
  }

  /**
   * Ids in the numerator, in row order.
   *
   * @return the ids
   */
  public List<String> counted() {
    return counted.get();
  }

  /**
   * Ids in the denominator, in row order.
   *
   * @return the ids
   */
  public List<String> considered() {
    return considered.get();
  }

  private static Supplier<List<String>> memoize(Supplier<List<String>> s) {
    return new Supplier<>() {
      private volatile @Nullable List<String> value;

      @Override
      public List<String> get() {
        List<String> v = value;
        if (v == null) {
          v = List.copyOf(s.get());
          value = v;
        }
        return v;
      }
    };
  }

  /** Prints nothing of the ids. */
  @Override
  public String toString() {
    return "Audit[ids not printed]";
  }
}
