package org.esfkit.core.io;

import org.esfkit.core.EsfkitImmutable;
import org.esfkit.core.internal.Text;
import org.immutables.value.Value;

/**
 * One problem found in an input file: where (file, line, column), why, and how serious. Prints
 * compiler style: {@code FILE:LINE:COLUMN: message} for an error, {@code FILE:LINE:COLUMN:
 * warning: message} for a warning and {@code FILE:LINE:COLUMN: note: message} for a note, where
 * LINE counts a CSV header as line 1 and COLUMN is the column's name (CSV) or the JSON path (JSON).
 */
@Value.Immutable
@EsfkitImmutable
public abstract class Problem {
  /** How serious a problem is. */
  public enum Severity {
    /** The row (or file) is rejected; {@code esfkit} exits 2. */
    ERROR,
    /** The value is used as read, but may not be what was meant; reported, exit 0 unless strict. */
    WARNING,
    /** Information only: how the file was read, or a summary of other problems. */
    NOTE
  }

  /**
   * Creates an error. Control, bidirectional and unpaired characters in any part are escaped
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
   * Creates a warning.
   *
   * @param source the file name as given by the caller
   * @param line 1-based line, or 0 when the problem concerns the whole file
   * @param column the column name or JSON path, or {@code -} when not applicable
   * @param message the reason, never containing personal data beyond the pseudonymous id
   * @return the problem
   */
  public static Problem warning(String source, long line, String column, String message) {
    return ImmutableProblem.builder().source(source).line(line).column(column).message(message)
        .severity(Severity.WARNING).build();
  }

  /**
   * Creates a note.
   *
   * @param source the file name as given by the caller
   * @param line 1-based line, or 0 when the note concerns the whole file
   * @param column the column name or JSON path, or {@code -} when not applicable
   * @param message the information, never containing personal data beyond the pseudonymous id
   * @return the problem
   */
  public static Problem note(String source, long line, String column, String message) {
    return ImmutableProblem.builder().source(source).line(line).column(column).message(message)
        .severity(Severity.NOTE).build();
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

  /**
   * How serious the problem is.
   *
   * @return the severity; {@link Severity#ERROR} unless created as a warning or note
   */
  @Value.Default
  public Severity severity() {
    return Severity.ERROR;
  }

  /**
   * Tells whether this is an error.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * This problem as an error (what {@code --strict} makes of a warning).
   *
   * @return an error with the same place and message
   */
  public Problem asError() {
    return ImmutableProblem.copyOf(this).withSeverity(Severity.ERROR);
  }

  @Override
  public String toString() {
    String prefix = severity() == Severity.WARNING ? "warning: " : severity() == Severity.NOTE ? "note: " : "";
    return Text.escape(source() + ":" + line() + ":" + column() + ": " + prefix + message());
  }
}
