package org.esfkit.core;

import java.util.List;
import java.util.stream.Collectors;
import org.esfkit.core.io.Problem;

/**
 * An input file (or several) had problems. Carries every problem found, not just the first; the
 * message lists them one per line, compiler style ({@code FILE:LINE:COLUMN: message}).
 */
public class ImportException extends EsfkitException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; at least one
   */
  public ImportException(List<Problem> problems) {
    super(problems.isEmpty()
        ? "input could not be read"
        : problems.size() + " problem(s):\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found.
   *
   * @return the problems, in file order
   */
  public List<Problem> problems() {
    return problems;
  }
}
