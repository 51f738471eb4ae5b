package org.esfkit.matching.internal;

import java.util.Arrays;
import java.util.Random;

/** A random small instance in both dense and CSR form, with a brute-force reference. */
final class Instance {

  final int rows;
  final int cols;
  final double[] dense; // NaN = inadmissible
  final int[] rowStart;
  final int[] colIndex;
  final double[] scores;
  final int[] capacities;

  Instance(int rows, int cols, double[] dense, int[] capacities) {
    this.rows = rows;
    this.cols = cols;
    this.dense = dense;
    this.capacities = capacities;
    rowStart = new int[rows + 1];
    int count = 0;
    for (double x : dense) {
      if (!Double.isNaN(x)) {
        count++;
      }
    }
    colIndex = new int[count];
    scores = new double[count];
    int e = 0;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        double x = dense[i * cols + j];
        if (!Double.isNaN(x)) {
          colIndex[e] = j;
          scores[e++] = x;
        }
      }
      rowStart[i + 1] = e;
    }
  }

  /**
   * Random instance: admissible with probability {@code density}; scores either continuous or
   * from a few levels (ties); capacities in [0, maxCap].
   */
  static Instance random(int rows, int cols, long seed, double density, int maxCap) {
    Random r = new Random(seed);
    boolean ties = r.nextBoolean();
    double[] dense = new double[rows * cols];
    for (int p = 0; p < dense.length; p++) {
      if (r.nextDouble() < density) {
        dense[p] = ties ? r.nextInt(4) / 4.0 : Math.round(r.nextDouble() * 1e6) / 1e6;
      } else {
        dense[p] = Double.NaN;
      }
    }
    int[] caps = new int[cols];
    for (int j = 0; j < cols; j++) {
      caps[j] = maxCap <= 1 ? 1 : r.nextInt(maxCap + 1);
    }
    return new Instance(rows, cols, dense, caps);
  }

  int[] unitCapacities() {
    int[] ones = new int[cols];
    Arrays.fill(ones, 1);
    return ones;
  }

  /** {assigned, total} of the lexicographic optimum (maximise), by exhaustive search. */
  double[] bruteForce(int[] caps, boolean maximize) {
    double[] best = {-1, 0};
    search(0, caps.clone(), 0, 0.0, best, maximize);
    return best;
  }

  private void search(int i, int[] left, int count, double total, double[] best,
      boolean maximize) {
    if (i == rows) {
      if (count > best[0]
          || (count == best[0] && (maximize ? total > best[1] : total < best[1]))) {
        best[0] = count;
        best[1] = total;
      }
      return;
    }
    // prune: even assigning every remaining row cannot beat the best count
    if (count + (rows - i) < best[0]) {
      return;
    }
    for (int j = 0; j < cols; j++) {
      double x = dense[i * cols + j];
      if (!Double.isNaN(x) && left[j] > 0) {
        left[j]--;
        search(i + 1, left, count + 1, total + x, best, maximize);
        left[j]++;
      }
    }
    search(i + 1, left, count, total, best, maximize);
  }
}
