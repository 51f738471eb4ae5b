package org.esfkit.metrics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A fixed-size bit set over a table's rows for audit trails: setting a bit is one array store,
 * without the bounds growth of {@code java.util.BitSet}. Merging is a word-wise or.
 */
public final class Bits {
  private final long[] words;

  /**
   * Creates an empty set for rows {@code 0 .. size - 1}.
   *
   * @param size the table's size
   */
  public Bits(int size) {
    this.words = new long[(size + 63) >>> 6];
  }

  /**
   * Sets a row's bit.
   *
   * @param row the row
   */
  public void set(int row) {
    words[row >>> 6] |= 1L << row;
  }

  /**
   * Adds every bit of another set of the same size.
   *
   * @param other the other set
   */
  public void or(Bits other) {
    long[] o = other.words;
    for (int i = 0; i < words.length; i++) {
      words[i] |= o[i];
    }
  }

  /**
   * Counts the bits set.
   *
   * @return the count
   */
  public int cardinality() {
    int n = 0;
    for (long w : words) {
      n += Long.bitCount(w);
    }
    return n;
  }

  /**
   * The labels of the rows set, in row order.
   *
   * @param label a row's label
   * @return the labels
   */
  public List<String> labels(IntFunction<String> label) {
    List<String> out = new ArrayList<>();
    for (int w = 0; w < words.length; w++) {
      for (long bits = words[w]; bits != 0; bits &= bits - 1) {
        out.add(label.apply((w << 6) + Long.numberOfTrailingZeros(bits)));
      }
    }
    return out;
  }
}
