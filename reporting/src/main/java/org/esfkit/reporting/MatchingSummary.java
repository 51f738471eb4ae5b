package org.esfkit.reporting;

import org.esfkit.core.ValidationException;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The outcome of matching the project's participants with low-threshold tasks. Immutable and thread-safe. */
@Value.Immutable
public interface MatchingSummary {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableMatchingSummary.Builder builder() {
    return ImmutableMatchingSummary.builder();
  }

  /**
   * The strategy used.
   *
   * @return e.g. {@code optimal}
   */
  String strategy();

  /**
   * Participants matched over.
   *
   * @return a count
   */
  int participants();

  /**
   * Tasks offered.
   *
   * @return a count
   */
  int tasks();

  /**
   * Participants assigned a task.
   *
   * @return a count, at most {@link #participants()}
   */
  int assigned();

  /**
   * Participants left without a task.
   *
   * @return participants less assigned
   */
  default int unassigned() {
    return participants() - assigned();
  }

  /**
   * The mean score of the assigned pairs.
   *
   * @return a score in [0, 1], or null when none was assigned
   */
  @Nullable Double meanScore();

  /** Checks the counts. */
  @Value.Check
  default void check() {
    ValidationException.check(assigned() >= 0 && assigned() <= participants(),
        "matching summary: assigned %d must lie in [0, %d]", assigned(), participants());
    ValidationException.check(tasks() >= 0, "matching summary: tasks %d is negative", tasks());
  }
}
