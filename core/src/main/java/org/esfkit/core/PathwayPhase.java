package org.esfkit.core;

/** A phase of a participant's pathway (Kraftverket's five phases, and the usual preparatory ones). */
public enum PathwayPhase implements Coded {
  /** {@code mapping}. */
  MAPPING("mapping"),
  /** {@code ability_and_potential}. */
  ABILITY_AND_POTENTIAL("ability_and_potential"),
  /** {@code competence_development}. */
  COMPETENCE_DEVELOPMENT("competence_development"),
  /** {@code internship_and_work}. */
  INTERNSHIP_AND_WORK("internship_and_work"),
  /** {@code social_enterprise}. */
  SOCIAL_ENTERPRISE("social_enterprise"),
  /** {@code exit}. */
  EXIT("exit");

  private final String code;

  PathwayPhase(String code) {
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
  public static PathwayPhase fromCode(String text) {
    return Coded.parse(PathwayPhase.class, text);
  }
}
