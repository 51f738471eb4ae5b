package org.esfkit.core;

/** The kind of a placement at an employer (praktik, prova-på, lärlingsplats, anställning, ...). */
public enum PlacementKind implements Coded {
  /** {@code internship}. */
  INTERNSHIP("internship"),
  /** {@code work_trial}. */
  WORK_TRIAL("work_trial"),
  /** {@code apprenticeship}. */
  APPRENTICESHIP("apprenticeship"),
  /** {@code employment}. */
  EMPLOYMENT("employment"),
  /** {@code subsidised_employment}. */
  SUBSIDISED_EMPLOYMENT("subsidised_employment"),
  /** {@code social_enterprise}. */
  SOCIAL_ENTERPRISE("social_enterprise");

  private final String code;

  PlacementKind(String code) {
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
  public static PlacementKind fromCode(String text) {
    return Coded.parse(PlacementKind.class, text);
  }
}
