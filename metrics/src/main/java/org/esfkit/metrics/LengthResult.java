package org.esfkit.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.esfkit.core.Gender;
import org.esfkit.core.TargetType;
import org.esfkit.core.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A {@code participation_length} target evaluated as of a date: {@link #share()} the exited
 * participants whose time in the project lay in {@code [min, max]} (as
 * {@link org.esfkit.core.Target#lengthWithin} measures it) of all exited, with the breakdown by
 * gender, the 95 % Wilson interval, the parity verdict and the forecast. Participants still in
 * the project are not counted yet; they are the forecast's remaining. Immutable and thread-safe.
 *
 * @param id the target's id
 * @param asOf the as-of date
 * @param status the verdict
 * @param isFinal whether the result is final
 * @param reason why there is no verdict, or null
 * @param min the shortest time that counts
 * @param max the longest time that counts
 * @param threshold the threshold the share is compared with, exactly as the target states it
 * @param share exited participants within the range, of all exited; 0 of 0 when no one has exited
 * @param active participants enrolled and not yet exited, not counted yet
 * @param byGender the share among each gender, all four genders present
 * @param parityMet the parity verdict, or null when the target asks for none
 * @param wilson95 the 95 % Wilson score interval of the share, or null when undefined
 * @param forecast what the target still needs, or null
 */
public record LengthResult(
    String id,
    LocalDate asOf,
    Status status,
    boolean isFinal,
    @Nullable String reason,
    Period min,
    Period max,
    BigDecimal threshold,
    Share share,
    long active,
    Map<Gender, Share> byGender,
    @Nullable Boolean parityMet,
    @Nullable WilsonInterval wilson95,
    @Nullable Forecast forecast) implements ParticipantShare {

  /**
   * Checks the result and copies the breakdown.
   *
   * @throws ValidationException if a gender is missing from the breakdown, active is negative, or
   *     the status and the reason disagree
   */
  public LengthResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    EnumMap<Gender, Share> copy = new EnumMap<>(Gender.class);
    copy.putAll(byGender);
    ValidationException.check(copy.size() == Gender.values().length,
        "participation length result '%s': the breakdown by gender must hold all four genders", id);
    ValidationException.check(active >= 0, "participation length result '%s': active %d is negative", id, active);
    Results.checkReason(id, status, reason);
    byGender = Collections.unmodifiableMap(copy);
  }

  @Override
  public TargetType type() {
    return TargetType.PARTICIPATION_LENGTH;
  }

  /**
   * Nothing is pending: a participation length is known on the day of exit.
   *
   * @return 0
   */
  @Override
  public long pending() {
    return 0;
  }
}
