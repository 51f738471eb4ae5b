package org.esfkit.metrics;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Participants enrolled at one site against the number planned there. Immutable and thread-safe. */
@Value.Immutable
public interface SiteEnrolment {
  /**
   * Creates a site's enrolment.
   *
   * @param enrolled enrolled as of the date
   * @param planned planned, or null if the target plans no number for the site
   * @return the value
   */
  static SiteEnrolment of(long enrolled, @Nullable Integer planned) {
    return ImmutableSiteEnrolment.builder().enrolled(enrolled).planned(planned).build();
  }

  /**
   * Participants enrolled at the site as of the date.
   *
   * @return the count
   */
  long enrolled();

  /**
   * The planned number.
   *
   * @return the number, or null if not planned
   */
  @Nullable Integer planned();

  /**
   * Whether the site reached its planned number.
   *
   * @return true if planned and {@code enrolled >= planned}; true when nothing is planned
   */
  default boolean reached() {
    return planned() == null || enrolled() >= planned();
  }
}
