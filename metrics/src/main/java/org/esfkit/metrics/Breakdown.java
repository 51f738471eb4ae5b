package org.esfkit.metrics;

import org.esfkit.core.Dimension;
import org.immutables.value.Value;

/**
 * One cell of a target's breakdown ({@link org.esfkit.core.Target#by()}): the target evaluated on
 * the participants (within its {@code where}) with one value of a dimension, for example site
 * {@code Avesta}. The cell's result carries its own breakdown by gender. Immutable and thread-safe.
 */
@Value.Immutable
public interface Breakdown {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableBreakdown.Builder builder() {
    return ImmutableBreakdown.builder();
  }

  /**
   * The target's id.
   *
   * @return the id
   */
  String targetId();

  /**
   * The dimension.
   *
   * @return e.g. {@link Dimension#SITE}
   */
  Dimension dimension();

  /**
   * The value: a site or referral as written in the register, or a target group's or age band's code.
   *
   * @return the value
   */
  String value();

  /**
   * The target evaluated on this cell's participants.
   *
   * @return the result
   */
  TargetResult result();
}
