package org.esfkit.examples.guide;

import java.time.LocalDate;
import java.util.List;
import org.esfkit.core.EventType;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.PathwayPhase;
import org.esfkit.core.PathwayState;

/**
 * Example 3 — a participant's pathway is an event log; everything else (phase, active or not,
 * status at exit, follow-ups) is derived by folding the events up to a date with
 * {@link Pathway#asOf(LocalDate)}. Later events do not exist as of an earlier date.
 *
 * <p>The pathway follows Kraftverket's phases. Test: {@code PathwayExampleTest}.
 */
public final class PathwayExample {
  private PathwayExample() {}

  /**
   * Prints the pathway's state as of three dates.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    states().forEach(System.out::println);
  }

  /**
   * The pathway's state as of three dates: during a placement, after the exit but before the
   * follow-up, and after the follow-up.
   *
   * @return one line per date
   */
  public static List<String> states() {
    Pathway p = pathway();
    return List.of(
        describe(p.asOf(LocalDate.of(2011, 10, 1))),
        describe(p.asOf(LocalDate.of(2012, 3, 1))),
        describe(p.asOf(LocalDate.of(2012, 9, 1))));
  }

  /**
   * One participant's pathway. Events must be in date order, start with {@code enrolled}, have at
   * most one exit, and place follow-ups after the exit; anything else is rejected when it is
   * built, with a message naming the participant and the event.
   *
   * @return the pathway
   */
  public static Pathway pathway() {
    return Pathway.builder().participantId("KV-0042")
        .addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.of(2011, 4, 4)))
        .addEvents(PathwayEvent.builder().type(EventType.PHASE_STARTED).on(LocalDate.of(2011, 4, 4))
            .phase(PathwayPhase.ABILITY_AND_POTENTIAL).build())
        .addEvents(PathwayEvent.of(EventType.ACTION_PLAN_APPROVED, LocalDate.of(2011, 4, 20)))
        .addEvents(PathwayEvent.builder().type(EventType.PHASE_STARTED).on(LocalDate.of(2011, 9, 1))
            .phase(PathwayPhase.INTERNSHIP_AND_WORK).build())
        .addEvents(PathwayEvent.builder().type(EventType.PLACEMENT_STARTED).on(LocalDate.of(2011, 9, 5))
            .placementId("pl-1").build())
        .addEvents(PathwayEvent.builder().type(EventType.PLACEMENT_ENDED).on(LocalDate.of(2011, 12, 16))
            .placementId("pl-1").build())
        .addEvents(PathwayEvent.exited(LocalDate.of(2012, 1, 31), OutcomeStatus.SUBSIDISED_EMPLOYMENT))
        .addEvents(PathwayEvent.followedUp(LocalDate.of(2012, 4, 25), OutcomeStatus.EMPLOYMENT))
        .build();
  }

  /**
   * A one-line description of a state: only the pseudonymous id's state, nothing personal.
   *
   * @param s the state
   * @return e.g. {@code 2011-10-01: active, phase internship_and_work, action plan 2011-04-20, open placements [pl-1]}
   */
  public static String describe(PathwayState s) {
    StringBuilder b = new StringBuilder().append(s.asOf()).append(": ");
    if (s.isActive()) {
      b.append("active, phase ").append(s.phase() == null ? "-" : s.phase().code());
      b.append(", action plan ").append(s.actionPlanApprovedOn() == null ? "not yet" : s.actionPlanApprovedOn());
      b.append(", open placements ").append(s.openPlacements());
    } else {
      b.append("exited on ").append(s.exitedOn()).append(" to ").append(s.exitStatus().code());
      b.append(", follow-ups ").append(s.followUps().size());
      PathwayEvent f = s.latestFollowUpWithin(s.exitedOn(), s.exitedOn().plusMonths(3));
      b.append(", within three months: ").append(f == null ? "none" : f.status().code());
    }
    return b.toString();
  }
}
