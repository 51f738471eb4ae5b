package org.esfkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GreedyAndStableTest {

  private static int[] loads(AssignmentResult r, int cols) {
    int[] load = new int[cols];
    for (int i = 0; i < r.rows(); i++) {
      if (r.colOf(i) >= 0) {
        load[r.colOf(i)]++;
      }
    }
    return load;
  }

  private static int[] randomRanks(Random r, int edges) {
    int[] ranks = new int[edges];
    for (int e = 0; e < edges; e++) {
      ranks[e] = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(5); // some absent, some tied
    }
    return ranks;
  }

  @Test
  void optimalIsAtLeastGreedyAndNeitherExceedsCapacities() {
    qt().withExamples(300).forAll(integers().between(0, 40), integers().between(0, 15),
        longs().all()).checkAssert((n, m, seed) -> {
          Instance in = Instance.random(n, m, seed, 0.3, 3);
          AssignmentResult greedy = GreedyAssignment.assign(n, in.capacities, in.rowStart,
              in.colIndex, in.scores);
          AssignmentResult optimal = CapacitatedAssignment.maximize(n, in.capacities,
              in.rowStart, in.colIndex, in.scores);
          int[] greedyLoad = loads(greedy, m);
          int[] optimalLoad = loads(optimal, m);
          for (int j = 0; j < m; j++) {
            assertThat(greedyLoad[j]).isLessThanOrEqualTo(in.capacities[j]);
            assertThat(optimalLoad[j]).isLessThanOrEqualTo(in.capacities[j]);
          }
          assertThat(optimal.assigned()).isGreaterThanOrEqualTo(greedy.assigned());
          if (optimal.assigned() == greedy.assigned()) {
            assertThat(optimal.total()).isGreaterThanOrEqualTo(greedy.total() - 1e-9);
          }
        });
  }

  @Test
  void greedyTakesPairsByDescendingScoreThenIndex() {
    // all scores equal: ties go to the lower participant, then the lower task
    int[] rowStart = {0, 2, 4};
    int[] cols = {1, 0, 0, 1};
    double[] scores = {0.5, 0.5, 0.5, 0.5};
    AssignmentResult r = GreedyAssignment.assign(2, new int[] {1, 1}, rowStart, cols, scores);
    assertThat(r.rowToCol()).containsExactly(0, 1);
    // a higher score is taken first even if it belongs to a later participant
    double[] s2 = {0.5, 0.4, 0.9, 0.1};
    AssignmentResult r2 = GreedyAssignment.assign(2, new int[] {1, 1}, rowStart, cols, s2);
    assertThat(r2.rowToCol()).containsExactly(1, 0);
  }

  @Test
  void deferredAcceptanceIsStableAndWithinCapacity() {
    qt().withExamples(400).forAll(integers().between(0, 40), integers().between(0, 12),
        longs().all()).checkAssert((n, m, seed) -> {
          Instance in = Instance.random(n, m, seed, 0.35, 3);
          Random r = new Random(seed);
          int[] pRank = r.nextBoolean() ? randomRanks(r, in.scores.length) : null;
          int[] tRank = r.nextBoolean() ? randomRanks(r, in.scores.length) : null;
          AssignmentResult stable = DeferredAcceptance.match(n, in.capacities, in.rowStart,
              in.colIndex, in.scores, pRank, tRank);
          assertStable(in, stable, pRank, tRank);
        });
  }

  /** No participant i and task k that both prefer each other to what they have. */
  static void assertStable(Instance in, AssignmentResult stable, int[] pRank, int[] tRank) {
    int n = in.rows;
    int m = in.cols;
    int[] load = loads(stable, m);
    int[] rowEdge = new int[n];
    int[] rowOf = new int[in.scores.length];
    for (int i = 0; i < n; i++) {
      rowEdge[i] = -1;
      for (int e = in.rowStart[i]; e < in.rowStart[i + 1]; e++) {
        rowOf[e] = i;
        if (in.colIndex[e] == stable.colOf(i)) {
          rowEdge[i] = e;
        }
      }
    }
    for (int j = 0; j < m; j++) {
      assertThat(load[j]).isLessThanOrEqualTo(in.capacities[j]);
    }
    for (int i = 0; i < n; i++) {
      for (int e = in.rowStart[i]; e < in.rowStart[i + 1]; e++) {
        int k = in.colIndex[e];
        if (k == stable.colOf(i) || in.capacities[k] == 0) {
          continue;
        }
        boolean participantWants = rowEdge[i] < 0 || DeferredAcceptance.compare(pRank,
            in.scores, e, rowEdge[i], k, in.colIndex[rowEdge[i]]) < 0;
        if (!participantWants) {
          continue;
        }
        boolean taskWants = load[k] < in.capacities[k];
        for (int h = 0; h < n && !taskWants; h++) {
          if (stable.colOf(h) == k && DeferredAcceptance.compare(tRank, in.scores, e,
              rowEdge[h], i, h) < 0) {
            taskWants = true;
          }
        }
        assertThat(taskWants).as("blocking pair participant %d task %d", i, k).isFalse();
      }
    }
  }
}
