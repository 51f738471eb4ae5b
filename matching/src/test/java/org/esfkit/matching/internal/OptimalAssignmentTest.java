package org.esfkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OptimalAssignmentTest {

  private static final double EPS = 1e-9;

  private static void assertValid(AssignmentResult result, Instance in, int[] caps) {
    int[] load = new int[in.cols];
    for (int i = 0; i < in.rows; i++) {
      int j = result.colOf(i);
      if (j >= 0) {
        assertThat(in.dense[i * in.cols + j]).as("pair (%d,%d) admissible", i, j).isNotNaN();
        load[j]++;
      }
    }
    for (int j = 0; j < in.cols; j++) {
      assertThat(load[j]).as("load of column %d", j).isLessThanOrEqualTo(caps[j]);
    }
  }

  @Test
  void denseMaximumAgreesWithBruteForce() {
    qt().withExamples(400).forAll(integers().between(0, 6), integers().between(0, 6),
        longs().all()).checkAssert((n, m, seed) -> {
          Instance in = Instance.random(n, m, seed, seed % 3 == 0 ? 1.0 : 0.6, 1);
          double[] expected = in.bruteForce(in.unitCapacities(), true);
          AssignmentResult result = DenseAssignment.maximize(in.dense, n, m);
          assertValid(result, in, in.unitCapacities());
          assertThat(result.assigned()).isEqualTo((int) expected[0]);
          assertThat(result.total()).isCloseTo(expected[1], within(EPS));
        });
  }

  @Test
  void denseMinimumAgreesWithBruteForce() {
    qt().withExamples(300).forAll(integers().between(0, 6), integers().between(0, 6),
        longs().all()).checkAssert((n, m, seed) -> {
          Instance in = Instance.random(n, m, seed, seed % 2 == 0 ? 1.0 : 0.5, 1);
          double[] costs = in.dense.clone();
          for (int p = 0; p < costs.length; p++) {
            if (Double.isNaN(costs[p]) && p % 2 == 0) {
              costs[p] = Double.POSITIVE_INFINITY; // the other spelling of "inadmissible"
            }
          }
          double[] expected = in.bruteForce(in.unitCapacities(), false);
          AssignmentResult result = DenseAssignment.minimize(costs, n, m);
          assertValid(result, in, in.unitCapacities());
          assertThat(result.assigned()).isEqualTo((int) expected[0]);
          assertThat(result.total()).isCloseTo(expected[1], within(EPS));
        });
  }

  @Test
  void sparseMaximumAgreesWithBruteForceAndDense() {
    qt().withExamples(400).forAll(integers().between(0, 6), integers().between(0, 6),
        longs().all()).checkAssert((n, m, seed) -> {
          Instance in = Instance.random(n, m, seed, 0.45, 1);
          double[] expected = in.bruteForce(in.unitCapacities(), true);
          AssignmentResult sparse =
              SparseAssignment.maximize(n, m, in.rowStart, in.colIndex, in.scores);
          AssignmentResult dense = DenseAssignment.maximize(in.dense, n, m);
          assertValid(sparse, in, in.unitCapacities());
          assertThat(sparse.assigned()).isEqualTo((int) expected[0]);
          assertThat(sparse.total()).isCloseTo(expected[1], within(EPS));
          assertThat(dense.assigned()).isEqualTo(sparse.assigned());
          assertThat(dense.total()).isCloseTo(sparse.total(), within(EPS));
        });
  }

  @Test
  void capacitatedMaximumAgreesWithBruteForce() {
    qt().withExamples(400).forAll(integers().between(0, 6), integers().between(0, 4),
        longs().all()).checkAssert((n, m, seed) -> {
          Instance in = Instance.random(n, m, seed, 0.6, 3);
          double[] expected = in.bruteForce(in.capacities, true);
          AssignmentResult result = CapacitatedAssignment.maximize(n, in.capacities,
              in.rowStart, in.colIndex, in.scores);
          assertValid(result, in, in.capacities);
          assertThat(result.assigned()).isEqualTo((int) expected[0]);
          assertThat(result.total()).isCloseTo(expected[1], within(EPS));
        });
  }

  @Test
  void capacitatedMinimumAgreesWithBruteForce() {
    qt().withExamples(200).forAll(integers().between(0, 6), integers().between(0, 4),
        longs().all()).checkAssert((n, m, seed) -> {
          Instance in = Instance.random(n, m, seed, 0.6, 3);
          double[] expected = in.bruteForce(in.capacities, false);
          AssignmentResult result = CapacitatedAssignment.minimize(n, in.capacities,
              in.rowStart, in.colIndex, in.scores);
          assertValid(result, in, in.capacities);
          assertThat(result.assigned()).isEqualTo((int) expected[0]);
          assertThat(result.total()).isCloseTo(expected[1], within(EPS));
        });
  }

  @Test
  void denseSparseAndCapacitatedAgreeOnLargerInstances() {
    qt().withExamples(60).forAll(integers().between(1, 120), integers().between(1, 120),
        longs().all()).checkAssert((n, m, seed) -> {
          double density = Math.floorMod(seed, 4) == 0 ? 1.0 : 0.08;
          Instance in = Instance.random(n, m, seed, density, 1);
          AssignmentResult dense = DenseAssignment.maximize(in.dense, n, m);
          AssignmentResult sparse =
              SparseAssignment.maximize(n, m, in.rowStart, in.colIndex, in.scores);
          AssignmentResult capacitated = CapacitatedAssignment.maximize(n, in.unitCapacities(),
              in.rowStart, in.colIndex, in.scores);
          assertValid(dense, in, in.unitCapacities());
          assertValid(sparse, in, in.unitCapacities());
          assertValid(capacitated, in, in.unitCapacities());
          assertThat(sparse.assigned()).isEqualTo(dense.assigned());
          assertThat(capacitated.assigned()).isEqualTo(dense.assigned());
          assertThat(sparse.total()).isCloseTo(dense.total(), within(1e-7));
          assertThat(capacitated.total()).isCloseTo(dense.total(), within(1e-7));
        });
  }

  @Test
  void jonkerVolgenantAgreesWithShortestPathsOnSquareTiesAndIntegers() {
    for (int t = 0; t < 40; t++) {
      Random r = new Random(t);
      int n = 1 + r.nextInt(250);
      int levels = t % 3 == 0 ? 3 : t % 3 == 1 ? 50 : 1_000_000;
      double[] c = new double[n * n];
      for (int p = 0; p < c.length; p++) {
        c[p] = r.nextInt(levels);
      }
      AssignmentResult jv = DenseAssignment.minimize(c, n, n);
      int[] rowStart = new int[n + 1];
      int[] colIndex = new int[n * n];
      for (int i = 0; i < n; i++) {
        rowStart[i + 1] = (i + 1) * n;
        for (int j = 0; j < n; j++) {
          colIndex[i * n + j] = j;
        }
      }
      AssignmentResult ssp = SparseAssignment.minimize(n, n, rowStart, colIndex, c);
      assertThat(jv.assigned()).isEqualTo(n);
      assertThat(Arrays.stream(jv.rowToCol()).distinct().count()).isEqualTo(n);
      assertThat(jv.total()).as("n=%d levels=%d", n, levels).isEqualTo(ssp.total());
    }
  }

  /**
   * Square sparse instances large enough to need every phase of the square solver (column
   * reduction, reduction transfer, augmenting row reduction, then shortest paths that search
   * most of the graph), with few cost levels (ties), repeated edges, rows or columns without
   * edges and graphs without a perfect matching, checked against the dense solver.
   */
  @Test
  void squareSparseAgreesWithDenseOnTiesRepeatsAndInfeasibleGraphs() {
    for (int t = 0; t < 150; t++) {
      Random r = new Random(1_000 + t);
      int n = 1 + r.nextInt(t < 100 ? 60 : 400);
      int degree = 1 + r.nextInt(6);
      int levels = t % 3 == 0 ? 2 : t % 3 == 1 ? 20 : 1_000_000;
      boolean perfect = t % 4 != 3; // every fourth graph may lack a perfect matching
      int[] perm = new int[n];
      for (int i = 0; i < n; i++) {
        perm[i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        int x = perm[i];
        perm[i] = perm[j];
        perm[j] = x;
      }
      int[] rowStart = new int[n + 1];
      int[] colIndex = new int[n * (degree + 2)];
      double[] cost = new double[colIndex.length];
      double[] dense = new double[n * n];
      Arrays.fill(dense, Double.POSITIVE_INFINITY);
      int e = 0;
      for (int i = 0; i < n; i++) {
        int d = perfect ? 1 + degree : r.nextInt(degree + 1); // may be 0: a row without edges
        boolean repeat = d > 0 && r.nextInt(8) == 0;
        for (int q = 0; q < d + (repeat ? 1 : 0); q++) {
          int j = q == d ? colIndex[e - 1] // a repeated (row, column) edge
              : perfect && q == 0 ? perm[i] : r.nextInt(n);
          double c = 1 + r.nextInt(levels);
          colIndex[e] = j;
          cost[e++] = c;
          dense[i * n + j] = Math.min(dense[i * n + j], c);
        }
        rowStart[i + 1] = e;
      }
      AssignmentResult sparse = SparseAssignment.minimize(n, n,
          rowStart, Arrays.copyOf(colIndex, e), Arrays.copyOf(cost, e));
      AssignmentResult reference = DenseAssignment.minimize(dense, n, n);
      String label = String.format("t=%d n=%d degree=%d levels=%d", t, n, degree, levels);
      assertThat(sparse.assigned()).as(label).isEqualTo(reference.assigned());
      if (perfect) {
        assertThat(sparse.assigned()).as(label).isEqualTo(n);
      }
      assertThat(sparse.total()).as(label).isEqualTo(reference.total());
      double recomputed = 0;
      boolean[] used = new boolean[n];
      for (int i = 0; i < n; i++) {
        int j = sparse.colOf(i);
        if (j >= 0) {
          assertThat(used[j]).as(label + " column %d used twice", j).isFalse();
          used[j] = true;
          assertThat(dense[i * n + j]).as(label + " pair (%d,%d) is an edge", i, j)
              .isFinite();
          recomputed += dense[i * n + j];
        }
      }
      assertThat(sparse.total()).as(label).isEqualTo(recomputed);
    }
  }

  @Test
  void rectangularDenseAssignsTheSmallerSide() {
    double[] tall = {1, 9, 2, 8, 3, 7}; // 3 rows x 2 cols
    AssignmentResult max = DenseAssignment.maximize(tall, 3, 2);
    assertThat(max.assigned()).isEqualTo(2);
    assertThat(max.total()).isEqualTo(9 + 3);
    assertThat(max.rowToCol()).containsExactly(1, -1, 0);
    double[] wide = {1, 9, 2, 8, 3, 7}; // 2 rows x 3 cols
    AssignmentResult min = DenseAssignment.minimize(wide, 2, 3);
    assertThat(min.rowToCol()).containsExactly(0, 1);
    assertThat(min.total()).isEqualTo(1 + 3);
  }

  @Test
  void cardinalityComesBeforeScore() {
    // row 0 likes column 0 a lot, row 1 can only use column 0: both must be assigned
    double[] s = {0.9, 0.1, 0.2, Double.NaN};
    AssignmentResult r = DenseAssignment.maximize(s, 2, 2);
    assertThat(r.rowToCol()).containsExactly(1, 0);
    assertThat(r.total()).isCloseTo(0.3, within(EPS));
  }

  @Test
  void theBetterRowKeepsAContestedColumn() {
    // two rows, one column: the second row (higher score) must win even though it comes later
    int[] rowStart = {0, 1, 2};
    int[] cols = {0, 0};
    AssignmentResult r = SparseAssignment.maximize(2, 1, rowStart, cols, new double[] {0.2, 0.7});
    assertThat(r.rowToCol()).containsExactly(-1, 0);
    AssignmentResult c = CapacitatedAssignment.maximize(2, new int[] {1}, rowStart, cols,
        new double[] {0.2, 0.7});
    assertThat(c.rowToCol()).containsExactly(-1, 0);
  }

  @Test
  void degenerateInputsGiveEmptyAssignments() {
    assertThat(DenseAssignment.maximize(new double[0], 0, 0).assigned()).isZero();
    AssignmentResult noCols = DenseAssignment.maximize(new double[0], 3, 0);
    assertThat(noCols.rowToCol()).containsExactly(-1, -1, -1);
    assertThat(noCols.total()).isZero();
    assertThat(DenseAssignment.minimize(new double[0], 0, 4).rows()).isZero();
    double[] none = {Double.NaN, Double.NEGATIVE_INFINITY, Double.NaN, Double.NaN};
    AssignmentResult allInadmissible = DenseAssignment.maximize(none, 2, 2);
    assertThat(allInadmissible.rowToCol()).containsExactly(-1, -1);
    assertThat(SparseAssignment.maximize(2, 2, new int[] {0, 0, 0}, new int[0], new double[0])
        .assigned()).isZero();
    assertThat(CapacitatedAssignment.maximize(2, new int[] {0, 0}, new int[] {0, 1, 2},
        new int[] {0, 1}, new double[] {1, 1}).assigned()).isZero();
    assertThat(GreedyAssignment.assign(0, new int[0], new int[] {0}, new int[0], new double[0])
        .rows()).isZero();
    assertThat(DeferredAcceptance.match(0, new int[] {2}, new int[] {0}, new int[0],
        new double[0], null, null).rows()).isZero();
  }

  @Test
  void equalScoresStillGiveAPerfectAssignment() {
    double[] same = new double[25];
    Arrays.fill(same, 0.5);
    AssignmentResult r = DenseAssignment.maximize(same, 5, 5);
    assertThat(r.assigned()).isEqualTo(5);
    assertThat(r.total()).isCloseTo(2.5, within(EPS));
    assertThat(DenseAssignment.maximize(same, 5, 5).rowToCol()).isEqualTo(r.rowToCol());
  }

  @Test
  void malformedInputIsRejectedWithTheReason() {
    assertThatThrownBy(() -> DenseAssignment.maximize(new double[3], 2, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rows*cols");
    assertThatThrownBy(() -> DenseAssignment.maximize(new double[] {Double.POSITIVE_INFINITY},
        1, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0");
    assertThatThrownBy(() -> SparseAssignment.maximize(1, 1, new int[] {0, 1}, new int[] {3},
        new double[] {1})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("colIndex[0] = 3");
    assertThatThrownBy(() -> CapacitatedAssignment.maximize(1, new int[] {-1}, new int[] {0, 0},
        new int[0], new double[0])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacities[0] = -1");
  }
}
