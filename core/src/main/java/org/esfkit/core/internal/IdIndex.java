package org.esfkit.core.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Rows by id without a boxed entry per row: an open-addressing table of row numbers into an array
 * of ids, which the caller passes to each call (it may grow between calls). Each slot holds the
 * row and its id's hash side by side, so that a probe costs one memory access and rarely reads an
 * id. Adding the id that {@link #find} just missed uses the slot that probe found. Not
 * thread-safe (finding remembers where it missed).
 */
public final class IdIndex {
  /** Slot {@code k}: row at {@code 2k} (-1 when empty), hash at {@code 2k + 1}. */
  private int[] slots = empty(64);
  private int count;
  /** Where the id {@link #find} last missed would go (-1 if none), so that adding it next needs no probe. */
  private int missSlot = -1;
  private int missHash;
  private @Nullable String missId;

  /** An empty index. */
  public IdIndex() {}

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
  public int add(String[] ids, int row) {
    if (4 * (count + 1) > slots.length) {
      rehash();
      missId = null;
    }
    String id = ids[row];
    if (id == missId) {
      missId = null;
      slots[2 * missSlot] = row;
      slots[2 * missSlot + 1] = missHash;
      count++;
      return -1;
    }
    int h = mix(id.hashCode());
    int mask = slots.length / 2 - 1;
    for (int k = h & mask; ; k = (k + 1) & mask) {
      int r = slots[2 * k];
      if (r < 0) {
        slots[2 * k] = row;
        slots[2 * k + 1] = h;
        count++;
        return -1;
      }
      if (slots[2 * k + 1] == h && ids[r].equals(id)) {
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
    int h = mix(id.hashCode());
    int mask = slots.length / 2 - 1;
    for (int k = h & mask; ; k = (k + 1) & mask) {
      int r = slots[2 * k];
      if (r < 0) {
        missSlot = k;
        missHash = h;
        missId = id;
        return -1;
      }
      if (slots[2 * k + 1] == h && ids[r].equals(id)) {
        return r;
      }
    }
  }

  private void rehash() {
    int[] old = slots;
    slots = empty(old.length);
    int mask = slots.length / 2 - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j] >= 0) {
        int k = old[j + 1] & mask;
        while (slots[2 * k] >= 0) {
          k = (k + 1) & mask;
        }
        slots[2 * k] = old[j];
        slots[2 * k + 1] = old[j + 1];
      }
    }
  }

  /**
   * Spreads the high bits of a hash into the low ones, as {@code HashMap} does; ids numbered in
   * file order (P1, P2, ...) keep neighbouring slots, so a register read in order stays in cache.
   */
  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
