package org.esfkit.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.TargetType;
import org.esfkit.core.ValidationException;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One outcome target as a report shows it: the result of evaluating the target as of the report
 * date, in the shape of the {@code esfkit metrics} JSON (see DESIGN.md). For shares the numerator
 * and denominator are participants; for counts the numerator is the count and the denominator is
 * null; for growth the numerator is the current count and the denominator the baseline; for
 * enrolment the numerator is the number enrolled and the denominator the planned number.
 */
@Value.Immutable
public interface TargetRow {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableTargetRow.Builder builder() {
    return ImmutableTargetRow.builder();
  }

  /**
   * The target's id, unique within the report.
   *
   * @return e.g. {@code self-sufficient-3m}
   */
  String id();

  /**
   * The type of target.
   *
   * @return the type
   */
  TargetType type();

  /**
   * The target as the project words it.
   *
   * @return free text, or null
   */
  @Nullable String description();

  /**
   * What a share target measures.
   *
   * @return the measure, or null for other types
   */
  @Nullable Measure measure();

  /**
   * The threshold: a share in [0, 1] for shares and growth, a whole number for counts, null for
   * enrolment (compared against the planned number).
   *
   * @return the threshold, or null
   */
  @Nullable BigDecimal threshold();

  /**
   * The status as of the report date.
   *
   * @return the status
   */
  TargetStatus status();

  /**
   * Whether the status is final: the report date is on or after the project's end and nothing is
   * pending.
   *
   * @return true if final
   */
  @Value.Default
  default boolean isFinal() {
    return false;
  }

  /**
   * The numerator (see the type's description).
   *
   * @return a count
   */
  int numerator();

  /**
   * The denominator, null for count targets.
   *
   * @return a count, or null
   */
  @Nullable Integer denominator();

  /**
   * The value: the share, the count, the growth or enrolled / planned; null when undefined.
   *
   * @return the value, or null
   */
  @Nullable Double value();

  /**
   * Participants whose follow-up window has not closed yet.
   *
   * @return a count, 0 for targets without a window
   */
  @Value.Default
  default int pending() {
    return 0;
  }

  /**
   * The lower bound of the 95 % Wilson score interval of a share.
   *
   * @return the bound, or null
   */
  @Nullable Double wilsonLow();

  /**
   * The upper bound of the 95 % Wilson score interval of a share.
   *
   * @return the bound, or null
   */
  @Nullable Double wilsonHigh();

  /**
   * The breakdown by gender (shares; the enrolled by gender for enrolment, denominators equal to
   * the numerators), empty when the target has none.
   *
   * @return gender to counts
   */
  Map<Gender, GenderCount> byGender();

  /**
   * What the target still needs (share targets).
   *
   * @return the forecast, or null
   */
  @Nullable Forecast forecast();

  /**
   * Enrolled and planned per site (enrolment targets), in the order to show.
   *
   * @return the sites, possibly empty
   */
  List<SiteRow> bySite();

  /**
   * The share of women among those enrolled (enrolment targets).
   *
   * @return the share, or null
   */
  @Nullable Double shareWomen();

  /**
   * Whether the numerator and denominator count people, and so are subject to small-cell
   * suppression. False for counts of tasks, employers or social enterprises.
   *
   * @return true by default
   */
  @Value.Default
  default boolean countsPeople() {
    return true;
  }

  /**
   * Whether the target is achieved.
   *
   * @return true if the status is {@link TargetStatus#ACHIEVED}
   */
  default boolean achieved() {
    return status() == TargetStatus.ACHIEVED;
  }

  /** Checks the row's invariants. */
  @Value.Check
  default void check() {
    String where = "target row '" + id() + "'";
    ValidationException.check(!id().isBlank(), "target row id must not be blank");
    ValidationException.check(numerator() >= 0, "%s: numerator %d is negative", where, numerator());
    ValidationException.check(denominator() == null || denominator() >= 0,
        "%s: denominator %s is negative", where, denominator());
    ValidationException.check(pending() >= 0, "%s: pending %d is negative", where, pending());
    ValidationException.check((wilsonLow() == null) == (wilsonHigh() == null),
        "%s: give both Wilson bounds or neither", where);
    ValidationException.check(wilsonLow() == null || wilsonLow() <= wilsonHigh(),
        "%s: Wilson interval [%s, %s] is reversed", where, wilsonLow(), wilsonHigh());
    ValidationException.check(value() == null || Double.isFinite(value()), "%s: value %s is not finite", where, value());
  }
}
