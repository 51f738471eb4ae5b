package org.esfkit.core.io.internal;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Numbers held as primitives (one array, no object per element), read as an unmodifiable list;
 * e.g. the lines of a register's records.
 */
public final class LongList extends AbstractList<Long> implements RandomAccess {
  private final long[] values;

  /**
   * A list of the values, which the caller no longer changes.
   *
   * @param values the values
   */
  public LongList(long[] values) {
    this.values = values;
  }

  /**
   * The values of a list of numbers as an array: this list's own values (not a copy), or the
   * other list's copied.
   *
   * @param list the numbers
   * @return the array, not to be changed
   */
  public static long[] values(java.util.List<Long> list) {
    if (list instanceof LongList l) {
      return l.values;
    }
    long[] out = new long[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  @Override
  public Long get(int i) {
    Objects.checkIndex(i, values.length);
    return values[i];
  }

  @Override
  public int size() {
    return values.length;
  }
}
