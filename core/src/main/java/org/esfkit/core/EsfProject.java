package org.esfkit.core;

import org.esfkit.core.internal.Text;
import org.esfkit.core.internal.Bounds;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An ESF project: everything its description in the project bank states, and its outcome
 * targets as data. No contact persons are modelled, on purpose.
 *
 * <pre>{@code
 * EsfProject p = EsfProject.builder()
 *     .projectNumber("2020/00131").name("Alla kan arbeta")
 *     .period(DateRange.of(LocalDate.of(2020, 9, 1), LocalDate.of(2023, 2, 28)))
 *     .region(EsfRegion.MELLERSTA_NORRLAND)
 *     .plannedParticipants(60)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface EsfProject {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableEsfProject.Builder builder() {
    return ImmutableEsfProject.builder();
  }

  /**
   * The funder's identifier (projektnummer / diarienummer); free text, as formats differ between
   * programme periods.
   *
   * @return e.g. {@code 2020/00131}
   */
  String projectNumber();

  /**
   * The project's name.
   *
   * @return e.g. {@code Alla kan arbeta}
   */
  String name();

  /**
   * The organisation that runs the project (projektägare).
   *
   * @return the owner, or null
   */
  @Nullable String owner();

  /**
   * The ESF region.
   *
   * @return the region, or null
   */
  @Nullable EsfRegion region();

  /**
   * The project period (projektperiod), both ends included.
   *
   * @return the period
   */
  DateRange period();

  /**
   * The programme period; derived from the start date unless given.
   *
   * @return the programme period
   */
  @Value.Default
  default ProgrammePeriod programmePeriod() {
    return ProgrammePeriod.containing(period().start());
  }

  /**
   * The programme area (programområde).
   *
   * @return the area, or null
   */
  @Nullable ProgrammeArea programmeArea();

  /**
   * The specific objective (specifikt mål).
   *
   * @return the objective, or null
   */
  @Nullable SpecificObjective specificObjective();

  /**
   * The intervention type (interventionstyp).
   *
   * @return the type, or null
   */
  @Nullable InterventionType interventionType();

  /**
   * The EU co-financing rate (unionens medfinansieringsgrad).
   *
   * @return the rate, or null
   */
  @Nullable Rate euCoFinancingRate();

  /**
   * The total project budget.
   *
   * @return the budget in SEK, or null
   */
  @Nullable Money totalBudget();

  /**
   * The ESF grant awarded (beviljat ESF-stöd).
   *
   * @return the grant in SEK, or null
   */
  @Nullable Money esfGrant();

  /**
   * The project's phases.
   *
   * @return the phases, possibly empty
   */
  List<ProjectPhase> phases();

  /**
   * The planned number of participants in total (planerat antal deltagare).
   *
   * @return the number, or null
   */
  @Nullable Integer plannedParticipants();

  /**
   * The planned number of participants per site (SMÖT: Jönköping 60, Gotland 60).
   *
   * @return site to number, empty if not split
   */
  Map<String, Integer> plannedParticipantsBySite();

  /**
   * The planned time in the project per participant (SMÖT: 6–12 months).
   *
   * @return the range, or null
   */
  @Nullable ParticipationRange plannedParticipation();

  /**
   * The target groups (målgrupper).
   *
   * @return the groups, possibly empty
   */
  Set<TargetGroup> targetGroups();

  /**
   * The operation's target group by labour-market status, when the whole operation is for one
   * group (e.g. only the long-term unemployed, checked at admission): the common output indicator
   * on that status is then counted from the target group rather than from each record: a
   * participant with no recorded labour-market status at entry, or one outside the group, is
   * taken to have this one; a recorded status {@link LabourStatus#within within} the group is kept
   * (a conflicting one is a warning of {@link org.esfkit.core.io.CrossCheck}).
   *
   * @return the status the operation targets, or null if not declared
   */
  @Nullable LabourStatus operationTargetGroup();

  /**
   * Who may take part.
   *
   * @return the rule, or null
   */
  @Nullable Eligibility eligibility();

  /**
   * Co-financiers (medfinansiärer).
   *
   * @return organisation names
   */
  List<String> coFinanciers();

  /**
   * Partners (samarbetspartners).
   *
   * @return organisation names
   */
  List<String> partners();

  /**
   * Municipalities (kommuner) the project covers.
   *
   * @return municipality names
   */
  List<String> municipalities();

  /**
   * Methods the project uses, e.g. {@code Supported Employment}, {@code KIVO}.
   *
   * @return method names
   */
  List<String> methods();

  /**
   * Organisational achievements, such as a social enterprise established.
   *
   * @return the achievements
   */
  List<Achievement> achievements();

  /**
   * The outcome targets.
   *
   * @return the targets, ids unique
   */
  List<Target> targets();

  /**
   * Assumptions made where the project description leaves a number out (for example the baseline
   * of a growth target), stated so a reader can see them.
   *
   * @return free text
   */
  List<String> assumptions();

  /**
   * Finds a target by id.
   *
   * @param id the target id
   * @return the target
   * @throws ValidationException if the project has no such target
   */
  default Target target(String id) {
    return targets().stream().filter(t -> t.id().equals(id)).findFirst()
        .orElseThrow(() -> new ValidationException("project " + projectNumber() + " has no target '" + id + "'"));
  }

  /** Checks the project's invariants. */
  @Value.Check
  default void check() {
    String where = "project '" + projectNumber() + "'";
    ValidationException.check(!projectNumber().isBlank(), "project_number must not be blank");
    ValidationException.check(!name().isBlank(), "%s: name must not be blank", where);
    Text.check("project_number", projectNumber());
    Text.check(where + ": name", name());
    Text.check(where + ": owner", owner());
    ValidationException.check(
        plannedParticipants() == null || plannedParticipants() > 0,
        "%s: planned_participants %s must be positive", where, plannedParticipants());
    plannedParticipantsBySite().forEach((site, n) -> ValidationException.check(
        n != null && n > 0, "%s: planned participants for site '%s' must be positive", where, site));
    ValidationException.check(
        totalBudget() == null || totalBudget().amount().signum() >= 0, "%s: total_budget_sek is negative", where);
    ValidationException.check(
        esfGrant() == null || esfGrant().amount().signum() >= 0, "%s: esf_grant_sek is negative", where);
    ValidationException.check(
        esfGrant() == null || totalBudget() == null || esfGrant().compareTo(totalBudget()) <= 0,
        "%s: esf_grant_sek %s exceeds total_budget_sek %s", where, esfGrant(), totalBudget());
    Bounds.checkInt(where + ": planned_participants", plannedParticipants(), 1, Bounds.MAX_COUNT);
    plannedParticipantsBySite().forEach((site, n) -> {
      Text.check(where + ": site name", site);
      Bounds.checkInt(where + ": planned participants for site '" + site + "'", n, 1, Bounds.MAX_COUNT);
    });
    Bounds.checkDecimal(where + ": total_budget_sek", totalBudget() == null ? null : totalBudget().amount(),
        java.math.BigDecimal.ZERO, Bounds.MAX_BUDGET_SEK, 2);
    Bounds.checkDecimal(where + ": esf_grant_sek", esfGrant() == null ? null : esfGrant().amount(),
        java.math.BigDecimal.ZERO, Bounds.MAX_BUDGET_SEK, 2);
    Set<String> ids = new HashSet<>();
    for (Target t : targets()) {
      ValidationException.check(ids.add(t.id()), "%s: target id '%s' appears twice", where, t.id());
    }
  }
}
