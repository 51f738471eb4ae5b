package org.esfkit.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An intermediate threshold of a target, judged on its date (ESF+ sets milestones for the end of
 * 2024 and targets for the end of 2029): the target evaluated as of {@link #on()} with
 * {@link #atLeast()} in place of its own threshold. The threshold is in the target's unit: a share
 * for shares, participation length and growth, a whole number for counts and, for enrolment, the
 * number enrolled (in total; per-site plans do not apply to a milestone).
 */
@Value.Immutable
public interface Milestone {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableMilestone.Builder builder() {
    return ImmutableMilestone.builder();
  }

  /**
   * Creates a milestone.
   *
   * @param on the date it is judged on
   * @param atLeast its threshold
   * @return the milestone
   */
  static Milestone of(LocalDate on, BigDecimal atLeast) {
    return builder().on(on).atLeast(atLeast).build();
  }

  /**
   * The date the milestone is judged on: events dated on or before it count.
   *
   * @return the date
   */
  LocalDate on();

  /**
   * The threshold, in the target's unit.
   *
   * @return the threshold
   */
  BigDecimal atLeast();

  /**
   * The milestone as a target of its own: the target with this threshold (an enrolment target's
   * {@code planned} becomes it, without per-site plans), evaluated as of {@link #on()}.
   *
   * @param target the target the milestone belongs to
   * @return the target to evaluate
   */
  default Target applyTo(Target target) {
    ImmutableTarget t = ImmutableTarget.copyOf(target).withMilestones();
    if (target.type() == TargetType.ENROLMENT) {
      return t.withPlanned(atLeast().intValueExact()).withBySite(java.util.Map.of());
    }
    return t.withAtLeast(atLeast());
  }
}
