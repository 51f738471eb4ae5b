package org.esfkit.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.esfkit.core.Gender;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.core.ValidationException;
import org.esfkit.matching.Constraint;
import org.esfkit.matching.Explanation;
import org.esfkit.matching.MatchingPolicy;
import org.esfkit.matching.ScoredPair;
import org.esfkit.matching.Scorer;
import org.esfkit.matching.WeightedScorer;
import org.esfkit.matching.spi.CandidateGraph;

/**
 * The scoring engine for full profiles. Participants and tasks are indexed in id order. Every
 * candidate pair (see {@link CandidateIndex}) is checked against the constraints and scored
 * once into a {@link CandidateGraph}, on primitive arrays and without allocating per pair;
 * explanations are built later, by re-evaluating, only for the pairs that are shown.
 */
public final class ProfileModel implements Model {
  private static final int CHUNK = 256;

  private final Participant[] participants;
  private final LowThresholdTask[] tasks;
  private final Constraint[] constraints;
  private final Scorer[] scorers;
  private final double[] weights;
  private final double totalWeight;
  private final MatchingPolicy policy;
  private final Map<String, Integer> participantIndex;
  private final Map<String, Integer> taskIndex;
  private final CandidateIndex index;
  private volatile CandidateGraph graph;

  /**
   * Prepares the problem; scoring happens on the first call of {@link #graph()}.
   *
   * @param participants the participants, unique ids
   * @param tasks the tasks, unique ids
   * @param policy constraints, scorers and options
   * @throws ValidationException if an id appears twice
   */
  public ProfileModel(Collection<Participant> participants, Collection<LowThresholdTask> tasks, MatchingPolicy policy) {
    this.participants = participants.toArray(new Participant[0]);
    Arrays.sort(this.participants, Comparator.comparing(Participant::id));
    this.tasks = tasks.toArray(new LowThresholdTask[0]);
    Arrays.sort(this.tasks, Comparator.comparing(LowThresholdTask::id));
    this.participantIndex = new HashMap<>();
    for (int i = 0; i < this.participants.length; i++) {
      ValidationException.check(participantIndex.put(this.participants[i].id(), i) == null,
          "participant id %s appears twice", this.participants[i].id());
    }
    this.taskIndex = new HashMap<>();
    for (int k = 0; k < this.tasks.length; k++) {
      ValidationException.check(taskIndex.put(this.tasks[k].id(), k) == null, "task id %s appears twice", this.tasks[k].id());
    }
    this.policy = policy;
    this.constraints = policy.constraints().toArray(new Constraint[0]);
    this.scorers = policy.scorers().stream().map(WeightedScorer::scorer).toArray(Scorer[]::new);
    this.weights = policy.scorers().stream().mapToDouble(WeightedScorer::weight).toArray();
    this.totalWeight = policy.totalWeight();
    this.index = new CandidateIndex(this.participants, this.tasks, policy.constraints());
  }

  /**
   * Checks the constraints and scores a pair: the hot loop.
   *
   * @param i participant index
   * @param k task index
   * @return the score, or NaN when a constraint rejects the pair
   */
  double evaluate(int i, int k) {
    Participant p = participants[i];
    LowThresholdTask t = tasks[k];
    for (Constraint c : constraints) {
      if (!c.admits(p, t)) {
        return Double.NaN;
      }
    }
    if (scorers.length == 0) {
      return 1.0;
    }
    double sum = 0;
    for (int j = 0; j < scorers.length; j++) {
      double s = scorers[j].score(p, t);
      if (!(s >= 0 && s <= 1)) {
        throw new IllegalStateException("scorer " + scorers[j].name() + " scored pair (" + p.id() + ", " + t.id()
            + ") " + s + ", outside [0, 1]");
      }
      sum += weights[j] * s;
    }
    return sum / totalWeight;
  }

  @Override
  public CandidateGraph graph() {
    CandidateGraph g = graph;
    if (g == null) {
      synchronized (this) {
        g = graph;
        if (g == null) {
          g = buildGraph();
          graph = g;
        }
      }
    }
    return g;
  }

  /** One chunk of rows of the graph. */
  private static final class Rows {
    int[] rowLength;
    int[] task = new int[64];
    double[] score = new double[64];
    int size;

    Rows(int rows) {
      rowLength = new int[rows];
    }

    void add(int k, double s) {
      if (size == task.length) {
        task = Arrays.copyOf(task, size * 2);
        score = Arrays.copyOf(score, size * 2);
      }
      task[size] = k;
      score[size++] = s;
    }
  }

  private Rows buildRows(int from, int to) {
    Rows rows = new Rows(to - from);
    for (int i = from; i < to; i++) {
      int[] cand = index.tasksFor(i);
      int before = rows.size;
      int n = cand == null ? tasks.length : cand.length;
      for (int j = 0; j < n; j++) {
        int k = cand == null ? j : cand[j];
        double s = evaluate(i, k);
        if (s == s) {
          rows.add(k, s);
        }
      }
      rows.rowLength[i - from] = rows.size - before;
    }
    return rows;
  }

  private CandidateGraph buildGraph() {
    int n = participants.length;
    int chunks = (n + CHUNK - 1) / CHUNK;
    Rows[] parts = new Rows[chunks];
    IntStream range = IntStream.range(0, chunks);
    (policy.parallel() ? range.parallel() : range)
        .forEach(c -> parts[c] = buildRows(c * CHUNK, Math.min(n, (c + 1) * CHUNK)));
    long edges = 0;
    for (Rows r : parts) {
      edges += r.size;
    }
    if (edges > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("too many admissible pairs: " + edges + "; add constraints");
    }
    int[] rowStart = new int[n + 1];
    int[] task = new int[(int) edges];
    double[] score = new double[(int) edges];
    int e = 0;
    for (int c = 0; c < chunks; c++) {
      Rows r = parts[c];
      System.arraycopy(r.task, 0, task, e, r.size);
      System.arraycopy(r.score, 0, score, e, r.size);
      for (int j = 0; j < r.rowLength.length; j++) {
        int i = c * CHUNK + j;
        rowStart[i + 1] = rowStart[i] + r.rowLength[j];
      }
      e += r.size;
    }
    List<String> pIds = new ArrayList<>(n);
    List<Gender> genders = new ArrayList<>(n);
    for (Participant p : participants) {
      pIds.add(p.id());
      genders.add(p.gender());
    }
    List<String> tIds = new ArrayList<>(tasks.length);
    int[] capacities = new int[tasks.length];
    for (int k = 0; k < tasks.length; k++) {
      tIds.add(tasks[k].id());
      capacities[k] = tasks[k].capacity();
    }
    return CandidateGraph.ofCsr(pIds, tIds, genders, capacities, rowStart, task, score, null, null);
  }

  @Override
  public Explanation explain(int i, int k) {
    Participant p = participants[i];
    LowThresholdTask t = tasks[k];
    List<Explanation> passed = new ArrayList<>();
    for (Constraint c : constraints) {
      passed.add(Explanation.of(1.0, c.name() + ": " + c.reason(p, t)));
    }
    List<Explanation> details = new ArrayList<>();
    details.add(Explanation.of(1.0, "passed " + constraints.length + " hard constraint(s)", passed));
    if (scorers.length == 0) {
      return Explanation.of(1.0, "pair (" + p.id() + ", " + t.id() + ") is admissible; without scorers every admissible pair scores 1",
          details);
    }
    double sum = 0;
    for (int j = 0; j < scorers.length; j++) {
      Explanation e = scorers[j].explain(p, t);
      double contribution = weights[j] * e.value() / totalWeight;
      sum += weights[j] * e.value();
      details.add(Explanation.of(contribution, scorers[j].name() + ": score " + Texts.number(e.value()) + " × weight "
          + Texts.number(weights[j]) + " / total weight " + Texts.number(totalWeight), List.of(e)));
    }
    return Explanation.of(sum / totalWeight, "score of pair (" + p.id() + ", " + t.id()
        + "): weighted mean of " + scorers.length + " scorer(s), Σ weight × score / Σ weight", details);
  }

  @Override
  public List<String> whyNoAdmissibleTask(int i) {
    if (tasks.length == 0) {
      return List.of("there are no tasks");
    }
    Participant p = participants[i];
    int[] count = new int[constraints.length];
    int[] example = new int[constraints.length];
    Arrays.fill(example, -1);
    for (int k = 0; k < tasks.length; k++) {
      boolean admitted = true;
      for (int c = 0; c < constraints.length && admitted; c++) {
        if (!constraints[c].admits(p, tasks[k])) {
          if (count[c]++ == 0) {
            example[c] = k;
          }
          admitted = false;
        }
      }
      if (admitted) {
        return List.of();
      }
    }
    List<String> reasons = new ArrayList<>();
    reasons.add("no task admitted the participant; of " + tasks.length + " task(s), each counted under the first constraint that rejected it:");
    for (int c = 0; c < constraints.length; c++) {
      if (count[c] > 0) {
        LowThresholdTask t = tasks[example[c]];
        reasons.add(constraints[c].name() + " rejected " + count[c] + " task(s), e.g. " + t.id() + ": " + constraints[c].reason(p, t));
      }
    }
    return reasons;
  }

  @Override
  public List<ScoredPair> topTasks(int i, int k) {
    TopK top = new TopK(k);
    int[] cand = index.tasksFor(i);
    int n = cand == null ? tasks.length : cand.length;
    for (int j = 0; j < n; j++) {
      int t = cand == null ? j : cand[j];
      double s = evaluate(i, t);
      if (s == s) {
        top.offer(t, s);
      }
    }
    List<ScoredPair> out = new ArrayList<>();
    for (int t : top.indices()) {
      out.add(pair(i, t));
    }
    return out;
  }

  @Override
  public List<ScoredPair> topParticipants(int task, int k) {
    TopK top = new TopK(k);
    int[] cand = index.participantsFor(task);
    int n = cand == null ? participants.length : cand.length;
    for (int j = 0; j < n; j++) {
      int i = cand == null ? j : cand[j];
      double s = evaluate(i, task);
      if (s == s) {
        top.offer(i, s);
      }
    }
    List<ScoredPair> out = new ArrayList<>();
    for (int i : top.indices()) {
      out.add(pair(i, task));
    }
    return out;
  }

  private ScoredPair pair(int i, int k) {
    return ScoredPair.of(participants[i].id(), tasks[k].id(), evaluate(i, k), explain(i, k));
  }

  @Override
  public int participantCount() {
    return participants.length;
  }

  @Override
  public int participantIndex(String id) {
    return participantIndex.getOrDefault(id, -1);
  }

  @Override
  public int taskIndex(String id) {
    return taskIndex.getOrDefault(id, -1);
  }

  @Override
  public int defaultTopK() {
    return policy.topK();
  }
}
