package org.esfkit.matching.internal;

/** Argument checks shared by the solvers; every failure names the offending argument. */
final class Checks {

  private Checks() {}

  static void dense(double[] matrix, int rows, int cols) {
    if (matrix == null) {
      throw new NullPointerException("matrix");
    }
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("rows and cols must be >= 0, got " + rows + "x" + cols);
    }
    if ((long) rows * cols != matrix.length) {
      throw new IllegalArgumentException(
          "matrix length " + matrix.length + " != rows*cols = " + rows + "*" + cols);
    }
  }

  /** Checks a CSR graph; {@code weights} may be null when the caller has none. */
  static void csr(int rows, int cols, int[] rowStart, int[] colIndex, double[] weights) {
    if (rowStart == null || colIndex == null) {
      throw new NullPointerException(rowStart == null ? "rowStart" : "colIndex");
    }
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("rows and cols must be >= 0, got " + rows + "x" + cols);
    }
    if (rowStart.length != rows + 1) {
      throw new IllegalArgumentException(
          "rowStart length " + rowStart.length + " != rows + 1 = " + (rows + 1));
    }
    if (rowStart[0] != 0 || rowStart[rows] != colIndex.length) {
      throw new IllegalArgumentException("rowStart must run from 0 to colIndex.length = "
          + colIndex.length + ", got " + rowStart[0] + ".." + rowStart[rows]);
    }
    for (int i = 0; i < rows; i++) {
      if (rowStart[i + 1] < rowStart[i]) {
        throw new IllegalArgumentException("rowStart must not decrease, at row " + i);
      }
    }
    for (int e = 0; e < colIndex.length; e++) {
      if (colIndex[e] < 0 || colIndex[e] >= cols) {
        throw new IllegalArgumentException(
            "colIndex[" + e + "] = " + colIndex[e] + " outside [0, " + cols + ")");
      }
    }
    if (weights != null && weights.length != colIndex.length) {
      throw new IllegalArgumentException(
          "weights length " + weights.length + " != colIndex length " + colIndex.length);
    }
  }

  static void capacities(int[] capacities) {
    if (capacities == null) {
      throw new NullPointerException("capacities");
    }
    for (int k = 0; k < capacities.length; k++) {
      if (capacities[k] < 0) {
        throw new IllegalArgumentException(
            "capacities[" + k + "] = " + capacities[k] + " must be >= 0");
      }
    }
  }

  static void ranks(int[] ranks, int edges, String name) {
    if (ranks != null && ranks.length != edges) {
      throw new IllegalArgumentException(
          name + " length " + ranks.length + " != colIndex length " + edges);
    }
  }
}
