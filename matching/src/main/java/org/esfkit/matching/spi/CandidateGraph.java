package org.esfkit.matching.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.esfkit.core.Gender;
import org.esfkit.matching.MatchingProblem;
import org.jspecify.annotations.Nullable;

/**
 * The admissible participant–task pairs of a problem with their scores, on primitive arrays in
 * compressed sparse row (CSR) form: the edges of participant {@code i} are
 * {@code rowStart(i) .. rowEnd(i) - 1}, in ascending task index; edge {@code e} goes to task
 * {@link #edgeTask(int) edgeTask(e)} with score {@link #edgeScore(int) edgeScore(e)}. A pair
 * without an edge is inadmissible. Participants and tasks are known by index; for a
 * {@link MatchingProblem} the indices follow the ids' order, so ties broken by index are broken
 * by id.
 *
 * <p>This is what a {@link MatchingStrategy} works on. It is immutable: the array accessors
 * return copies.
 */
public final class CandidateGraph {
  private final String[] participantIds;
  private final String[] taskIds;
  private final @Nullable Gender[] genders;
  private final int[] capacities;
  private final int[] rowStart;
  private final int[] edgeTask;
  private final double[] edgeScore;
  private final int @Nullable [] participantRank;
  private final int @Nullable [] taskRank;
  private final Map<String, Integer> participantIndex;
  private final Map<String, Integer> taskIndex;

  private CandidateGraph(String[] participantIds, String[] taskIds, @Nullable Gender[] genders, int[] capacities,
      int[] rowStart, int[] edgeTask, double[] edgeScore, int @Nullable [] participantRank, int @Nullable [] taskRank) {
    this.participantIds = participantIds;
    this.taskIds = taskIds;
    this.genders = genders;
    this.capacities = capacities;
    this.rowStart = rowStart;
    this.edgeTask = edgeTask;
    this.edgeScore = edgeScore;
    this.participantRank = participantRank;
    this.taskRank = taskRank;
    this.participantIndex = index(participantIds, "participant");
    this.taskIndex = index(taskIds, "task");
  }

  private static Map<String, Integer> index(String[] ids, String what) {
    Map<String, Integer> m = new HashMap<>(ids.length * 2);
    for (int i = 0; i < ids.length; i++) {
      if (m.put(ids[i], i) != null) {
        throw new IllegalArgumentException(what + " id '" + ids[i] + "' appears twice");
      }
    }
    return m;
  }

  /**
   * Builds a graph from CSR arrays, which are copied and checked.
   *
   * @param participantIds participant ids by index, unique
   * @param taskIds task ids by index, unique
   * @param genders gender by participant index (entries may be null), or null when unknown
   * @param capacities slots by task index, {@code >= 0}
   * @param rowStart CSR offsets, length {@code participants + 1}, from 0 to the edge count
   * @param edgeTask task index of each edge, ascending within a row, no repeats
   * @param edgeScore score of each edge, finite
   * @param participantRank per edge, the participant's rank of the task (1 = most preferred,
   *     0 = not given), or null
   * @param taskRank per edge, the task's rank of the participant (1 = most preferred, 0 = not
   *     given), or null
   * @return the graph
   * @throws IllegalArgumentException if the arrays are inconsistent
   */
  public static CandidateGraph ofCsr(List<String> participantIds, List<String> taskIds, @Nullable List<@Nullable Gender> genders,
      int[] capacities, int[] rowStart, int[] edgeTask, double[] edgeScore,
      int @Nullable [] participantRank, int @Nullable [] taskRank) {
    int n = participantIds.size();
    int m = taskIds.size();
    @Nullable Gender[] g = new Gender[n];
    if (genders != null) {
      if (genders.size() != n) {
        throw new IllegalArgumentException("genders has " + genders.size() + " entries for " + n + " participants");
      }
      g = genders.toArray(new Gender[0]);
    }
    if (capacities.length != m) {
      throw new IllegalArgumentException("capacities has " + capacities.length + " entries for " + m + " tasks");
    }
    for (int k = 0; k < m; k++) {
      if (capacities[k] < 0) {
        throw new IllegalArgumentException("capacity of task " + taskIds.get(k) + " is negative: " + capacities[k]);
      }
    }
    if (rowStart.length != n + 1 || rowStart[0] != 0 || rowStart[n] != edgeTask.length || edgeScore.length != edgeTask.length) {
      throw new IllegalArgumentException("CSR arrays do not fit: rowStart must have " + (n + 1)
          + " entries from 0 to " + edgeTask.length + " and every edge a score");
    }
    for (int[] r : new int[][] {participantRank, taskRank}) {
      if (r != null && r.length != edgeTask.length) {
        throw new IllegalArgumentException("a rank array has " + r.length + " entries for " + edgeTask.length + " edges");
      }
    }
    for (int i = 0; i < n; i++) {
      if (rowStart[i + 1] < rowStart[i]) {
        throw new IllegalArgumentException("rowStart decreases at participant " + participantIds.get(i));
      }
      for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
        int k = edgeTask[e];
        if (k < 0 || k >= m || (e > rowStart[i] && k <= edgeTask[e - 1])) {
          throw new IllegalArgumentException("edges of participant " + participantIds.get(i)
              + " must go to distinct tasks in ascending index within [0, " + m + "), found " + k);
        }
        if (!Double.isFinite(edgeScore[e])) {
          throw new IllegalArgumentException("score of pair (" + participantIds.get(i) + ", " + taskIds.get(k)
              + ") is not finite: " + edgeScore[e]);
        }
      }
    }
    return new CandidateGraph(participantIds.toArray(new String[0]), taskIds.toArray(new String[0]), g,
        capacities.clone(), rowStart.clone(), edgeTask.clone(), edgeScore.clone(),
        participantRank == null ? null : participantRank.clone(), taskRank == null ? null : taskRank.clone());
  }

  /**
   * Returns a builder that takes edges in any order, for tests and small problems.
   *
   * @param participantIds participant ids by index, unique
   * @param taskIds task ids by index, unique
   * @param capacities slots by task index
   * @return the builder
   */
  public static Builder builder(List<String> participantIds, List<String> taskIds, int[] capacities) {
    return new Builder(participantIds, taskIds, capacities);
  }

  /**
   * The number of participants.
   *
   * @return the count
   */
  public int participantCount() {
    return participantIds.length;
  }

  /**
   * The number of tasks.
   *
   * @return the count
   */
  public int taskCount() {
    return taskIds.length;
  }

  /**
   * The number of admissible pairs.
   *
   * @return the count
   */
  public int edgeCount() {
    return edgeTask.length;
  }

  /**
   * A participant's id.
   *
   * @param i the participant index
   * @return the id
   */
  public String participantId(int i) {
    return participantIds[i];
  }

  /**
   * A task's id.
   *
   * @param k the task index
   * @return the id
   */
  public String taskId(int k) {
    return taskIds[k];
  }

  /**
   * Finds a participant by id.
   *
   * @param id the id
   * @return the index, or -1 if there is no such participant
   */
  public int participantIndex(String id) {
    Integer i = participantIndex.get(id);
    return i == null ? -1 : i;
  }

  /**
   * Finds a task by id.
   *
   * @param id the id
   * @return the index, or -1 if there is no such task
   */
  public int taskIndex(String id) {
    Integer k = taskIndex.get(id);
    return k == null ? -1 : k;
  }

  /**
   * A participant's gender, for fairness-aware strategies.
   *
   * @param i the participant index
   * @return the gender, or null when not known
   */
  public @Nullable Gender gender(int i) {
    return genders[i];
  }

  /**
   * A task's slots.
   *
   * @param k the task index
   * @return the capacity, {@code >= 0}
   */
  public int capacity(int k) {
    return capacities[k];
  }

  /**
   * The first edge of a participant.
   *
   * @param i the participant index
   * @return the edge index
   */
  public int rowStart(int i) {
    return rowStart[i];
  }

  /**
   * One past the last edge of a participant.
   *
   * @param i the participant index
   * @return the edge index
   */
  public int rowEnd(int i) {
    return rowStart[i + 1];
  }

  /**
   * The task an edge goes to.
   *
   * @param e the edge index
   * @return the task index
   */
  public int edgeTask(int e) {
    return edgeTask[e];
  }

  /**
   * The score of an edge.
   *
   * @param e the edge index
   * @return the score
   */
  public double edgeScore(int e) {
    return edgeScore[e];
  }

  /**
   * The participant's rank of the edge's task.
   *
   * @param e the edge index
   * @return 1 for the most preferred, 0 when not given
   */
  public int participantRank(int e) {
    return participantRank == null ? 0 : participantRank[e];
  }

  /**
   * The task's rank of the edge's participant.
   *
   * @param e the edge index
   * @return 1 for the most preferred, 0 when not given
   */
  public int taskRank(int e) {
    return taskRank == null ? 0 : taskRank[e];
  }

  /**
   * Finds the edge of a pair.
   *
   * @param i the participant index
   * @param k the task index
   * @return the edge index, or -1 when the pair is inadmissible
   */
  public int edge(int i, int k) {
    int e = Arrays.binarySearch(edgeTask, rowStart[i], rowStart[i + 1], k);
    return e >= 0 ? e : -1;
  }

  /**
   * A copy of the CSR row offsets.
   *
   * @return {@code participantCount() + 1} offsets
   */
  public int[] rowStarts() {
    return rowStart.clone();
  }

  /**
   * A copy of the edges' task indices.
   *
   * @return one entry per edge
   */
  public int[] edgeTasks() {
    return edgeTask.clone();
  }

  /**
   * A copy of the edges' scores.
   *
   * @return one entry per edge
   */
  public double[] edgeScores() {
    return edgeScore.clone();
  }

  /**
   * A copy of the capacities.
   *
   * @return one entry per task
   */
  public int[] capacities() {
    return capacities.clone();
  }

  /**
   * A copy of the participants' ranks of the edges' tasks.
   *
   * @return one entry per edge (0 = not given), or null when no rank was given
   */
  public int @Nullable [] participantRanks() {
    return participantRank == null ? null : participantRank.clone();
  }

  /**
   * A copy of the tasks' ranks of the edges' participants.
   *
   * @return one entry per edge (0 = not given), or null when no rank was given
   */
  public int @Nullable [] taskRanks() {
    return taskRank == null ? null : taskRank.clone();
  }

  /** Collects edges in any order and builds a {@link CandidateGraph}. */
  public static final class Builder {
    private final List<String> participantIds;
    private final List<String> taskIds;
    private final int[] capacities;
    private final List<@Nullable Gender> genders;
    private final List<long[]> edges = new ArrayList<>();
    private final List<Double> scores = new ArrayList<>();
    private boolean ranked;

    private Builder(List<String> participantIds, List<String> taskIds, int[] capacities) {
      this.participantIds = List.copyOf(participantIds);
      this.taskIds = List.copyOf(taskIds);
      this.capacities = capacities.clone();
      this.genders = new ArrayList<>();
      for (int i = 0; i < participantIds.size(); i++) {
        genders.add(null);
      }
    }

    /**
     * Sets a participant's gender.
     *
     * @param i the participant index
     * @param gender the gender, or null
     * @return this builder
     */
    public Builder gender(int i, @Nullable Gender gender) {
      genders.set(i, gender);
      return this;
    }

    /**
     * Adds an admissible pair.
     *
     * @param i the participant index
     * @param k the task index
     * @param score the score
     * @return this builder
     */
    public Builder edge(int i, int k, double score) {
      return edge(i, k, score, 0, 0);
    }

    /**
     * Adds an admissible pair with ranks.
     *
     * @param i the participant index
     * @param k the task index
     * @param score the score
     * @param participantRank the participant's rank of the task, 0 = not given
     * @param taskRank the task's rank of the participant, 0 = not given
     * @return this builder
     */
    public Builder edge(int i, int k, double score, int participantRank, int taskRank) {
      if (i < 0 || i >= participantIds.size() || k < 0 || k >= taskIds.size()) {
        throw new IllegalArgumentException("edge (" + i + ", " + k + ") outside " + participantIds.size() + " x " + taskIds.size());
      }
      if (participantRank < 0 || taskRank < 0) {
        throw new IllegalArgumentException("ranks must be >= 0, got " + participantRank + " and " + taskRank);
      }
      ranked |= participantRank > 0 || taskRank > 0;
      edges.add(new long[] {i, k, participantRank, taskRank});
      scores.add(score);
      return this;
    }

    /**
     * Builds the graph.
     *
     * @return the graph
     * @throws IllegalArgumentException if a pair was added twice or a value is invalid
     */
    public CandidateGraph build() {
      int n = participantIds.size();
      Integer[] order = new Integer[edges.size()];
      for (int j = 0; j < order.length; j++) {
        order[j] = j;
      }
      Arrays.sort(order, (a, b) -> {
        long[] x = edges.get(a);
        long[] y = edges.get(b);
        return x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]);
      });
      int[] rowStart = new int[n + 1];
      int[] task = new int[order.length];
      double[] score = new double[order.length];
      int[] pr = ranked ? new int[order.length] : null;
      int[] tr = ranked ? new int[order.length] : null;
      for (int j = 0; j < order.length; j++) {
        long[] x = edges.get(order[j]);
        rowStart[(int) x[0] + 1]++;
        task[j] = (int) x[1];
        score[j] = scores.get(order[j]);
        if (ranked) {
          pr[j] = (int) x[2];
          tr[j] = (int) x[3];
        }
      }
      for (int i = 0; i < n; i++) {
        rowStart[i + 1] += rowStart[i];
      }
      return ofCsr(participantIds, taskIds, genders, capacities, rowStart, task, score, pr, tr);
    }
  }
}
