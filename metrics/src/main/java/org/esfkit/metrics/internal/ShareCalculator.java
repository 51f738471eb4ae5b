package org.esfkit.metrics.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Audit;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.WilsonInterval;
import org.esfkit.metrics.spi.Codes;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.spi.DayShift;
import org.esfkit.metrics.spi.Metric;
import org.esfkit.metrics.spi.MetricAccumulator;
import org.esfkit.metrics.spi.TargetCalculator;
import org.jspecify.annotations.Nullable;

/**
 * {@code share} targets: share at exit, share at follow-up within a window, share of survey
 * answers, over exited participants as of a date.
 *
 * <p>How a participant counts is decided in two steps. A {@link Pass} gives every row a
 * <em>code</em> that depends only on the measure (and window): outside, active, pending, not
 * counted, or the status or answer found. A target then maps each code to its <em>class</em> —
 * success or fail by its own statuses. So all share targets with the same measure share one pass
 * over the rows: the pass tallies rows by (code, gender), and each target adds that tally into
 * its (class, gender) tally.
 */
public final class ShareCalculator implements TargetCalculator {
  // codes of a row, shared by every target with the same measure
  private static final int C_OUTSIDE = 0;
  private static final int C_ACTIVE = 1;
  private static final int C_PENDING = 2;
  private static final int C_NOT_COUNTED = 3;
  /** Exited, but no status in the window, or the survey answer was no. */
  private static final int C_NEGATIVE = 4;
  /** The survey answer was yes. */
  private static final int C_AFFIRMATIVE = 5;
  /** The status found, {@code C_STATUS + status code}. */
  private static final int C_STATUS = 6;
  private static final int CODES = C_STATUS + Codes.OUTCOME_STATUSES;

  // classes of a row for one target (the first four are the codes of the same name)
  private static final int ACTIVE = 1;
  private static final int PENDING = 2;
  private static final int FAIL = 4;
  private static final int SUCCESS = 5;
  private static final int CLASSES = 6;

  @Override
  public String name() {
    return "share";
  }

  @Override
  public boolean supports(Target target) {
    return target.type() == TargetType.SHARE;
  }

  @Override
  public Metric metric(Target target) {
    return new ShareMetric(target);
  }

  /** What a pass depends on: the measure, and the window for follow-ups. */
  private record Key(Measure measure, @Nullable Period window) {}

  private static final class ShareMetric implements SharedPass.Sharing, Timeline {
    private final Target target;
    private final Key key;
    /** Code to class, for this target's statuses. */
    private final byte[] classOf = new byte[CODES];

    ShareMetric(Target target) {
      this.target = target;
      Measure measure = target.measure();
      this.key = new Key(measure, measure == Measure.FOLLOW_UP_STATUS ? target.window() : null);
      boolean[] success = new boolean[Codes.OUTCOME_STATUSES];
      target.statuses().forEach(s -> success[Codes.of(s)] = true);
      for (int code = 0; code < C_NEGATIVE; code++) {
        classOf[code] = (byte) code;
      }
      classOf[C_NEGATIVE] = FAIL;
      classOf[C_AFFIRMATIVE] = SUCCESS;
      for (int s = 0; s < success.length; s++) {
        classOf[C_STATUS + s] = (byte) (success[s] ? SUCCESS : FAIL);
      }
    }

    @Override
    public MetricAccumulator newAccumulator(CohortTables tables, LocalDate asOf) {
      return new Acc(this, tables, asOf);
    }

    @Override
    public Object passKey() {
      return key;
    }

    @Override
    public SharedPass newPass(CohortTables tables, LocalDate asOf) {
      return new Pass(key, tables, asOf);
    }

    @Override
    public Object timelineKey() {
      return key;
    }

    @Override
    public Timeline.Sweep newPass(CohortTables tables, int[] days) {
      return new SeriesPass(key, tables, days);
    }

    @Override
    public TargetResult result(CohortTables tables, LocalDate date, int k, Object tallies) {
      Acc acc = new Acc(this, tables, date);
      acc.absorb((long[]) tallies, k * WIDTH);
      return acc.result();
    }
  }

  /** Counts per date in a series: (code, gender). */
  private static final int WIDTH = CODES * 4;

  /**
   * A series' one pass: rows by (code, gender) as of each date, in a flat difference array of
   * {@link #WIDTH} counts per date. A row with one spell adds each of its codes once, over the
   * dates from the step at which it takes that code to the next; a row with several spells is
   * coded at every date from its first entry on. The steps follow the rules of {@link Pass#code};
   * the series tests hold the two equal.
   */
  private static final class SeriesPass implements Timeline.Sweep {
    private final Measure measure;
    private final @Nullable DayShift window;
    private final int m;
    private final Timeline.Index index;
    /** One coder per date, for rows with several spells. */
    private final Pass[] coders;
    private final long[] diff;

    SeriesPass(Key key, CohortTables c, int[] days) {
      this.measure = key.measure();
      this.window = key.window() == null ? null : c.shift(key.window());
      this.m = days.length;
      this.index = new Timeline.Index(days);
      this.coders = new Pass[m];
      for (int k = 0; k < m; k++) {
        coders[k] = new Pass(key, c, LocalDate.ofEpochDay(days[k]));
      }
      this.diff = new long[(m + 1) * WIDTH];
    }

    @Override
    public void participants(CohortTables c, int from, int to) {
      if (measure == Measure.EXIT_STATUS) {
        for (int i = from; i < to; i++) {
          if (c.spellCount(i) == 1) {
            exitSteps(c, i);
          } else {
            everyDate(c, i);
          }
        }
      } else if (measure == Measure.FOLLOW_UP_STATUS) {
        for (int i = from; i < to; i++) {
          if (c.spellCount(i) == 1) {
            followUpSteps(c, i);
          } else {
            everyDate(c, i);
          }
        }
      } else {
        for (int i = from; i < to; i++) {
          if (c.spellCount(i) == 1) {
            surveySteps(c, i);
          } else {
            everyDate(c, i);
          }
        }
      }
    }

    @Override
    public Object tallies(CohortTables tables) {
      Timeline.cumulate(diff, WIDTH);
      return diff;
    }

    /** Code {@code code} from date {@code from} up to (not including) {@code to}; none when equal. */
    private void add(int from, int to, int code, int g) {
      int slot = (code << 2) + g;
      diff[from * WIDTH + slot]++;
      diff[to * WIDTH + slot]--;
    }

    /** Active from the first date on or after the enrolment; from the exit, the status at exit. */
    private void exitSteps(CohortTables c, int i) {
      int g = c.gender(i);
      int k0 = index.of(c.enrolledOn(i));
      int k1 = Math.max(k0, index.of(c.exitedOn(i)));
      add(k0, k1, C_ACTIVE, g);
      add(k1, m, status(c.exitStatus(i)), g);
    }

    /**
     * Active until the exit, pending until the first date on or after the follow-up window closes,
     * then the follow-up found in the window.
     */
    private void followUpSteps(CohortTables c, int i) {
      int g = c.gender(i);
      int k0 = index.of(c.enrolledOn(i));
      int exit = c.exitedOn(i);
      int k1 = Math.max(k0, index.of(exit));
      add(k0, k1, C_ACTIVE, g);
      if (k1 == m) {
        return;
      }
      int end = window.apply(exit);
      int k2 = Math.max(k1, index.of(end));
      add(k1, k2, C_PENDING, g);
      add(k2, m, followUpFound(c, i, exit, end), g);
    }

    /** From the exit, the latest answer in the spell dated on or before the date (none: not counted). */
    private void surveySteps(CohortTables c, int i) {
      int g = c.gender(i);
      int enrolled = c.enrolledOn(i);
      int k0 = index.of(enrolled);
      int k1 = Math.max(k0, index.of(c.exitedOn(i)));
      add(k0, k1, C_ACTIVE, g);
      if (k1 == m) {
        return;
      }
      int from = k1;
      int code = C_NOT_COUNTED;
      for (int k = c.surveysFrom(i), to = c.surveysFrom(i + 1); k < to; k++) {
        int on = c.surveyOn(k);
        if (on < enrolled) {
          continue;
        }
        int at = Math.max(index.of(on), from);
        add(from, at, code, g);
        from = at;
        code = c.surveyAnswer(k) == Codes.YES ? C_AFFIRMATIVE : C_NEGATIVE;
      }
      add(from, m, code, g);
    }

    /** A row with several spells: coded at every date from its first entry on. */
    private void everyDate(CohortTables c, int i) {
      int g = c.gender(i);
      for (int k = index.of(c.enrolledOn(i)); k < m; k++) {
        add(k, k + 1, coders[k].code(c, i), g);
      }
    }
  }

  private static int status(byte status) {
    return status < 0 ? C_NEGATIVE : C_STATUS + status;
  }

  /**
   * The code of an exited row whose follow-up window {@code [exit, end]} has closed: the status of
   * the latest follow-up in the window, or negative when there is none.
   */
  private static int followUpFound(CohortTables c, int i, int exit, int end) {
    for (int k = c.followUpsFrom(i + 1) - 1, first = c.followUpsFrom(i); k >= first; k--) {
      int on = c.followUpOn(k);
      if (on < exit) {
        break;
      }
      if (on <= end) {
        return status(c.followUpStatus(k));
      }
    }
    return C_NEGATIVE;
  }

  /**
   * Codes rows by measure and tallies them by (code, gender); the one place that decides how a
   * participant counts.
   */
  private static final class Pass implements SharedPass {
    private final Measure measure;
    private final int day;
    private final @Nullable DayShift window;
    private final long[] tally = new long[WIDTH];

    Pass(Key key, CohortTables tables, LocalDate asOf) {
      this.measure = key.measure();
      this.day = (int) asOf.toEpochDay();
      this.window = key.window() == null ? null : tables.shift(key.window());
    }

    /** The code of row {@code i} as of the date. */
    int code(CohortTables c, int i) {
      if (measure == Measure.EXIT_STATUS) {
        return exitCode(c, i);
      }
      return measure == Measure.FOLLOW_UP_STATUS ? followUpCode(c, i) : surveyCode(c, i);
    }


    private int exitCode(CohortTables c, int i) {
      final int d = day;
      if (c.enrolledOn(i) > d) {
        return C_OUTSIDE;
      }
      if (c.exitedOn(i, d) > d) {
        return C_ACTIVE;
      }
      return status(c.exitStatus(i, d));
    }

    private int followUpCode(CohortTables c, int i) {
      final int d = day;
      if (c.enrolledOn(i) > d) {
        return C_OUTSIDE;
      }
      final int exit = c.exitedOn(i, d);
      if (exit > d) {
        return C_ACTIVE;
      }
      int end = window.apply(exit);
      if (end > d) {
        return C_PENDING;
      }
      return followUpFound(c, i, exit, end);
    }

    private int surveyCode(CohortTables c, int i) {
      final int d = day;
      if (c.enrolledOn(i) > d) {
        return C_OUTSIDE;
      }
      if (c.exitedOn(i, d) > d) {
        return C_ACTIVE;
      }
      // the latest answer dated in the spell in force (a participant who came back answers anew)
      final int spell = c.spellEnrolledOn(i, d);
      for (int k = c.surveysFrom(i + 1) - 1, first = c.surveysFrom(i); k >= first; k--) {
        int on = c.surveyOn(k);
        if (on < spell) {
          break;
        }
        if (on <= d) {
          return c.surveyAnswer(k) == Codes.YES ? C_AFFIRMATIVE : C_NEGATIVE;
        }
      }
      return C_NOT_COUNTED;
    }

    /** Tallies rows {@code [from, to)} into {@code t}; one loop per measure, so each stays tight. */
    void tally(CohortTables c, int from, int to, long[] t) {
      if (measure == Measure.EXIT_STATUS) {
        for (int i = from; i < to; i++) {
          t[(exitCode(c, i) << 2) + c.gender(i)]++;
        }
      } else if (measure == Measure.FOLLOW_UP_STATUS) {
        for (int i = from; i < to; i++) {
          t[(followUpCode(c, i) << 2) + c.gender(i)]++;
        }
      } else {
        for (int i = from; i < to; i++) {
          t[(surveyCode(c, i) << 2) + c.gender(i)]++;
        }
      }
    }

    @Override
    public void participants(CohortTables c, int from, int to) {
      tally(c, from, to, tally);
    }

    @Override
    public void addTo(MetricAccumulator accumulator) {
      ((Acc) accumulator).absorb(tally, 0);
    }
  }

  /**
   * The accumulator of one target: participants by (class, gender). The audit re-runs the same
   * coding when it is asked for, so evaluating pays nothing per row for it.
   */
  private static final class Acc implements MetricAccumulator {
    private final Target target;
    private final Key key;
    private final byte[] classOf;
    private final Pass coder;
    private final CohortTables tables;
    private final LocalDate asOf;
    private final int day;
    private final long[] tally = new long[CLASSES * 4];

    Acc(ShareMetric metric, CohortTables tables, LocalDate asOf) {
      this.target = metric.target;
      this.key = metric.key;
      this.classOf = metric.classOf;
      this.coder = new Pass(metric.key, tables, asOf);
      this.tables = tables;
      this.asOf = asOf;
      this.day = (int) asOf.toEpochDay();
    }

    /** Adds a (code, gender) tally of {@link #WIDTH} counts from {@code offset} into this target's (class, gender) tally. */
    void absorb(long[] codes, int offset) {
      for (int code = 0; code < CODES; code++) {
        int cls = classOf[code] << 2;
        for (int g = 0; g < 4; g++) {
          tally[cls + g] += codes[offset + (code << 2) + g];
        }
      }
    }

    @Override
    public void participants(CohortTables c, int from, int to) {
      long[] codes = new long[WIDTH];
      coder.tally(c, from, to, codes);
      absorb(codes, 0);
    }

    @Override
    public void merge(MetricAccumulator other) {
      long[] o = ((Acc) other).tally;
      for (int k = 0; k < tally.length; k++) {
        tally[k] += o[k];
      }
    }

    private long sum(int cls) {
      return tally[cls * 4] + tally[cls * 4 + 1] + tally[cls * 4 + 2] + tally[cls * 4 + 3];
    }

    private List<String> ids(int minClass) {
      List<String> out = new ArrayList<>();
      for (int i = 0, n = tables.participantCount(); i < n; i++) {
        if (classOf[coder.code(tables, i)] >= minClass) {
          out.add(tables.participantId(i));
        }
      }
      return out;
    }

    @Override
    public Audit audit() {
      return Audit.of(ids(SUCCESS), ids(FAIL));
    }

    /** Whether the source the measure reads was supplied at all: survey answers in the register. */
    private boolean sourceSupplied() {
      return key.measure() != Measure.PERCEIVED_IMPROVEMENT || tables.surveysFrom(tables.participantCount()) > 0;
    }

    /** Why no participant is counted: what is missing. */
    private String nobodyCounted(long pending) {
      switch (key.measure()) {
        case EXIT_STATUS:
          return "no participant has exited as of " + asOf;
        case FOLLOW_UP_STATUS:
          return "no participant's follow-up window (" + key.window() + " after exit) has closed as of " + asOf
              + (pending > 0 ? " (" + pending + " pending)" : "");
        default:
          return "no exited participant has answered the survey as of " + asOf;
      }
    }

    @Override
    public TargetResult result() {
      Map<Gender, Share> byGender = Verdicts.byGender(tally, SUCCESS, FAIL);
      Share total = Verdicts.total(byGender);
      long pending = sum(PENDING);
      Boolean parity = Verdicts.parity(target, byGender);
      String early = Verdicts.commonReason(tables, asOf);
      String reason = early;
      boolean supplied = sourceSupplied();
      if (reason == null && !supplied) {
        reason = "needs survey answers (perceived_improvement), and the register holds none";
      }
      if (reason == null && !total.isDefined()) {
        reason = nobodyCounted(pending);
      }
      Status status = reason != null ? Status.INSUFFICIENT_DATA : Verdicts.shareStatus(target, total, parity);
      boolean isFinal = supplied && early == null && Verdicts.isFinal(tables, day, pending);
      return new ShareResult(target.id(), asOf, status, isFinal, reason, target.atLeast(), total, pending, byGender,
          parity, WilsonInterval.of(total.numerator(), total.denominator()),
          Verdicts.forecast(target.atLeast(), total, sum(ACTIVE) + pending));
    }
  }
}
