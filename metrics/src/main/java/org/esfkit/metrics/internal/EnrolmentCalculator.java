package org.esfkit.metrics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.esfkit.core.Gender;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Audit;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.SiteEnrolment;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.spi.Metric;
import org.esfkit.metrics.spi.MetricAccumulator;
import org.esfkit.metrics.spi.TargetCalculator;

/**
 * {@code enrolment} targets: participants enrolled on or before D against the planned number, in
 * total and per site. Achieved when the total reaches the planned number and every site the
 * target plans reaches its own number. A site found in the register that a target planning by
 * site does not name counts in the total and appears under its own name with 0 planned. The tally does not depend on the target, so every
 * enrolment target shares one {@link Pass} over the rows.
 */
public final class EnrolmentCalculator implements TargetCalculator {
  @Override
  public String name() {
    return "enrolment";
  }

  @Override
  public boolean supports(Target target) {
    return target.type() == TargetType.ENROLMENT;
  }

  @Override
  public Metric metric(Target target) {
    return new SharedPass.Sharing() {
      @Override
      public MetricAccumulator newAccumulator(Cohort cohort, LocalDate asOf) {
        return new Acc(target, cohort, asOf);
      }

      @Override
      public Object passKey() {
        return EnrolmentCalculator.class;
      }

      @Override
      public SharedPass newPass(Cohort cohort, LocalDate asOf) {
        return new Pass(cohort, asOf);
      }
    };
  }

  /** Tallies participants enrolled on or before D by gender and by site. */
  private static final class Pass implements SharedPass {
    private final int day;
    private final long[] byGender = new long[4];
    private final long[] bySite;

    Pass(Cohort cohort, LocalDate asOf) {
      this.day = (int) asOf.toEpochDay();
      this.bySite = new long[cohort.siteCount()];
    }

    static boolean enrolled(Cohort c, int i, int day) {
      return c.enrolledOn(i) <= day;
    }

    @Override
    public void participants(Cohort c, int from, int to) {
      final int d = day;
      for (int i = from; i < to; i++) {
        if (enrolled(c, i, d)) {
          byGender[c.gender(i)]++;
          int s = c.site(i);
          if (s >= 0) {
            bySite[s]++;
          }
        }
      }
    }

    @Override
    public void addTo(MetricAccumulator accumulator) {
      Acc a = (Acc) accumulator;
      add(a.byGender, byGender);
      add(a.bySite, bySite);
    }
  }

  private static void add(long[] into, long[] from) {
    for (int k = 0; k < into.length; k++) {
      into[k] += from[k];
    }
  }

  private static final class Acc implements MetricAccumulator {
    private final Target target;
    private final Cohort cohort;
    private final LocalDate asOf;
    private final int day;
    private final long[] byGender = new long[4];
    private final long[] bySite;

    Acc(Target target, Cohort cohort, LocalDate asOf) {
      this.target = target;
      this.cohort = cohort;
      this.asOf = asOf;
      this.day = (int) asOf.toEpochDay();
      this.bySite = new long[cohort.siteCount()];
    }

    @Override
    public void participants(Cohort c, int from, int to) {
      Pass p = new Pass(cohort, asOf);
      p.participants(c, from, to);
      p.addTo(this);
    }

    @Override
    public void merge(MetricAccumulator other) {
      Acc o = (Acc) other;
      add(byGender, o.byGender);
      add(bySite, o.bySite);
    }

    private List<String> ids() {
      List<String> out = new ArrayList<>();
      for (int i = 0, n = cohort.participantCount(); i < n; i++) {
        if (Pass.enrolled(cohort, i, day)) {
          out.add(cohort.participantId(i));
        }
      }
      return out;
    }

    @Override
    public TargetResult result() {
      long total = Arrays.stream(byGender).sum();
      Map<String, SiteEnrolment> sites = new LinkedHashMap<>();
      target.bySite().forEach((name, planned) -> sites.put(name, SiteEnrolment.of(0, planned)));
      for (int s = 0; s < bySite.length; s++) {
        String name = cohort.siteName(s);
        // a site the target's plan does not name counts with 0 planned; no plan by site, no number
        Integer planned = target.bySite().isEmpty() ? null : target.bySite().getOrDefault(name, 0);
        sites.put(name, SiteEnrolment.of(bySite[s], planned));
      }
      boolean ok = total >= target.planned() && sites.values().stream().allMatch(SiteEnrolment::reached);
      long[] all = new long[4];
      Arrays.fill(all, total);
      var b = TargetResult.builder()
          .id(target.id())
          .type(target.type().code())
          .asOf(asOf)
          .status(ok ? Status.ACHIEVED : Status.NOT_ACHIEVED)
          .isFinal(Verdicts.isFinal(cohort, day, 0))
          .numerator(total)
          .denominator((long) target.planned())
          .value((double) total / target.planned())
          .byGender(Verdicts.byGender(byGender, all))
          .bySite(sites)
          .shareWomen(total == 0 ? null : (double) byGender[Gender.WOMAN.ordinal()] / total)
          .audit(Audit.lazy(this::ids, this::ids));
      return b.build();
    }
  }
}
