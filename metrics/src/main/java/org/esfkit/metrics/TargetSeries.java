package org.esfkit.metrics;

import java.time.LocalDate;
import java.util.List;
import org.esfkit.core.Milestone;
import org.jspecify.annotations.Nullable;

/**
 * A target's value and status over time: the target evaluated at each month end (or quarter end,
 * {@link SeriesStep}) from the project's start to the as-of date (and on the as-of date itself),
 * and its milestones judged on their dates. Immutable and thread-safe.
 *
 * @param targetId the target's id
 * @param points the target as of each date, dates ascending
 * @param milestones the target's milestones in date order, each judged on its date
 */
public record TargetSeries(String targetId, List<Point> points, List<MilestoneResult> milestones) {
  /**
   * Copies the lists.
   */
  public TargetSeries {
    points = List.copyOf(points);
    milestones = List.copyOf(milestones);
  }

  /**
   * The target as of one date.
   *
   * @param date the date
   * @param result the target evaluated as of it
   */
  public record Point(LocalDate date, TargetResult result) {}

  /**
   * A milestone and its verdict.
   *
   * @param milestone the milestone
   * @param result the target evaluated as of the milestone's date with the milestone's threshold,
   *     or null when that date is after the as-of date (not yet due)
   */
  public record MilestoneResult(Milestone milestone, @Nullable TargetResult result) {}
}
