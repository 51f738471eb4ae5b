package org.esfkit.matching.internal;

import java.util.Arrays;

/** Shared preparation of sparse problems for {@link SuccessiveShortestPaths}. */
final class SparseProblems {

  private SparseProblems() {}

  static boolean admissible(double x, boolean maximize) {
    return x == x && x != (maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
  }

  static void checkWeights(double[] weights, boolean maximize) {
    if (weights == null) {
      throw new NullPointerException("weights");
    }
    double forbidden = maximize ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    for (int e = 0; e < weights.length; e++) {
      if (weights[e] == forbidden) {
        throw new IllegalArgumentException("weight " + forbidden + " at edge " + e
            + " is not allowed");
      }
    }
  }

  /**
   * Solves the lexicographic problem and returns, per row, the index (into the caller's
   * arrays) of the assigned edge, or -1.
   *
   * @param transposeIfTall solve on the transposed graph when rows > cols (unit capacities only)
   */
  static int[] solve(int rows, int cols, int[] rowStart, int[] colIndex, double[] weights,
      int[] capacity, boolean maximize, boolean transposeIfTall) {
    int edges = colIndex.length;
    int kept = 0;
    for (int e = 0; e < edges; e++) {
      if (admissible(weights[e], maximize)) {
        kept++;
      }
    }
    boolean transposed = transposeIfTall && rows > cols;
    int[] original; // position in the solver's arrays -> caller's edge; null: the same
    int[] start;
    int[] target;
    int n;
    int m;
    int[] caps;
    if (transposed) {
      n = cols;
      m = rows;
      start = new int[cols + 1];
      for (int e = 0; e < edges; e++) {
        if (admissible(weights[e], maximize)) {
          start[colIndex[e] + 1]++;
        }
      }
      for (int k = 0; k < cols; k++) {
        start[k + 1] += start[k];
      }
      int[] fill = Arrays.copyOf(start, cols);
      target = new int[kept];
      original = new int[kept];
      for (int i = 0; i < rows; i++) {
        for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
          if (admissible(weights[e], maximize)) {
            int p = fill[colIndex[e]]++;
            target[p] = i;
            original[p] = e;
          }
        }
      }
      caps = new int[rows];
      Arrays.fill(caps, 1);
    } else if (kept == edges) {
      // every edge is admissible: the caller's arrays serve as they are
      n = rows;
      m = cols;
      start = rowStart;
      target = colIndex;
      original = null;
      caps = capacity;
    } else {
      n = rows;
      m = cols;
      start = new int[rows + 1];
      target = new int[kept];
      original = new int[kept];
      int p = 0;
      for (int i = 0; i < rows; i++) {
        for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
          if (admissible(weights[e], maximize)) {
            target[p] = colIndex[e];
            original[p++] = e;
          }
        }
        start[i + 1] = p;
      }
      caps = capacity;
    }
    double[] cost = new double[kept];
    for (int p = 0; p < kept; p++) {
      double w = weights[original == null ? p : original[p]];
      cost[p] = maximize ? -w : w;
    }
    int[] edgeOf = fewerSlotsThanRows(n, m, target, caps)
        ? TaskSideShortestPaths.solve(n, m, start, target, cost, caps)
        : SuccessiveShortestPaths.solve(n, m, start, target, cost, caps);
    int[] rowEdge = new int[rows];
    Arrays.fill(rowEdge, -1);
    for (int a = 0; a < n; a++) {
      if (edgeOf[a] >= 0) {
        int e = original == null ? edgeOf[a] : original[edgeOf[a]];
        if (transposed) {
          rowEdge[target[edgeOf[a]]] = e;
        } else {
          rowEdge[a] = e;
        }
      }
    }
    return rowEdge;
  }

  /**
   * Whether the columns' usable slots ({@code min(capacity, in-degree)} each) are fewer than
   * the rows: then many rows stay free, and searches from the slots' side end sooner.
   */
  private static boolean fewerSlotsThanRows(int rows, int cols, int[] colIndex, int[] capacity) {
    int[] indegree = new int[cols];
    for (int c : colIndex) {
      indegree[c]++;
    }
    long slots = 0;
    for (int k = 0; k < cols; k++) {
      slots += Math.min(capacity[k], indegree[k]);
    }
    return slots < rows;
  }

  static AssignmentResult result(int rows, int[] colIndex, double[] weights, int[] rowEdge) {
    int[] rowToCol = new int[rows];
    double total = 0.0;
    for (int i = 0; i < rows; i++) {
      int e = rowEdge[i];
      if (e >= 0) {
        rowToCol[i] = colIndex[e];
        total += weights[e];
      } else {
        rowToCol[i] = -1;
      }
    }
    return new AssignmentResult(rowToCol, total);
  }
}
