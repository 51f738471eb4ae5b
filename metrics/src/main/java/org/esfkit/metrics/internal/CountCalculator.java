package org.esfkit.metrics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
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
    private final Counted counted;

    CountMetric(Target target) {
      this.target = target;
      this.counted = new Counted(target.of(), !Boolean.FALSE.equals(target.openToAllGenders()));
    }

    @Override
    public MetricAccumulator newAccumulator(CohortTables tables, LocalDate asOf) {
      return new Acc(target, counted, tables, asOf);
    }

    @Override
    public Object timelineKey() {
      return counted;
    }

    @Override
    public Timeline.Sweep newPass(CohortTables tables, int[] days) {
      return new SeriesPass(counted, days);
    }

    @Override
    public TargetResult result(CohortTables tables, LocalDate date, int k, Object tallies) {
      return CountCalculator.result(target, tables, date, ((long[]) tallies)[k]);
    }
  }

  private static final int PARTICIPANTS = 0;
  private static final int PLACEMENTS = 1;
  private static final int TASKS = 2;
  private static final int ACHIEVEMENTS = 3;
  private static final byte INTERNSHIP = Codes.PLACEMENT_INTERNSHIP;
  private static final byte SOCIAL_ENTERPRISE = Codes.SOCIAL_ENTERPRISE_ESTABLISHED;

  /**
   * What is counted: the one place that decides it, read by evaluation and series alike.
   *
   * @param of the things counted
   * @param openOnly tasks: only those open to all genders (the default), or every task
   */
  private record Counted(CountOf of, boolean openOnly) {
    /** How many distinct things there can be: rows of the counted table, or employers. */
    int size(CohortTables c) {
      return of == CountOf.EMPLOYERS_HOSTING_INTERNS ? c.employerCount() : rows(c);
    }

    /** Rows of the counted table. */
    int rows(CohortTables c) {
      switch (table()) {
        case PARTICIPANTS:
          return c.participantCount();
        case TASKS:
          return c.taskCount();
        case ACHIEVEMENTS:
          return c.achievementCount();
        default:
          return c.placementCount();
      }
    }

    /** Which table the counted things are rows of. */
    int table() {
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
     * The day from which row {@code k} of the counted table counts. A row counts as of every day
     * on or after it.
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
  }

  /**
   * A series' one pass: each thing counts from the first date on or after the day it first counts,
   * and the counts at every date are prefix sums. Things are rows of the counted table, except
   * employers, which count from their first placement that counts.
   */
  private static final class SeriesPass implements Timeline.Sweep {
    private final Counted counted;
    private final Timeline.Index index;
    private final long[] diff;

    SeriesPass(Counted counted, int[] days) {
      this.counted = counted;
      this.index = new Timeline.Index(days);
      this.diff = new long[days.length + 1];
    }

    @Override
    public void participants(CohortTables c, int from, int to) {
      if (counted.table() == PARTICIPANTS) {
        for (int k = from; k < to; k++) {
          diff[index.of(counted.countedFrom(c, k))]++;
        }
      }
    }

    @Override
    public Object tallies(CohortTables c) {
      if (counted.of() == CountOf.EMPLOYERS_HOSTING_INTERNS) {
        int[] first = new int[counted.size(c)];
        Arrays.fill(first, Codes.NO_DATE);
        for (int k = 0, n = counted.rows(c); k < n; k++) {
          int key = counted.key(c, k);
          first[key] = Math.min(first[key], counted.countedFrom(c, k));
        }
        for (int f : first) {
          diff[index.of(f)]++;
        }
      } else if (counted.table() != PARTICIPANTS) {
        for (int k = 0, n = counted.rows(c); k < n; k++) {
          diff[index.of(counted.countedFrom(c, k))]++;
        }
      }
      Timeline.cumulate(diff, 1);
      return diff;
    }
  }

  private static final class Acc implements MetricAccumulator {
    private final Target target;
    private final Counted counted;
    private final CohortTables tables;
    private final LocalDate asOf;
    private final int day;
    private final Bits rows;

    Acc(Target target, Counted counted, CohortTables tables, LocalDate asOf) {
      this.target = target;
      this.counted = counted;
      this.tables = tables;
      this.asOf = asOf;
      this.day = (int) asOf.toEpochDay();
      this.rows = new Bits(counted.size(tables));
    }

    private void count(CohortTables c, int t, int from, int to) {
      if (counted.table() != t) {
        return;
      }
      for (int k = from; k < to; k++) {
        if (counted.countedFrom(c, k) <= day) {
          rows.set(counted.key(c, k));
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

    @Override
    public void merge(MetricAccumulator other) {
      rows.or(((Acc) other).rows);
    }

    private IntFunction<String> label() {
      CohortTables c = tables;
      switch (counted.of()) {
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
      return CountCalculator.result(target, tables, asOf, rows.cardinality());
    }
  }

  /** The result for a count of distinct things (ignored when the count cannot be made). */
  private static TargetResult result(Target target, CohortTables tables, LocalDate asOf, long counted) {
    CountOf of = target.of();
    String reason = Verdicts.countReason(tables, asOf, of);
    Long count = reason == null ? counted : null;
    boolean isFinal = reason == null && Verdicts.isFinal(tables, (int) asOf.toEpochDay(), 0);
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
