package org.esfkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.esfkit.matching.spi.Assignment;
import org.esfkit.matching.spi.CandidateGraph;
import org.esfkit.matching.MatchingStrategies;
import org.junit.jupiter.api.Test;

/**
 * Capacitated assignment when places are scarce (fewer slots than participants, many left out):
 * both searches — from the rows' side ({@link SuccessiveShortestPaths}) and from the slots'
 * side ({@link TaskSideShortestPaths}) — are run directly on the same instances and must reach
 * the same lexicographic optimum as an independent reference, whichever one
 * {@link CapacitatedAssignment} picks.
 */
class ScarceAssignmentTest {

  private static final double EPS = 1e-9;

  /** Both solvers on maximise-scores input; returns {rows side, slots side} as rowToCol. */
  private static int[][] bothSides(int rows, int[] caps, int[] rowStart, int[] colIndex,
      double[] scores) {
    double[] cost = new double[scores.length];
    for (int e = 0; e < cost.length; e++) {
      cost[e] = -scores[e];
    }
    int[][] out = new int[2][];
    out[0] = SuccessiveShortestPaths.solve(rows, caps.length, rowStart, colIndex, cost.clone(),
        caps); // the solver shifts the costs in place
    out[1] = TaskSideShortestPaths.solve(rows, caps.length, rowStart, colIndex, cost, caps);
    for (int[] rowEdge : out) {
      for (int i = 0; i < rows; i++) {
        rowEdge[i] = rowEdge[i] < 0 ? -1 : colIndex[rowEdge[i]];
      }
    }
    return out;
  }

  /** {assigned, total} of a row-to-column assignment, checking edges and capacities. */
  private static double[] evaluate(int[] rowToCol, int[] caps, int[] rowStart, int[] colIndex,
      double[] scores) {
    int[] load = new int[caps.length];
    double assigned = 0;
    double total = 0;
    for (int i = 0; i < rowToCol.length; i++) {
      int k = rowToCol[i];
      if (k < 0) {
        continue;
      }
      double best = Double.NEGATIVE_INFINITY;
      for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
        if (colIndex[e] == k) {
          best = Math.max(best, scores[e]);
        }
      }
      assertThat(best).as("row %d has an edge to column %d", i, k).isGreaterThan(
          Double.NEGATIVE_INFINITY);
      load[k]++;
      assigned++;
      total += best;
    }
    for (int k = 0; k < caps.length; k++) {
      assertThat(load[k]).as("load of column %d", k).isLessThanOrEqualTo(caps[k]);
    }
    return new double[] {assigned, total};
  }

  @Test
  void bothSidesAgreeWithBruteForceOnSmallScarceInstances() {
    qt().withExamples(500).forAll(integers().between(1, 8), integers().between(1, 3),
        longs().all()).checkAssert((n, m, seed) -> {
          Instance in = Instance.random(n, m, seed, 0.7, 2);
          double[] expected = in.bruteForce(in.capacities, true);
          for (int[] rowToCol : bothSides(n, in.capacities, in.rowStart, in.colIndex,
              in.scores)) {
            double[] got = evaluate(rowToCol, in.capacities, in.rowStart, in.colIndex,
                in.scores);
            assertThat(got[0]).isEqualTo(expected[0]);
            assertThat(got[1]).isCloseTo(expected[1], within(EPS));
          }
        });
  }

  @Test
  void bothSidesAgreeWithTheExpandedReferenceOnMidSizeInstances() {
    // integer scores from few or many levels; slots from far fewer than the rows to more
    qt().withExamples(60).forAll(integers().between(20, 200), integers().between(1, 20),
        longs().all()).checkAssert((n, m, seed) -> {
          Random r = new Random(seed);
          int maxCap = 1 + r.nextInt(n / m + 2);
          int[] caps = new int[m];
          for (int k = 0; k < m; k++) {
            caps[k] = r.nextInt(maxCap + 1);
          }
          int levels = r.nextBoolean() ? 3 : 100;
          int[] rowStart = new int[n + 1];
          int[] colIndex = new int[n * 4];
          double[] scores = new double[n * 4];
          int e = 0;
          for (int i = 0; i < n; i++) {
            for (int d = r.nextInt(5); d > 0; d--) {
              colIndex[e] = r.nextInt(m);
              scores[e++] = r.nextInt(levels);
            }
            rowStart[i + 1] = e;
          }
          colIndex = Arrays.copyOf(colIndex, e);
          scores = Arrays.copyOf(scores, e);
          double[] expected = ReferenceExpansionTest.reference(n, caps, rowStart, colIndex,
              scores);
          for (int[] rowToCol : bothSides(n, caps, rowStart, colIndex, scores)) {
            double[] got = evaluate(rowToCol, caps, rowStart, colIndex, scores);
            assertThat(got[0]).isEqualTo(expected[0]);
            assertThat(got[1]).isEqualTo(expected[1]);
          }
          AssignmentResult viaApi = CapacitatedAssignment.maximize(n, caps, rowStart, colIndex,
              scores);
          assertThat(viaApi.assigned()).isEqualTo((int) expected[0]);
          assertThat(viaApi.total()).isEqualTo(expected[1]);
        });
  }

  @Test
  void aDisplacementChainPlacesOneMoreAndLeavesTheThirdOut() {
    // column 0 (1 slot): row 0 scores 10, row 1 scores 9, row 2 scores 1; column 1 (1 slot):
    // only row 0, at 9. The slot of column 0 is filled first with row 0; filling column 1
    // must move row 0 over and give column 0 to row 1: 9 + 9 = 18, row 2 left out.
    int[] rowStart = {0, 2, 3, 4};
    int[] colIndex = {0, 1, 0, 0};
    double[] scores = {10, 9, 9, 1};
    int[] caps = {1, 1};
    for (int[] rowToCol : bothSides(3, caps, rowStart, colIndex, scores)) {
      assertThat(rowToCol).containsExactly(1, 0, -1);
    }
    AssignmentResult r = CapacitatedAssignment.maximize(3, caps, rowStart, colIndex, scores);
    assertThat(r.rowToCol()).containsExactly(1, 0, -1);
    assertThat(r.total()).isEqualTo(18);
  }

  @Test
  void aSlotElsewhereIsLeftEmptyWhenThatScoresMore() {
    // one row, two single-slot columns: column 0 scores 1, column 1 scores 5. Two more rows
    // have no edge, so there are fewer slots (2) than rows (3). Filling column 1 after
    // column 0 took the row must move the row and leave column 0's slot empty.
    int[] rowStart = {0, 2, 2, 2};
    int[] colIndex = {0, 1};
    double[] scores = {1, 5};
    int[] caps = {1, 1};
    for (int[] rowToCol : bothSides(3, caps, rowStart, colIndex, scores)) {
      assertThat(rowToCol).containsExactly(1, -1, -1);
    }
    // and the other way round: the column filled second leaves its own slot empty
    double[] reversed = {5, 1};
    for (int[] rowToCol : bothSides(3, caps, rowStart, colIndex, reversed)) {
      assertThat(rowToCol).containsExactly(0, -1, -1);
    }
  }

  @Test
  void equalScoresGoToTheLowestIndicesDeterministically() {
    // four rows, one column with two slots, every score equal: rows 0 and 1 are placed
    int[] rowStart = {0, 1, 2, 3, 4};
    int[] colIndex = {0, 0, 0, 0};
    double[] scores = {0.5, 0.5, 0.5, 0.5};
    for (int[] rowToCol : bothSides(4, new int[] {2}, rowStart, colIndex, scores)) {
      assertThat(rowToCol).containsExactly(0, 0, -1, -1);
    }
    // through the strategy: participants' indices follow their ids
    CandidateGraph.Builder b = CandidateGraph.builder(List.of("P1", "P2", "P3", "P4", "P5"),
        List.of("T1", "T2"), new int[] {1, 1});
    for (int i = 0; i < 5; i++) {
      b.edge(i, 0, 0.5);
      b.edge(i, 1, 0.5);
    }
    CandidateGraph g = b.build();
    Assignment a = MatchingStrategies.optimal().solve(g);
    assertThat(a.toArray()).containsExactly(0, 1, -1, -1, -1);
    assertThat(MatchingStrategies.optimal().solve(g).toArray()).isEqualTo(a.toArray());
  }

  @Test
  void repeatedSolvesOfATiedScarceInstanceGiveTheSameAssignment() {
    Random r = new Random(7);
    int n = 400;
    int m = 30;
    int[] caps = new int[m];
    for (int k = 0; k < m; k++) {
      caps[k] = 1 + r.nextInt(6);
    }
    int[] rowStart = new int[n + 1];
    int[] colIndex = new int[n * 5];
    double[] scores = new double[n * 5];
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < 5; d++) {
        colIndex[i * 5 + d] = r.nextInt(m);
        scores[i * 5 + d] = r.nextInt(3) / 2.0; // many equal scores
      }
      rowStart[i + 1] = (i + 1) * 5;
    }
    AssignmentResult first = CapacitatedAssignment.maximize(n, caps, rowStart, colIndex,
        scores);
    assertThat(first.assigned()).isLessThan(n / 2); // scarce: most rows are left out
    for (int t = 0; t < 3; t++) {
      AssignmentResult again = CapacitatedAssignment.maximize(n, caps, rowStart, colIndex,
          scores);
      assertThat(again.rowToCol()).isEqualTo(first.rowToCol());
    }
    int[][] sides = bothSides(n, caps, rowStart, colIndex, scores);
    double[] rowSide = evaluate(sides[0], caps, rowStart, colIndex, scores);
    double[] slotSide = evaluate(sides[1], caps, rowStart, colIndex, scores);
    assertThat(slotSide).containsExactly(rowSide);
    assertThat(slotSide[0]).isEqualTo(first.assigned());
    assertThat(slotSide[1]).isEqualTo(first.total());
  }
}
