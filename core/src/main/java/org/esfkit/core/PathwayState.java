package org.esfkit.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A participant's state as of a date, derived by folding their {@link Pathway}'s events dated on
 * or before that date. This is the one fold of pathway events in esfkit: esfkit-metrics builds its
 * cohort's columns from the state folded over the whole pathway.
 */
@Value.Immutable
public interface PathwayState {
  /**
   * The as-of date.
   *
   * @return the date
   */
  LocalDate asOf();

  /**
   * Enrolment date, if enrolled by the as-of date.
   *
   * @return the date, or null if not yet enrolled
   */
  @Value.Redacted
  @Nullable LocalDate enrolledOn();

  /**
   * Exit date, if exited by the as-of date.
   *
   * @return the date, or null
   */
  @Value.Redacted
  @Nullable LocalDate exitedOn();

  /**
   * Status at exit.
   *
   * @return the status, or null if not exited
   */
  @Value.Redacted
  @Nullable OutcomeStatus exitStatus();

  /**
   * Whether a qualification was gained by exit.
   *
   * @return yes / no, or null if not recorded or not exited
   */
  @Value.Redacted
  @Nullable Boolean qualificationGained();

  /**
   * The phase most recently started.
   *
   * @return the phase, or null
   */
  @Value.Redacted
  @Nullable PathwayPhase phase();

  /**
   * Date the action plan was approved.
   *
   * @return the date, or null
   */
  @Value.Redacted
  @Nullable LocalDate actionPlanApprovedOn();

  /**
   * The latest survey answer.
   *
   * @return yes / no, or null if never answered
   */
  @Value.Redacted
  @Nullable Boolean perceivedImprovement();

  /**
   * The survey answers, in date order; {@link #perceivedImprovement()} is the last one's.
   *
   * @return {@code survey_answered} events
   */
  List<PathwayEvent> surveyAnswers();

  /**
   * The follow-ups, in date order.
   *
   * @return {@code followed_up} events
   */
  @Value.Redacted
  List<PathwayEvent> followUps();

  /**
   * Placements started and not yet ended.
   *
   * @return placement ids
   */
  @Value.Redacted
  List<String> openPlacements();

  /**
   * Whether the participant is enrolled and has not exited.
   *
   * @return true if active
   */
  default boolean isActive() {
    return enrolledOn() != null && exitedOn() == null;
  }

  /**
   * Whether the participant has exited.
   *
   * @return true if exited
   */
  default boolean isExited() {
    return exitedOn() != null;
  }

  /**
   * The latest follow-up dated within {@code [from, to]}.
   *
   * @param from first day, included
   * @param to last day, included
   * @return the follow-up event, or null if none
   */
  default @Nullable PathwayEvent latestFollowUpWithin(LocalDate from, LocalDate to) {
    PathwayEvent found = null;
    for (PathwayEvent f : followUps()) {
      if (!f.on().isBefore(from) && !f.on().isAfter(to)) {
        found = f;
      }
    }
    return found;
  }

  /**
   * Folds a pathway as of a date.
   *
   * @param pathway the pathway
   * @param date the as-of date
   * @return the state
   */
  static PathwayState fold(Pathway pathway, LocalDate date) {
    ImmutablePathwayState.Builder b = ImmutablePathwayState.builder().asOf(date);
    List<String> open = new ArrayList<>();
    for (PathwayEvent e : pathway.events()) {
      if (e.on().isAfter(date)) {
        break;
      }
      switch (e.type()) {
        case ENROLLED:
          b.enrolledOn(e.on());
          break;
        case ACTION_PLAN_APPROVED:
          b.actionPlanApprovedOn(e.on());
          break;
        case PHASE_STARTED:
          b.phase(e.phase());
          break;
        case PLACEMENT_STARTED:
          open.add(e.placementId());
          break;
        case PLACEMENT_ENDED:
          open.remove(e.placementId());
          break;
        case SURVEY_ANSWERED:
          b.perceivedImprovement(e.perceivedImprovement()).addSurveyAnswers(e);
          break;
        case EXITED:
          b.exitedOn(e.on()).exitStatus(e.status()).qualificationGained(e.qualificationGained());
          break;
        case FOLLOWED_UP:
          b.addFollowUps(e);
          break;
        default:
          break;
      }
    }
    return b.openPlacements(open).build();
  }
}
