package org.esfkit.reporting;

import java.time.LocalDate;
import org.esfkit.core.ValidationException;
import org.immutables.value.Value;

/** Participants enrolled, cumulatively, on a date: one point of the enrolment-over-time chart. */
@Value.Immutable
public interface EnrolmentPoint {
  /**
   * Creates a point.
   *
   * @param date the date (typically a month's last day)
   * @param enrolled participants enrolled on or before the date
   * @return the point
   */
  static EnrolmentPoint of(LocalDate date, int enrolled) {
    return ImmutableEnrolmentPoint.of(date, enrolled);
  }

  /**
   * The date.
   *
   * @return the date
   */
  @Value.Parameter
  LocalDate date();

  /**
   * Participants enrolled on or before the date.
   *
   * @return a count
   */
  @Value.Parameter
  int enrolled();

  /** Checks the count. */
  @Value.Check
  default void check() {
    ValidationException.check(enrolled() >= 0, "enrolment point %s: enrolled %d is negative", date(), enrolled());
  }
}
