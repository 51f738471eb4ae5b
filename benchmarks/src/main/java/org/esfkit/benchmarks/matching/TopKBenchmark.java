package org.esfkit.benchmarks.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.esfkit.core.Accessibility;
import org.esfkit.core.CefrLevel;
import org.esfkit.core.Gender;
import org.esfkit.core.GeoPoint;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.matching.Constraint;
import org.esfkit.matching.MatchingPolicy;
import org.esfkit.matching.MatchingProblem;
import org.esfkit.matching.ScoredPair;
import org.esfkit.matching.WeightedScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Suggestions for a caseworker's screen on a national register: the top 10 tasks for a
 * participant among 20,000 tasks, and the top 10 participants for a task among 100,000
 * participants, with the standard policy (30 km commute). {@code indexed*} uses
 * {@link MatchingProblem#suggestTasks} / {@link MatchingProblem#suggestParticipants} (indexes by
 * location and competence, then exact checks); {@code every*} scores every pair of the query,
 * checking every constraint and summing every weighted scorer, then sorts. The setup checks on
 * 300 queries that both give identical results (ids and scores) and fails otherwise.
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar TopKBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class TopKBenchmark {
  private static final List<String> TAGS = List.of("cleaning", "cooking", "dishwashing", "driving", "forklift", "gardening",
      "retail", "sorting", "warehouse", "customer_service", "stocking_shelves", "laundry", "painting", "carpentry",
      "care", "reception", "packing", "assembly", "delivery", "recycling");

  @Param({"100000"})
  int participants;

  @Param({"20000"})
  int tasks;

  private List<Participant> ps;
  private List<LowThresholdTask> ts;
  private MatchingPolicy policy;
  private MatchingProblem problem;
  private int next;

  @Setup
  public void setUp() {
    Random r = new Random(2020_00131L);
    ps = new ArrayList<>(participants);
    for (int i = 0; i < participants; i++) {
      ps.add(Participant.builder().id(String.format("P%06d", i)).gender(r.nextBoolean() ? Gender.WOMAN : Gender.MAN)
          .competences(some(r, 2 + r.nextInt(4))).interests(some(r, r.nextInt(3)))
          .languageLevel(CefrLevel.values()[r.nextInt(6)]).hoursAvailable(10 + 5 * r.nextInt(7))
          .location(sweden(r)).accessibilityNeeds(r.nextInt(5) == 0 ? Set.of(Accessibility.PHYSICAL) : Set.of())
          .wantsGenderBreaking(r.nextInt(4) == 0).build());
    }
    ts = new ArrayList<>(tasks);
    for (int k = 0; k < tasks; k++) {
      ts.add(LowThresholdTask.builder().id(String.format("T%05d", k)).employerId("E" + k / 3).title("task")
          .identifiedOn(LocalDate.of(2021, 1, 1)).capacity(1 + r.nextInt(3)).requiredCompetences(some(r, r.nextInt(3)))
          .demands(some(r, 1)).languageLevel(r.nextInt(3) == 0 ? null : CefrLevel.values()[r.nextInt(3)])
          .hoursPerWeek(10 + 5 * r.nextInt(5)).location(sweden(r))
          .adaptations(r.nextBoolean() ? Set.of(Accessibility.PHYSICAL) : Set.of())
          .dominantGender(r.nextBoolean() ? Gender.MAN : Gender.WOMAN).build());
    }
    policy = MatchingPolicy.standard(30).build();
    problem = MatchingProblem.of(ps, ts, policy);
    for (int q = 0; q < 300; q++) {
      Participant p = ps.get(r.nextInt(participants));
      check(problem.suggestTasks(p.id(), 10), everyTask(p), "participant " + p.id());
      if (q % 6 == 0) {
        LowThresholdTask t = ts.get(r.nextInt(tasks));
        check(problem.suggestParticipants(t.id(), 10), everyParticipant(t), "task " + t.id());
      }
    }
  }

  /** Spread like Sweden's population, roughly: most points in the south. */
  private static GeoPoint sweden(Random r) {
    double lat = 55.4 + Math.abs(r.nextGaussian()) * 3.5;
    return GeoPoint.of(Math.min(68.5, lat), 12.5 + r.nextDouble() * 6.5);
  }

  private static Set<String> some(Random r, int n) {
    Set<String> s = new TreeSet<>();
    for (int j = 0; j < n; j++) {
      s.add(TAGS.get(r.nextInt(TAGS.size())));
    }
    return s;
  }

  private static void check(List<ScoredPair> indexed, List<Object[]> every, String what) {
    if (indexed.size() != every.size()) {
      throw new IllegalStateException(what + ": indexed top-k has " + indexed.size() + ", scoring every pair " + every.size());
    }
    for (int j = 0; j < every.size(); j++) {
      ScoredPair a = indexed.get(j);
      Object[] b = every.get(j);
      if (!a.participantId().equals(b[0]) || !a.taskId().equals(b[1]) || a.score() != (double) b[2]) {
        throw new IllegalStateException(what + ": results differ at rank " + (j + 1));
      }
    }
  }

  private Object[] score(Participant p, LowThresholdTask t) {
    for (Constraint c : policy.constraints()) {
      if (!c.admits(p, t)) {
        return null;
      }
    }
    double sum = 0;
    for (WeightedScorer s : policy.scorers()) {
      sum += s.weight() * s.scorer().score(p, t);
    }
    return new Object[] {p.id(), t.id(), sum / policy.totalWeight()};
  }

  private List<Object[]> top(List<Object[]> scored, int idColumn) {
    scored.sort(Comparator.<Object[]>comparingDouble(x -> -(double) x[2]).thenComparing(x -> (String) x[idColumn]));
    return scored.subList(0, Math.min(10, scored.size()));
  }

  private List<Object[]> everyTask(Participant p) {
    List<Object[]> scored = new ArrayList<>();
    for (LowThresholdTask t : ts) {
      Object[] s = score(p, t);
      if (s != null) {
        scored.add(s);
      }
    }
    return top(scored, 1);
  }

  private List<Object[]> everyParticipant(LowThresholdTask t) {
    List<Object[]> scored = new ArrayList<>();
    for (Participant p : ps) {
      Object[] s = score(p, t);
      if (s != null) {
        scored.add(s);
      }
    }
    return top(scored, 0);
  }

  private int nextIndex(int size) {
    next = (next + 7919) % size;
    return next;
  }

  /** Top 10 tasks for one participant, through the indexes. */
  @Benchmark
  public List<ScoredPair> indexedTasksForParticipant() {
    return problem.suggestTasks(ps.get(nextIndex(participants)).id(), 10);
  }

  /** Top 10 tasks for one participant, scoring all 20,000 tasks. */
  @Benchmark
  public List<Object[]> everyTaskForParticipant() {
    return everyTask(ps.get(nextIndex(participants)));
  }

  /** Top 10 participants for one task, through the indexes. */
  @Benchmark
  public List<ScoredPair> indexedParticipantsForTask() {
    return problem.suggestParticipants(ts.get(nextIndex(tasks)).id(), 10);
  }

  /** Top 10 participants for one task, scoring all 100,000 participants. */
  @Benchmark
  public List<Object[]> everyParticipantForTask() {
    return everyParticipant(ts.get(nextIndex(tasks)));
  }
}
