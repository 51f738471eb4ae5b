package org.esfkit.reporting;

import java.util.List;
import org.esfkit.core.DateRange;
import org.esfkit.core.Money;
import org.esfkit.core.Rate;
import org.esfkit.core.ValidationException;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The facts of a project a progress report opens with. */
@Value.Immutable
public interface ProjectFacts {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableProjectFacts.Builder builder() {
    return ImmutableProjectFacts.builder();
  }

  /**
   * The funder's identifier.
   *
   * @return e.g. {@code 2020/00131}
   */
  String projectNumber();

  /**
   * The project's name.
   *
   * @return free text
   */
  String name();

  /**
   * The organisation that runs the project.
   *
   * @return free text, or null
   */
  @Nullable String owner();

  /**
   * The ESF region, as it is to be shown.
   *
   * @return e.g. {@code Mellersta Norrland}, or null
   */
  @Nullable String region();

  /**
   * The project period.
   *
   * @return the period
   */
  DateRange period();

  /**
   * The total budget.
   *
   * @return the budget, or null
   */
  @Nullable Money totalBudget();

  /**
   * The ESF grant.
   *
   * @return the grant, or null
   */
  @Nullable Money esfGrant();

  /**
   * The EU co-financing rate.
   *
   * @return the rate, or null
   */
  @Nullable Rate euCoFinancingRate();

  /**
   * The national co-financing: the total budget less the ESF grant, when both are known.
   *
   * @return the amount, or null
   */
  default @Nullable Money coFinancing() {
    Money total = totalBudget();
    Money grant = esfGrant();
    return total == null || grant == null ? null : total.minus(grant);
  }

  /**
   * Co-financiers (medfinansiärer).
   *
   * @return organisation names, possibly empty
   */
  List<String> coFinanciers();

  /**
   * The planned number of participants.
   *
   * @return the number, or null
   */
  @Nullable Integer plannedParticipants();

  /**
   * Participants enrolled as of the report date.
   *
   * @return the number
   */
  int enrolledParticipants();

  /**
   * Planned and enrolled participants per site, in the order to show; empty when the project is
   * not split by site.
   *
   * @return the sites
   */
  List<SiteRow> sites();

  /** Checks the facts. */
  @Value.Check
  default void check() {
    ValidationException.check(!projectNumber().isBlank(), "project facts: project number must not be blank");
    ValidationException.check(enrolledParticipants() >= 0,
        "project facts: enrolled participants %d is negative", enrolledParticipants());
    ValidationException.check(
        sites().stream().map(SiteRow::name).distinct().count() == sites().size(),
        "project facts: a site appears twice in %s", sites());
  }
}
