package org.esfkit.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.esfkit.core.Gender;
import org.esfkit.core.TargetType;
import org.esfkit.core.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A {@code share} target evaluated as of a date: {@link #share()} the participants who succeeded
 * of those counted, with the breakdown by gender, the 95 % Wilson interval, the parity verdict and
 * the forecast. Immutable and thread-safe.
 *
 * @param id the target's id
 * @param asOf the as-of date
 * @param status the verdict
 * @param isFinal whether the result is final
 * @param reason why there is no verdict, or null
 * @param threshold the threshold the share is compared with, exactly as the target states it
 * @param share successes of those counted; 0 of 0 when no one is counted yet
 * @param pending participants not yet counted because their follow-up window is still open
 * @param byGender the share among each gender, all four genders present
 * @param parityMet the parity verdict, or null when the target asks for none
 * @param wilson95 the 95 % Wilson score interval of the share, or null when undefined
 * @param forecast what the target still needs, or null
 */
public record ShareResult(
    String id,
    LocalDate asOf,
    Status status,
    boolean isFinal,
    @Nullable String reason,
    BigDecimal threshold,
    Share share,
    long pending,
    Map<Gender, Share> byGender,
    @Nullable Boolean parityMet,
    @Nullable WilsonInterval wilson95,
    @Nullable Forecast forecast) implements ParticipantShare {

  /**
   * Checks the result and copies the breakdown.
   *
   * @throws ValidationException if a gender is missing from the breakdown, pending is negative,
   *     or the status and the reason disagree
   */
  public ShareResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(share, "share");
    EnumMap<Gender, Share> copy = new EnumMap<>(Gender.class);
    copy.putAll(byGender);
    ValidationException.check(copy.size() == Gender.values().length,
        "share result '%s': the breakdown by gender must hold all four genders", id);
    ValidationException.check(pending >= 0, "share result '%s': pending %d is negative", id, pending);
    Results.checkReason(id, status, reason);
    byGender = Collections.unmodifiableMap(copy);
  }

  @Override
  public TargetType type() {
    return TargetType.SHARE;
  }
}
