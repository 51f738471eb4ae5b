package org.esfkit.matching.internal;

/**
 * Greedy assignment: pairs are taken by descending score, ties by row (participant) index and
 * then column (task) index, and a pair is kept while its participant is free and its task has a
 * free slot. Callers sort their ids so that index order is id order; the result is then
 * deterministic by id. Runs in {@code O(E log E)} for {@code E} edges.
 */
public final class GreedyAssignment {

  private GreedyAssignment() {}

  /**
   * Assigns greedily by descending score within the task capacities.
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
  public static AssignmentResult assign(int rows, int[] capacities, int[] rowStart,
      int[] colIndex, double[] scores) {
    Checks.capacities(capacities);
    Checks.csr(rows, capacities.length, rowStart, colIndex, scores);
    SparseProblems.checkWeights(scores, true);
    int edges = colIndex.length;
    int[] rowOf = new int[edges];
    int[] order = new int[edges];
    int count = 0;
    for (int i = 0; i < rows; i++) {
      for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
        rowOf[e] = i;
        if (SparseProblems.admissible(scores[e], true)) {
          order[count++] = e;
        }
      }
    }
    IntSort.sort(order, 0, count, (a, b) -> {
      int c = Double.compare(scores[b], scores[a]);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(rowOf[a], rowOf[b]);
      return c != 0 ? c : Integer.compare(colIndex[a], colIndex[b]);
    }, new int[edges]);
    int[] rowToCol = new int[rows];
    java.util.Arrays.fill(rowToCol, -1);
    int[] load = new int[capacities.length];
    int[] rowEdge = new int[rows];
    java.util.Arrays.fill(rowEdge, -1);
    for (int p = 0; p < count; p++) {
      int e = order[p];
      int i = rowOf[e];
      int k = colIndex[e];
      if (rowEdge[i] < 0 && load[k] < capacities[k]) {
        rowEdge[i] = e;
        load[k]++;
      }
    }
    return SparseProblems.result(rows, colIndex, scores, rowEdge);
  }
}
