package org.esfkit.core;

/**
 * A characteristic a target's result is broken down by ({@link Target#by()}), besides gender, which
 * every result is broken down by.
 */
public enum Dimension implements Coded {
  /** {@code site}: the participant's site. */
  SITE("site"),
  /** {@code referral}: who referred the participant, e.g. {@code socialtjänsten}. */
  REFERRAL("referral"),
  /** {@code target_group}: each target group; a participant in two groups is in both cells. */
  TARGET_GROUP("target_group"),
  /** {@code age_band}: the {@link AgeBand} at entry. */
  AGE_BAND("age_band");

  private final String code;

  Dimension(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Parses a code.
   *
   * @param text the code as written in a file
   * @return the constant
   * @throws ValidationException if the code is unknown
   */
  public static Dimension fromCode(String text) {
    return Coded.parse(Dimension.class, text);
  }
}
