package org.esfkit.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.esfkit.core.CountOf;
import org.esfkit.core.TargetType;
import org.jspecify.annotations.Nullable;

/**
 * A {@code count} target evaluated as of a date: what it counts, the count, and the threshold.
 * Immutable and thread-safe.
 *
 * @param id the target's id
 * @param asOf the as-of date
 * @param status the verdict
 * @param isFinal whether the result is final
 * @param reason why there is no verdict, or null
 * @param of what is counted
 * @param threshold the count to reach
 * @param count the count, or null when its source was not supplied
 */
public record CountResult(
    String id,
    LocalDate asOf,
    Status status,
    boolean isFinal,
    @Nullable String reason,
    CountOf of,
    BigDecimal threshold,
    @Nullable Long count) implements TargetResult {

  /** Checks the result. */
  public CountResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(of, "of");
    Results.checkReason(id, status, reason);
  }

  @Override
  public TargetType type() {
    return TargetType.COUNT;
  }
}
