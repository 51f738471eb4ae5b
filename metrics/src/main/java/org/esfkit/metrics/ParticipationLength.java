package org.esfkit.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.esfkit.core.ParticipationRange;
import org.esfkit.metrics.spi.CohortTables;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How long participants stayed in the project: over participants who exited on or before the
 * as-of date, the distribution of whole calendar months from enrolment to exit, the median in
 * days, the mean in days, and the share whose time lay within the project's
 * {@linkplain org.esfkit.core.EsfProject#plannedParticipation() planned range} (SMÖT: 6-12 months).
 * For a participant who left and came back, "exited" is the exit of the spell in force at the
 * date, and the length is summed over the spells (the months counted from the first entry).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParticipationLength {
  /**
   * The as-of date.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Participants who exited on or before the date.
   *
   * @return the count
   */
  public abstract long exited();

  /**
   * Exited participants by whole calendar months completed between enrolment and exit.
   *
   * @return months to count, ascending
   */
  public abstract Map<Integer, Long> byMonths();

  /**
   * Median days from enrolment to exit.
   *
   * @return the median, or null if no one has exited
   */
  public abstract @Nullable Double medianDays();

  /**
   * Mean days from enrolment to exit.
   *
   * @return the mean, or null if no one has exited
   */
  public abstract @Nullable Double meanDays();

  /**
   * Exited participants whose time lay within the planned range
   * ({@code enrolled + min <= exited <= enrolled + max}), of all exited.
   *
   * @return the share, or null when the project plans no range
   */
  public abstract @Nullable Share withinPlanned();

  /**
   * Computes the participation length as of a date.
   *
   * @param cohort the cohort; its project's planned range, if any, is used
   * @param asOf the as-of date
   * @return the result
   */
  public static ParticipationLength of(Cohort cohort, LocalDate asOf) {
    int d = (int) asOf.toEpochDay();
    CohortTables t = cohort.tables();
    ParticipationRange range = cohort.project() == null ? null : cohort.project().plannedParticipation();
    int n = t.participantCount();
    int[] days = new int[n];
    int m = 0;
    long within = 0;
    long[] byMonths = new long[64];
    for (int i = 0; i < n; i++) {
      int exit = t.exitedOn(i, d);
      if (exit > d) {
        continue;
      }
      // summed over the spells of a participant who came back; one spell: exit - enrolment
      int enrol = t.enrolledOn(i);
      int length = t.daysInProject(i, d);
      days[m++] = length;
      LocalDate from = LocalDate.ofEpochDay(enrol);
      LocalDate to = LocalDate.ofEpochDay((long) enrol + length);
      int mo = (int) ChronoUnit.MONTHS.between(from, to);
      if (mo >= byMonths.length) {
        byMonths = Arrays.copyOf(byMonths, Math.max(mo + 1, 2 * byMonths.length));
      }
      byMonths[mo]++;
      if (range != null && range.contains(from, to)) {
        within++;
      }
    }
    Map<Integer, Long> months = new TreeMap<>();
    for (int mo = 0; mo < byMonths.length; mo++) {
      if (byMonths[mo] > 0) {
        months.put(mo, byMonths[mo]);
      }
    }
    long sum = 0;
    for (int k = 0; k < m; k++) {
      sum += days[k];
    }
    Arrays.sort(days, 0, m);
    Double median = m == 0 ? null : (m % 2 == 1 ? days[m / 2] : (days[m / 2 - 1] + days[m / 2]) / 2.0);
    return ImmutableParticipationLength.builder()
        .asOf(asOf)
        .exited(m)
        .byMonths(months)
        .medianDays(median)
        .meanDays(m == 0 ? null : (double) sum / m)
        .withinPlanned(range == null ? null : Share.of(within, m))
        .build();
  }
}
