package org.esfkit.core.io;

import org.esfkit.core.EsfkitImmutable;
import org.esfkit.core.internal.Text;
import org.immutables.value.Value;

/**
 * One problem found in an input file: where (file, line, column) and why. Prints compiler style:
 * {@code FILE:LINE:COLUMN: message}, where LINE counts a CSV header as line 1 and COLUMN is the
 * column's name (CSV) or the JSON path (JSON).
 */
@Value.Immutable
@EsfkitImmutable
public abstract class Problem {
  /**
   * Creates a problem. Control, bidirectional and unpaired characters in any part are escaped
   * ({@code \}{@code uXXXX}), so a problem prints safely on a terminal.
   *
   * @param source the file name as given by the caller
   * @param line 1-based line, or 0 when the problem concerns the whole file
   * @param column the column name or JSON path, or {@code -} when not applicable
   * @param message the reason, never containing personal data beyond the pseudonymous id
   * @return the problem
   */
  public static Problem of(String source, long line, String column, String message) {
    return ImmutableProblem.builder().source(Text.escape(source)).line(line).column(Text.escape(column))
        .message(Text.escape(message)).build();
  }

  /**
   * The file the problem is in.
   *
   * @return the file name
   */
  public abstract String source();

  /**
   * The line, 1-based (a CSV header is line 1).
   *
   * @return the line, or 0 for the whole file
   */
  public abstract long line();

  /**
   * The column name (CSV) or JSON path (JSON).
   *
   * @return the column
   */
  public abstract String column();

  /**
   * Why the value is bad.
   *
   * @return the reason
   */
  public abstract String message();

  @Override
  public String toString() {
    return Text.escape(source() + ":" + line() + ":" + column() + ": " + message());
  }
}
