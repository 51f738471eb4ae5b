package org.esfkit.core.internal;

import java.util.Arrays;

/**
 * Rows by id without an object per row: an open-addressing table of row numbers into ids held as
 * characters, row after row, in one array ({@link Ids}), which the caller passes to each call (it
 * may grow between calls). Each slot holds the row and its id's hash side by side, so that a probe
 * costs one memory access and rarely compares characters. Safe to read from several threads once
 * no more rows are added.
 */
public final class IdIndex {
  /** Slot {@code k}: row at {@code 2k} (-1 when empty), hash at {@code 2k + 1}. */
  private int[] slots = empty(64);
  private int count;

  /** An empty index. */
  public IdIndex() {}

  /**
   * An index of the first rows of some ids.
   *
   * @param ids the ids by row
   * @param rows how many rows, from row 0
   * @return the index
   */
  public static IdIndex of(Ids ids, int rows) {
    IdIndex i = new IdIndex();
    for (int r = 0; r < rows; r++) {
      i.add(ids, r);
    }
    return i;
  }

  /**
   * Ids held as characters: row {@code i}'s id is {@code chars[ends[i - 1], ends[i])}, from 0 for
   * row 0.
   *
   * @param chars the ids' characters, row after row
   * @param ends where each row's id ends in {@code chars}
   */
  public record Ids(char[] chars, int[] ends) {
    /**
     * Where a row's id starts.
     *
     * @param row the row
     * @return the index of its first character
     */
    public int start(int row) {
      return row == 0 ? 0 : ends[row - 1];
    }

    /**
     * A row's id as a String (a copy).
     *
     * @param row the row
     * @return the id
     */
    public String id(int row) {
      int from = start(row);
      return new String(chars, from, ends[row] - from);
    }
  }

  private static int[] empty(int n) {
    int[] s = new int[2 * n];
    Arrays.fill(s, -1);
    return s;
  }

  /**
   * Adds a row, unless its id is there already.
   *
   * @param ids the ids by row
   * @param row the row to add
   * @return the row that has the id already, or -1 if the row was added
   */
  public int add(Ids ids, int row) {
    if (4 * (count + 1) > slots.length) {
      rehash();
    }
    int from = ids.start(row);
    int to = ids.ends()[row];
    int h = hash(ids.chars(), from, to);
    int k = slot(ids, ids.chars(), from, to, h);
    if (slots[2 * k] >= 0) {
      return slots[2 * k];
    }
    slots[2 * k] = row;
    slots[2 * k + 1] = h;
    count++;
    return -1;
  }

  /**
   * Finds an id's row.
   *
   * @param ids the ids by row
   * @param key characters holding the id
   * @param from the id's first character in {@code key}
   * @param to the end of the id in {@code key}
   * @return the row, or -1
   */
  public int find(Ids ids, char[] key, int from, int to) {
    return slots[2 * slot(ids, key, from, to, hash(key, from, to))];
  }

  /**
   * The slot of the id {@code key[from, to)} with hash {@code h}: the one holding it, or the empty
   * one where it would go.
   */
  private int slot(Ids ids, char[] key, int from, int to, int h) {
    int mask = slots.length / 2 - 1;
    for (int k = h & mask; ; k = (k + 1) & mask) {
      int r = slots[2 * k];
      if (r < 0 || (slots[2 * k + 1] == h && same(ids, r, key, from, to))) {
        return k;
      }
    }
  }

  /** The hash of {@code key[from, to)} (as {@code String.hashCode} over those characters), spread. */
  private static int hash(char[] key, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + key[i];
    }
    return mix(h);
  }

  private static boolean same(Ids ids, int row, char[] c, int from, int to) {
    char[] a = ids.chars();
    int s = ids.start(row);
    int n = to - from;
    if (ids.ends()[row] - s != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (a[s + i] != c[from + i]) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    slots = grown(slots);
  }

  /**
   * A table of (row, hash) slot pairs, as this index keeps, twice as large, each pair placed again
   * by its hash (linear probing; -1 marks an empty slot).
   *
   * @param old the table
   * @return the larger table
   */
  static int[] grown(int[] old) {
    int[] s = empty(old.length);
    int mask = s.length / 2 - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j] >= 0) {
        int k = old[j + 1] & mask;
        while (s[2 * k] >= 0) {
          k = (k + 1) & mask;
        }
        s[2 * k] = old[j];
        s[2 * k + 1] = old[j + 1];
      }
    }
    return s;
  }

  /**
   * Spreads the high bits of a hash into the low ones, as {@code HashMap} does; ids numbered in
   * file order (P1, P2, ...) keep neighbouring slots, so a register read in order stays in cache.
   */
  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
