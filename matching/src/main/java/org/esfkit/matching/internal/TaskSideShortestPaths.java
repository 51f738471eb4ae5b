package org.esfkit.matching.internal;

import java.util.Arrays;

/**
 * The lexicographic capacitated problem of {@link SuccessiveShortestPaths} (as many rows
 * assigned as possible, then the least total cost), solved from the other side: each search
 * fills one slot of a column, and ends at the nearest free row. Used when the columns have
 * fewer slots than there are rows, so that many rows stay free: the searches from the rows'
 * side would then have to prove, for every row left out, that no chain of displacements is
 * worth it, which covers much of the saturated graph; from the slots' side a free row is
 * usually one or two steps away.
 *
 * <p>Min-cost flow on column nodes with supply {@code min(capacity, in-degree)}, row nodes with
 * capacity 1 and a sink; a slot may stay empty at the penalty {@code B} of
 * {@link SuccessiveShortestPaths} (an arc column → sink), so minimising cost plus {@code B}
 * per empty slot fills as many slots as possible, then minimises cost. Every node has an
 * explicit potential {@code p}, reduced costs are {@code c + p(x) - p(y)} and stay
 * non-negative on residual arcs (Ahuja, Magnanti and Orlin, ch. 9). Rows that are still free
 * have never been scanned and keep potential 0, the sink's; a row once assigned stays
 * assigned. Each Dijkstra search runs from one new slot, over rows and columns in one heap,
 * and stops at the first free row (or the cheapest empty slot) that no queued node can beat.
 */
final class TaskSideShortestPaths {

  private final int rows;
  private final int cols;
  private final double penalty;

  // columns' edges (transposed CSR)
  private final int[] colStart;
  private final int[] edgeRow;
  private final double[] edgeCost;
  private final int[] edgeOriginal;

  // state
  private final double[] rowPot;
  private final double[] colPot;
  private final int[] rowMatch; // position (into the transposed arrays) of the row's edge, or -1
  private final int[] edgeCol; // column of each position

  // Dijkstra workspace; nodes are rows 0..rows-1, then columns rows..rows+cols-1
  private final double[] dist;
  private final int[] pred; // a row's: position of the edge it was reached by; a column's: row
  private final boolean[] scanned;
  private final int[] touched;
  private int touchedCount;
  private final DoubleIntHeap heap;

  private TaskSideShortestPaths(int rows, int cols, int[] rowStart, int[] colIndex,
      double[] cost) {
    this.rows = rows;
    this.cols = cols;
    int edges = colIndex.length;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double c : cost) {
      min = Math.min(min, c);
      max = Math.max(max, c);
    }
    this.penalty = (rows + 1.0) * (edges > 0 ? max - min : 0.0) + 1.0;
    colStart = new int[cols + 1];
    for (int c : colIndex) {
      colStart[c + 1]++;
    }
    for (int k = 0; k < cols; k++) {
      colStart[k + 1] += colStart[k];
    }
    int[] fill = Arrays.copyOf(colStart, cols);
    edgeRow = new int[edges];
    edgeCost = new double[edges];
    edgeOriginal = new int[edges];
    edgeCol = new int[edges];
    for (int i = 0; i < rows; i++) {
      for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
        int k = colIndex[e];
        int p = fill[k]++;
        edgeRow[p] = i;
        edgeCost[p] = cost[e] - min;
        edgeOriginal[p] = e;
        edgeCol[p] = k;
      }
    }
    rowPot = new double[rows];
    colPot = new double[cols];
    rowMatch = new int[rows];
    Arrays.fill(rowMatch, -1);
    dist = new double[rows + cols];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    pred = new int[rows + cols];
    scanned = new boolean[rows + cols];
    touched = new int[rows + cols];
    heap = new DoubleIntHeap(rows + cols);
  }

  /**
   * Solves the problem and returns, for each row, the index of its assigned edge or -1.
   *
   * @param cost finite costs, one per edge
   * @param capacity slots of each column
   */
  static int[] solve(int rows, int cols, int[] rowStart, int[] colIndex, double[] cost,
      int[] capacity) {
    TaskSideShortestPaths s = new TaskSideShortestPaths(rows, cols, rowStart, colIndex, cost);
    for (int k = 0; k < cols; k++) {
      int slots = Math.min(capacity[k], s.colStart[k + 1] - s.colStart[k]);
      for (int q = 0; q < slots; q++) {
        s.fillSlot(k);
      }
    }
    int[] rowEdge = new int[rows];
    for (int i = 0; i < rows; i++) {
      rowEdge[i] = s.rowMatch[i] < 0 ? -1 : s.edgeOriginal[s.rowMatch[i]];
    }
    return rowEdge;
  }

  private void reach(int node, double d, int from) {
    if (dist[node] == Double.POSITIVE_INFINITY) {
      touched[touchedCount++] = node;
    }
    dist[node] = d;
    pred[node] = from;
    heap.decrease(d, node);
  }

  /** One search from a new slot of column {@code root}, then the augmentation. */
  private void fillSlot(int root) {
    final int rows = this.rows;
    final double[] dist = this.dist;
    final boolean[] scanned = this.scanned;
    final double[] rowPot = this.rowPot;
    final int[] rowMatch = this.rowMatch;
    heap.clear();
    touchedCount = 0;
    reach(rows + root, 0.0, -1);
    double bestFree = Double.POSITIVE_INFINITY; // path to a free row (then the sink, at 0)
    int freePos = -1;
    double bestDrop = Double.POSITIVE_INFINITY; // path to a column that leaves a slot empty
    int dropCol = -1;
    while (!heap.isEmpty()) {
      double d = heap.topKey();
      int x = heap.topValue();
      heap.pop();
      if (d >= bestFree || d > bestDrop) {
        break;
      }
      scanned[x] = true;
      if (x < rows) {
        // an assigned row: back along its edge to its column
        int p = rowMatch[x];
        int k = edgeCol[p];
        double nd = d - edgeCost[p] + rowPot[x] - colPot[k];
        if (nd < bestFree && nd <= bestDrop && nd < dist[rows + k] && !scanned[rows + k]) {
          reach(rows + k, nd, x);
        }
        continue;
      }
      int k = x - rows;
      double pk = colPot[k];
      double drop = d + penalty + pk;
      if (drop < bestDrop) {
        bestDrop = drop;
        dropCol = k;
      }
      double base = d + pk;
      int start = colStart[k];
      int end = colStart[k + 1];
      // free rows first: they bound the search, so that no assigned row beyond them is queued
      for (int p = start; p < end; p++) {
        if (rowMatch[edgeRow[p]] < 0) {
          double nd = base + edgeCost[p]; // a free row's potential is 0
          if (nd < bestFree) {
            bestFree = nd;
            freePos = p;
          }
        }
      }
      double bound = Math.min(bestFree, Math.nextUp(bestDrop));
      for (int p = start; p < end; p++) {
        int i = edgeRow[p];
        int m = rowMatch[i];
        if (m >= 0 && edgeCol[m] != k) {
          double nd = base + edgeCost[p] - rowPot[i];
          if (nd < bound && nd < dist[i] && !scanned[i]) {
            reach(i, nd, p);
          }
        }
      }
    }
    double length;
    int i;
    if (bestFree <= bestDrop) {
      length = bestFree;
      i = edgeRow[freePos];
      pred[i] = freePos;
    } else {
      length = bestDrop;
      i = -1;
    }

    for (int t = 0; t < touchedCount; t++) {
      int node = touched[t];
      if (scanned[node]) {
        double delta = dist[node] - length;
        if (node < rows) {
          rowPot[node] += delta;
        } else {
          colPot[node - rows] += delta;
        }
      }
    }

    if (i < 0) {
      // the drop column gives up the row it was reached through (none if it is the root)
      i = pred[rows + dropCol];
    }
    // i moves to the column it was reached from, whose row it displaces moves on, and so on
    while (i >= 0) {
      int p = pred[i];
      rowMatch[i] = p;
      i = pred[rows + edgeCol[p]];
    }

    for (int t = 0; t < touchedCount; t++) {
      int node = touched[t];
      dist[node] = Double.POSITIVE_INFINITY;
      scanned[node] = false;
    }
  }
}
