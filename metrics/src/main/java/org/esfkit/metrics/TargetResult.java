package org.esfkit.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.esfkit.core.Gender;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A target evaluated as of a date. What the numbers mean depends on the {@link #type()}:
 * <ul>
 *   <li>{@code share}: {@link #numerator()} successes of {@link #denominator()} counted,
 *       {@link #value()} the share (null when the denominator is 0), {@link #pending()} those
 *       whose follow-up window is still open, {@link #byGender()} with all four genders,
 *       {@link #wilson95()}, {@link #parityMet()} and {@link #forecast()};</li>
 *   <li>{@code count}: {@link #numerator()} and {@link #value()} the count, no denominator;</li>
 *   <li>{@code growth}: {@link #numerator()} the current count, {@link #denominator()} the
 *       baseline, {@link #value()} (current − baseline) / baseline;</li>
 *   <li>{@code enrolment}: {@link #numerator()} enrolled, {@link #denominator()} planned,
 *       {@link #value()} enrolled / planned, {@link #bySite()} and {@link #shareWomen()}.</li>
 * </ul>
 * The {@link #audit()} (ids counted) takes no part in equality and is never printed.
 */
@Value.Immutable
public abstract class TargetResult {
  /**
   * Returns a new builder (for calculators of further target types).
   *
   * @return a builder
   */
  public static ImmutableTargetResult.Builder builder() {
    return ImmutableTargetResult.builder();
  }

  /**
   * The target's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The target's type code: {@code share}, {@code count}, {@code growth}, {@code enrolment}, or a
   * further type's name.
   *
   * @return the type
   */
  public abstract String type();

  /**
   * The as-of date.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The verdict.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Whether the target's condition holds as of the date.
   *
   * @return true if {@link #status()} is {@link Status#ACHIEVED}
   */
  public boolean achieved() {
    return status() == Status.ACHIEVED;
  }

  /**
   * Whether the result is final: the as-of date is on or after the project's end and nothing is
   * pending.
   *
   * @return true if final
   */
  public abstract boolean isFinal();

  /**
   * The numerator (see the type's meaning above).
   *
   * @return the count
   */
  public abstract long numerator();

  /**
   * The denominator: the count considered for shares, the baseline for growth, the planned number
   * for enrolment; null for counts.
   *
   * @return the denominator, or null
   */
  public abstract @Nullable Long denominator();

  /**
   * The value (see the type's meaning above).
   *
   * @return the value, or null when undefined
   */
  public abstract @Nullable Double value();

  /**
   * The threshold the value was compared with, exactly as the target states it.
   *
   * @return the threshold, or null (enrolment)
   */
  public abstract @Nullable BigDecimal threshold();

  /**
   * Participants not yet counted because their follow-up window is still open.
   *
   * @return the count, 0 unless a follow-up share
   */
  @Value.Default
  public long pending() {
    return 0;
  }

  /**
   * The share by gender, with all four genders present for shares (and for enrolment: enrolled
   * of each gender over all enrolled).
   *
   * @return gender to share; empty for counts and growth
   */
  public abstract Map<Gender, Share> byGender();

  /**
   * The parity verdict where the target asks for parity.
   *
   * @return true or false, or null when the target asks for none
   */
  public abstract @Nullable Boolean parityMet();

  /**
   * The 95 % Wilson score interval of a share.
   *
   * @return the interval, or null when not a share or undefined
   */
  public abstract @Nullable WilsonInterval wilson95();

  /**
   * The forecast of a share target.
   *
   * @return the forecast, or null when not a share
   */
  public abstract @Nullable Forecast forecast();

  /**
   * Enrolment by site, for enrolment targets: every site the target plans and every site found in
   * the register.
   *
   * @return site name to enrolment, empty otherwise
   */
  public abstract Map<String, SiteEnrolment> bySite();

  /**
   * The share of women among those enrolled, for enrolment targets.
   *
   * @return the share, or null
   */
  public abstract @Nullable Double shareWomen();

  /**
   * The ids counted, for audit. Not part of equality; never printed.
   *
   * @return the audit
   */
  @Value.Auxiliary
  @Value.Default
  public Audit audit() {
    return Audit.empty();
  }

  /**
   * The overall share, numerator over denominator.
   *
   * @return the share
   * @throws IllegalStateException if the result has no denominator (a count)
   */
  public Share share() {
    Long d = denominator();
    if (d == null) {
      throw new IllegalStateException("target " + id() + " (" + type() + ") has no denominator");
    }
    return Share.of(numerator(), d);
  }

  /**
   * The share of one gender.
   *
   * @param gender the gender
   * @return the share, {@link Share#EMPTY} when absent
   */
  public Share shareFor(Gender gender) {
    return byGender().getOrDefault(gender, Share.EMPTY);
  }
}
