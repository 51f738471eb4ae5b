package org.esfkit.matching.internal;

import java.util.Arrays;

/**
 * An indexed 4-ary min-heap of int values in {@code [0, universe)} keyed by doubles, on
 * primitive arrays, used as a Dijkstra queue: each value is queued at most once and
 * {@link #decrease} lowers the key of a queued value in place, so the heap holds no stale
 * entries and is never larger than the set of reached, unscanned nodes.
 */
final class DoubleIntHeap {

  private final double[] keys;
  private final int[] values;
  private final int[] position; // per value: its index in the heap, or -1 when not queued
  private int size;

  DoubleIntHeap(int universe) {
    keys = new double[universe];
    values = new int[universe];
    position = new int[universe];
    Arrays.fill(position, -1);
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Empties the heap, in time proportional to its size. */
  void clear() {
    for (int p = 0; p < size; p++) {
      position[values[p]] = -1;
    }
    size = 0;
  }

  double topKey() {
    return keys[0];
  }

  int topValue() {
    return values[0];
  }

  /** Queues {@code value} with {@code key}, or lowers its key if it is queued with a higher one. */
  void decrease(double key, int value) {
    int pos = position[value];
    if (pos < 0) {
      pos = size++;
    } else if (keys[pos] <= key) {
      return;
    }
    while (pos > 0) {
      int parent = (pos - 1) >>> 2;
      double pk = keys[parent];
      if (pk <= key) {
        break;
      }
      int pv = values[parent];
      keys[pos] = pk;
      values[pos] = pv;
      position[pv] = pos;
      pos = parent;
    }
    keys[pos] = key;
    values[pos] = value;
    position[value] = pos;
  }

  /** Removes the top entry; read it first with {@link #topKey()} and {@link #topValue()}. */
  void pop() {
    position[values[0]] = -1;
    int last = --size;
    if (last == 0) {
      return;
    }
    double key = keys[last];
    int value = values[last];
    int pos = 0;
    while (true) {
      int first = 4 * pos + 1;
      if (first >= last) {
        break;
      }
      int best = first;
      double bk = keys[first];
      for (int c = first + 1, end = Math.min(first + 4, last); c < end; c++) {
        if (keys[c] < bk) {
          bk = keys[c];
          best = c;
        }
      }
      if (key <= bk) {
        break;
      }
      int bv = values[best];
      keys[pos] = bk;
      values[pos] = bv;
      position[bv] = pos;
      pos = best;
    }
    keys[pos] = key;
    values[pos] = value;
    position[value] = pos;
  }
}
