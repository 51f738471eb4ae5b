package org.esfkit.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
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
   * This series at a coarser step: the points on the step's ends, and the last point (the as-of
   * date, or the project's end); the milestones unchanged. Every quarter end is a month end, so a
   * monthly series at {@link SeriesStep#QUARTER} equals the quarterly series of the same cohort
   * and date.
   *
   * @param step the step, as coarse as the series' own or coarser
   * @return the series with only those points
   */
  public TargetSeries every(SeriesStep step) {
    List<Point> kept = new ArrayList<>();
    for (int k = 0; k < points.size(); k++) {
      LocalDate d = points.get(k).date();
      if (k == points.size() - 1 || step.endOf(d).equals(d)) {
        kept.add(points.get(k));
      }
    }
    return new TargetSeries(targetId, kept, milestones);
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
