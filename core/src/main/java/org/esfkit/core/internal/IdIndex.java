package org.esfkit.core.internal;

import java.util.Arrays;

/**
 * Rows by id without a boxed entry per row: an open-addressing table of row numbers into an array
 * of ids, which the caller passes to each call (it may grow between calls). Not thread-safe while
 * being filled.
 */
public final class IdIndex {
  private int[] table = new int[64];
  private int count;

  /** An empty index. */
  public IdIndex() {
    Arrays.fill(table, -1);
  }

  /**
   * Adds a row, unless its id is there already.
   *
   * @param ids the ids by row
   * @param row the row to add
   * @return the row that has the id already, or -1 if the row was added
   */
  public int add(String[] ids, int row) {
    if (2 * (count + 1) > table.length) {
      rehash(ids);
    }
    String id = ids[row];
    int mask = table.length - 1;
    for (int k = mix(id.hashCode()) & mask; ; k = (k + 1) & mask) {
      int r = table[k];
      if (r < 0) {
        table[k] = row;
        count++;
        return -1;
      }
      if (ids[r].equals(id)) {
        return r;
      }
    }
  }

  /**
   * Finds an id's row.
   *
   * @param ids the ids by row
   * @param id the id
   * @return the row, or -1
   */
  public int find(String[] ids, String id) {
    int mask = table.length - 1;
    for (int k = mix(id.hashCode()) & mask; ; k = (k + 1) & mask) {
      int r = table[k];
      if (r < 0 || ids[r].equals(id)) {
        return r;
      }
    }
  }

  private void rehash(String[] ids) {
    int[] old = table;
    table = new int[old.length * 2];
    Arrays.fill(table, -1);
    int mask = table.length - 1;
    for (int r : old) {
      if (r >= 0) {
        int k = mix(ids[r].hashCode()) & mask;
        while (table[k] >= 0) {
          k = (k + 1) & mask;
        }
        table[k] = r;
      }
    }
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
