package org.esfkit.matching.internal;

/** A stable merge sort of {@code int} indices by a primitive comparator (no boxing). */
final class IntSort {

  /** Compares two indices; negative when {@code a} comes first. */
  @FunctionalInterface
  interface IntComparator {
    int compare(int a, int b);
  }

  private IntSort() {}

  static void sort(int[] a, int from, int to, IntComparator cmp, int[] scratch) {
    int n = to - from;
    if (n < 2) {
      return;
    }
    // insertion sort on small runs, then bottom-up merges
    final int run = 16;
    for (int lo = from; lo < to; lo += run) {
      int hi = Math.min(lo + run, to);
      for (int i = lo + 1; i < hi; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= lo && cmp.compare(a[j], x) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
    }
    int[] src = a;
    int[] dst = scratch;
    int offset = from; // src index of element `from`; scratch uses the same indices
    for (int width = run; width < n; width *= 2) {
      for (int lo = from; lo < to; lo += 2 * width) {
        int mid = Math.min(lo + width, to);
        int hi = Math.min(lo + 2 * width, to);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          if (cmp.compare(src[j], src[i]) < 0) {
            dst[k++] = src[j++];
          } else {
            dst[k++] = src[i++];
          }
        }
        while (i < mid) {
          dst[k++] = src[i++];
        }
        while (j < hi) {
          dst[k++] = src[j++];
        }
      }
      int[] t = src;
      src = dst;
      dst = t;
    }
    if (src != a) {
      System.arraycopy(src, offset, a, offset, n);
    }
  }
}
