package org.esfkit.matching.internal;

/**
 * The {@code k} best of a stream of (index, score), better meaning a higher score and, on equal
 * scores, a lower index. A bounded binary heap with the worst kept on top; no allocation per offer.
 */
public final class TopK {
  private final int[] idx;
  private final double[] score;
  private int size;

  /**
   * Creates an empty selection.
   *
   * @param k how many to keep, {@code >= 0}
   */
  public TopK(int k) {
    idx = new int[k];
    score = new double[k];
  }

  private static boolean better(int i1, double s1, int i2, double s2) {
    return s1 > s2 || (s1 == s2 && i1 < i2);
  }

  /**
   * Offers a candidate.
   *
   * @param i its index
   * @param s its score
   */
  public void offer(int i, double s) {
    int k = idx.length;
    if (k == 0) {
      return;
    }
    if (size < k) {
      int c = size++;
      while (c > 0) {
        int parent = (c - 1) >>> 1;
        if (!better(idx[parent], score[parent], i, s)) {
          break;
        }
        idx[c] = idx[parent];
        score[c] = score[parent];
        c = parent;
      }
      idx[c] = i;
      score[c] = s;
    } else if (better(i, s, idx[0], score[0])) {
      int c = 0;
      while (true) {
        int l = 2 * c + 1;
        if (l >= size) {
          break;
        }
        int w = l;
        int r = l + 1;
        if (r < size && better(idx[l], score[l], idx[r], score[r])) {
          w = r;
        }
        if (!better(i, s, idx[w], score[w])) {
          break;
        }
        idx[c] = idx[w];
        score[c] = score[w];
        c = w;
      }
      idx[c] = i;
      score[c] = s;
    }
  }

  /**
   * The selected indices, best first.
   *
   * @return the indices
   */
  public int[] indices() {
    int[] outIdx = idx.clone();
    double[] outScore = score.clone();
    int n = size;
    Integer[] order = new Integer[n];
    for (int j = 0; j < n; j++) {
      order[j] = j;
    }
    java.util.Arrays.sort(order, (a, b) -> better(outIdx[a], outScore[a], outIdx[b], outScore[b]) ? -1
        : better(outIdx[b], outScore[b], outIdx[a], outScore[a]) ? 1 : 0);
    int[] result = new int[n];
    for (int j = 0; j < n; j++) {
      result[j] = outIdx[order[j]];
    }
    return result;
  }
}
