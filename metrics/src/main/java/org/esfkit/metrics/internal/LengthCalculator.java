package org.esfkit.metrics.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.esfkit.core.Gender;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Audit;
import org.esfkit.metrics.LengthResult;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.WilsonInterval;
import org.esfkit.metrics.spi.Codes;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.spi.DayShift;
import org.esfkit.metrics.spi.Metric;
import org.esfkit.metrics.spi.MetricAccumulator;
import org.esfkit.metrics.spi.TargetCalculator;

/**
 * {@code participation_length} targets: of participants exited on or before D, those whose time
 * in the project lies in {@code [min, max]}. The time is laid out from the first enrolment, as
 * {@link Target#lengthWithin} defines: a row counts when
 * {@code enrolled + min <= enrolled + days <= enrolled + max}, where {@code days} is
 * {@link #days(CohortTables, int)}. The two shifts are precomputed ({@link DayShift}), so a row
 * costs two table look-ups.
 */
public final class LengthCalculator implements TargetCalculator {
  /** Row classes. */
  static final int OUTSIDE = 0;
  static final int ACTIVE = 1;
  static final int FAIL = 2;
  static final int SUCCESS = 3;

  @Override
  public String name() {
    return "participation_length";
  }

  @Override
  public boolean supports(Target target) {
    return target.type() == TargetType.PARTICIPATION_LENGTH;
  }

  @Override
  public Metric metric(Target target) {
    return new LengthMetric(target);
  }

  /** What a series' classes depend on: the range. */
  private record Range(Period min, Period max) {}

  /** A participation-length target's metric; a series is one pass over the participants. */
  private static final class LengthMetric implements Metric, Timeline {
    private final Target target;

    LengthMetric(Target target) {
      this.target = target;
    }

    @Override
    public Object timelineKey() {
      return new Range(target.min(), target.max());
    }

    @Override
    public MetricAccumulator newAccumulator(CohortTables tables, LocalDate asOf) {
      return new Acc(target, tables, asOf);
    }

    @Override
    public Timeline.Sweep newPass(CohortTables tables, int[] days) {
      return new SeriesPass(target, tables, days);
    }

    @Override
    public TargetResult result(CohortTables tables, LocalDate date, int k, Object tallies) {
      Acc acc = new Acc(target, tables, date);
      System.arraycopy((long[]) tallies, k * 16, acc.tally, 0, 16);
      return acc.result();
    }
  }

  /**
   * A series' one pass: rows by (class, gender) as of each date, in a flat difference array. A
   * participant with one spell is active from the first date on or after their enrolment and
   * classed for good from the first on or after their exit; one with several spells is classed
   * at every date from the first entry on. The classes are {@link Coder}'s.
   */
  private static final class SeriesPass implements Timeline.Sweep {
    private final int m;
    private final Timeline.Index index;
    private final Coder[] coders;
    private final long[] diff;

    SeriesPass(Target target, CohortTables c, int[] days) {
      this.m = days.length;
      this.index = new Timeline.Index(days);
      this.coders = new Coder[m];
      for (int k = 0; k < m; k++) {
        coders[k] = new Coder(target, c, days[k]);
      }
      this.diff = new long[(m + 1) * 16];
    }

    /** Class {@code cls} from date {@code from} up to (not including) {@code to}. */
    private void add(int from, int to, int cls, int g) {
      int slot = (cls << 2) + g;
      diff[from * 16 + slot]++;
      diff[to * 16 + slot]--;
    }

    @Override
    public void participants(CohortTables c, int from, int to) {
      for (int i = from; i < to; i++) {
        int k0 = index.of(c.enrolledOn(i));
        if (k0 == m) {
          continue;
        }
        int g = c.gender(i);
        if (c.spellCount(i) > 1) {
          for (int k = k0; k < m; k++) {
            add(k, k + 1, coders[k].classOf(c, i), g);
          }
          continue;
        }
        int k1 = Math.max(k0, index.of(c.exitedOn(i)));
        add(k0, k1, coders[k0].classOf(c, i), g);
        if (k1 < m) {
          add(k1, m, coders[k1].classOf(c, i), g);
        }
      }
    }

    @Override
    public Object tallies(CohortTables tables) {
      Timeline.cumulate(diff, 16);
      return diff;
    }
  }

  /**
   * Days in the project of a row exited as of a day: from enrolment to exit, the exit day not
   * counted, summed over the spells of a participant who came back
   * ({@link CohortTables#daysInProject(int, int)}, which {@link org.esfkit.metrics.ParticipationLength}
   * reads too).
   *
   * @param c the tables
   * @param i the row
   * @param day the as-of epoch day
   * @return the days
   */
  static int days(CohortTables c, int i, int day) {
    return c.daysInProject(i, day);
  }

  /** Classifies rows; the one place that decides how a participant counts. */
  static final class Coder {
    private final int day;
    private final DayShift min;
    private final DayShift max;

    Coder(Target target, CohortTables tables, int day) {
      this.day = day;
      this.min = tables.shift(target.min());
      this.max = tables.shift(target.max());
    }

    int classOf(CohortTables c, int i) {
      int enrolled = c.enrolledOn(i);
      if (enrolled > day) {
        return OUTSIDE;
      }
      // the exit of the spell in force: a participant who came back is active again
      if (c.exitedOn(i, day) > day) {
        return ACTIVE;
      }
      int end = enrolled + days(c, i, day);
      return end >= min.apply(enrolled) && end <= max.apply(enrolled) ? SUCCESS : FAIL;
    }
  }

  private static final class Acc implements MetricAccumulator {
    private final Target target;
    private final CohortTables tables;
    private final LocalDate asOf;
    private final int day;
    private final Coder coder;
    /** Rows by (class, gender). */
    private final long[] tally = new long[16];

    Acc(Target target, CohortTables tables, LocalDate asOf) {
      this.target = target;
      this.tables = tables;
      this.asOf = asOf;
      this.day = (int) asOf.toEpochDay();
      this.coder = new Coder(target, tables, day);
    }

    @Override
    public void participants(CohortTables c, int from, int to) {
      for (int i = from; i < to; i++) {
        tally[(coder.classOf(c, i) << 2) + c.gender(i)]++;
      }
    }

    @Override
    public void merge(MetricAccumulator other) {
      long[] o = ((Acc) other).tally;
      for (int k = 0; k < tally.length; k++) {
        tally[k] += o[k];
      }
    }

    private List<String> ids(int minClass) {
      List<String> out = new ArrayList<>();
      for (int i = 0, n = tables.participantCount(); i < n; i++) {
        if (coder.classOf(tables, i) >= minClass) {
          out.add(tables.participantId(i));
        }
      }
      return out;
    }

    @Override
    public Audit audit() {
      return Audit.of(ids(SUCCESS), ids(FAIL));
    }

    @Override
    public TargetResult result() {
      long active = 0;
      for (int g = 0; g < 4; g++) {
        active += tally[ACTIVE * 4 + g];
      }
      Map<Gender, Share> byGender = Verdicts.byGender(tally, SUCCESS, FAIL);
      Share total = Verdicts.total(byGender);
      Boolean parity = Verdicts.parity(target, byGender);
      String early = Verdicts.commonReason(tables, asOf);
      String reason = early;
      if (reason == null && !total.isDefined()) {
        reason = "no participant has exited as of " + asOf;
      }
      Status status = reason != null ? Status.INSUFFICIENT_DATA : Verdicts.shareStatus(target, total, parity);
      boolean isFinal = early == null && Verdicts.isFinal(tables, day, active);
      return new LengthResult(target.id(), asOf, status, isFinal, reason, target.min(), target.max(),
          target.atLeast(), total, active, byGender, parity, WilsonInterval.of(total.numerator(), total.denominator()),
          Verdicts.forecast(target.atLeast(), total, active));
    }
  }
}
