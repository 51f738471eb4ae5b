package org.esfkit.matching.internal;

/**
 * Assignment of rows (participants) to columns (tasks) that each hold up to
 * {@code capacities[k]} rows, on a sparse candidate graph in CSR form (see
 * {@link SparseAssignment} for the layout). A pair without an edge is inadmissible.
 *
 * <p>Objective, lexicographic: assign as many participants as possible, then maximise the total
 * score (or minimise the total cost). This is a min-cost flow; it is solved by successive
 * shortest paths with potentials directly on the capacitated task nodes (Ahuja, Magnanti and
 * Orlin, ch. 9), not by expanding tasks into identical slots: see
 * {@link SuccessiveShortestPaths}. When the tasks have fewer usable slots than there are
 * participants, the same problem is searched from the slots' side instead
 * ({@link TaskSideShortestPaths}), where free participants end the searches early.
 */
public final class CapacitatedAssignment {

  private CapacitatedAssignment() {}

  /**
   * Finds a maximum-cardinality assignment of maximum total score within the capacities.
   *
   * @param rows number of participants, {@code >= 0}
   * @param capacities slots of each task, {@code >= 0}; its length is the number of tasks
   * @param rowStart CSR row offsets, length {@code rows + 1}, from 0 to {@code colIndex.length}
   * @param colIndex task of each candidate edge, in {@code [0, capacities.length)}
   * @param scores score of each edge; {@code NaN} and {@code -∞} make the edge inadmissible
   * @return the assignment (participant to task) and its total score
   * @throws IllegalArgumentException if the graph is malformed, a capacity is negative or a
   *     score is {@code +∞}
   * @throws NullPointerException if an array is null
   */
  public static AssignmentResult maximize(int rows, int[] capacities, int[] rowStart,
      int[] colIndex, double[] scores) {
    return solve(rows, capacities, rowStart, colIndex, scores, true);
  }

  /**
   * Finds a maximum-cardinality assignment of minimum total cost within the capacities.
   *
   * @param rows number of participants, {@code >= 0}
   * @param capacities slots of each task, {@code >= 0}; its length is the number of tasks
   * @param rowStart CSR row offsets, length {@code rows + 1}, from 0 to {@code colIndex.length}
   * @param colIndex task of each candidate edge, in {@code [0, capacities.length)}
   * @param costs cost of each edge; {@code NaN} and {@code +∞} make the edge inadmissible
   * @return the assignment (participant to task) and its total cost
   * @throws IllegalArgumentException if the graph is malformed, a capacity is negative or a
   *     cost is {@code -∞}
   * @throws NullPointerException if an array is null
   */
  public static AssignmentResult minimize(int rows, int[] capacities, int[] rowStart,
      int[] colIndex, double[] costs) {
    return solve(rows, capacities, rowStart, colIndex, costs, false);
  }

  private static AssignmentResult solve(int rows, int[] capacities, int[] rowStart,
      int[] colIndex, double[] weights, boolean maximize) {
    Checks.capacities(capacities);
    Checks.csr(rows, capacities.length, rowStart, colIndex, weights);
    SparseProblems.checkWeights(weights, maximize);
    int[] rowEdge = SparseProblems.solve(rows, capacities.length, rowStart, colIndex, weights,
        capacities, maximize, false);
    return SparseProblems.result(rows, colIndex, weights, rowEdge);
  }
}
