package org.esfkit.matching.internal;

import java.util.Arrays;

/**
 * A binary min-heap of (double key, int value) entries on primitive arrays, used as a lazy
 * Dijkstra queue: entries are never decreased, stale ones are skipped by the caller.
 */
final class DoubleIntHeap {

  private double[] keys;
  private int[] values;
  private int size;

  DoubleIntHeap(int initialCapacity) {
    int cap = Math.max(16, initialCapacity);
    keys = new double[cap];
    values = new int[cap];
  }

  boolean isEmpty() {
    return size == 0;
  }

  void clear() {
    size = 0;
  }

  double topKey() {
    return keys[0];
  }

  int topValue() {
    return values[0];
  }

  void push(double key, int value) {
    if (size == keys.length) {
      int cap = keys.length * 2;
      keys = Arrays.copyOf(keys, cap);
      values = Arrays.copyOf(values, cap);
    }
    int pos = size++;
    while (pos > 0) {
      int parent = (pos - 1) >>> 1;
      double pk = keys[parent];
      if (pk <= key) {
        break;
      }
      keys[pos] = pk;
      values[pos] = values[parent];
      pos = parent;
    }
    keys[pos] = key;
    values[pos] = value;
  }

  /** Removes the top entry; read it first with {@link #topKey()} and {@link #topValue()}. */
  void pop() {
    int last = --size;
    if (last == 0) {
      return;
    }
    double key = keys[last];
    int value = values[last];
    int pos = 0;
    int half = last >>> 1;
    while (pos < half) {
      int child = 2 * pos + 1;
      double ck = keys[child];
      int right = child + 1;
      if (right < last && keys[right] < ck) {
        child = right;
        ck = keys[right];
      }
      if (key <= ck) {
        break;
      }
      keys[pos] = ck;
      values[pos] = values[child];
      pos = child;
    }
    keys[pos] = key;
    values[pos] = value;
  }
}
