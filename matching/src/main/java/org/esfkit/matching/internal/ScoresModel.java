package org.esfkit.matching.internal;

import java.util.ArrayList;
import java.util.List;
import org.esfkit.matching.Explanation;
import org.esfkit.matching.PairScores;
import org.esfkit.matching.ScoredPair;
import org.esfkit.matching.spi.CandidateGraph;

/** A problem given as a table of pair scores: the table is the graph. */
public final class ScoresModel implements Model {
  private final CandidateGraph graph;
  private volatile int[] columnStart;
  private volatile int[] columnEdge;

  /**
   * Builds the graph of a table, participants and tasks in id order.
   *
   * @param scores the table
   */
  public ScoresModel(PairScores scores) {
    List<String> pIds = new ArrayList<>(scores.participantIds());
    List<String> tIds = new ArrayList<>(scores.capacities().keySet());
    int[] capacities = scores.capacities().values().stream().mapToInt(Integer::intValue).toArray();
    java.util.Map<String, Integer> pIndex = new java.util.HashMap<>();
    for (int i = 0; i < pIds.size(); i++) {
      pIndex.put(pIds.get(i), i);
    }
    java.util.Map<String, Integer> tIndex = new java.util.HashMap<>();
    for (int k = 0; k < tIds.size(); k++) {
      tIndex.put(tIds.get(k), k);
    }
    CandidateGraph.Builder b = CandidateGraph.builder(pIds, tIds, capacities);
    for (int i = 0; i < pIds.size(); i++) {
      b.gender(i, scores.gender(pIds.get(i)));
    }
    for (PairScores.Pair p : scores.pairs()) {
      b.edge(pIndex.get(p.participantId()), tIndex.get(p.taskId()), p.score(), p.participantRank(), p.taskRank());
    }
    this.graph = b.build();
  }

  @Override
  public CandidateGraph graph() {
    return graph;
  }

  @Override
  public Explanation explain(int i, int k) {
    int e = graph.edge(i, k);
    List<Explanation> details = new ArrayList<>();
    if (graph.participantRank(e) > 0) {
      details.add(Explanation.of(graph.participantRank(e), "the participant's rank of the task (1 = most preferred)"));
    }
    if (graph.taskRank(e) > 0) {
      details.add(Explanation.of(graph.taskRank(e), "the task's rank of the participant (1 = most preferred)"));
    }
    return Explanation.of(graph.edgeScore(e), "score of pair (" + graph.participantId(i) + ", " + graph.taskId(k)
        + ") as given in the score table", details);
  }

  @Override
  public List<String> whyNoAdmissibleTask(int i) {
    if (graph.rowStart(i) < graph.rowEnd(i)) {
      return List.of();
    }
    return List.of("no admissible task: the score table has no pair for this participant");
  }

  @Override
  public List<ScoredPair> topTasks(int i, int k) {
    TopK top = new TopK(k);
    for (int e = graph.rowStart(i); e < graph.rowEnd(i); e++) {
      top.offer(graph.edgeTask(e), graph.edgeScore(e));
    }
    List<ScoredPair> out = new ArrayList<>();
    for (int t : top.indices()) {
      out.add(ScoredPair.of(graph.participantId(i), graph.taskId(t), graph.edgeScore(graph.edge(i, t)), explain(i, t)));
    }
    return out;
  }

  @Override
  public List<ScoredPair> topParticipants(int task, int k) {
    transpose();
    TopK top = new TopK(k);
    for (int j = columnStart[task]; j < columnStart[task + 1]; j++) {
      int e = columnEdge[j];
      top.offer(rowOf(e), graph.edgeScore(e));
    }
    List<ScoredPair> out = new ArrayList<>();
    for (int i : top.indices()) {
      out.add(ScoredPair.of(graph.participantId(i), graph.taskId(task), graph.edgeScore(graph.edge(i, task)), explain(i, task)));
    }
    return out;
  }

  private int rowOf(int e) {
    int lo = 0;
    int hi = graph.participantCount() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (graph.rowStart(mid) <= e) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private synchronized void transpose() {
    if (columnStart != null) {
      return;
    }
    int m = graph.taskCount();
    int[] start = new int[m + 1];
    for (int e = 0; e < graph.edgeCount(); e++) {
      start[graph.edgeTask(e) + 1]++;
    }
    for (int k = 0; k < m; k++) {
      start[k + 1] += start[k];
    }
    int[] fill = start.clone();
    int[] edges = new int[graph.edgeCount()];
    for (int e = 0; e < graph.edgeCount(); e++) {
      edges[fill[graph.edgeTask(e)]++] = e;
    }
    columnEdge = edges;
    columnStart = start;
  }

  @Override
  public int participantCount() {
    return graph.participantCount();
  }

  @Override
  public int participantIndex(String id) {
    return graph.participantIndex(id);
  }

  @Override
  public int taskIndex(String id) {
    return graph.taskIndex(id);
  }

  @Override
  public int defaultTopK() {
    return 10;
  }
}
