package org.esfkit.core;

import org.esfkit.core.internal.Text;
import org.esfkit.core.internal.Bounds;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A placement of a participant at an employer: an internship, work trial, apprenticeship, job... */
@Value.Immutable
public interface Placement {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutablePlacement.Builder builder() {
    return ImmutablePlacement.builder();
  }

  /**
   * The participant placed.
   *
   * @return the participant id
   */
  String participantId();

  /**
   * The employer hosting the placement.
   *
   * @return the employer id
   */
  String employerId();

  /**
   * The identified task the placement came from.
   *
   * @return the task id, or null if not from an identified task
   */
  @Nullable String taskId();

  /**
   * The kind of placement.
   *
   * @return the kind
   */
  PlacementKind kind();

  /**
   * First day.
   *
   * @return the start date
   */
  LocalDate startedOn();

  /**
   * Last day.
   *
   * @return the end date, or null while ongoing
   */
  @Nullable LocalDate endedOn();

  /**
   * Hours per week.
   *
   * @return hours, or null
   */
  @Nullable Integer hoursPerWeek();

  /**
   * Whether the workplace supervisor (handledare) is trained, e.g. in KIVO.
   *
   * @return yes / no, or null if not recorded
   */
  @Nullable Boolean supervisorTrained();

  /**
   * Whether the placement breaks gender patterns (könsbrytande).
   *
   * @return true if gender-breaking
   */
  @Value.Default
  default boolean genderBreaking() {
    return false;
  }

  /**
   * Adaptations provided at the workplace.
   *
   * @return the adaptations
   */
  @Value.Redacted
  Set<Accessibility> adaptationsProvided();

  /**
   * Tells whether the placement is under way on a date.
   *
   * @param date the date
   * @return true if started on or before and not ended before it
   */
  default boolean isOngoingOn(LocalDate date) {
    return !startedOn().isAfter(date) && (endedOn() == null || !endedOn().isBefore(date));
  }

  /** Checks the placement's invariants. */
  @Value.Check
  default void check() {
    ValidationException.check(!participantId().isBlank(), "placement: participant_id must not be blank");
    ValidationException.check(!employerId().isBlank(), "placement of %s: employer_id must not be blank", participantId());
    Text.check("placement: participant_id", participantId());
    Text.check("placement of " + participantId() + ": employer_id", employerId());
    Text.check("placement of " + participantId() + ": task_id", taskId());
    Bounds.checkDate("placement of " + participantId() + ": started_on", startedOn());
    Bounds.checkDate("placement of " + participantId() + ": ended_on", endedOn());
    ValidationException.check(
        endedOn() == null || !endedOn().isBefore(startedOn()),
        "placement of %s at %s: ended_on %s is before started_on %s", participantId(), employerId(), endedOn(), startedOn());
    ValidationException.check(
        hoursPerWeek() == null || (hoursPerWeek() > 0 && hoursPerWeek() <= 168),
        "placement of %s: hours %s is outside 1-168", participantId(), hoursPerWeek());
  }
}
