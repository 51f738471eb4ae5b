package org.esfkit.core;

import java.util.ArrayList;
import java.util.List;
import org.esfkit.core.internal.Text;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The participants a target is restricted to ({@link Target#where()}): those matching every
 * condition given. A target restricted to a subgroup counts only its participants and their
 * placements. Site and referral are compared exactly as written in the register.
 */
@Value.Immutable
public interface Subgroup {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableSubgroup.Builder builder() {
    return ImmutableSubgroup.builder();
  }

  /**
   * Participants in this target group.
   *
   * @return the group, or null for any
   */
  @Nullable TargetGroup targetGroup();

  /**
   * Participants at this site.
   *
   * @return the site name, or null for any
   */
  @Nullable String site();

  /**
   * Participants in this age band at entry; a participant with neither a birth date nor a year of
   * birth is in none.
   *
   * @return the band, or null for any
   */
  @Nullable AgeBand ageBand();

  /**
   * Participants referred by this referrer.
   *
   * @return e.g. {@code socialtjänsten}, or null for any
   */
  @Nullable String referral();

  /**
   * This subgroup further restricted to one value of a dimension.
   *
   * @param dimension the dimension
   * @param value the value: a site or referral as written, a target group's or age band's code
   * @return the narrower subgroup
   * @throws ValidationException if the value is not a code of the dimension
   */
  default Subgroup with(Dimension dimension, String value) {
    ImmutableSubgroup s = ImmutableSubgroup.copyOf(this);
    switch (dimension) {
      case SITE:
        return s.withSite(value);
      case REFERRAL:
        return s.withReferral(value);
      case TARGET_GROUP:
        return s.withTargetGroup(TargetGroup.fromCode(value));
      default:
        return s.withAgeBand(AgeBand.fromCode(value));
    }
  }

  /**
   * The conditions in words, for reasons and reports, e.g. {@code site = Avesta, referral = socialtjänsten}.
   *
   * @return the description, {@code everyone} when there is no condition
   */
  default String describe() {
    List<String> parts = new ArrayList<>();
    if (targetGroup() != null) {
      parts.add("target_group = " + targetGroup().code());
    }
    if (site() != null) {
      parts.add("site = " + site());
    }
    if (ageBand() != null) {
      parts.add("age_band = " + ageBand().code());
    }
    if (referral() != null) {
      parts.add("referral = " + referral());
    }
    return parts.isEmpty() ? "everyone" : String.join(", ", parts);
  }

  /** Checks the names. */
  @Value.Check
  default void check() {
    Text.check("where: site", site());
    Text.check("where: referral", referral());
    ValidationException.check(site() == null || !site().isBlank(), "where: site must not be blank");
    ValidationException.check(referral() == null || !referral().isBlank(), "where: referral must not be blank");
  }
}
