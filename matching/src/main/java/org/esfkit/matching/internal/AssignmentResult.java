package org.esfkit.matching.internal;

import java.util.Arrays;

/**
 * The outcome of an assignment solver: which column (task) each row (participant) got, how
 * many rows were assigned and the total of the assigned pairs' weights.
 *
 * <p>The total is the sum of the caller's own numbers (scores when maximising, costs when
 * minimising) over the assigned pairs, summed in row order. Instances are immutable.
 */
public final class AssignmentResult {

  private final int[] rowToCol;
  private final int assigned;
  private final double total;

  AssignmentResult(int[] rowToCol, double total) {
    this.rowToCol = rowToCol;
    int count = 0;
    for (int col : rowToCol) {
      if (col >= 0) {
        count++;
      }
    }
    this.assigned = count;
    this.total = total;
  }

  /**
   * Returns a copy of the assignment: element {@code i} is the column assigned to row {@code i},
   * or {@code -1} when row {@code i} is unassigned.
   *
   * @return a fresh array of length {@link #rows()}
   */
  public int[] rowToCol() {
    return rowToCol.clone();
  }

  /**
   * Returns the column assigned to a row.
   *
   * @param row a row index in {@code [0, rows())}
   * @return the column index, or {@code -1} when the row is unassigned
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public int colOf(int row) {
    return rowToCol[row];
  }

  /**
   * Returns the number of rows of the problem.
   *
   * @return the number of rows, assigned or not
   */
  public int rows() {
    return rowToCol.length;
  }

  /**
   * Returns how many rows were assigned a column.
   *
   * @return the number of assigned pairs
   */
  public int assigned() {
    return assigned;
  }

  /**
   * Returns the sum of the weights of the assigned pairs (scores or costs, as given).
   *
   * @return the total, {@code 0.0} when nothing is assigned
   */
  public double total() {
    return total;
  }

  @Override
  public String toString() {
    return "AssignmentResult{assigned=" + assigned + ", total=" + total
        + ", rowToCol=" + (rowToCol.length <= 32 ? Arrays.toString(rowToCol) : "[" + rowToCol.length + " rows]")
        + "}";
  }
}
