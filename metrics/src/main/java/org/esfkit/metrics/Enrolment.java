package org.esfkit.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.esfkit.core.Gender;
import org.esfkit.core.ValidationException;
import org.esfkit.metrics.internal.EnrolmentCalculator;

/**
 * Participants enrolled on or before a date, in total, by gender and by site. This is the one
 * count of enrolment in esfkit: enrolment targets, the participants a cost is divided by and the
 * enrolment a report shows all come from it. Immutable and thread-safe.
 *
 * @param asOf the date
 * @param total participants enrolled on or before the date
 * @param byGender enrolled of each gender, all four genders present
 * @param bySite enrolled at each site found in the register, in the order first found; participants
 *     without a site are in the total only
 */
public record Enrolment(LocalDate asOf, long total, Map<Gender, Long> byGender, Map<String, Long> bySite) {
  /**
   * Checks and copies the breakdowns.
   *
   * @throws ValidationException if the genders do not add up to the total
   */
  public Enrolment {
    EnumMap<Gender, Long> genders = new EnumMap<>(Gender.class);
    genders.putAll(byGender);
    ValidationException.check(genders.values().stream().mapToLong(Long::longValue).sum() == total,
        "enrolment as of %s: enrolled by gender does not add up to %d", asOf, total);
    byGender = Collections.unmodifiableMap(genders);
    bySite = Collections.unmodifiableMap(new LinkedHashMap<>(bySite));
  }

  /**
   * Counts a cohort's enrolment as of a date.
   *
   * @param cohort the cohort
   * @param asOf the date
   * @return the enrolment
   */
  public static Enrolment of(Cohort cohort, LocalDate asOf) {
    return EnrolmentCalculator.count(cohort.tables(), asOf);
  }

  /**
   * The enrolment as of each of several dates, counted in one pass over the participants (the
   * same as {@link #of} on each date).
   *
   * @param cohort the cohort
   * @param dates the dates, ascending
   * @return one enrolment per date, in the dates' order
   * @throws IllegalArgumentException if the dates are not ascending
   */
  public static List<Enrolment> over(Cohort cohort, List<LocalDate> dates) {
    for (int k = 1; k < dates.size(); k++) {
      if (dates.get(k).isBefore(dates.get(k - 1))) {
        throw new IllegalArgumentException("dates must be ascending; " + dates.get(k) + " comes after "
            + dates.get(k - 1));
      }
    }
    return EnrolmentCalculator.counts(cohort.tables(), dates);
  }
}
