package org.esfkit.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A participant's state as of a date, derived by folding their {@link Pathway}'s events dated on
 * or before that date. For a participant who left and came back, the exit, its status, the survey
 * answers and the follow-ups are those of the spell in force as of the date (the latest spell that
 * started on or before it); the enrolment date is the first entry's. This is the one fold of pathway
 * events in esfkit: esfkit-metrics builds its cohort's columns from the states folded as of the
 * dates it is asked about.
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
   * The start of the spell in force, when it is a re-entry.
   *
   * @return the latest {@code re_enrolled} date on or before the as-of date, or null if the
   *     participant has not come back
   */
  @Nullable LocalDate reEnrolledOn();

  /**
   * The spells begun by the as-of date: 1 plus the re-enrolments.
   *
   * @return the count, 0 if not yet enrolled
   */
  int spells();

  /**
   * Days in the project by the as-of date, summed over the spells: for each, from its start to its
   * exit (or to the as-of date while it is open).
   *
   * @return the days, 0 if not yet enrolled
   */
  long daysInProject();

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
   * The survey answers of the spell in force, in date order; {@link #perceivedImprovement()} is the
   * last one's.
   *
   * @return {@code survey_answered} events dated in the spell in force
   */
  List<PathwayEvent> surveyAnswers();

  /**
   * The follow-ups of the exit in force, in date order.
   *
   * @return {@code followed_up} events after the exit of the spell in force (empty while a spell is
   *     open)
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
    List<PathwayEvent> followUps = new ArrayList<>();
    List<PathwayEvent> surveyAnswers = new ArrayList<>();
    int spells = 0;
    long days = 0;
    LocalDate spellStart = null;
    LocalDate exit = null;
    for (PathwayEvent e : pathway.events()) {
      if (e.on().isAfter(date)) {
        break;
      }
      switch (e.type()) {
        case ENROLLED:
          b.enrolledOn(e.on());
          spellStart = e.on();
          spells++;
          break;
        case RE_ENROLLED:
          // a new spell: the last one's exit, survey answer and follow-ups no longer are in force
          b.reEnrolledOn(e.on()).exitedOn(null).exitStatus(null).qualificationGained(null).perceivedImprovement(null);
          followUps.clear();
          surveyAnswers.clear();
          exit = null;
          spellStart = e.on();
          spells++;
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
          b.perceivedImprovement(e.perceivedImprovement());
          surveyAnswers.add(e);
          break;
        case EXITED:
          b.exitedOn(e.on()).exitStatus(e.status()).qualificationGained(e.qualificationGained());
          exit = e.on();
          days += e.on().toEpochDay() - spellStart.toEpochDay();
          break;
        case FOLLOWED_UP:
          // a follow-up of an earlier spell's exit, dated inside a later spell, is not in force
          if (exit != null) {
            followUps.add(e);
          }
          break;
        default:
          break;
      }
    }
    if (spellStart != null && exit == null) {
      days += date.toEpochDay() - spellStart.toEpochDay();
    }
    return b.openPlacements(open).followUps(followUps).surveyAnswers(surveyAnswers).spells(spells).daysInProject(days).build();
  }
}
