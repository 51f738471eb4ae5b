package org.esfkit.metrics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What a result counted, for audit: the ids behind its numerator and its denominator. Ids are
 * pseudonymous participant ids (or employer, task or achievement names for counts of those).
 * They are resolved only when asked for and never appear in {@code toString()}.
 */
public final class Audit {
  private static final Audit EMPTY = new Audit(new BitSet(), new BitSet(), i -> "");

  private final BitSet counted;
  private final BitSet considered;
  private final IntFunction<String> label;

  private Audit(BitSet counted, BitSet considered, IntFunction<String> label) {
    this.counted = counted;
    this.considered = considered;
    this.label = label;
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
   * Creates an audit from row sets. The sets are copied.
   *
   * @param counted rows in the numerator
   * @param considered rows in the denominator (for counts: the same as {@code counted})
   * @param label the id of a row
   * @return the audit
   */
  public static Audit of(BitSet counted, BitSet considered, IntFunction<String> label) {
    return new Audit((BitSet) counted.clone(), (BitSet) considered.clone(), label);
  }

  /**
   * Ids in the numerator, in row order.
   *
   * @return the ids
   */
  public List<String> counted() {
    return resolve(counted);
  }

  /**
   * Ids in the denominator, in row order.
   *
   * @return the ids
   */
  public List<String> considered() {
    return resolve(considered);
  }

  private List<String> resolve(BitSet rows) {
    List<String> out = new ArrayList<>(rows.cardinality());
    for (int i = rows.nextSetBit(0); i >= 0; i = rows.nextSetBit(i + 1)) {
      out.add(label.apply(i));
    }
    return Collections.unmodifiableList(out);
  }

  /** Prints only the sizes, never the ids. */
  @Override
  public String toString() {
    return "Audit[counted=" + counted.cardinality() + ", considered=" + considered.cardinality() + "]";
  }
}
