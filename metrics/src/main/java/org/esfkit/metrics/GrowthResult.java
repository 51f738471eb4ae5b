package org.esfkit.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.esfkit.core.CountOf;
import org.esfkit.core.TargetType;
import org.esfkit.core.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A {@code growth} target evaluated as of a date: the current count against the baseline, and the
 * growth (current − baseline) / baseline against the threshold. Immutable and thread-safe.
 *
 * @param id the target's id
 * @param asOf the as-of date
 * @param status the verdict
 * @param isFinal whether the result is final
 * @param reason why there is no verdict, or null
 * @param of what is counted
 * @param threshold the growth to reach, e.g. {@code 0.5} for 50 %
 * @param count the current count, or null when its source was not supplied
 * @param baseline the count the growth is measured from, positive
 */
public record GrowthResult(
    String id,
    LocalDate asOf,
    Status status,
    boolean isFinal,
    @Nullable String reason,
    CountOf of,
    BigDecimal threshold,
    @Nullable Long count,
    long baseline) implements TargetResult {

  /**
   * Checks the result.
   *
   * @throws ValidationException if the baseline is not positive
   */
  public GrowthResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(of, "of");
    ValidationException.check(baseline > 0, "growth result '%s': baseline %d must be positive", id, baseline);
    Results.checkReason(id, status, reason);
  }

  @Override
  public TargetType type() {
    return TargetType.GROWTH;
  }

  /**
   * The growth.
   *
   * @return (count − baseline) / baseline, or null when the count is not known
   */
  public @Nullable Double growth() {
    return count == null ? null : (double) (count - baseline) / baseline;
  }
}
