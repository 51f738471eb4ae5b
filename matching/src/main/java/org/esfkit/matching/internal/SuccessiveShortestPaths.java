package org.esfkit.matching.internal;

import java.util.Arrays;

/**
 * Minimum-cost assignment of rows to capacitated columns on a sparse (CSR) bipartite graph by
 * successive shortest augmenting paths with potentials (Ahuja, Magnanti and Orlin, "Network
 * Flows", ch. 9; Jonker and Volgenant 1987 for the row-by-row form).
 *
 * <p>Objective, lexicographic: assign as many rows as possible, and among those assignments
 * minimise the total cost. It is solved exactly as a min-cost problem in which every row may
 * stay unassigned at a penalty {@code B} larger than any possible cost difference ({@code B =
 * (rows + 1) * range + 1} on costs shifted to {@code [0, range]}). The penalty never enters the
 * cost arrays: leaving a row unassigned is an extra terminal of each Dijkstra search ("drop the
 * row reached here"), with row potentials bounded by {@code B}.
 *
 * <p>Columns are nodes with a capacity, not expanded into slots: a column with spare capacity
 * ends a search, a full column is scanned by moving to every row it holds. Each search runs
 * from one new row; columns that were never full keep potential 0, which keeps the result
 * optimal for rectangular and capacitated problems.
 */
final class SuccessiveShortestPaths {

  private final int rows;
  private final int cols;
  private final int[] rowStart;
  private final int[] colIndex;
  private final double[] cost;
  private final int[] capacity;
  private final double penalty;

  // state
  private final double[] v;
  private final int[] rowEdge;
  private final int[] load;
  private final int[] slotStart;
  private final int[] slotRow;
  private final double[] slotCost; // cost of the edge by which the slot's row is assigned
  private final int[] rowSlot;

  // Dijkstra workspace
  // dist: +∞ when not reached, -∞ once scanned (its distance is then in scannedDist)
  private final double[] dist;
  private final int[] predRow;
  private final int[] predEdge;
  private final int[] touched;
  private int touchedCount;
  private final int[] scannedList;
  private final double[] scannedDist;
  private int scannedCount;
  private final DoubleIntHeap heap;
  private double bestFree; // the current search's nearest column with room, and which one
  private int terminal;
  private double level; // the distance being scanned
  private final int[] ready; // columns reached at exactly that distance, to scan next
  private int readyCount;

  private SuccessiveShortestPaths(int rows, int cols, int[] rowStart, int[] colIndex,
      double[] cost, int[] capacity) {
    this.rows = rows;
    this.cols = cols;
    this.rowStart = rowStart;
    this.colIndex = colIndex;
    this.capacity = capacity;
    int edges = colIndex.length;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double c : cost) {
      if (c < min) {
        min = c;
      }
      if (c > max) {
        max = c;
      }
    }
    for (int e = 0; e < edges; e++) {
      cost[e] -= min;
    }
    this.cost = cost;
    double range = edges > 0 ? max - min : 0.0;
    this.penalty = (rows + 1.0) * range + 1.0;

    v = new double[cols];
    rowEdge = new int[rows];
    Arrays.fill(rowEdge, -1);
    load = new int[cols];
    // slots per column: at most min(capacity, in-degree)
    int[] indegree = new int[cols];
    for (int c : colIndex) {
      indegree[c]++;
    }
    slotStart = new int[cols + 1];
    for (int k = 0; k < cols; k++) {
      slotStart[k + 1] = slotStart[k] + Math.min(capacity[k], indegree[k]);
    }
    slotRow = new int[slotStart[cols]];
    slotCost = new double[slotStart[cols]];
    rowSlot = new int[rows];

    dist = new double[cols];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    predRow = new int[cols];
    predEdge = new int[cols];
    touched = new int[cols];
    scannedList = new int[cols];
    scannedDist = new double[cols];
    ready = new int[cols];
    heap = new DoubleIntHeap(cols);
  }

  /**
   * Solves the problem and returns, for each row, the index of its assigned edge or -1.
   *
   * @param cost finite costs, one per edge; the solver shifts them in place
   */
  static int[] solve(int rows, int cols, int[] rowStart, int[] colIndex, double[] cost,
      int[] capacity) {
    SuccessiveShortestPaths s =
        new SuccessiveShortestPaths(rows, cols, rowStart, colIndex, cost, capacity);
    s.run();
    return s.rowEdge;
  }

  private void run() {
    if (rows == cols && rows > 0 && allUnit()) {
      // Square with unit capacities: Jonker-Volgenant's initialisation moves every column
      // potential, which is only optimal when the final matching is perfect. Try it; if a row
      // has to be left unassigned, start again with the general method.
      if (runSquare()) {
        return;
      }
      Arrays.fill(v, 0.0);
      Arrays.fill(rowEdge, -1);
      Arrays.fill(load, 0);
    }
    int[] free = new int[rows];
    int freeCount = 0;
    // Rows with the cheapest best edge go first: when columns are scarce, later rows then
    // rarely displace earlier ones, which keeps the searches short. Any order is optimal.
    double[] bestCost = new double[rows];
    int[] bestEdge = new int[rows];
    int[] order = new int[rows];
    for (int i = 0; i < rows; i++) {
      int best = -1;
      double min = Double.POSITIVE_INFINITY;
      for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
        if (cost[e] < min) {
          min = cost[e];
          best = e;
        }
      }
      bestCost[i] = min;
      bestEdge[i] = best;
      order[i] = i;
    }
    IntSort.sort(order, 0, rows, (a, b) -> Double.compare(bestCost[a], bestCost[b]),
        new int[rows]);
    // Row reduction with v = 0: each row takes its cheapest column while it has room.
    for (int q = 0; q < rows; q++) {
      int i = order[q];
      int best = bestEdge[i];
      if (best >= 0 && load[colIndex[best]] < capacity[colIndex[best]]) {
        attach(i, best);
      } else if (best >= 0) {
        free[freeCount++] = i;
      }
    }
    for (int f = 0; f < freeCount; f++) {
      augment(free[f]);
    }
  }

  private boolean allUnit() {
    for (int c : capacity) {
      if (c != 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * Square, unit capacities: column reduction, reduction transfer and two passes of augmenting
   * row reduction (Jonker and Volgenant 1987, sparse form), then shortest augmenting paths.
   *
   * @return false when the matching cannot be perfect (the caller then starts over)
   */
  private boolean runSquare() {
    int n = rows;
    // Column reduction: v[j] = min over the edges into j; column j goes to that row if free.
    int[] argEdge = new int[n];
    Arrays.fill(argEdge, -1);
    int[] argRow = new int[n];
    Arrays.fill(v, Double.POSITIVE_INFINITY);
    for (int i = 0; i < n; i++) {
      for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
        int j = colIndex[e];
        if (cost[e] < v[j]) {
          v[j] = cost[e];
          argEdge[j] = e;
          argRow[j] = i;
        }
      }
    }
    int[] matches = new int[n];
    for (int j = n - 1; j >= 0; j--) {
      int e = argEdge[j];
      if (e < 0) {
        return false; // a column without edges: no perfect matching
      }
      int i = argRow[j];
      if (matches[i]++ == 0) {
        rowEdge[i] = e; // the columns' slots are filled once the initialisation is done
      }
    }
    int[] free = new int[n];
    int numFree = 0;
    // Reduction transfer to the rows assigned exactly once.
    for (int i = 0; i < n; i++) {
      if (matches[i] == 0) {
        if (rowStart[i] == rowStart[i + 1]) {
          return false; // a row without edges
        }
        free[numFree++] = i;
      } else if (matches[i] == 1) {
        int e1 = rowEdge[i];
        int j1 = colIndex[e1];
        double mu = Double.POSITIVE_INFINITY;
        for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
          if (colIndex[e] != j1) {
            double h = cost[e] - v[colIndex[e]];
            if (h < mu) {
              mu = h;
            }
          }
        }
        if (mu != Double.POSITIVE_INFINITY) {
          v[j1] -= mu - (cost[e1] - v[j1]);
        }
      }
    }
    int[] colRow = new int[n]; // y: column to row, -1 when free
    Arrays.fill(colRow, -1);
    for (int i = 0; i < n; i++) {
      if (rowEdge[i] >= 0) {
        colRow[colIndex[rowEdge[i]]] = i;
      }
    }
    // Jonker and Volgenant run two passes. On sparse graphs the rows still free after them
    // are the ones whose searches cover most of the graph, so further passes pay for
    // themselves while each frees a tenth of the rows it starts with (sparse-20000 of
    // benchmarks/compare-assignment: 47 rows left after two passes, 38 after four, and a
    // fifth fewer columns scanned by the searches).
    int pass = 0;
    int before;
    do {
      before = numFree;
      numFree = numFree > 0 ? augmentingRowReduction(free, numFree, colRow) : 0;
      pass++;
    } while (numFree > 0 && (pass < 2 || numFree < before && numFree <= before - before / 10));
    for (int i = 0; i < n; i++) {
      if (rowEdge[i] >= 0) {
        attach(i, rowEdge[i]);
      }
    }
    for (int f = 0; f < numFree; f++) {
      if (!augment(free[f])) {
        return false;
      }
    }
    return true;
  }

  private int augmentingRowReduction(int[] free, int numFree, int[] colRow) {
    int previous = numFree;
    int k = 0;
    int kept = 0;
    long budget = Math.min(8L * cols + 64L * rows, 4096L * numFree);
    while (k < previous && budget-- > 0) {
      int i = free[k++];
      int e1 = -1;
      int e2 = -1;
      double umin = Double.POSITIVE_INFINITY;
      double usub = Double.POSITIVE_INFINITY;
      for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
        double h = cost[e] - v[colIndex[e]];
        if (h < usub) {
          if (h >= umin) {
            usub = h;
            e2 = e;
          } else {
            usub = umin;
            e2 = e1;
            umin = h;
            e1 = e;
          }
        }
      }
      int j1 = colIndex[e1];
      int i0 = colRow[j1];
      double lowered = v[j1] - (usub - umin);
      boolean strict = e2 >= 0 && lowered < v[j1];
      if (strict) {
        v[j1] = lowered;
      } else if (i0 >= 0 && e2 >= 0) {
        e1 = e2;
        j1 = colIndex[e2];
        i0 = colRow[j1];
      }
      if (i0 >= 0) {
        rowEdge[i0] = -1;
      }
      rowEdge[i] = e1;
      colRow[j1] = i;
      if (i0 >= 0) {
        if (strict) {
          free[--k] = i0;
        } else {
          free[kept++] = i0;
        }
      }
    }
    while (k < previous) {
      free[kept++] = free[k++];
    }
    return kept;
  }

  private void attach(int row, int edge) {
    int k = colIndex[edge];
    int pos = slotStart[k] + load[k]++;
    slotRow[pos] = row;
    slotCost[pos] = cost[edge];
    rowSlot[row] = pos;
    rowEdge[row] = edge;
  }

  private void detach(int row) {
    int k = colIndex[rowEdge[row]];
    int last = slotStart[k] + --load[k];
    int pos = rowSlot[row];
    int moved = slotRow[last];
    slotRow[pos] = moved;
    slotCost[pos] = slotCost[last];
    rowSlot[moved] = pos;
    rowEdge[row] = -1;
  }

  /**
   * Column {@code k} reached at distance {@code d} by edge {@code e} of row {@code i}. The nearest
   * column with room is compared first: once one is found, most edges lead no nearer, and the
   * column's own distance (a random read) is then not needed.
   */
  private void relax(int k, double d, int i, int e) {
    if (d < bestFree && d < dist[k]) {
      if (dist[k] == Double.POSITIVE_INFINITY) {
        touched[touchedCount++] = k;
      }
      dist[k] = d;
      predRow[k] = i;
      predEdge[k] = e;
      if (load[k] < capacity[k]) {
        bestFree = d;
        terminal = k;
      } else if (d == level) {
        ready[readyCount++] = k;
      } else {
        heap.decrease(d, k);
      }
    }
  }

  /**
   * One Dijkstra search from free row {@code r}, then augmentation or a drop.
   *
   * <p>A column with room ends the search. It is never queued: the search keeps the nearest
   * one found so far, queues nothing at or beyond it, and stops when the queue's nearest
   * column is no nearer. A column reached at exactly the distance being scanned (by an edge
   * of reduced cost 0, which after the initialisation and earlier searches is most of them)
   * goes on a stack and is scanned next without passing through the heap, as in Jonker and
   * Volgenant's lists of columns at the minimum distance. Only the scanned columns'
   * potentials change.
   *
   * @return true when a row was added, false when one had to stay unassigned
   */
  private boolean augment(int r) {
    final double[] cost = this.cost;
    final int[] colIndex = this.colIndex;
    final int[] rowStart = this.rowStart;
    final double[] v = this.v;
    final double[] dist = this.dist;
    heap.clear();
    touchedCount = 0;
    scannedCount = 0;
    bestFree = Double.POSITIVE_INFINITY;
    terminal = -1;
    level = Double.NaN;
    readyCount = 0;

    for (int e = rowStart[r], end = rowStart[r + 1]; e < end; e++) {
      relax(colIndex[e], cost[e] - v[colIndex[e]], r, e);
    }
    double bestDrop = penalty; // leaving r itself unassigned (its potential is 0)
    int dropRow = r;
    while (true) {
      int k;
      double h;
      if (readyCount > 0) {
        k = ready[--readyCount];
        h = level;
        if (h >= bestFree || h > bestDrop) {
          break;
        }
      } else {
        if (heap.isEmpty()) {
          break;
        }
        h = heap.topKey();
        if (h >= bestFree || h > bestDrop) {
          break;
        }
        k = heap.topValue();
        heap.pop();
        if (dist[k] == Double.NEGATIVE_INFINITY) {
          continue; // queued, then reached at the distance being scanned and scanned already
        }
        level = h;
      }
      dist[k] = Double.NEGATIVE_INFINITY;
      scannedList[scannedCount] = k;
      scannedDist[scannedCount++] = h;
      double vk = v[k];
      for (int s = slotStart[k], send = s + load[k]; s < send; s++) {
        int i = slotRow[s];
        double ui = slotCost[s] - vk;
        double drop = h + penalty - ui;
        if (drop < bestDrop) {
          bestDrop = drop;
          dropRow = i;
        }
        double base = h - ui;
        for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
          int k2 = colIndex[e];
          relax(k2, base + cost[e] - v[k2], i, e);
        }
      }
    }
    double length;
    if (bestFree <= bestDrop) {
      length = bestFree;
    } else {
      length = bestDrop;
      terminal = -1;
    }

    for (int s = 0; s < scannedCount; s++) {
      v[scannedList[s]] += scannedDist[s] - length;
    }

    int k;
    if (terminal >= 0) {
      k = terminal;
    } else if (dropRow == r) {
      k = -1;
    } else {
      k = colIndex[rowEdge[dropRow]];
      detach(dropRow);
    }
    while (k >= 0) {
      int i = predRow[k];
      int e = predEdge[k];
      int previous = i == r ? -1 : colIndex[rowEdge[i]];
      if (previous >= 0) {
        detach(i);
      }
      attach(i, e);
      k = previous;
    }

    for (int t = 0; t < touchedCount; t++) {
      int c = touched[t];
      dist[c] = Double.POSITIVE_INFINITY;
    }
    return terminal >= 0;
  }
}
