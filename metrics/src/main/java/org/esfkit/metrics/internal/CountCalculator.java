package org.esfkit.metrics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.esfkit.core.CountOf;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Audit;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.spi.Codes;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.spi.Metric;
import org.esfkit.metrics.spi.MetricAccumulator;
import org.esfkit.metrics.spi.TargetCalculator;

/**
 * {@code count} and {@code growth} targets. What is counted, as of D:
 * <ul>
 *   <li>{@code gender_breaking_placements}: placements flagged gender-breaking, started on or
 *       before D;</li>
 *   <li>{@code tasks_identified}: tasks identified on or before D and offered to all participants
 *       regardless of gender;</li>
 *   <li>{@code social_enterprises_established}: achievements of that kind dated on or before D;</li>
 *   <li>{@code employers_hosting_interns}: distinct employers with an internship placement started
 *       inside the project period and on or before D;</li>
 *   <li>{@code internship_placements}: internship placements started inside the project period and
 *       on or before D;</li>
 *   <li>{@code participants_enrolled}: participants enrolled on or before D.</li>
 * </ul>
 * A growth target compares the count with its baseline: (count − baseline) / baseline. A count
 * whose source was not supplied (placements, tasks) has no count and is insufficient data.
 */
public final class CountCalculator implements TargetCalculator {
  private final TargetType type;

  /**
   * Creates the calculator of one type.
   *
   * @param type {@link TargetType#COUNT} or {@link TargetType#GROWTH}
   */
  public CountCalculator(TargetType type) {
    this.type = type;
  }

  @Override
  public String name() {
    return type.code();
  }

  @Override
  public boolean supports(Target target) {
    return target.type() == type;
  }

  @Override
  public Metric metric(Target target) {
    return new CountMetric(target);
  }

  /** A count or growth target's metric; a series is one pass over the counted table. */
  private static final class CountMetric implements Metric, Timeline {
    private final Target target;

    CountMetric(Target target) {
      this.target = target;
    }

    @Override
    public MetricAccumulator newAccumulator(CohortTables tables, LocalDate asOf) {
      return new Acc(target, tables, asOf);
    }

    @Override
    public Object tally(CohortTables tables, LocalDate[] days) {
      return days.length == 0 ? List.of() : new Acc(target, tables, days[0]).series(days);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<TargetResult> results(CohortTables tables, LocalDate[] days, Object tally) {
      return (List<TargetResult>) tally;
    }
  }

  private static final int PARTICIPANTS = 0;
  private static final int PLACEMENTS = 1;
  private static final int TASKS = 2;
  private static final int ACHIEVEMENTS = 3;

  private static final class Acc implements MetricAccumulator {
    private static final byte INTERNSHIP = Codes.PLACEMENT_INTERNSHIP;
    private static final byte SOCIAL_ENTERPRISE = Codes.SOCIAL_ENTERPRISE_ESTABLISHED;
    private final Target target;
    private final CountOf of;
    private final CohortTables tables;
    private final LocalDate asOf;
    private final int day;
    private final Bits rows;
    /** Tasks: count only those open to all genders (the default), or every task. */
    private final boolean openOnly;

    Acc(Target target, CohortTables tables, LocalDate asOf) {
      this.target = target;
      this.openOnly = !Boolean.FALSE.equals(target.openToAllGenders());
      this.of = target.of();
      this.tables = tables;
      this.asOf = asOf;
      this.day = (int) asOf.toEpochDay();
      this.rows = new Bits(tableSize(of, tables));
    }

    private static int tableSize(CountOf of, CohortTables c) {
      switch (of) {
        case PARTICIPANTS_ENROLLED:
          return c.participantCount();
        case EMPLOYERS_HOSTING_INTERNS:
          return c.employerCount();
        case TASKS_IDENTIFIED:
          return c.taskCount();
        case SOCIAL_ENTERPRISES_ESTABLISHED:
          return c.achievementCount();
        default:
          return c.placementCount();
      }
    }

    /** Which table the counted items are rows of. */
    private static int table(CountOf of) {
      switch (of) {
        case PARTICIPANTS_ENROLLED:
          return PARTICIPANTS;
        case TASKS_IDENTIFIED:
          return TASKS;
        case SOCIAL_ENTERPRISES_ESTABLISHED:
          return ACHIEVEMENTS;
        default:
          return PLACEMENTS;
      }
    }

    /**
     * The day from which row {@code k} of the counted table counts; the one place that decides
     * what is counted. A row counts as of every day on or after it.
     *
     * @return the epoch day, or {@link Codes#NO_DATE} if the row never counts
     */
    int countedFrom(CohortTables c, int k) {
      switch (of) {
        case PARTICIPANTS_ENROLLED:
          return c.enrolledOn(k);
        case GENDER_BREAKING_PLACEMENTS:
          return c.placementGenderBreaking(k) ? c.placementStartedOn(k) : Codes.NO_DATE;
        case EMPLOYERS_HOSTING_INTERNS:
        case INTERNSHIP_PLACEMENTS:
          int start = c.placementStartedOn(k);
          return c.placementKind(k) == INTERNSHIP && start >= c.projectStart() && start <= c.projectEnd()
              ? start : Codes.NO_DATE;
        case TASKS_IDENTIFIED:
          return c.taskOpenToAllGenders(k) || !openOnly ? c.taskIdentifiedOn(k) : Codes.NO_DATE;
        default:
          return c.achievementKind(k) == SOCIAL_ENTERPRISE ? c.achievementOn(k) : Codes.NO_DATE;
      }
    }

    /** What is counted once: the employer of a placement, or the row itself. */
    int key(CohortTables c, int k) {
      return of == CountOf.EMPLOYERS_HOSTING_INTERNS ? c.placementEmployer(k) : k;
    }

    private void count(CohortTables c, int t, int from, int to) {
      if (table(of) != t) {
        return;
      }
      for (int k = from; k < to; k++) {
        if (countedFrom(c, k) <= day) {
          rows.set(key(c, k));
        }
      }
    }

    @Override
    public void participants(CohortTables c, int from, int to) {
      count(c, PARTICIPANTS, from, to);
    }

    @Override
    public void placements(CohortTables c, int from, int to) {
      count(c, PLACEMENTS, from, to);
    }

    @Override
    public void tasks(CohortTables c, int from, int to) {
      count(c, TASKS, from, to);
    }

    @Override
    public void achievements(CohortTables c, int from, int to) {
      count(c, ACHIEVEMENTS, from, to);
    }

    /** The counts as of each date, in one pass over the counted table. */
    List<TargetResult> series(LocalDate[] dates) {
      CohortTables c = tables;
      int m = dates.length;
      int[] days = new int[m];
      for (int k = 0; k < m; k++) {
        days[k] = (int) dates[k].toEpochDay();
      }
      int size = tableSize(of, c);
      int[] first = new int[size];
      java.util.Arrays.fill(first, Codes.NO_DATE);
      int rowsOfTable = table(of) == PARTICIPANTS ? c.participantCount() : table(of) == TASKS ? c.taskCount()
          : table(of) == ACHIEVEMENTS ? c.achievementCount() : c.placementCount();
      for (int k = 0; k < rowsOfTable; k++) {
        int key = key(c, k);
        first[key] = Math.min(first[key], countedFrom(c, k));
      }
      long[] counted = new long[m + 1];
      for (int f : first) {
        if (f != Codes.NO_DATE) {
          counted[Timeline.firstOnOrAfter(days, f)]++;
        }
      }
      List<TargetResult> out = new ArrayList<>(m);
      long running = 0;
      for (int k = 0; k < m; k++) {
        running += counted[k];
        out.add(new Acc(target, c, dates[k]).result(running));
      }
      return out;
    }

    @Override
    public void merge(MetricAccumulator other) {
      rows.or(((Acc) other).rows);
    }

    private IntFunction<String> label() {
      CohortTables c = tables;
      switch (of) {
        case PARTICIPANTS_ENROLLED:
          return c::participantId;
        case EMPLOYERS_HOSTING_INTERNS:
          return c::employerId;
        case TASKS_IDENTIFIED:
          return c::taskId;
        case SOCIAL_ENTERPRISES_ESTABLISHED:
          return c::achievementName;
        default:
          return k -> c.participantId(c.placementParticipant(k)) + "@" + c.employerId(c.placementEmployer(k));
      }
    }

    @Override
    public Audit audit() {
      List<String> ids = rows.labels(label());
      return Audit.of(ids, ids);
    }

    @Override
    public TargetResult result() {
      return result(rows.cardinality());
    }

    /** The result for a count of distinct items (ignored when the count cannot be made). */
    TargetResult result(long counted) {
      String reason = Verdicts.countReason(tables, asOf, of);
      Long count = reason == null ? counted : null;
      boolean isFinal = reason == null && Verdicts.isFinal(tables, day, 0);
      if (target.type() == TargetType.GROWTH) {
        long base = target.baseline();
        Status status = count == null ? Status.INSUFFICIENT_DATA
            : BigDecimal.valueOf(count - base).compareTo(target.atLeast().multiply(BigDecimal.valueOf(base))) >= 0
                ? Status.ACHIEVED : Status.NOT_ACHIEVED;
        return new GrowthResult(target.id(), asOf, status, isFinal, reason, of, target.atLeast(), count, base);
      }
      Status status = count == null ? Status.INSUFFICIENT_DATA
          : Verdicts.reaches(count, target.atLeast()) ? Status.ACHIEVED : Status.NOT_ACHIEVED;
      return new CountResult(target.id(), asOf, status, isFinal, reason, of, target.atLeast(), count);
    }
  }
}
