package org.esfkit.reporting;

import org.esfkit.core.ValidationException;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** One site (ort) of a project: participants planned and enrolled there. */
@Value.Immutable
public interface SiteRow {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableSiteRow.Builder builder() {
    return ImmutableSiteRow.builder();
  }

  /**
   * Creates a site row.
   *
   * @param name the site's name, free text
   * @param planned participants planned there, or null when the project gives no number
   * @param enrolled participants enrolled there as of the report date
   * @return the row
   */
  static SiteRow of(String name, @Nullable Integer planned, int enrolled) {
    return builder().name(name).planned(planned).enrolled(enrolled).build();
  }

  /**
   * The site's name as the project names it.
   *
   * @return free text, e.g. {@code Jönköping}
   */
  String name();

  /**
   * Participants planned at the site.
   *
   * @return the number, or null
   */
  @Nullable Integer planned();

  /**
   * Participants enrolled at the site as of the report date.
   *
   * @return the number
   */
  int enrolled();

  /** Checks the numbers. */
  @Value.Check
  default void check() {
    ValidationException.check(enrolled() >= 0, "site '%s': enrolled %d is negative", name(), enrolled());
    // 0 planned: a site the plan does not name, where participants enrolled all the same
    ValidationException.check(planned() == null || planned() >= 0,
        "site '%s': planned %s is negative", name(), planned());
  }
}
