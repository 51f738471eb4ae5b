package org.esfkit.matching.internal;

import java.util.Arrays;

/**
 * Linear assignment on a dense, row-major matrix of {@code rows × cols} weights, rectangular
 * allowed.
 *
 * <p>Objective, lexicographic: assign as many rows as possible, then optimise the total weight
 * (maximum total score, or minimum total cost). Without inadmissible pairs every row is assigned
 * when {@code rows <= cols} and every column when {@code rows >= cols}. Inadmissible pairs are
 * {@code NaN} and {@code -∞} scores for {@link #maximize}, {@code NaN} and {@code +∞} costs for
 * {@link #minimize}.
 *
 * <p>Algorithm: Jonker and Volgenant (1987), "A shortest augmenting path algorithm for dense and
 * sparse linear assignment problems" — column reduction, reduction transfer, two passes of
 * augmenting row reduction, then shortest augmenting paths (Dijkstra on reduced costs with the
 * column lists of the paper) over contiguous row slices. Rectangular problems are solved with
 * the rows on the smaller side (transposing when needed) and start from a row reduction, since
 * the column reduction is only valid for square problems (Crouse 2016). Problems with
 * inadmissible pairs go to the sparse solver, {@link SparseAssignment}, on the admissible pairs.
 *
 * <p>Ties between equally good assignments are broken deterministically: the same input always
 * gives the same result.
 */
public final class DenseAssignment {

  private DenseAssignment() {}

  /**
   * Finds an assignment of maximum total score among those assigning as many rows as possible.
   *
   * @param scores row-major scores, length {@code rows * cols}; {@code NaN} and {@code -∞} mark
   *     inadmissible pairs; the array is not modified
   * @param rows number of rows (participants), {@code >= 0}
   * @param cols number of columns (tasks), {@code >= 0}
   * @return the assignment and its total score
   * @throws IllegalArgumentException if the dimensions do not match or a score is {@code +∞}
   * @throws NullPointerException if {@code scores} is null
   */
  public static AssignmentResult maximize(double[] scores, int rows, int cols) {
    return solve(scores, rows, cols, true);
  }

  /**
   * Finds an assignment of minimum total cost among those assigning as many rows as possible.
   *
   * @param costs row-major costs, length {@code rows * cols}; {@code NaN} and {@code +∞} mark
   *     inadmissible pairs; the array is not modified
   * @param rows number of rows, {@code >= 0}
   * @param cols number of columns, {@code >= 0}
   * @return the assignment and its total cost
   * @throws IllegalArgumentException if the dimensions do not match or a cost is {@code -∞}
   * @throws NullPointerException if {@code costs} is null
   */
  public static AssignmentResult minimize(double[] costs, int rows, int cols) {
    return solve(costs, rows, cols, false);
  }

  private static AssignmentResult solve(double[] w, int rows, int cols, boolean maximize) {
    Checks.dense(w, rows, cols);
    boolean allAdmissible = true;
    for (int p = 0; p < w.length; p++) {
      double x = w[p];
      if (x != x || x == Double.NEGATIVE_INFINITY || x == Double.POSITIVE_INFINITY) {
        if (x == (maximize ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY)) {
          throw new IllegalArgumentException("weight " + x + " at row " + (p / cols)
              + ", column " + (p % cols) + " is not allowed");
        }
        allAdmissible = false;
      }
    }
    int[] rowToCol;
    if (rows == 0 || cols == 0) {
      rowToCol = new int[rows];
      Arrays.fill(rowToCol, -1);
    } else if (allAdmissible) {
      rowToCol = solveFinite(w, rows, cols, maximize);
    } else {
      rowToCol = solveWithInadmissible(w, rows, cols, maximize);
    }
    double total = 0.0;
    for (int i = 0; i < rows; i++) {
      if (rowToCol[i] >= 0) {
        total += w[i * cols + rowToCol[i]];
      }
    }
    return new AssignmentResult(rowToCol, total);
  }

  private static int[] solveFinite(double[] w, int rows, int cols, boolean maximize) {
    boolean transpose = rows > cols;
    double[] c = w;
    if (transpose || maximize) {
      c = new double[w.length];
      if (transpose) {
        for (int i = 0; i < rows; i++) {
          int off = i * cols;
          for (int j = 0; j < cols; j++) {
            double x = w[off + j];
            c[j * rows + i] = maximize ? -x : x;
          }
        }
      } else {
        for (int p = 0; p < w.length; p++) {
          c[p] = -w[p];
        }
      }
    }
    if (!transpose) {
      return lapjv(c, rows, cols);
    }
    int[] colToRow = lapjv(c, cols, rows);
    int[] rowToCol = new int[rows];
    Arrays.fill(rowToCol, -1);
    for (int j = 0; j < cols; j++) {
      rowToCol[colToRow[j]] = j;
    }
    return rowToCol;
  }

  private static int[] solveWithInadmissible(double[] w, int rows, int cols, boolean maximize) {
    boolean transpose = rows > cols;
    int n = transpose ? cols : rows;
    int m = transpose ? rows : cols;
    int count = 0;
    for (double x : w) {
      if (admissible(x)) {
        count++;
      }
    }
    int[] rowStart = new int[n + 1];
    int[] colIndex = new int[count];
    double[] cost = new double[count];
    int e = 0;
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < m; b++) {
        double x = transpose ? w[b * cols + a] : w[a * cols + b];
        if (admissible(x)) {
          colIndex[e] = b;
          cost[e] = maximize ? -x : x;
          e++;
        }
      }
      rowStart[a + 1] = e;
    }
    int[] ones = new int[m];
    Arrays.fill(ones, 1);
    int[] edgeOf = SuccessiveShortestPaths.solve(n, m, rowStart, colIndex, cost, ones);
    int[] rowToCol = new int[rows];
    Arrays.fill(rowToCol, -1);
    for (int a = 0; a < n; a++) {
      if (edgeOf[a] >= 0) {
        int b = colIndex[edgeOf[a]];
        if (transpose) {
          rowToCol[b] = a;
        } else {
          rowToCol[a] = b;
        }
      }
    }
    return rowToCol;
  }

  private static boolean admissible(double x) {
    return x == x && x != Double.NEGATIVE_INFINITY && x != Double.POSITIVE_INFINITY;
  }

  /**
   * Jonker–Volgenant on finite costs, {@code n <= m}, row-major {@code n × m}; every row is
   * assigned. Returns row to column.
   */
  static int[] lapjv(double[] a, int n, int m) {
    int[] x = new int[n];
    int[] y = new int[m];
    Arrays.fill(x, -1);
    Arrays.fill(y, -1);
    double[] v = new double[m];
    int[] free = new int[n];
    int numFree = 0;

    if (n == m) {
      // Column reduction: v[j] = min_i a[i][j], computed row-wise for contiguous access.
      int[] argRow = new int[m];
      Arrays.fill(v, Double.POSITIVE_INFINITY);
      for (int i = 0; i < n; i++) {
        int off = i * m;
        for (int j = 0; j < m; j++) {
          double c = a[off + j];
          if (c < v[j]) {
            v[j] = c;
            argRow[j] = i;
          }
        }
      }
      int[] matches = new int[n];
      for (int j = m - 1; j >= 0; j--) {
        int i = argRow[j];
        if (matches[i]++ == 0) {
          x[i] = j;
          y[j] = i;
        }
      }
      // Reduction transfer from the columns to the rows assigned exactly once.
      for (int i = 0; i < n; i++) {
        if (matches[i] == 0) {
          free[numFree++] = i;
        } else if (matches[i] == 1) {
          int j1 = x[i];
          int off = i * m;
          double mu = Double.POSITIVE_INFINITY;
          for (int j = 0; j < m; j++) {
            if (j != j1) {
              double h = a[off + j] - v[j];
              if (h < mu) {
                mu = h;
              }
            }
          }
          if (mu != Double.POSITIVE_INFINITY) {
            v[j1] -= mu - (a[off + j1] - v[j1]);
          }
        }
      }
      // Augmenting row reduction, two passes.
      for (int pass = 0; pass < 2 && numFree > 0; pass++) {
        numFree = augmentingRowReduction(a, n, m, x, y, v, free, numFree);
      }
    } else {
      // Rectangular: row reduction with v = 0 keeps unassigned columns at potential 0.
      for (int i = 0; i < n; i++) {
        int off = i * m;
        int best = 0;
        double bestCost = a[off];
        for (int j = 1; j < m; j++) {
          if (a[off + j] < bestCost) {
            bestCost = a[off + j];
            best = j;
          }
        }
        if (y[best] < 0) {
          x[i] = best;
          y[best] = i;
        } else {
          free[numFree++] = i;
        }
      }
    }

    if (numFree > 0) {
      double[] d = new double[m];
      int[] pred = new int[m];
      int[] collist = new int[m];
      for (int f = 0; f < numFree; f++) {
        shortestAugmentingPath(a, m, x, y, v, free[f], d, pred, collist);
      }
    }
    return x;
  }

  private static int augmentingRowReduction(double[] a, int n, int m, int[] x, int[] y,
      double[] v, int[] free, int numFree) {
    int previous = numFree;
    int k = 0;
    int kept = 0;
    long budget = 8L * m + 64L * n; // guards against float-rounding ping-pong
    while (k < previous && budget-- > 0) {
      int i = free[k++];
      int off = i * m;
      double umin = a[off] - v[0];
      int j1 = 0;
      double usub = Double.POSITIVE_INFINITY;
      int j2 = -1;
      for (int j = 1; j < m; j++) {
        double h = a[off + j] - v[j];
        if (h < usub) {
          if (h >= umin) {
            usub = h;
            j2 = j;
          } else {
            usub = umin;
            j2 = j1;
            umin = h;
            j1 = j;
          }
        }
      }
      int i0 = y[j1];
      double lowered = v[j1] - (usub - umin);
      boolean strict = j2 >= 0 && lowered < v[j1];
      if (strict) {
        v[j1] = lowered;
      } else if (i0 >= 0 && j2 >= 0) {
        j1 = j2;
        i0 = y[j2];
      }
      x[i] = j1;
      y[j1] = i;
      if (i0 >= 0) {
        x[i0] = -1;
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

  private static void shortestAugmentingPath(double[] a, int m, int[] x, int[] y, double[] v,
      int f, double[] d, int[] pred, int[] collist) {
    int off = f * m;
    for (int j = 0; j < m; j++) {
      d[j] = a[off + j] - v[j];
      pred[j] = f;
      collist[j] = j;
    }
    int low = 0;
    int up = 0;
    int last = 0;
    int end = -1;
    double min = 0.0;
    search:
    while (true) {
      if (up == low) {
        last = low;
        min = d[collist[up++]];
        for (int k = up; k < m; k++) {
          int j = collist[k];
          double h = d[j];
          if (h <= min) {
            if (h < min) {
              up = low;
              min = h;
            }
            collist[k] = collist[up];
            collist[up++] = j;
          }
        }
        for (int k = low; k < up; k++) {
          if (y[collist[k]] < 0) {
            end = collist[k];
            break search;
          }
        }
      }
      int j1 = collist[low++];
      int i = y[j1];
      int rowOff = i * m;
      double u1 = a[rowOff + j1] - v[j1] - min;
      for (int k = up; k < m; k++) {
        int j = collist[k];
        double h = a[rowOff + j] - v[j] - u1;
        if (h < d[j]) {
          pred[j] = i;
          if (h == min) {
            if (y[j] < 0) {
              end = j;
              break search;
            }
            collist[k] = collist[up];
            collist[up++] = j;
          }
          d[j] = h;
        }
      }
    }
    for (int k = 0; k < last; k++) {
      int j = collist[k];
      v[j] += d[j] - min;
    }
    int i;
    do {
      i = pred[end];
      y[end] = i;
      int previous = x[i];
      x[i] = end;
      end = previous;
    } while (i != f);
  }
}
