package org.esfkit.core;

import org.esfkit.core.internal.Text;
import org.esfkit.core.internal.Bounds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
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
 *   <li>{@code enrolment}: participants enrolled against {@link #planned()}, in total and per site,
 *       optionally with the share of women among them between {@link #womenAtLeast()} and
 *       {@link #womenAtMost()};</li>
 *   <li>{@code participation_length}: the share of exited participants whose time in the project
 *       lies between {@link #min()} and {@link #max()} reaching {@link #atLeast()}, optionally with
 *       gender {@link Parity}.</li>
 * </ul>
 * Fields that do not belong to the target's type are rejected. Any target about participants may be
 * restricted to a {@link #where() subgroup} and broken down {@link #by() by} site, referral, target
 * group or age band.
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
   * The shortest time in the project that counts, for {@code participation_length}: a participant
   * counts when {@code first enrolment + min <= first enrolment + days in the project}, see
   * {@link #lengthWithin(LocalDate, long)}.
   *
   * @return e.g. {@code P6M}, or null
   */
  @Nullable Period min();

  /**
   * The longest time in the project that counts, for {@code participation_length}.
   *
   * @return e.g. {@code P12M}, or null
   */
  @Nullable Period max();

  /**
   * Tells whether a time in the project lies in this {@code participation_length} target's range.
   * The time is measured in days, summed over the participant's spells (each from its enrolment
   * to its exit, the exit day not counted: enrolled 15 January and exited 15 July is 181 days),
   * and laid out from the first enrolment: it lies in the range when
   * {@code enrolled + min <= enrolled + days <= enrolled + max}, with ISO calendar arithmetic
   * ({@link LocalDate#plus}). For one spell that is {@code enrolled + min <= exited <= enrolled + max}:
   * 15 January to 15 July is exactly six months and lies in {@code [P6M, P12M]}; to 14 July does not.
   *
   * @param enrolled the first enrolment
   * @param days days in the project, summed over spells
   * @return true if within
   * @throws IllegalStateException if this is not a participation_length target
   */
  default boolean lengthWithin(LocalDate enrolled, long days) {
    if (min() == null || max() == null) {
      throw new IllegalStateException("target '" + id() + "' is not a participation_length target");
    }
    LocalDate end = enrolled.plusDays(days);
    return !end.isBefore(enrolled.plus(min())) && !end.isAfter(enrolled.plus(max()));
  }

  /**
   * The lowest share of women among the enrolled an {@code enrolment} target allows (inclusive).
   *
   * @return a share in [0, 1], or null when there is no lower bound
   */
  @Nullable BigDecimal womenAtLeast();

  /**
   * The highest share of women among the enrolled an {@code enrolment} target allows (inclusive).
   *
   * @return a share in [0, 1], or null when there is no upper bound
   */
  @Nullable BigDecimal womenAtMost();

  /**
   * Whether a {@code count} (or {@code growth}) of {@code tasks_identified} counts only tasks
   * offered to all participants regardless of gender (Alla kan arbeta: "arbetsuppgifter som
   * erbjuds alla deltagare, oavsett kön"). Not stated means true, as before this field existed;
   * {@code false} counts every task identified.
   *
   * @return true, false, or null when not stated (counted as true)
   */
  @Nullable Boolean openToAllGenders();

  /**
   * The participants this target is about, when not all of them: only they, and their placements,
   * are counted.
   *
   * @return the subgroup, or null for all participants
   */
  @Nullable Subgroup where();

  /**
   * What the result is broken down by besides gender: one result per value found in the register
   * (within {@link #where()}), each of the target evaluated on those participants only.
   *
   * @return the dimensions, in the order given; empty for none
   */
  List<Dimension> by();

  /**
   * Intermediate thresholds judged on their dates, in date order.
   *
   * @return the milestones, empty for none
   */
  List<Milestone> milestones();

  /**
   * Checks the fields against the target's type.
   */
  @Value.Check
  default void check() {
    String where = "target '" + id() + "'";
    for (int k = 0; k < milestones().size(); k++) {
      Milestone m = milestones().get(k);
      String at = where + ": milestones: at_least of " + m.on();
      ValidationException.check(k == 0 || milestones().get(k - 1).on().isBefore(m.on()),
          "%s: milestones must be in date order, each date once", where);
      switch (type()) {
        case COUNT:
        case ENROLMENT:
          Bounds.checkDecimal(at, m.atLeast(), type() == TargetType.ENROLMENT ? BigDecimal.ONE : BigDecimal.ZERO,
              BigDecimal.valueOf(Bounds.MAX_COUNT), 0);
          break;
        case GROWTH:
          Bounds.checkDecimal(at, m.atLeast(), BigDecimal.ZERO, Bounds.MAX_GROWTH, Bounds.MAX_SHARE_DECIMALS);
          break;
        default:
          checkShare(at, m.atLeast());
      }
    }
    boolean aboutParticipants = of() != CountOf.TASKS_IDENTIFIED && of() != CountOf.SOCIAL_ENTERPRISES_ESTABLISHED;
    ValidationException.check(aboutParticipants || where() == null,
        "%s: 'where' applies to targets about participants, not to counts of %s", where, of() == null ? "" : of().code());
    ValidationException.check(aboutParticipants || by().isEmpty(),
        "%s: 'by' applies to targets about participants, not to counts of %s", where, of() == null ? "" : of().code());
    ValidationException.check(by().stream().distinct().count() == by().size(), "%s: 'by' names a dimension twice",
        where);
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
        notFor(where, "share", of() == null && baseline() == null && planned() == null && bySite().isEmpty()
            && lengthFieldsAbsent(), "of, baseline, planned, by_site, min, max, women_at_least, women_at_most, "
            + "open_to_all_genders");
        break;
      case PARTICIPATION_LENGTH:
        ValidationException.check(min() != null && max() != null,
            "%s: a participation_length target needs 'min' and 'max'", where);
        ValidationException.check(!min().isNegative(), "%s: min %s is negative", where, min());
        Bounds.checkPeriod(where + ": min " + min(), min());
        Bounds.checkPeriod(where + ": max " + max(), max());
        LocalDate ref = LocalDate.of(2000, 1, 1);
        ValidationException.check(!ref.plus(min()).isAfter(ref.plus(max())), "%s: min %s is above max %s", where,
            min(), max());
        ValidationException.check(atLeast() != null, "%s: a participation_length target needs 'at_least'", where);
        checkShare(where + ": at_least", atLeast());
        ValidationException.check(
            (parity() == Parity.MAX_GAP) == (maxGap() != null),
            "%s: 'max_gap' is required with parity max_gap and allowed only then", where);
        if (maxGap() != null) {
          checkShare(where + ": max_gap", maxGap());
        }
        notFor(where, "participation_length", measure() == null && statuses().isEmpty() && window() == null
            && of() == null && baseline() == null && planned() == null && bySite().isEmpty() && womenAtLeast() == null
            && womenAtMost() == null && openToAllGenders() == null,
            "measure, statuses, window, of, baseline, planned, by_site, women_at_least, women_at_most, "
            + "open_to_all_genders");
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
        ValidationException.check(openToAllGenders() == null || of() == CountOf.TASKS_IDENTIFIED,
            "%s: 'open_to_all_genders' applies to counts of tasks_identified only", where);
        notFor(where, type().code(), measure() == null && statuses().isEmpty() && window() == null
            && maxGap() == null && parity() == Parity.NONE && planned() == null && bySite().isEmpty()
            && min() == null && max() == null && womenAtLeast() == null && womenAtMost() == null,
            "measure, statuses, window, parity, max_gap, planned, by_site, min, max, women_at_least, women_at_most");
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
        if (womenAtLeast() != null) {
          checkShare(where + ": women_at_least", womenAtLeast());
        }
        if (womenAtMost() != null) {
          checkShare(where + ": women_at_most", womenAtMost());
        }
        ValidationException.check(womenAtLeast() == null || womenAtMost() == null
            || womenAtLeast().compareTo(womenAtMost()) <= 0,
            "%s: women_at_least %s is above women_at_most %s", where, womenAtLeast(), womenAtMost());
        notFor(where, "enrolment", measure() == null && statuses().isEmpty() && window() == null
            && atLeast() == null && maxGap() == null && parity() == Parity.NONE && of() == null && baseline() == null
            && min() == null && max() == null && openToAllGenders() == null,
            "measure, statuses, window, at_least, parity, max_gap, of, baseline, min, max, open_to_all_genders");
        break;
      default:
        throw new ValidationException(where + ": unsupported type " + type());
    }
  }

  private boolean lengthFieldsAbsent() {
    return min() == null && max() == null && womenAtLeast() == null && womenAtMost() == null && openToAllGenders() == null;
  }

  private static void checkShare(String where, BigDecimal value) {
    Bounds.checkDecimal(where, value, BigDecimal.ZERO, BigDecimal.ONE, Bounds.MAX_SHARE_DECIMALS);
  }

  private static void notFor(String where, String type, boolean ok, String fields) {
    ValidationException.check(ok, "%s: %s %s target takes none of: %s", where,
        "aeiou".indexOf(type.charAt(0)) >= 0 ? "an" : "a", type, fields);
  }
}
