package org.esfkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks the sparse and capacitated solvers on mid-size instances against an independent
 * reference: the dense Jonker–Volgenant code on a square, finite expansion of the problem
 * (tasks expanded into slots, a private "unassigned" column per row and a filler row per
 * slot), with small integer costs so that the big-M expansion is exact in doubles.
 */
class ReferenceExpansionTest {

  private static final double BIG = 1e7; // > (rows + 1) * max cost

  /** {assigned, total} of the lexicographic optimum (maximum score) by the expansion. */
  static double[] reference(int rows, int[] caps, int[] rowStart, int[] colIndex,
      double[] scores) {
    int slots = 0;
    int[] slotCol = new int[0];
    for (int c : caps) {
      slots += c;
    }
    slotCol = new int[slots];
    int s = 0;
    for (int k = 0; k < caps.length; k++) {
      for (int q = 0; q < caps[k]; q++) {
        slotCol[s++] = k;
      }
    }
    int size = rows + slots; // rows: real rows then one filler per slot; cols: slots then rows
    double[] cost = new double[size * size];
    java.util.Arrays.fill(cost, 4 * BIG);
    double maxScore = 100;
    for (int i = 0; i < rows; i++) {
      for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
        for (int q = 0; q < slots; q++) {
          if (slotCol[q] == colIndex[e]) {
            cost[i * size + q] = Math.min(cost[i * size + q], maxScore - scores[e]);
          }
        }
      }
      cost[i * size + slots + i] = BIG; // row i unassigned
    }
    for (int f = rows; f < size; f++) {
      for (int c = 0; c < size; c++) {
        cost[f * size + c] = 0; // fillers take the unused slots and unassigned markers
      }
    }
    int[] x = DenseAssignment.lapjv(cost, size, size);
    double assigned = 0;
    double total = 0;
    for (int i = 0; i < rows; i++) {
      if (x[i] < slots) {
        assertThat(cost[i * size + x[i]]).isLessThan(BIG);
        assigned++;
        total += maxScore - cost[i * size + x[i]];
      }
    }
    return new double[] {assigned, total};
  }

  @Test
  void capacitatedAgreesWithTheExpandedDenseReference() {
    qt().withExamples(80).forAll(integers().between(1, 60), integers().between(1, 25),
        longs().all()).checkAssert((n, m, seed) -> {
          Random r = new Random(seed);
          int[] caps = new int[m];
          for (int k = 0; k < m; k++) {
            caps[k] = r.nextInt(4);
          }
          int degree = 1 + r.nextInt(4);
          int[] rowStart = new int[n + 1];
          int[] colIndex = new int[n * degree];
          double[] scores = new double[n * degree];
          for (int i = 0; i < n; i++) {
            for (int d = 0; d < degree; d++) {
              colIndex[i * degree + d] = r.nextInt(m);
              scores[i * degree + d] = r.nextInt(r.nextBoolean() ? 3 : 100);
            }
            rowStart[i + 1] = (i + 1) * degree;
          }
          double[] expected = reference(n, caps, rowStart, colIndex, scores);
          AssignmentResult got = CapacitatedAssignment.maximize(n, caps, rowStart, colIndex,
              scores);
          assertThat(got.assigned()).isEqualTo((int) expected[0]);
          assertThat(got.total()).isEqualTo(expected[1]);
          int[] ones = new int[m];
          java.util.Arrays.fill(ones, 1);
          double[] expectedUnit = reference(n, ones, rowStart, colIndex, scores);
          AssignmentResult unit = SparseAssignment.maximize(n, m, rowStart, colIndex, scores);
          assertThat(unit.assigned()).isEqualTo((int) expectedUnit[0]);
          assertThat(unit.total()).isEqualTo(expectedUnit[1]);
        });
  }
}
