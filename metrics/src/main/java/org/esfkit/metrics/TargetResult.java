package org.esfkit.metrics;

import java.time.LocalDate;
import org.esfkit.core.TargetType;
import org.jspecify.annotations.Nullable;

/**
 * A target evaluated as of a date. One record per kind of target, each with the fields that kind
 * has: {@link ShareResult} and {@link LengthResult} (both a {@link ParticipantShare}),
 * {@link CountResult}, {@link GrowthResult}, {@link EnrolmentResult}.
 * Switch over the kinds with {@code instanceof} (or, from Java 21, a pattern {@code switch});
 * a new kind of target is a new record here and a new {@link TargetType}.
 *
 * <p>Every result has an id, its {@link #type()}, the as-of date, the verdict ({@link #status()})
 * with the {@link #reason()} when there is no verdict, and whether it is final. Results are
 * immutable values, thread-safe, and hold no participant data (the ids behind a result are asked
 * for separately, with {@link MetricsEngine#audit}).
 */
public sealed interface TargetResult permits ParticipantShare, CountResult, GrowthResult, EnrolmentResult {
  /**
   * The target's id.
   *
   * @return the id
   */
  String id();

  /**
   * The kind of target, which tells the record type.
   *
   * @return the kind
   */
  TargetType type();

  /**
   * The as-of date.
   *
   * @return the date
   */
  LocalDate asOf();

  /**
   * The verdict.
   *
   * @return the status
   */
  Status status();

  /**
   * Whether the result is final: the as-of date is on or after the project's end, nothing is
   * pending and every source the target needs was supplied.
   *
   * @return true if final
   */
  boolean isFinal();

  /**
   * Why there is no verdict, when {@link #status()} is {@link Status#INSUFFICIENT_DATA}: what is
   * missing, in words, for example {@code needs placements, which were not supplied}.
   *
   * @return the reason, or null when there is a verdict
   */
  @Nullable String reason();

  /**
   * Whether the target's condition holds as of the date.
   *
   * @return true if {@link #status()} is {@link Status#ACHIEVED}
   */
  default boolean achieved() {
    return status() == Status.ACHIEVED;
  }
}
