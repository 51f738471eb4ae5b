package org.esfkit.metrics;

import org.esfkit.core.Coded;

/**
 * A non-sensitive personal characteristic a participant's record must hold to count in the common
 * indicators of an {@link IndicatorList} ({@link IndicatorList#requiredFields()}). Sensitive
 * characteristics (disability, foreign background, minority, third-country national) are never
 * among them: a record without them is still complete.
 */
public enum PersonalDataField implements Coded {
  /** Gender: missing when recorded as {@code not_reported}. */
  GENDER("gender"),
  /** Labour-market status at entry. */
  LABOUR_MARKET_STATUS("labour_market_status"),
  /** Age at entry: a birth date or a birth year. */
  AGE("age"),
  /** Educational attainment at entry: the ISCED level. */
  EDUCATION("education"),
  /**
   * Household situation at entry (ESF 2014-2020 only): jobless household, dependent children and
   * single adult household, all three recorded.
   */
  HOUSEHOLD_SITUATION("household_situation");

  private final String code;

  PersonalDataField(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
