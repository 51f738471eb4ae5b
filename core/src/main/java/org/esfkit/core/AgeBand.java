package org.esfkit.core;

/**
 * An age band at entry, as the ESF+ common indicators group ages (below 30, 55 and over). The age
 * at entry is exact on the day of first enrolment with a birth date; with only a year of birth, it
 * is the year of first enrolment minus the year of birth (as the common indicators count it). A
 * participant with neither is in no band.
 */
public enum AgeBand implements Coded {
  /** {@code under_30}: below 30 at entry. */
  UNDER_30("under_30"),
  /** {@code 30_to_54}: 30 to 54 at entry. */
  FROM_30_TO_54("30_to_54"),
  /** {@code 55_and_over}: 55 or over at entry. */
  FROM_55("55_and_over");

  private final String code;

  AgeBand(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The band an age falls in.
   *
   * @param age the age at entry in whole years
   * @return the band
   */
  public static AgeBand of(int age) {
    return age < 30 ? UNDER_30 : age < 55 ? FROM_30_TO_54 : FROM_55;
  }

  /**
   * Parses a code.
   *
   * @param text the code as written in a file
   * @return the constant
   * @throws ValidationException if the code is unknown
   */
  public static AgeBand fromCode(String text) {
    return Coded.parse(AgeBand.class, text);
  }
}
