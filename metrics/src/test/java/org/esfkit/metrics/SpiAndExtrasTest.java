package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esfkit.core.Gender.MAN;
import static org.esfkit.core.Gender.WOMAN;
import static org.esfkit.core.OutcomeStatus.EMPLOYMENT;
import static org.esfkit.core.OutcomeStatus.JOB_SEEKING;
import static org.esfkit.metrics.Fixtures.d;
import static org.esfkit.metrics.Fixtures.p;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Money;
import org.esfkit.core.ParticipationRange;
import org.esfkit.core.CountOf;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Fixtures.P;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.spi.Metric;
import org.esfkit.metrics.spi.MetricAccumulator;
import org.esfkit.metrics.spi.TargetCalculator;
import org.junit.jupiter.api.Test;

class SpiAndExtrasTest {
  private final List<P> people = List.of(
      p("a", WOMAN, "2020-01-01").exit("2020-07-01", EMPLOYMENT), // 6 months: within 6-12
      p("b", MAN, "2020-01-01").exit("2020-03-01", JOB_SEEKING), // 2 months: too short
      p("c", WOMAN, "2020-01-01").exit("2021-01-01", EMPLOYMENT), // 12 months: within
      p("d", MAN, "2020-01-01").exit("2021-01-02", JOB_SEEKING), // 12 months and a day: too long
      p("e", MAN, "2020-01-01"));

  /** A further target type, not expressible as a project target: participants still active. */
  private static final class ActiveCount implements Metric {
    @Override
    public MetricAccumulator newAccumulator(CohortTables tables, LocalDate asOf) {
      return new Acc(asOf);
    }

    private static final class Acc implements MetricAccumulator {
      private final LocalDate asOf;
      private final int day;
      private long n;

      Acc(LocalDate asOf) {
        this.asOf = asOf;
        this.day = (int) asOf.toEpochDay();
      }

      @Override
      public void participants(CohortTables c, int from, int to) {
        for (int i = from; i < to; i++) {
          if (c.enrolledOn(i) <= day && c.exitedOn(i) > day) {
            n++;
          }
        }
      }

      @Override
      public void merge(MetricAccumulator other) {
        n += ((Acc) other).n;
      }

      @Override
      public TargetResult result() {
        return new CountResult("active", asOf, Status.ACHIEVED, false, null, CountOf.PARTICIPANTS_ENROLLED,
            BigDecimal.ZERO, n);
      }
    }
  }

  @Test
  void aUserMetricIsEvaluatedBesideTheProjectTargets() {
    Cohort c = Cohort.of(Fixtures.project(), Fixtures.register(people));
    List<TargetResult> r = MetricsEngine.standard().evaluate(c, d("2020-12-31"), List.of(new ActiveCount()));
    assertThat(((CountResult) r.get(0)).count()).isEqualTo(3); // c, d, e
    assertThat(r.get(0).id()).isEqualTo("active");
  }

  @Test
  void aUserCalculatorIsAskedBeforeTheBuiltIns() {
    TargetCalculator strict = new TargetCalculator() {
      @Override
      public String name() {
        return "strict-share";
      }

      @Override
      public boolean supports(Target target) {
        return target.id().startsWith("strict-");
      }

      @Override
      public Metric metric(Target target) {
        return (cohort, asOf) -> new MetricAccumulator() {
          @Override
          public void merge(MetricAccumulator other) {}

          @Override
          public TargetResult result() {
            return new CountResult(target.id(), asOf, Status.NOT_ACHIEVED, false, null, CountOf.TASKS_IDENTIFIED,
                BigDecimal.ONE, 0L);
          }
        };
      }
    };
    MetricsEngine engine = MetricsEngine.builder().calculator(strict).build();
    Target t = Fixtures.exitShare("strict-work", "0.1", EMPLOYMENT);
    Target other = Fixtures.exitShare("work", "0.1", EMPLOYMENT);
    Evaluation ev = engine.evaluate(Cohort.of(Fixtures.project(t, other), Fixtures.register(people)), d("2021-12-31"));
    assertThat(ev.result("strict-work")).isInstanceOf(CountResult.class);
    assertThat(ev.result("work").type()).isEqualTo(TargetType.SHARE);
    assertThat(ev.result("work", ShareResult.class).share()).isEqualTo(Share.of(2, 4));
    assertThat(engine.calculator("strict-share")).isSameAs(strict);
  }

  @Test
  void participationLengthAgainstThePlannedRange() {
    EsfProject project = EsfProject.builder().from(Fixtures.project())
        .plannedParticipation(ParticipationRange.of(Period.ofMonths(6), Period.ofMonths(12))).build();
    ParticipationLength len = ParticipationLength.of(Cohort.of(project, Fixtures.register(people)), d("2021-12-31"));
    assertThat(len.exited()).isEqualTo(4);
    assertThat(len.withinPlanned()).isEqualTo(Share.of(2, 4));
    assertThat(len.byMonths()).containsExactly(Map.entry(2, 1L), Map.entry(6, 1L), Map.entry(12, 2L));
    // days: 60, 182, 366, 367 → median (182 + 366) / 2
    assertThat(len.medianDays()).isEqualTo(274.0);
    // mean (60 + 182 + 366 + 367) / 4
    assertThat(len.meanDays()).isEqualTo(243.75);
    ParticipationLength early = ParticipationLength.of(Cohort.of(project, Fixtures.register(people)), d("2020-02-01"));
    assertThat(early.medianDays()).isNull();
    assertThat(early.meanDays()).isNull();
    assertThat(early.withinPlanned()).isEqualTo(Share.of(0, 0));
  }

  @Test
  void costsPerParticipantAndPerSuccessAreExact() {
    EsfProject project = EsfProject.builder().projectNumber("2020/00131").name("Alla kan arbeta")
        .period(DateRange.of(d("2020-09-01"), d("2023-02-28")))
        .totalBudget(Money.sek("14170499")).esfGrant(Money.sek("6659826")).build();
    CostMetrics c = CostMetrics.of(project, 60, 21);
    assertThat(c.budgetPerParticipant()).isEqualTo(Money.sek("236174.98")); // 14170499 / 60 = 236174.983...
    assertThat(c.grantPerParticipant()).isEqualTo(Money.sek("110997.10"));
    assertThat(c.budgetPerSuccess()).isEqualTo(Money.sek("674785.67")); // 14170499 / 21 = 674785.666...
    assertThat(c.grantPerSuccess()).isEqualTo(Money.sek("317134.57")); // 6659826 / 21 = 317134.571...
    assertThat(CostMetrics.of(project, 0, 0).budgetPerParticipant()).isNull();
  }

  @Test
  void shareComparisonsAreExact() {
    assertThat(Share.of(21, 60).reaches(new BigDecimal("0.35"))).isTrue();
    assertThat(Share.of(20, 60).reaches(new BigDecimal("0.35"))).isFalse();
    assertThat(Share.of(1, 3).compareTo(new BigDecimal("0.3333333333"))).isPositive();
    assertThat(Share.of(0, 0).reaches(BigDecimal.ZERO)).isFalse();
  }
}
