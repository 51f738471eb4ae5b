package org.esfkit.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.esfkit.core.Gender;
import org.esfkit.core.TargetType;
import org.esfkit.core.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * An {@code enrolment} target evaluated as of a date: participants enrolled against the planned
 * number, in total, by gender and by site, and, when the target bounds it, the share of women among
 * the enrolled ({@link #balance()}). Immutable and thread-safe.
 *
 * @param id the target's id
 * @param asOf the as-of date
 * @param status the verdict
 * @param isFinal whether the result is final
 * @param reason why there is no verdict, or null
 * @param enrolled the participants enrolled on or before the date ({@link Enrolment#total()})
 * @param planned the planned number, positive
 * @param byGender enrolled of each gender, all four genders present
 * @param bySite every site the target plans, then every other site found in the register
 * @param womenAtLeast the lowest share of women the target allows, or null
 * @param womenAtMost the highest share of women the target allows, or null
 * @param balance the verdict on the share of women among the enrolled: null when the target sets
 *     no bound or no one is enrolled; otherwise which bound, if any, failed. A failed bound makes
 *     the target {@link Status#NOT_ACHIEVED}
 */
public record EnrolmentResult(
    String id,
    LocalDate asOf,
    Status status,
    boolean isFinal,
    @Nullable String reason,
    long enrolled,
    long planned,
    Map<Gender, Long> byGender,
    Map<String, SiteEnrolment> bySite,
    @Nullable BigDecimal womenAtLeast,
    @Nullable BigDecimal womenAtMost,
    @Nullable GenderBalance balance) implements TargetResult {

  /**
   * Checks the result and copies the breakdowns.
   *
   * @throws ValidationException if a gender is missing or the counts do not add up
   */
  public EnrolmentResult {
    Objects.requireNonNull(id, "id");
    EnumMap<Gender, Long> genders = new EnumMap<>(Gender.class);
    genders.putAll(byGender);
    ValidationException.check(genders.size() == Gender.values().length,
        "enrolment result '%s': the breakdown by gender must hold all four genders", id);
    ValidationException.check(genders.values().stream().mapToLong(Long::longValue).sum() == enrolled,
        "enrolment result '%s': enrolled by gender does not add up to %d", id, enrolled);
    ValidationException.check(planned > 0, "enrolment result '%s': planned %d must be positive", id, planned);
    Results.checkReason(id, status, reason);
    byGender = Collections.unmodifiableMap(genders);
    bySite = Collections.unmodifiableMap(new LinkedHashMap<>(bySite));
  }

  @Override
  public TargetType type() {
    return TargetType.ENROLMENT;
  }

  /**
   * Enrolled over planned.
   *
   * @return the ratio
   */
  public double value() {
    return (double) enrolled / planned;
  }

  /**
   * Which bound of the share of women failed, in words, for reports.
   *
   * @return e.g. {@code the share of women is below women_at_least 0.4}, or null when no bound
   *     failed; no counts, so it can be shown where small cells are masked
   */
  public @Nullable String balanceShortfall() {
    if (balance == null || balance == GenderBalance.WITHIN) {
      return null;
    }
    return balance == GenderBalance.BELOW_WOMEN_AT_LEAST
        ? "the share of women is below women_at_least " + womenAtLeast.toPlainString()
        : "the share of women is above women_at_most " + womenAtMost.toPlainString();
  }

  /**
   * The share of women among those enrolled.
   *
   * @return the share, or null when no one is enrolled
   */
  public @Nullable Double shareWomen() {
    return enrolled == 0 ? null : (double) byGender.get(Gender.WOMAN) / enrolled;
  }
}
