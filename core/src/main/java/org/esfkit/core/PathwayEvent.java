package org.esfkit.core;

import org.esfkit.core.internal.Bounds;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One event of a participant's pathway. Which optional fields an event carries depends on its
 * {@link #type()}:
 * <ul>
 *   <li>{@code exited}: {@link #status()} (required), {@link #qualificationGained()};</li>
 *   <li>{@code followed_up}: {@link #status()} (required);</li>
 *   <li>{@code phase_started}: {@link #phase()} (required);</li>
 *   <li>{@code placement_started}, {@code placement_ended}: {@link #placementId()} (required);</li>
 *   <li>{@code survey_answered}: {@link #perceivedImprovement()} (required);</li>
 *   <li>{@code activity}: {@link #description()} (optional).</li>
 * </ul>
 */
@Value.Immutable
public interface PathwayEvent {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutablePathwayEvent.Builder builder() {
    return ImmutablePathwayEvent.builder();
  }

  /**
   * Creates an event with only a type and a date.
   *
   * @param type the type
   * @param on the date
   * @return the event
   */
  static PathwayEvent of(EventType type, LocalDate on) {
    return builder().type(type).on(on).build();
  }

  /**
   * Creates an {@code exited} event.
   *
   * @param on exit date
   * @param status status at exit
   * @return the event
   */
  static PathwayEvent exited(LocalDate on, OutcomeStatus status) {
    return builder().type(EventType.EXITED).on(on).status(status).build();
  }

  /**
   * Creates a {@code followed_up} event.
   *
   * @param on follow-up date
   * @param status status found
   * @return the event
   */
  static PathwayEvent followedUp(LocalDate on, OutcomeStatus status) {
    return builder().type(EventType.FOLLOWED_UP).on(on).status(status).build();
  }

  /**
   * The event's type.
   *
   * @return the type
   */
  EventType type();

  /**
   * The date it happened.
   *
   * @return the date
   */
  @Value.Redacted
  LocalDate on();

  /**
   * Status at exit or follow-up.
   *
   * @return the status, or null
   */
  @Value.Redacted
  @Nullable OutcomeStatus status();

  /**
   * The phase started.
   *
   * @return the phase, or null
   */
  @Value.Redacted
  @Nullable PathwayPhase phase();

  /**
   * The placement started or ended (its id within the pathway).
   *
   * @return the placement id, or null
   */
  @Nullable String placementId();

  /**
   * The survey answer: did the participant perceive their chances of work or studies improved.
   *
   * @return yes / no, or null
   */
  @Value.Redacted
  @Nullable Boolean perceivedImprovement();

  /**
   * Whether the participant gained a qualification by exit (ESF+ EECR03).
   *
   * @return yes / no, or null if not recorded
   */
  @Value.Redacted
  @Nullable Boolean qualificationGained();

  /**
   * A free-text description of an activity. Never personal data.
   *
   * @return the description, or null
   */
  @Value.Redacted
  @Nullable String description();

  /** Checks that the fields fit the type. */
  @Value.Check
  default void check() {
    Bounds.checkDate("event " + type().code() + " on", on());
    boolean statusful = type() == EventType.EXITED || type() == EventType.FOLLOWED_UP;
    if (statusful != (status() != null)) {
      throw invalid(statusful ? "needs a status" : "takes no status");
    }
    boolean phased = type() == EventType.PHASE_STARTED;
    if (phased != (phase() != null)) {
      throw invalid(phased ? "needs a phase" : "takes no phase");
    }
    boolean placed = type() == EventType.PLACEMENT_STARTED || type() == EventType.PLACEMENT_ENDED;
    if (placed != (placementId() != null)) {
      throw invalid(placed ? "needs a placement_id" : "takes no placement_id");
    }
    boolean survey = type() == EventType.SURVEY_ANSWERED;
    if (survey != (perceivedImprovement() != null)) {
      throw invalid(survey ? "needs perceived_improvement" : "takes no perceived_improvement");
    }
    if (type() != EventType.EXITED && qualificationGained() != null) {
      throw invalid("takes no qualification_gained");
    }
    if (type() != EventType.ACTIVITY && description() != null) {
      throw invalid("takes no description");
    }
  }

  /** The exception for a broken invariant, naming the event (built only when one is broken). */
  private ValidationException invalid(String rule) {
    return new ValidationException("event " + type().code() + " on " + on() + " " + rule);
  }
}
