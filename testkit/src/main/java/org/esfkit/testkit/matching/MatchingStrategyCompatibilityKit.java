package org.esfkit.testkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.matching.Constraint;
import org.esfkit.matching.MatchingPolicy;
import org.esfkit.matching.MatchingProblem;
import org.esfkit.matching.MatchingResult;
import org.esfkit.matching.PairScores;
import org.esfkit.matching.ScoredPair;
import org.esfkit.matching.UnassignedParticipant;
import org.esfkit.matching.spi.Assignment;
import org.esfkit.matching.spi.CandidateGraph;
import org.esfkit.matching.spi.MatchingStrategy;
import org.junit.jupiter.api.Test;

/**
 * Checks that a {@link MatchingStrategy} behaves as esfkit expects of every strategy. Extend it in
 * a JUnit 5 test and return the strategy:
 *
 * <pre>{@code
 * class MyStrategyTest extends MatchingStrategyCompatibilityKit {
 *   @Override
 *   protected MatchingStrategy strategy() {
 *     return new MyStrategy();
 *   }
 * }
 * }</pre>
 *
 * <p>It checks that capacities are never exceeded, that only admissible pairs are assigned (no
 * hard constraint violated), that each participant gets at most one task, determinism (the same
 * input twice, and the same input in shuffled order), empty and degenerate inputs (no
 * participants, no tasks, nothing admissible, zero capacities, all scores tied), and that the
 * result explains every assignment and gives reasons for every unassigned participant.
 */
public abstract class MatchingStrategyCompatibilityKit {
  private static final long[] SEEDS = {1, 2, 3, 5, 8, 13, 21, 34};

  /**
   * The strategy under test.
   *
   * @return the strategy; may be a new instance on each call
   */
  protected abstract MatchingStrategy strategy();

  private static List<CandidateGraph> graphs() {
    List<CandidateGraph> out = new ArrayList<>();
    for (long seed : SEEDS) {
      Random r = new Random(seed);
      out.add(MatchingInstances.graph(seed, 1 + r.nextInt(30), 1 + r.nextInt(15), r.nextDouble()));
    }
    return out;
  }

  private Assignment solve(CandidateGraph g) {
    Assignment a = strategy().solve(g);
    assertThat(a.participantCount()).as("one entry per participant").isEqualTo(g.participantCount());
    return a;
  }

  private static void assertFeasible(CandidateGraph g, Assignment a) {
    int[] load = new int[g.taskCount()];
    for (int i = 0; i < g.participantCount(); i++) {
      int k = a.taskOf(i);
      assertThat(k).as("task of participant %s", g.participantId(i)).isBetween(-1, g.taskCount() - 1);
      if (k >= 0) {
        assertThat(g.edge(i, k)).as("pair (%s, %s) must be admissible", g.participantId(i), g.taskId(k)).isNotNegative();
        load[k]++;
      }
    }
    for (int k = 0; k < g.taskCount(); k++) {
      assertThat(load[k]).as("participants assigned to task %s, capacity %d", g.taskId(k), g.capacity(k))
          .isLessThanOrEqualTo(g.capacity(k));
    }
  }

  /** The name is what strategies are selected by: non-blank, lower case, no spaces. */
  @Test
  void nameIsALowerCaseWord() {
    assertThat(strategy().name()).matches("[a-z][a-z0-9_-]*");
  }

  /** No task gets more participants than its capacity. */
  @Test
  void capacitiesAreNeverExceeded() {
    for (CandidateGraph g : graphs()) {
      assertFeasible(g, solve(g));
    }
  }

  /** Only pairs that every hard constraint admitted are assigned, on full profiles. */
  @Test
  void hardConstraintsAreNeverViolated() {
    List<Participant> ps = MatchingInstances.participants(7, 40);
    List<LowThresholdTask> ts = MatchingInstances.tasks(11, 15);
    MatchingPolicy policy = MatchingPolicy.standard(25).build();
    MatchingResult r = MatchingProblem.of(ps, ts, policy).match(strategy());
    for (ScoredPair p : r.assignments()) {
      Participant participant = ps.stream().filter(x -> x.id().equals(p.participantId())).findFirst().orElseThrow();
      LowThresholdTask task = ts.stream().filter(x -> x.id().equals(p.taskId())).findFirst().orElseThrow();
      for (Constraint c : policy.constraints()) {
        assertThat(c.admits(participant, task)).as("%s admits (%s, %s)", c.name(), p.participantId(), p.taskId()).isTrue();
      }
    }
  }

  /** The same graph twice gives the same assignment. */
  @Test
  void sameInputGivesSameResult() {
    for (CandidateGraph g : graphs()) {
      assertThat(solve(g).toArray()).isEqualTo(solve(g).toArray());
    }
  }

  /** Participants, tasks and pairs given in another order give the same result. */
  @Test
  void shuffledInputGivesSameResult() {
    List<Participant> ps = MatchingInstances.participants(3, 30);
    List<LowThresholdTask> ts = MatchingInstances.tasks(4, 12);
    MatchingPolicy policy = MatchingPolicy.standard(40).build();
    MatchingResult first = MatchingProblem.of(ps, ts, policy).match(strategy());
    List<Participant> ps2 = new ArrayList<>(ps);
    List<LowThresholdTask> ts2 = new ArrayList<>(ts);
    Collections.shuffle(ps2, new Random(99));
    Collections.shuffle(ts2, new Random(100));
    assertThat(MatchingProblem.of(ps2, ts2, policy).match(strategy())).isEqualTo(first);

    CandidateGraph g = MatchingInstances.graph(42, 20, 8, 0.5);
    List<Integer> order = new ArrayList<>();
    for (int e = 0; e < g.edgeCount(); e++) {
      order.add(e);
    }
    MatchingResult inOrder = MatchingProblem.of(table(g, order)).match(strategy());
    Collections.shuffle(order, new Random(7));
    assertThat(MatchingProblem.of(table(g, order)).match(strategy())).isEqualTo(inOrder);
  }

  private static PairScores table(CandidateGraph g, List<Integer> edgeOrder) {
    int[] rowOf = new int[g.edgeCount()];
    for (int i = 0; i < g.participantCount(); i++) {
      for (int e = g.rowStart(i); e < g.rowEnd(i); e++) {
        rowOf[e] = i;
      }
    }
    PairScores.Builder b = PairScores.builder();
    for (int k = 0; k < g.taskCount(); k++) {
      b.capacity(g.taskId(k), g.capacity(k));
    }
    for (int i = 0; i < g.participantCount(); i++) {
      b.participant(g.participantId(i));
    }
    for (int e : edgeOrder) {
      b.pair(g.participantId(rowOf[e]), g.taskId(g.edgeTask(e)), g.edgeScore(e));
    }
    return b.build();
  }

  /** No participants: an empty assignment. */
  @Test
  void noParticipants() {
    CandidateGraph g = CandidateGraph.builder(List.of(), List.of("T1", "T2"), new int[] {1, 2}).build();
    assertThat(solve(g).participantCount()).isZero();
  }

  /** No tasks: everyone unassigned, with a reason. */
  @Test
  void noTasks() {
    CandidateGraph g = CandidateGraph.builder(List.of("P1", "P2"), List.of(), new int[0]).build();
    assertThat(solve(g).toArray()).containsExactly(-1, -1);
    MatchingResult r = MatchingProblem.of(MatchingInstances.participants(1, 3), List.of(), MatchingPolicy.standard(30).build())
        .match(strategy());
    assertThat(r.assignments()).isEmpty();
    assertThat(r.unassigned()).hasSize(3).allSatisfy(u -> assertThat(u.reasons()).isNotEmpty());
  }

  /** Nothing admissible: everyone unassigned. */
  @Test
  void nothingAdmissible() {
    CandidateGraph g = CandidateGraph.builder(List.of("P1", "P2", "P3"), List.of("T1"), new int[] {3}).build();
    assertThat(solve(g).toArray()).containsExactly(-1, -1, -1);
  }

  /** Tasks without slots take no one. */
  @Test
  void zeroCapacities() {
    CandidateGraph g = CandidateGraph.builder(List.of("P1", "P2"), List.of("T1", "T2"), new int[] {0, 0})
        .edge(0, 0, 0.9).edge(0, 1, 0.5).edge(1, 1, 0.7).build();
    assertThat(solve(g).toArray()).containsExactly(-1, -1);
  }

  /** All scores tied: still feasible, and deterministic. */
  @Test
  void tiesAreBrokenDeterministically() {
    CandidateGraph.Builder b = CandidateGraph.builder(List.of("P1", "P2", "P3", "P4"), List.of("T1", "T2"), new int[] {1, 2});
    for (int i = 0; i < 4; i++) {
      for (int k = 0; k < 2; k++) {
        b.edge(i, k, 0.5);
      }
    }
    CandidateGraph g = b.build();
    Assignment a = solve(g);
    assertFeasible(g, a);
    for (int run = 0; run < 3; run++) {
      assertThat(solve(g).toArray()).isEqualTo(a.toArray());
    }
  }

  /** Every assignment is explained and every unassigned participant has reasons. */
  @Test
  void resultIsFullyExplained() {
    List<Participant> ps = MatchingInstances.participants(5, 40);
    MatchingResult r = MatchingProblem.of(ps, MatchingInstances.tasks(6, 10), MatchingPolicy.standard(30).build())
        .match(strategy());
    assertThat(r.assigned() + r.unassigned().size()).isEqualTo(ps.size());
    for (ScoredPair p : r.assignments()) {
      assertThat(p.explanation().value()).as("explained score of (%s, %s)", p.participantId(), p.taskId())
          .isCloseTo(p.score(), org.assertj.core.api.Assertions.within(1e-9));
      assertThat(p.explanation().description()).isNotBlank();
      assertThat(p.explanation().details()).isNotEmpty();
    }
    for (UnassignedParticipant u : r.unassigned()) {
      assertThat(u.reasons()).as("reasons for %s", u.participantId()).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank());
    }
  }
}
