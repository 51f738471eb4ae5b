package org.esfkit.core.io;

import java.util.Map;
import org.esfkit.core.EsfkitImmutable;
import org.immutables.value.Value;

/**
 * The rows of one input file left out of a computation that went on without them
 * ({@code --keep-going}, {@link ProjectFiles#check}): how many, and why, by the column of each
 * row's first error. Counts only: no values, no ids, so it may go into a shared report.
 */
@Value.Immutable
@EsfkitImmutable
public interface ExcludedRows {
  /**
   * Creates the account of one file.
   *
   * @param source the file's name
   * @param rows rows left out
   * @param byColumn rows left out by the column of their first error ({@code -} for the whole row)
   * @return the value
   */
  static ExcludedRows of(String source, long rows, Map<String, Long> byColumn) {
    return ImmutableExcludedRows.builder().source(source).rows(rows).byColumn(byColumn).build();
  }

  /**
   * The file.
   *
   * @return its name as given
   */
  String source();

  /**
   * Rows left out.
   *
   * @return the count, positive
   */
  long rows();

  /**
   * Rows left out by the column of their first error, in file order of first appearance.
   *
   * @return column to rows; the counts add up to {@link #rows()}
   */
  Map<String, Long> byColumn();

  /** Checks the counts add up. */
  @Value.Check
  default void check() {
    long sum = byColumn().values().stream().mapToLong(Long::longValue).sum();
    if (rows() <= 0 || sum != rows()) {
      throw new org.esfkit.core.ValidationException(source() + ": " + rows() + " rows left out, but " + sum
          + " by column");
    }
  }
}
