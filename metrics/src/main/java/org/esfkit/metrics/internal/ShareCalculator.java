package org.esfkit.metrics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Audit;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.WilsonInterval;
import org.esfkit.metrics.spi.Metric;
import org.esfkit.metrics.spi.MetricAccumulator;
import org.esfkit.metrics.spi.TargetCalculator;
import org.jspecify.annotations.Nullable;

/**
 * {@code share} targets: share at exit, share at follow-up within a window, share of survey
 * answers, over exited participants as of a date.
 */
public final class ShareCalculator implements TargetCalculator {
  private static final int EXIT = Measure.EXIT_STATUS.ordinal();
  private static final int FOLLOW_UP = Measure.FOLLOW_UP_STATUS.ordinal();

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
    boolean[] success = new boolean[OutcomeStatus.values().length];
    target.statuses().forEach(s -> success[s.ordinal()] = true);
    return (cohort, asOf) -> new Acc(target, success, cohort, asOf);
  }

  /**
   * The accumulator tallies participants by (class, gender) in one array, branch-free: a row's
   * class comes from {@link #classify}, the one place that decides how a participant counts. The
   * audit re-runs the same classification when it is asked for, so evaluating pays nothing per row
   * for it.
   */
  private static final class Acc implements MetricAccumulator {
    static final int OUTSIDE = 0;
    static final int ACTIVE = 1;
    static final int PENDING = 2;
    static final int NOT_COUNTED = 3;
    static final int FAIL = 4;
    static final int SUCCESS = 5;
    private static final int CLASSES = 6;

    private final Target target;
    private final int measure;
    private final boolean[] success;
    private final Cohort cohort;
    private final LocalDate asOf;
    private final int day;
    private final Cohort.@Nullable Shift window;
    private final long[] tally = new long[CLASSES * 4];

    Acc(Target target, boolean[] success, Cohort cohort, LocalDate asOf) {
      this.target = target;
      this.measure = target.measure().ordinal();
      this.success = success;
      this.cohort = cohort;
      this.asOf = asOf;
      this.day = (int) asOf.toEpochDay();
      this.window = target.window() == null ? null : cohort.shift(target.window());
    }

    /** How row {@code i} counts as of the date. */
    private int classify(Cohort c, int i) {
      final int d = day;
      if (c.enrolledOn(i) > d) {
        return OUTSIDE;
      }
      final int exit = c.exitedOn(i);
      if (exit > d) {
        return ACTIVE;
      }
      if (measure == EXIT) {
        return success[c.exitStatus(i)] ? SUCCESS : FAIL;
      }
      if (measure == FOLLOW_UP) {
        int end = window.apply(exit);
        if (end > d) {
          return PENDING;
        }
        for (int k = c.followUpsFrom(i + 1) - 1, first = c.followUpsFrom(i); k >= first; k--) {
          int on = c.followUpOn(k);
          if (on < exit) {
            break;
          }
          if (on <= end) {
            return success[c.followUpStatus(k)] ? SUCCESS : FAIL;
          }
        }
        return FAIL;
      }
      for (int k = c.surveysFrom(i + 1) - 1, first = c.surveysFrom(i); k >= first; k--) {
        if (c.surveyOn(k) <= d) {
          return c.surveyAnswer(k) == 1 ? SUCCESS : FAIL;
        }
      }
      return NOT_COUNTED;
    }

    @Override
    public void participants(Cohort c, int from, int to) {
      final long[] t = tally;
      for (int i = from; i < to; i++) {
        t[(classify(c, i) << 2) + c.gender(i)]++;
      }
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
      for (int i = 0, n = cohort.participantCount(); i < n; i++) {
        if (classify(cohort, i) >= minClass) {
          out.add(cohort.participantId(i));
        }
      }
      return out;
    }

    @Override
    public TargetResult result() {
      long[] num = new long[4];
      long[] den = new long[4];
      for (int g = 0; g < 4; g++) {
        num[g] = tally[SUCCESS * 4 + g];
        den[g] = tally[FAIL * 4 + g] + num[g];
      }
      Map<Gender, Share> byGender = Verdicts.byGender(num, den);
      Share total = Share.EMPTY;
      for (Share s : byGender.values()) {
        total = total.plus(s);
      }
      long pending = sum(PENDING);
      Boolean parity = Verdicts.parity(target, byGender);
      return TargetResult.builder()
          .id(target.id())
          .type(target.type().code())
          .asOf(asOf)
          .status(Verdicts.shareStatus(target, total, parity))
          .isFinal(Verdicts.isFinal(cohort, day, pending))
          .numerator(total.numerator())
          .denominator(total.denominator())
          .value(total.value())
          .threshold(target.atLeast())
          .pending(pending)
          .byGender(byGender)
          .parityMet(parity)
          .wilson95(WilsonInterval.of(total.numerator(), total.denominator()))
          .forecast(Verdicts.forecast(target.atLeast(), total, sum(ACTIVE) + pending))
          .audit(Audit.lazy(() -> ids(SUCCESS), () -> ids(FAIL)))
          .build();
    }
  }
}
