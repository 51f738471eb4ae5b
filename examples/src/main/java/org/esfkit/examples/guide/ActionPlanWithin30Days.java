package org.esfkit.examples.guide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Register;
import org.esfkit.core.ValidationException;
import org.esfkit.metrics.Audit;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.spi.Codes;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.WilsonInterval;
import org.esfkit.metrics.spi.Metric;
import org.esfkit.metrics.spi.MetricAccumulator;

/**
 * Example 4 — a target type of your own through the metrics SPI: "at least X % of participants
 * have an approved action plan within 30 days of enrolment". No project {@link
 * org.esfkit.core.Target} can say that, so it is a {@link Metric} evaluated with {@code
 * MetricsEngine.evaluate(cohort, asOf, List<Metric>)}, beside the built-in targets (see {@link
 * CustomTargetExample}). Test: {@code CustomTargetExampleTest}.
 *
 * <p>Semantics, in the manner of the built-in follow-up share: a participant enrolled on day E
 * has the window [E, E + 30 days]. As of D, those enrolled ≤ D whose window has closed (E + 30 ≤ D)
 * are counted; they succeed if an action plan was approved inside the window. Those whose window
 * is still open are <em>pending</em> — unless their plan is already approved, in which case they
 * count as a success at once (the outcome cannot change). Undefined share (no one counted) is
 * {@code insufficient_data}; the threshold compares exactly.
 *
 * <p>How it reads data the cohort's columns do not hold: the action-plan dates come from the
 * register's pathways (the cohort is built from the same register, and its rows are the
 * register's participants in order), copied once into an {@code int[]} of epoch days; the
 * accumulator then reads only primitive arrays and allocates nothing per row.
 *
 * <p>The law every metric keeps: feeding the cohort in parts and {@link MetricAccumulator#merge
 * merging} the accumulators gives the same result as feeding it whole. Here the state is a tally
 * per (class, gender), and merging adds tallies.
 */
public final class ActionPlanWithin30Days implements Metric {
  private static final int DAYS = 30;
  private static final int SUCCESS = 0;
  private static final int FAIL = 1;
  private static final int PENDING = 2;
  private static final int NOT_ENROLLED = 3;

  private final String id;
  private final BigDecimal atLeast;
  private final String[] ids;
  private final int[] planDay;

  private ActionPlanWithin30Days(String id, BigDecimal atLeast, Register register) {
    this.id = id;
    this.atLeast = atLeast;
    int n = register.participants().size();
    this.ids = new String[n];
    this.planDay = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = register.participants().get(i).id();
      planDay[i] = Codes.NO_DATE;
      for (PathwayEvent e : register.pathways().get(i).events()) {
        if (e.type() == EventType.ACTION_PLAN_APPROVED) {
          planDay[i] = (int) e.on().toEpochDay();   // the first approval counts
          break;
        }
      }
    }
  }

  /**
   * Creates the metric for a register.
   *
   * @param id the result's id
   * @param atLeast the threshold, a share in [0, 1]
   * @param register the register the cohort is built from (with full pathways: the register CSV
   *     holds no action plans, pathway JSON does)
   * @return the metric
   * @throws ValidationException if the threshold is outside [0, 1]
   */
  public static ActionPlanWithin30Days of(String id, BigDecimal atLeast, Register register) {
    ValidationException.check(atLeast.signum() >= 0 && atLeast.compareTo(BigDecimal.ONE) <= 0,
        "target '%s': at_least %s must lie in [0, 1]", id, atLeast);
    return new ActionPlanWithin30Days(id, atLeast, register);
  }

  @Override
  public MetricAccumulator newAccumulator(CohortTables cohort, LocalDate asOf) {
    ValidationException.check(cohort.participantCount() == ids.length
            && (ids.length == 0 || cohort.participantId(0).equals(ids[0])),
        "target '%s': the cohort was not built from the register this metric was made for", id);
    return new Accumulator(cohort, (int) asOf.toEpochDay(), asOf);
  }

  private int classify(CohortTables c, int row, int asOf) {
    int enrolled = c.enrolledOn(row);
    if (enrolled > asOf) {
      return NOT_ENROLLED;
    }
    int deadline = enrolled + DAYS;
    if (planDay[row] <= deadline && planDay[row] <= asOf) {
      return SUCCESS;
    }
    return deadline <= asOf ? FAIL : PENDING;
  }

  private final class Accumulator implements MetricAccumulator {
    private final CohortTables cohort;
    private final int asOfDay;
    private final LocalDate asOf;
    private final long[] tally = new long[4 * 4];   // [class * 4 + gender]

    Accumulator(CohortTables cohort, int asOfDay, LocalDate asOf) {
      this.cohort = cohort;
      this.asOfDay = asOfDay;
      this.asOf = asOf;
    }

    @Override
    public void participants(CohortTables c, int from, int to) {
      for (int i = from; i < to; i++) {
        tally[classify(c, i, asOfDay) * 4 + c.gender(i)]++;
      }
    }

    @Override
    public void merge(MetricAccumulator other) {
      long[] o = ((Accumulator) other).tally;
      for (int k = 0; k < tally.length; k++) {
        tally[k] += o[k];
      }
    }

    @Override
    public TargetResult result() {
      Map<Gender, Share> byGender = new EnumMap<>(Gender.class);
      long num = 0;
      long den = 0;
      long pending = 0;
      for (Gender g : Gender.values()) {
        long s = tally[SUCCESS * 4 + Codes.of(g)];
        long d = s + tally[FAIL * 4 + Codes.of(g)];
        byGender.put(g, Share.of(s, d));
        num += s;
        den += d;
        pending += tally[PENDING * 4 + Codes.of(g)];
      }
      Share total = Share.of(num, den);
      Status status = !total.isDefined() ? Status.INSUFFICIENT_DATA
          : total.reaches(atLeast) ? Status.ACHIEVED : Status.NOT_ACHIEVED;
      return new ShareResult(id, asOf, status, asOfDay >= cohort.projectEnd() && pending == 0,
          total.isDefined() ? null : "no participant's 30-day window has closed as of " + asOf, atLeast, total, pending,
          byGender, null, WilsonInterval.of(num, den), null);
    }

    @Override
    public Audit audit() {
      return Audit.of(rows(SUCCESS, SUCCESS), rows(SUCCESS, FAIL));
    }

    /** Ids whose class lies in [lo, hi], found only when an auditor asks. */
    private List<String> rows(int lo, int hi) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < cohort.participantCount(); i++) {
        int k = classify(cohort, i, asOfDay);
        if (k >= lo && k <= hi) {
          out.add(cohort.participantId(i));
        }
      }
      return out;
    }
  }
}
