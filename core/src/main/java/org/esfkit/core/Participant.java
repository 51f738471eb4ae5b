package org.esfkit.core;

import org.esfkit.core.internal.Text;
import org.esfkit.core.internal.Bounds;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A participant (deltagare), known by a pseudonymous id. Holds the characteristics at entry that
 * the ESF+ indicators use and the profile that matching uses. What happens to the participant
 * over time is their {@link Pathway}.
 *
 * <p>Everything except the id is personal data; {@code toString()} prints only the id.
 * Disability, foreign background and minority status are sensitive personal data: optional, and
 * never needed for any other computation.
 */
@Value.Immutable
public interface Participant {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableParticipant.Builder builder() {
    return ImmutableParticipant.builder();
  }

  /**
   * The pseudonymous id; never a personal identity number.
   *
   * @return the id
   */
  String id();

  /**
   * Gender as recorded.
   *
   * @return the gender
   */
  @Value.Redacted
  Gender gender();

  /**
   * Year of birth.
   *
   * @return the year, or null if not recorded
   */
  @Value.Redacted
  @Nullable Integer birthYear();

  /**
   * Date of birth, when the register records it: age at entry is then exact (the ESF+ and ESF
   * 2014-2020 age indicators count the age on the day of entry). Its year is the
   * {@link #birthYear()}, which a participant built with only a birth date gets from it.
   *
   * @return the date, or null if not recorded
   */
  @Value.Redacted
  @Nullable LocalDate birthDate();

  /**
   * The project site (ort) the participant belongs to.
   *
   * @return site name, or null
   */
  @Value.Redacted
  @Nullable String site();

  /**
   * Who referred the participant to the project, as free text (e.g. {@code socialtjänsten},
   * {@code integrationsenheten}); compared exactly by {@link Subgroup#referral()}.
   *
   * @return the referrer, or null if not recorded
   */
  @Value.Redacted
  @Nullable String referral();

  /**
   * Target groups the participant belongs to.
   *
   * @return the groups
   */
  @Value.Redacted
  Set<TargetGroup> targetGroups();

  /**
   * Labour-market status at entry (ESF+ EECO02–EECO05).
   *
   * @return the status, or null if not recorded
   */
  @Value.Redacted
  @Nullable LabourStatus labourStatusAtEntry();

  /**
   * Highest ISCED level attained at entry, 0–8 (ESF+ EECO09–EECO11).
   *
   * @return the level, or null
   */
  @Value.Redacted
  @Nullable Integer isced();

  /**
   * Participant with disabilities (sensitive; optional).
   *
   * @return yes / no, or null if not recorded
   */
  @Value.Redacted
  @Nullable Boolean disability();

  /**
   * Participant with a foreign background (sensitive; optional).
   *
   * @return yes / no, or null if not recorded
   */
  @Value.Redacted
  @Nullable Boolean foreignBackground();

  /**
   * Third-country national.
   *
   * @return yes / no, or null if not recorded
   */
  @Value.Redacted
  @Nullable Boolean thirdCountryNational();

  /**
   * Participant belonging to a minority (sensitive; optional).
   *
   * @return yes / no, or null if not recorded
   */
  @Value.Redacted
  @Nullable Boolean minority();

  /**
   * Lives in a jobless household at entry (ESF 2014-2020 CO12, CO13): no member of the household
   * is in employment.
   *
   * @return yes / no, or null if not recorded
   */
  @Value.Redacted
  @Nullable Boolean joblessHousehold();

  /**
   * Lives in a household with dependent children at entry (ESF 2014-2020 CO13, CO14).
   *
   * @return yes / no, or null if not recorded
   */
  @Value.Redacted
  @Nullable Boolean dependentChildren();

  /**
   * Lives in a single adult household at entry (ESF 2014-2020 CO14).
   *
   * @return yes / no, or null if not recorded
   */
  @Value.Redacted
  @Nullable Boolean singleAdultHousehold();

  /**
   * Competences mapped in the action plan (free-text tags, e.g. {@code cleaning}).
   *
   * @return competence tags
   */
  @Value.Redacted
  Set<String> competences();

  /**
   * Interests (free-text tags).
   *
   * @return interest tags
   */
  @Value.Redacted
  Set<String> interests();

  /**
   * Swedish language level.
   *
   * @return the CEFR level, or null
   */
  @Value.Redacted
  @Nullable CefrLevel languageLevel();

  /**
   * Hours per week the participant can work.
   *
   * @return hours, or null
   */
  @Value.Redacted
  @Nullable Integer hoursAvailable();

  /**
   * Where the participant lives (coarse; enough for commute distance).
   *
   * @return the location, or null
   */
  @Value.Redacted
  @Nullable GeoPoint location();

  /**
   * Accessibility needs.
   *
   * @return the needs
   */
  @Value.Redacted
  Set<Accessibility> accessibilityNeeds();

  /**
   * The participant's own preferences: occupation codes or task ids, most preferred first.
   *
   * @return preferences in order
   */
  @Value.Redacted
  List<String> preferences();

  /**
   * Whether the participant wishes for a gender-breaking placement.
   *
   * @return true if so
   */
  @Value.Redacted
  @Value.Default
  default boolean wantsGenderBreaking() {
    return false;
  }

  /**
   * Checks the participant's invariants; a participant with a birth date but no birth year gets
   * the birth date's year.
   *
   * @return this participant, or a copy with the birth year filled in
   */
  @Value.Check
  default Participant check() {
    LocalDate born = birthDate();
    if (born != null) {
      // the birth date is sensitive: the message names the fields, never the values
      ValidationException.check(birthYear() == null || birthYear() == born.getYear(),
          "participant %s: birth_date and birth_year disagree on the year", id());
      if (birthYear() == null) {
        return ImmutableParticipant.copyOf(this).withBirthYear(born.getYear());
      }
    }
    ValidationException.check(!id().isBlank(), "participant id must not be blank");
    Text.check("participant id", id());
    Text.check("participant " + id() + ": site", site());
    Text.check("participant " + id() + ": referral", referral());
    // birth_year and isced are sensitive: the messages name the field and the range, not the value
    ValidationException.check(
        birthYear() == null || (birthYear() >= Bounds.MIN_BIRTH_YEAR && birthYear() <= Bounds.MAX_BIRTH_YEAR),
        "participant %s: birth_year must lie in %d..%d", id(), Bounds.MIN_BIRTH_YEAR, Bounds.MAX_BIRTH_YEAR);
    ValidationException.check(
        isced() == null || (isced() >= 0 && isced() <= 8), "participant %s: isced must lie in 0..8", id());
    ValidationException.check(
        hoursAvailable() == null || (hoursAvailable() >= 0 && hoursAvailable() <= 168),
        "participant %s: hours_available %s is outside 0-168", id(), hoursAvailable());
    return this;
  }
}
