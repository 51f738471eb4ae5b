package org.esfkit.core;

import org.esfkit.core.internal.Text;
import org.esfkit.core.internal.Bounds;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An outcome target a project promised its funder, as data. Four types:
 * <ul>
 *   <li>{@code share}: a share of exited participants ({@link Measure}) reaching {@link #atLeast()},
 *       optionally with gender {@link Parity};</li>
 *   <li>{@code count}: a count of something ({@link CountOf}) reaching {@link #atLeast()};</li>
 *   <li>{@code growth}: (current − {@link #baseline()}) / baseline reaching {@link #atLeast()};</li>
 *   <li>{@code enrolment}: participants enrolled against {@link #planned()}, in total and per site.</li>
 * </ul>
 * Fields that do not belong to the target's type are rejected.
 */
@Value.Immutable
public interface Target {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableTarget.Builder builder() {
    return ImmutableTarget.builder();
  }

  /**
   * The target's identifier, unique within its project.
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
   * The target as the project description words it, for reports.
   *
   * @return free text, or null
   */
  @Nullable String description();

  /**
   * What a share target measures.
   *
   * @return the measure (share targets only)
   */
  @Nullable Measure measure();

  /**
   * The statuses that count as success for {@code exit_status} and {@code follow_up_status}.
   *
   * @return the set, empty for other measures and types
   */
  Set<OutcomeStatus> statuses();

  /**
   * The follow-up window after exit, for {@code follow_up_status} (e.g. {@code P3M}).
   *
   * @return the window, or null
   */
  @Nullable Period window();

  /**
   * The threshold: a share in [0, 1] for shares and growth, a whole number for counts.
   *
   * @return the threshold, or null (enrolment targets compare against {@link #planned()})
   */
  @Nullable BigDecimal atLeast();

  /**
   * Gender parity required of a share target.
   *
   * @return the parity rule, {@link Parity#NONE} by default
   */
  @Value.Default
  default Parity parity() {
    return Parity.NONE;
  }

  /**
   * The largest allowed difference between the shares of women and men, for {@link Parity#MAX_GAP}.
   *
   * @return the gap in [0, 1], or null
   */
  @Nullable BigDecimal maxGap();

  /**
   * What a count or growth target counts.
   *
   * @return the counted thing, or null
   */
  @Nullable CountOf of();

  /**
   * The baseline of a growth target; positive.
   *
   * @return the baseline, or null
   */
  @Nullable Integer baseline();

  /**
   * The planned number of participants of an enrolment target.
   *
   * @return the planned number, or null
   */
  @Nullable Integer planned();

  /**
   * The planned number of participants per site, for enrolment targets.
   *
   * @return site name to planned number, empty when not split by site
   */
  Map<String, Integer> bySite();

  /**
   * Checks the fields against the target's type.
   */
  @Value.Check
  default void check() {
    String where = "target '" + id() + "'";
    ValidationException.check(!id().isBlank(), "target id must not be blank");
    Text.check("target id", id());
    switch (type()) {
      case SHARE:
        ValidationException.check(measure() != null, "%s: a share target needs 'measure'", where);
        ValidationException.check(atLeast() != null, "%s: a share target needs 'at_least'", where);
        checkShare(where + ": at_least", atLeast());
        if (measure() == Measure.PERCEIVED_IMPROVEMENT) {
          ValidationException.check(statuses().isEmpty(), "%s: 'statuses' does not apply to perceived_improvement", where);
        } else {
          ValidationException.check(!statuses().isEmpty(), "%s: 'statuses' must name at least one status", where);
        }
        if (measure() == Measure.FOLLOW_UP_STATUS) {
          ValidationException.check(window() != null, "%s: follow_up_status needs 'window'", where);
          ValidationException.check(
              !window().isNegative() && !window().isZero(), "%s: window %s must be positive", where, window());
          Bounds.checkPeriod(where + ": window " + window(), window());
        } else {
          ValidationException.check(window() == null, "%s: 'window' applies to follow_up_status only", where);
        }
        ValidationException.check(
            (parity() == Parity.MAX_GAP) == (maxGap() != null),
            "%s: 'max_gap' is required with parity max_gap and allowed only then", where);
        if (maxGap() != null) {
          checkShare(where + ": max_gap", maxGap());
        }
        notFor(where, "share", of() == null && baseline() == null && planned() == null && bySite().isEmpty(),
            "of, baseline, planned, by_site");
        break;
      case COUNT:
      case GROWTH:
        ValidationException.check(of() != null, "%s: a %s target needs 'of'", where, type().code());
        ValidationException.check(atLeast() != null, "%s: a %s target needs 'at_least'", where, type().code());
        if (type() == TargetType.COUNT) {
          Bounds.checkDecimal(where + ": at_least", atLeast(), BigDecimal.ZERO, BigDecimal.valueOf(Bounds.MAX_COUNT), 0);
          ValidationException.check(baseline() == null, "%s: 'baseline' applies to growth targets only", where);
        } else {
          ValidationException.check(baseline() != null, "%s: a growth target needs 'baseline'", where);
          ValidationException.check(baseline() > 0, "%s: baseline %d must be positive", where, baseline());
          Bounds.checkInt(where + ": baseline", baseline(), 1, Bounds.MAX_COUNT);
          Bounds.checkDecimal(where + ": at_least", atLeast(), BigDecimal.ZERO, Bounds.MAX_GROWTH,
              Bounds.MAX_SHARE_DECIMALS);
        }
        notFor(where, type().code(), measure() == null && statuses().isEmpty() && window() == null
            && maxGap() == null && parity() == Parity.NONE && planned() == null && bySite().isEmpty(),
            "measure, statuses, window, parity, max_gap, planned, by_site");
        break;
      case ENROLMENT:
        ValidationException.check(planned() != null, "%s: an enrolment target needs 'planned'", where);
        ValidationException.check(planned() > 0, "%s: planned %d must be positive", where, planned());
        Bounds.checkInt(where + ": planned", planned(), 1, Bounds.MAX_COUNT);
        bySite().forEach((site, n) -> {
          Text.check(where + ": site name", site);
          ValidationException.check(
              n != null && n > 0, "%s: planned number for site '%s' must be positive", where, site);
          Bounds.checkInt(where + ": planned number for site '" + site + "'", n, 1, Bounds.MAX_COUNT);
        });
        notFor(where, "enrolment", measure() == null && statuses().isEmpty() && window() == null
            && atLeast() == null && maxGap() == null && parity() == Parity.NONE && of() == null && baseline() == null,
            "measure, statuses, window, at_least, parity, max_gap, of, baseline");
        break;
      default:
        throw new ValidationException(where + ": unsupported type " + type());
    }
  }

  private static void checkShare(String where, BigDecimal value) {
    Bounds.checkDecimal(where, value, BigDecimal.ZERO, BigDecimal.ONE, Bounds.MAX_SHARE_DECIMALS);
  }

  private static void notFor(String where, String type, boolean ok, String fields) {
    ValidationException.check(ok, "%s: %s %s target takes none of: %s", where,
        "aeiou".indexOf(type.charAt(0)) >= 0 ? "an" : "a", type, fields);
  }
}
