package org.esfkit.matching.internal;

import java.util.Arrays;

/**
 * Participant-proposing deferred acceptance (Gale and Shapley 1962; the hospitals/residents
 * form with task capacities). The result is stable: no participant and task both prefer each
 * other to what they have, and it is the best stable assignment for every participant.
 *
 * <p>Preferences come from the candidate edges (CSR layout as in {@link SparseAssignment}):
 * <ul>
 *   <li>a participant ranks its tasks by {@code participantRank} ascending (1 = most
 *       preferred) where given, otherwise by score descending; ranked edges come before
 *       unranked ones; remaining ties go to the lower task index;
 *   <li>a task ranks its candidates by {@code taskRank} ascending where given, otherwise by
 *       score descending; ranked before unranked; remaining ties go to the lower participant
 *       index.
 * </ul>
 * A rank {@code <= 0} means "not given". Edges with a {@code NaN} or {@code -∞} score are
 * inadmissible. Runs in {@code O(E log E)}.
 */
public final class DeferredAcceptance {

  private DeferredAcceptance() {}

  /**
   * Computes the participant-optimal stable assignment.
   *
   * @param rows number of participants, {@code >= 0}
   * @param capacities slots of each task, {@code >= 0}; its length is the number of tasks
   * @param rowStart CSR row offsets, length {@code rows + 1}, from 0 to {@code colIndex.length}
   * @param colIndex task of each candidate edge, in {@code [0, capacities.length)}
   * @param scores score of each edge; {@code NaN} and {@code -∞} make the edge inadmissible
   * @param participantRank per edge, the participant's rank of the task (1 = best), or
   *     {@code null}; values {@code <= 0} mean "not given"
   * @param taskRank per edge, the task's rank of the participant (1 = best), or {@code null};
   *     values {@code <= 0} mean "not given"
   * @return the stable assignment (participant to task) and its total score
   * @throws IllegalArgumentException if the graph is malformed, a capacity is negative, a rank
   *     array has the wrong length or a score is {@code +∞}
   * @throws NullPointerException if a required array is null
   */
  public static AssignmentResult match(int rows, int[] capacities, int[] rowStart,
      int[] colIndex, double[] scores, int[] participantRank, int[] taskRank) {
    Checks.capacities(capacities);
    Checks.csr(rows, capacities.length, rowStart, colIndex, scores);
    SparseProblems.checkWeights(scores, true);
    int edges = colIndex.length;
    Checks.ranks(participantRank, edges, "participantRank");
    Checks.ranks(taskRank, edges, "taskRank");
    int tasks = capacities.length;

    int[] rowOf = new int[edges];
    int[] pref = new int[edges];
    int[] prefEnd = new int[rows];
    int p = 0;
    for (int i = 0; i < rows; i++) {
      for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
        rowOf[e] = i;
        if (SparseProblems.admissible(scores[e], true)) {
          pref[p++] = e;
        }
      }
      prefEnd[i] = p;
    }
    int[] scratch = new int[edges];
    int[] prefStart = new int[rows];
    for (int i = 0; i < rows; i++) {
      prefStart[i] = i == 0 ? 0 : prefEnd[i - 1];
      IntSort.sort(pref, prefStart[i], prefEnd[i],
          (a, b) -> compare(participantRank, scores, a, b, colIndex[a], colIndex[b]), scratch);
    }

    int[] indegree = new int[tasks];
    for (int q = 0; q < p; q++) {
      indegree[colIndex[pref[q]]]++;
    }
    int[] slotStart = new int[tasks + 1];
    for (int k = 0; k < tasks; k++) {
      slotStart[k + 1] = slotStart[k] + Math.min(capacities[k], indegree[k]);
    }
    int[] held = new int[slotStart[tasks]]; // per task: a heap of edges, least preferred on top
    int[] load = new int[tasks];
    int[] next = prefStart.clone();
    int[] stack = new int[rows];
    int top = 0;
    for (int i = rows - 1; i >= 0; i--) {
      stack[top++] = i;
    }
    while (top > 0) {
      int i = stack[--top];
      while (next[i] < prefEnd[i]) {
        int e = pref[next[i]++];
        int k = colIndex[e];
        int base = slotStart[k];
        int size = slotStart[k + 1] - base;
        if (size == 0) {
          continue;
        }
        if (load[k] < size) {
          siftUp(held, base, load[k]++, e, taskRank, scores, rowOf);
          break;
        }
        int worst = held[base];
        if (compare(taskRank, scores, e, worst, rowOf[e], rowOf[worst]) < 0) {
          siftDown(held, base, size, e, taskRank, scores, rowOf);
          stack[top++] = rowOf[worst];
          break;
        }
      }
    }
    int[] rowEdge = new int[rows];
    Arrays.fill(rowEdge, -1);
    for (int k = 0; k < tasks; k++) {
      for (int s = slotStart[k], end = s + load[k]; s < end; s++) {
        rowEdge[rowOf[held[s]]] = held[s];
      }
    }
    return SparseProblems.result(rows, colIndex, scores, rowEdge);
  }

  /**
   * Preference order between edges {@code a} and {@code b}: negative when {@code a} is
   * preferred. Rank ascending where given (ranked first), then score descending, then the
   * tie-break index ascending.
   */
  static int compare(int[] rank, double[] scores, int a, int b, int tieA, int tieB) {
    if (rank != null) {
      int ra = rank[a];
      int rb = rank[b];
      if (ra > 0 && rb > 0) {
        if (ra != rb) {
          return Integer.compare(ra, rb);
        }
      } else if (ra > 0) {
        return -1;
      } else if (rb > 0) {
        return 1;
      }
    }
    int c = Double.compare(scores[b], scores[a]);
    return c != 0 ? c : Integer.compare(tieA, tieB);
  }

  /** Max-heap on "least preferred": the root is the edge the task would give up first. */
  private static boolean lessPreferred(int[] rank, double[] scores, int[] rowOf, int a, int b) {
    return compare(rank, scores, a, b, rowOf[a], rowOf[b]) > 0;
  }

  private static void siftUp(int[] heap, int base, int pos, int e, int[] rank, double[] scores,
      int[] rowOf) {
    while (pos > 0) {
      int parent = (pos - 1) >>> 1;
      int pe = heap[base + parent];
      if (!lessPreferred(rank, scores, rowOf, e, pe)) {
        break;
      }
      heap[base + pos] = pe;
      pos = parent;
    }
    heap[base + pos] = e;
  }

  private static void siftDown(int[] heap, int base, int size, int e, int[] rank,
      double[] scores, int[] rowOf) {
    int pos = 0;
    while (true) {
      int child = 2 * pos + 1;
      if (child >= size) {
        break;
      }
      int ce = heap[base + child];
      if (child + 1 < size) {
        int re = heap[base + child + 1];
        if (lessPreferred(rank, scores, rowOf, re, ce)) {
          child++;
          ce = re;
        }
      }
      if (!lessPreferred(rank, scores, rowOf, ce, e)) {
        break;
      }
      heap[base + pos] = ce;
      pos = child;
    }
    heap[base + pos] = e;
  }
}
