package org.esfkit.metrics;

import java.math.BigDecimal;
import java.util.Map;
import org.esfkit.core.Gender;
import org.jspecify.annotations.Nullable;

/**
 * A result that is a share of exited participants compared with a threshold, with the breakdown
 * by gender, the 95 % Wilson interval, the parity verdict and the forecast: a {@link ShareResult}
 * (what happened at or after exit) or a {@link LengthResult} (how long they stayed). Reports show
 * both the same way. Immutable and thread-safe.
 */
public sealed interface ParticipantShare extends TargetResult permits ShareResult, LengthResult {
  /**
   * The threshold the share is compared with, exactly as the target states it.
   *
   * @return the threshold in [0, 1]
   */
  BigDecimal threshold();

  /**
   * Successes of those counted; 0 of 0 when no one is counted yet.
   *
   * @return the share
   */
  Share share();

  /**
   * Participants exited but not yet counted because a follow-up window is still open.
   *
   * @return the count, 0 when the target has no window
   */
  long pending();

  /**
   * The share among each gender, all four genders present.
   *
   * @return gender to share
   */
  Map<Gender, Share> byGender();

  /**
   * The parity verdict.
   *
   * @return whether parity holds, or null when the target asks for none
   */
  @Nullable Boolean parityMet();

  /**
   * The 95 % Wilson score interval of the share.
   *
   * @return the interval, or null when undefined
   */
  @Nullable WilsonInterval wilson95();

  /**
   * What the target still needs.
   *
   * @return the forecast, or null
   */
  @Nullable Forecast forecast();

  /**
   * Successes counted.
   *
   * @return the share's numerator
   */
  default long numerator() {
    return share().numerator();
  }

  /**
   * Participants counted.
   *
   * @return the share's denominator
   */
  default long denominator() {
    return share().denominator();
  }

  /**
   * The share as a number.
   *
   * @return numerator / denominator, or null when no one is counted
   */
  default @Nullable Double value() {
    return share().value();
  }

  /**
   * The share of one gender.
   *
   * @param gender the gender
   * @return the share
   */
  default Share shareFor(Gender gender) {
    return byGender().get(gender);
  }
}
