package org.esfkit.metrics.internal;

import java.time.LocalDate;
import java.util.BitSet;
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

  private static final class Acc implements MetricAccumulator {
    private final Target target;
    private final Measure measure;
    private final boolean[] success;
    private final Cohort cohort;
    private final LocalDate asOf;
    private final int day;
    private final Cohort.@Nullable Shift window;
    private final long[] num = new long[4];
    private final long[] den = new long[4];
    private long pending;
    private long active;
    private final BitSet counted = new BitSet();
    private final BitSet considered = new BitSet();

    Acc(Target target, boolean[] success, Cohort cohort, LocalDate asOf) {
      this.target = target;
      this.measure = target.measure();
      this.success = success;
      this.cohort = cohort;
      this.asOf = asOf;
      this.day = (int) asOf.toEpochDay();
      this.window = target.window() == null ? null : cohort.shift(target.window());
    }

    @Override
    public void participants(Cohort c, int from, int to) {
      switch (measure) {
        case EXIT_STATUS:
          atExit(c, from, to);
          break;
        case FOLLOW_UP_STATUS:
          atFollowUp(c, from, to);
          break;
        case PERCEIVED_IMPROVEMENT:
        default:
          perceived(c, from, to);
          break;
      }
    }

    private void atExit(Cohort c, int from, int to) {
      final int d = day;
      for (int i = from; i < to; i++) {
        if (c.enrolledOn(i) > d) {
          continue;
        }
        if (c.exitedOn(i) > d) {
          active++;
          continue;
        }
        count(i, c.gender(i), success[c.exitStatus(i)]);
      }
    }

    private void atFollowUp(Cohort c, int from, int to) {
      final int d = day;
      final Cohort.Shift w = window;
      for (int i = from; i < to; i++) {
        if (c.enrolledOn(i) > d) {
          continue;
        }
        int exit = c.exitedOn(i);
        if (exit > d) {
          active++;
          continue;
        }
        int end = w.apply(exit);
        if (end > d) {
          pending++;
          continue;
        }
        boolean ok = false;
        for (int k = c.followUpsFrom(i + 1) - 1, first = c.followUpsFrom(i); k >= first; k--) {
          int on = c.followUpOn(k);
          if (on < exit) {
            break;
          }
          if (on <= end) {
            ok = success[c.followUpStatus(k)];
            break;
          }
        }
        count(i, c.gender(i), ok);
      }
    }

    private void perceived(Cohort c, int from, int to) {
      final int d = day;
      for (int i = from; i < to; i++) {
        if (c.enrolledOn(i) > d) {
          continue;
        }
        if (c.exitedOn(i) > d) {
          active++;
          continue;
        }
        for (int k = c.surveysFrom(i + 1) - 1, first = c.surveysFrom(i); k >= first; k--) {
          if (c.surveyOn(k) <= d) {
            count(i, c.gender(i), c.surveyAnswer(k) == 1);
            break;
          }
        }
      }
    }

    private void count(int row, int g, boolean ok) {
      den[g]++;
      considered.set(row);
      if (ok) {
        num[g]++;
        counted.set(row);
      }
    }

    @Override
    public void merge(MetricAccumulator other) {
      Acc o = (Acc) other;
      for (int g = 0; g < 4; g++) {
        num[g] += o.num[g];
        den[g] += o.den[g];
      }
      pending += o.pending;
      active += o.active;
      counted.or(o.counted);
      considered.or(o.considered);
    }

    @Override
    public TargetResult result() {
      Map<Gender, Share> byGender = Verdicts.byGender(num, den);
      Share total = Share.EMPTY;
      for (Share s : byGender.values()) {
        total = total.plus(s);
      }
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
          .forecast(Verdicts.forecast(target.atLeast(), total, active + pending))
          .audit(Audit.of(counted, considered, cohort::participantId))
          .build();
    }
  }
}
