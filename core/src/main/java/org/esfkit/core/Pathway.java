package org.esfkit.core;

import org.esfkit.core.internal.Text;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A participant's pathway through a project: an immutable, chronologically ordered event log.
 * Everything else (whether they are active, their phase, their status at exit or at a
 * follow-up) is derived by folding the events {@linkplain #asOf(LocalDate) as of a date}.
 *
 * <p>A participant who leaves and comes back has one pathway of several <em>spells</em> (the
 * Commission's rule: one record per participant, from the first entry to the final exit): the
 * first starts with {@code enrolled}, each later one with {@code re_enrolled}, dated after the
 * exit that ended the spell before. As of a date, the spell in force gives the exit and its
 * follow-ups ({@link PathwayState}).
 *
 * <p>Impossible histories are rejected on construction, with a message naming the participant
 * and the event: a pathway that does not start with its enrolment, events out of date order, two
 * enrolments, two exits without a re-enrolment between them, a re-enrolment while enrolled or on
 * the day of the exit, events after exit other than follow-ups, survey answers and a
 * re-enrolment, a follow-up before any exit, a placement ended before it started, ended twice, or
 * never started.
 */
@Value.Immutable
public interface Pathway {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutablePathway.Builder builder() {
    return ImmutablePathway.builder();
  }

  /**
   * The participant's pseudonymous id.
   *
   * @return the id
   */
  String participantId();

  /**
   * The events, in chronological order (events on the same day keep their given order).
   *
   * @return the events; the first is {@code enrolled}
   */
  @Value.Redacted
  List<PathwayEvent> events();

  /**
   * Folds the events dated on or before {@code date}.
   *
   * @param date the as-of date
   * @return the state as of that date
   */
  default PathwayState asOf(LocalDate date) {
    return PathwayState.fold(this, date);
  }

  /**
   * Returns the enrolment date.
   *
   * @return the date of the first event
   */
  default LocalDate enrolledOn() {
    return events().get(0).on();
  }

  /**
   * Checks that enrolments (the first and any re-enrolment) and exits lie inside the project
   * period. Follow-ups may come after the project has ended.
   *
   * @param project the project the pathway belongs to
   * @throws ValidationException naming the participant and the event otherwise
   */
  default void checkWithin(EsfProject project) {
    DateRange period = project.period();
    for (int i = 0; i < events().size(); i++) {
      PathwayEvent e = events().get(i);
      if ((e.type() == EventType.ENROLLED || e.type() == EventType.RE_ENROLLED || e.type() == EventType.EXITED)
          && !period.contains(e.on())) {
        throw new ValidationException(describe(i, "lies outside the project period " + period));
      }
    }
  }

  /**
   * Describes an event for messages: participant, position and event.
   *
   * @param index the event's position (0-based)
   * @param problem what is wrong with it
   * @return the message
   */
  default String describe(int index, String problem) {
    PathwayEvent e = events().get(index);
    return "participant " + participantId() + ": event " + (index + 1) + " (" + e.type().code() + " on " + e.on()
        + ") " + problem;
  }

  /** Rejects impossible histories. */
  @Value.Check
  default void check() {
    ValidationException.check(!participantId().isBlank(), "pathway: participant id must not be blank");
    Text.check("pathway: participant id", participantId());
    List<PathwayEvent> ev = events();
    ValidationException.check(!ev.isEmpty(), "participant %s: the pathway has no events", participantId());
    if (ev.get(0).type() != EventType.ENROLLED) {
      throw new ValidationException(describe(0, "comes before enrolment; a pathway starts with 'enrolled'"));
    }
    // the exit of the spell in force (null while it is open), and whether any spell has exited
    LocalDate exit = null;
    boolean exitedOnce = false;
    // placements started and still open; made only for pathways with placements
    Set<String> open = Set.of();
    Set<String> seen = Set.of();
    for (int i = 1; i < ev.size(); i++) {
      PathwayEvent e = ev.get(i);
      if (e.on().isBefore(ev.get(i - 1).on())) {
        throw new ValidationException(describe(i, "is dated before the event before it (" + ev.get(i - 1).on() + ")"));
      }
      switch (e.type()) {
        case ENROLLED:
          throw new ValidationException(describe(i, "is a second enrolment"));
        case EXITED:
          if (exit != null) {
            throw new ValidationException(describe(i, "is a second exit; already exited on " + exit));
          }
          exit = e.on();
          exitedOnce = true;
          break;
        case RE_ENROLLED:
          if (exit == null) {
            throw new ValidationException(describe(i, "is a re-enrolment while still enrolled; it comes after an exit"));
          }
          if (!e.on().isAfter(exit)) {
            throw new ValidationException(describe(i, "re-enrols on the day of the exit on " + exit
                + "; a new spell starts after the day the last one ended"));
          }
          exit = null;
          break;
        case FOLLOWED_UP:
          if (!exitedOnce) {
            throw new ValidationException(describe(i, "is a follow-up before exit"));
          }
          break;
        case SURVEY_ANSWERED:
          break;
        case PLACEMENT_STARTED:
          if (exit != null) {
            throw new ValidationException(describe(i, "starts a placement after exit on " + exit));
          }
          if (seen.isEmpty()) {
            seen = new HashSet<>();
            open = new HashSet<>();
          }
          if (!seen.add(e.placementId())) {
            throw new ValidationException(describe(i, "starts placement '" + e.placementId() + "' a second time"));
          }
          open.add(e.placementId());
          break;
        case PLACEMENT_ENDED:
          if (exit != null) {
            throw new ValidationException(describe(i, "ends a placement after exit on " + exit
                + "; a placement must lie within the participant's time in the project"));
          }
          if (!open.contains(e.placementId())) {
            throw new ValidationException(describe(i, seen.contains(e.placementId())
                ? "ends placement '" + e.placementId() + "' a second time"
                : "ends placement '" + e.placementId() + "', which never started"));
          }
          open.remove(e.placementId());
          break;
        default:
          if (exit != null) {
            throw new ValidationException(describe(i, "comes after exit on " + exit));
          }
      }
    }
  }
}
