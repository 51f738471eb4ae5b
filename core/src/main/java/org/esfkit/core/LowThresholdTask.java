package org.esfkit.core;

import org.esfkit.core.internal.Text;
import org.esfkit.core.internal.Bounds;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A low-threshold task (lågtröskelarbete): work at an employer that someone far from the labour
 * market can do, identified by the project ("Alla kan arbeta" aims to find twenty).
 */
@Value.Immutable
public interface LowThresholdTask {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableLowThresholdTask.Builder builder() {
    return ImmutableLowThresholdTask.builder();
  }

  /**
   * The task's id.
   *
   * @return the id
   */
  String id();

  /**
   * The employer offering it.
   *
   * @return the employer id
   */
  String employerId();

  /**
   * A short title, e.g. {@code Sorting returns}.
   *
   * @return the title
   */
  String title();

  /**
   * The date the project identified the task.
   *
   * @return the date
   */
  LocalDate identifiedOn();

  /**
   * How many participants the task can take at once.
   *
   * @return slots, at least 1
   */
  @Value.Default
  default int capacity() {
    return 1;
  }

  /**
   * Occupation code (SSYK 2012).
   *
   * @return the code, or null
   */
  @Nullable String occupationCode();

  /**
   * Competences the task requires (tags).
   *
   * @return competence tags
   */
  Set<String> requiredCompetences();

  /**
   * Demands of the task, e.g. {@code lifting}, {@code standing}, {@code customer_contact}.
   *
   * @return demand tags
   */
  Set<String> demands();

  /**
   * Swedish language level the task needs.
   *
   * @return the minimum level, or null for none
   */
  @Nullable CefrLevel languageLevel();

  /**
   * Hours per week the task needs.
   *
   * @return hours, or null
   */
  @Nullable Integer hoursPerWeek();

  /**
   * Where the task is done.
   *
   * @return the location, or null
   */
  @Nullable GeoPoint location();

  /**
   * Accessibility adaptations the workplace offers.
   *
   * @return the adaptations
   */
  Set<Accessibility> adaptations();

  /**
   * Whether the task is offered to all participants regardless of gender ("oavsett kön").
   *
   * @return true by default
   */
  @Value.Default
  default boolean openToAllGenders() {
    return true;
  }

  /**
   * The gender that dominates the occupation, if any: a placement of someone else is
   * gender-breaking (könsbrytande).
   *
   * @return the dominant gender, or null
   */
  @Nullable Gender dominantGender();

  /** Checks the task's invariants. */
  @Value.Check
  default void check() {
    ValidationException.check(!id().isBlank(), "task id must not be blank");
    ValidationException.check(!employerId().isBlank(), "task %s: employer_id must not be blank", id());
    ValidationException.check(!title().isBlank(), "task %s: title must not be blank", id());
    ValidationException.check(capacity() >= 1, "task %s: capacity %d must be at least 1", id(), capacity());
    Text.check("task id", id());
    Bounds.checkInt("task " + id() + ": capacity", capacity(), 1, Bounds.MAX_COUNT);
    Bounds.checkDate("task " + id() + ": identified_on", identifiedOn());
    ValidationException.check(
        hoursPerWeek() == null || (hoursPerWeek() > 0 && hoursPerWeek() <= 168),
        "task %s: hours %s is outside 1-168", id(), hoursPerWeek());
  }
}
