package org.esfkit.benchmarks;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Benchmark inputs, generated from fixed seeds so that every solver (esfkit, scipy, JGraphT,
 * OR-Tools) sees identical numbers. All weights are integers stored as doubles, so OR-Tools'
 * integer costs need no scaling and every solver has exactly the same optimum.
 */
public final class Instances {

  /** Largest weight; weights are uniform in {@code [1, MAX_WEIGHT]}. */
  public static final int MAX_WEIGHT = 1_000_000;

  private Instances() {}

  /** A dense {@code n × n} row-major cost matrix, uniform integers in [1, 1e6]. */
  public static double[] dense(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] c = new double[n * n];
    for (int p = 0; p < c.length; p++) {
      c[p] = 1 + r.nextInt(MAX_WEIGHT);
    }
    return c;
  }

  /** A sparse bipartite graph in CSR form with integer weights. */
  public static final class Sparse {
    /** Number of rows. */
    public final int rows;
    /** Number of columns. */
    public final int cols;
    /** CSR offsets. */
    public final int[] rowStart;
    /** Column of each edge. */
    public final int[] colIndex;
    /** Weight of each edge. */
    public final double[] weights;
    /** Capacity of each column (all 1 for plain assignment). */
    public final int[] capacities;

    Sparse(int rows, int cols, int[] rowStart, int[] colIndex, double[] weights,
        int[] capacities) {
      this.rows = rows;
      this.cols = cols;
      this.rowStart = rowStart;
      this.colIndex = colIndex;
      this.weights = weights;
      this.capacities = capacities;
    }
  }

  /**
   * {@code n × n}, {@code degree} distinct random columns per row, one of them from a random
   * permutation so that a perfect matching exists.
   */
  public static Sparse sparse(int n, int degree, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    int[] capacities = new int[n];
    java.util.Arrays.fill(capacities, 1);
    return candidates(n, n, degree, r, perm, capacities);
  }

  /**
   * {@code rows} participants, {@code tasks} tasks with 1..{@code maxSlots} slots,
   * {@code degree} distinct random candidate tasks per participant, integer scores.
   */
  public static Sparse capacitated(int rows, int tasks, int maxSlots, int degree, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] capacities = new int[tasks];
    for (int k = 0; k < tasks; k++) {
      capacities[k] = 1 + r.nextInt(maxSlots);
    }
    return candidates(rows, tasks, degree, r, null, capacities);
  }

  private static Sparse candidates(int rows, int cols, int degree, SplittableRandom r,
      int[] forced, int[] capacities) {
    int d = Math.min(degree, cols);
    int[] rowStart = new int[rows + 1];
    int[] colIndex = new int[rows * d];
    double[] weights = new double[rows * d];
    int e = 0;
    for (int i = 0; i < rows; i++) {
      int start = e;
      if (forced != null) {
        colIndex[e] = forced[i];
        weights[e++] = 1 + r.nextInt(MAX_WEIGHT);
      }
      while (e - start < d) {
        int c = r.nextInt(cols);
        boolean seen = false;
        for (int q = start; q < e; q++) {
          if (colIndex[q] == c) {
            seen = true;
            break;
          }
        }
        if (!seen) {
          colIndex[e] = c;
          weights[e++] = 1 + r.nextInt(MAX_WEIGHT);
        }
      }
      // sorted columns: scipy's canonical CSR form. Weights are i.i.d., so pairing them with
      // the sorted positions keeps them uniform; every solver reads these same arrays.
      java.util.Arrays.sort(colIndex, start, e);
      rowStart[i + 1] = e;
    }
    return new Sparse(rows, cols, rowStart, colIndex, weights, capacities);
  }

  /** Writes doubles as raw little-endian float64. */
  public static void writeDoubles(Path file, double[] values) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      ByteBuffer buf = ByteBuffer.allocate(8 * 8192).order(ByteOrder.LITTLE_ENDIAN);
      for (int p = 0; p < values.length; p++) {
        buf.putDouble(values[p]);
        if (!buf.hasRemaining()) {
          out.write(buf.array(), 0, buf.position());
          buf.clear();
        }
      }
      out.write(buf.array(), 0, buf.position());
    }
  }

  /** Writes ints as raw little-endian int32. */
  public static void writeInts(Path file, int[] values) throws IOException {
    try (DataOutputStream out = new DataOutputStream(
        new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
      for (int x : values) {
        out.writeInt(Integer.reverseBytes(x));
      }
    }
  }
}
