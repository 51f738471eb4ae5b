package org.esfkit.metrics;

/**
 * The verdict on the share of women among the enrolled, for an enrolment target with
 * {@code women_at_least} and/or {@code women_at_most}. Both bounds are inclusive: a share exactly
 * on a bound is {@link #WITHIN}.
 */
public enum GenderBalance {
  /** The share of women lies within the bounds. */
  WITHIN,
  /** The share of women is below {@code women_at_least}. */
  BELOW_WOMEN_AT_LEAST,
  /** The share of women is above {@code women_at_most}. */
  ABOVE_WOMEN_AT_MOST
}
