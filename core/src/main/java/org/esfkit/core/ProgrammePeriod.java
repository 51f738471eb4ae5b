package org.esfkit.core;

import java.time.LocalDate;

/** An ESF programme period; it decides which list of common indicators a project reports. */
public enum ProgrammePeriod implements Coded {
  /** 2007–2013 (Socialfondsprogrammet 2007–2013). */
  P2007_2013("2007-2013", 2007, 2015),
  /** 2014–2020 (Regulation (EU) No 1304/2013). */
  P2014_2020("2014-2020", 2014, 2023),
  /** 2021–2027, ESF+ (Regulation (EU) 2021/1057). */
  P2021_2027("2021-2027", 2021, 2029);

  private final String code;
  private final int firstYear;
  private final int lastEligibleYear;

  ProgrammePeriod(String code, int firstYear, int lastEligibleYear) {
    this.code = code;
    this.firstYear = firstYear;
    this.lastEligibleYear = lastEligibleYear;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the first calendar year of the period.
   *
   * @return e.g. 2014
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * Returns the last year in which spending is eligible (the n+2/n+3 rule).
   *
   * @return e.g. 2023
   */
  public int lastEligibleYear() {
    return lastEligibleYear;
  }

  /**
   * Returns the programme period a project starting on {@code start} belongs to: the latest
   * period whose first year is on or before the start year.
   *
   * @param start the project's start date
   * @return the period
   * @throws ValidationException if the date lies before 2007
   */
  public static ProgrammePeriod containing(LocalDate start) {
    ProgrammePeriod found = null;
    for (ProgrammePeriod p : values()) {
      if (p.firstYear <= start.getYear()) {
        found = p;
      }
    }
    ValidationException.check(found != null, "no ESF programme period starts before %s", start);
    return found;
  }

  /**
   * Parses a period from its code, e.g. {@code 2014-2020}.
   *
   * @param text the code
   * @return the period
   * @throws ValidationException if unknown
   */
  public static ProgrammePeriod fromCode(String text) {
    return Coded.parse(ProgrammePeriod.class, text);
  }
}
