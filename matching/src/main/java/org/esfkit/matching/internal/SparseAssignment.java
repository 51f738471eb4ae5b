package org.esfkit.matching.internal;

import java.util.Arrays;

/**
 * Linear assignment on a sparse bipartite graph in compressed sparse row (CSR) form: the edges
 * of row {@code i} are {@code rowStart[i] .. rowStart[i+1]-1}, edge {@code e} goes to column
 * {@code colIndex[e]} with weight {@code weights[e]}. A pair without an edge is inadmissible.
 *
 * <p>Objective, lexicographic: assign as many rows as possible (a maximum-cardinality matching,
 * which need not be perfect), then optimise the total weight among those. Solved by shortest
 * augmenting paths with potentials (Jonker–Volgenant's sparse variant in row-by-row form, with
 * an indexed 4-ary heap): see {@link SuccessiveShortestPaths}. When {@code rows > cols} the
 * graph is solved transposed. Each column takes at most one row; repeated (row, column) edges
 * are allowed and the better one is used.
 */
public final class SparseAssignment {

  private SparseAssignment() {}

  /**
   * Finds a maximum-cardinality matching of maximum total score.
   *
   * @param rows number of rows, {@code >= 0}
   * @param cols number of columns, {@code >= 0}
   * @param rowStart CSR row offsets, length {@code rows + 1}, from 0 to {@code colIndex.length}
   * @param colIndex column of each edge, in {@code [0, cols)}
   * @param scores score of each edge; {@code NaN} and {@code -∞} make the edge inadmissible
   * @return the assignment and its total score
   * @throws IllegalArgumentException if the graph is malformed or a score is {@code +∞}
   * @throws NullPointerException if an array is null
   */
  public static AssignmentResult maximize(int rows, int cols, int[] rowStart, int[] colIndex,
      double[] scores) {
    return solve(rows, cols, rowStart, colIndex, scores, true);
  }

  /**
   * Finds a maximum-cardinality matching of minimum total cost.
   *
   * @param rows number of rows, {@code >= 0}
   * @param cols number of columns, {@code >= 0}
   * @param rowStart CSR row offsets, length {@code rows + 1}, from 0 to {@code colIndex.length}
   * @param colIndex column of each edge, in {@code [0, cols)}
   * @param costs cost of each edge; {@code NaN} and {@code +∞} make the edge inadmissible
   * @return the assignment and its total cost
   * @throws IllegalArgumentException if the graph is malformed or a cost is {@code -∞}
   * @throws NullPointerException if an array is null
   */
  public static AssignmentResult minimize(int rows, int cols, int[] rowStart, int[] colIndex,
      double[] costs) {
    return solve(rows, cols, rowStart, colIndex, costs, false);
  }

  private static AssignmentResult solve(int rows, int cols, int[] rowStart, int[] colIndex,
      double[] weights, boolean maximize) {
    Checks.csr(rows, cols, rowStart, colIndex, weights);
    SparseProblems.checkWeights(weights, maximize);
    int[] ones = new int[cols];
    Arrays.fill(ones, 1);
    int[] rowEdge = SparseProblems.solve(rows, cols, rowStart, colIndex, weights, ones,
        maximize, true);
    return SparseProblems.result(rows, colIndex, weights, rowEdge);
  }
}
