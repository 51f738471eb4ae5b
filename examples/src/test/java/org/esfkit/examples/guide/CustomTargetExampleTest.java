package org.esfkit.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esfkit.testkit.EsfkitAssertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.PathwayState;
import org.esfkit.core.Register;
import org.esfkit.core.ValidationException;
import org.esfkit.examples.Seed;
import org.esfkit.examples.SeedCohort;
import org.esfkit.examples.SyntheticCohorts;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Audit;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.spi.MetricAccumulator;
import org.junit.jupiter.api.Test;

/** Example 4: the custom metric's semantics, worked out by hand, and the merge law. */
class CustomTargetExampleTest {
  private static final EsfProject PROJECT = EsfProject.builder().projectNumber("2020/00998").name("Planer")
      .period(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))).build();

  /**
   * Q1 woman, enrolled 03-01, plan 03-20 (day 19); Q2 man, 03-01, plan 04-15 (day 45); Q3 man,
   * 03-01, plan 03-31 (day 30, the last day of the window); Q4 woman, 05-20, no plan; Q5
   * non-binary, 05-25, plan 05-28; Q6 woman, enrolled 07-01.
   */
  private static final Register REGISTER = register(
      person("Q1", Gender.WOMAN, "2020-03-01", "2020-03-20"),
      person("Q2", Gender.MAN, "2020-03-01", "2020-04-15"),
      person("Q3", Gender.MAN, "2020-03-01", "2020-03-31"),
      person("Q4", Gender.WOMAN, "2020-05-20", null),
      person("Q5", Gender.NON_BINARY, "2020-05-25", "2020-05-28"),
      person("Q6", Gender.WOMAN, "2020-07-01", null));

  private static Object[] person(String id, Gender g, String enrolled, String plan) {
    return new Object[] {id, g, enrolled, plan};
  }

  private static Register register(Object[]... people) {
    var b = Register.builder();
    for (Object[] p : people) {
      var w = Pathway.builder().participantId((String) p[0])
          .addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.parse((String) p[2])));
      if (p[3] != null) {
        w.addEvents(PathwayEvent.of(EventType.ACTION_PLAN_APPROVED, LocalDate.parse((String) p[3])));
      }
      b.add(Participant.builder().id((String) p[0]).gender((Gender) p[1]).build(), w.build());
    }
    return b.build();
  }

  private static TargetResult evaluate(String asOf) {
    return MetricsEngine.standard().evaluate(Cohort.of(PROJECT, REGISTER), LocalDate.parse(asOf),
        List.of(ActionPlanWithin30Days.of("plan-30d", new BigDecimal("0.80"), REGISTER))).get(0);
  }

  @Test
  void closedWindowsCountAndAnEarlyPlanCountsAtOnce() {
    // as of 06-01: Q1, Q3 (day 30 is inside), Q5 (window open, plan already there) succeed; Q2
    // fails; Q4's window is open without a plan: pending; Q6 is not enrolled yet. 3/4 < 0.80
    TargetResult r = evaluate("2020-06-01");

    assertThat(r).isNotAchieved().hasNumerator(3).hasDenominator(4).isPending(1).isNotFinal();
    Audit audit = MetricsEngine.standard().audit(Cohort.of(PROJECT, REGISTER), LocalDate.parse("2020-06-01"),
        ActionPlanWithin30Days.of("plan-30d", new BigDecimal("0.80"), REGISTER));
    assertThat(audit).hasCounted("Q1", "Q3", "Q5");
    assertThat(r.type()).isEqualTo(TargetType.SHARE);
    assertThat(r).hasShareForGender(Gender.WOMAN).is(1, 1);
    assertThat(r).hasShareForGender(Gender.MAN).is(1, 2);
    assertThat(r).hasShareForGender(Gender.NON_BINARY).is(1, 1);
    org.assertj.core.api.Assertions.assertThat(audit.considered()).containsExactly("Q1", "Q2", "Q3", "Q5");
  }

  @Test
  void aWindowClosingWithoutAPlanFails() {
    assertThat(evaluate("2020-06-19")).hasNumerator(3).hasDenominator(5).isPending(0);
  }

  @Test
  void aPlanAfterTheAsOfDateDoesNotExistYet() {
    // as of 04-10 Q2's window has closed and the plan of 04-15 does not exist yet: 2/3
    assertThat(evaluate("2020-04-10")).hasNumerator(2).hasDenominator(3).isPending(0);
  }

  @Test
  void onlyOpenWindowsGiveInsufficientData() {
    assertThat(evaluate("2020-03-10")).hasInsufficientData().hasNoValue().hasDenominator(0).isPending(3);
  }

  @Test
  void feedingInPartsAndMergingEqualsFeedingWhole() {
    Cohort cohort = Cohort.of(PROJECT, REGISTER);
    LocalDate asOf = LocalDate.of(2020, 6, 1);
    ActionPlanWithin30Days metric = ActionPlanWithin30Days.of("plan-30d", new BigDecimal("0.80"), REGISTER);
    MetricAccumulator first = metric.newAccumulator(cohort.tables(), asOf);
    MetricAccumulator second = metric.newAccumulator(cohort.tables(), asOf);
    first.participants(cohort.tables(), 0, 2);
    second.participants(cohort.tables(), 2, 6);
    first.merge(second);

    assertThat(first.result()).isEqualTo(evaluate("2020-06-01"));
  }

  @Test
  void aCohortOfAnotherRegisterIsRefused() {
    ActionPlanWithin30Days metric = ActionPlanWithin30Days.of("plan-30d", new BigDecimal("0.80"),
        register(person("X1", Gender.MAN, "2020-03-01", null)));

    assertThatThrownBy(() -> metric.newAccumulator(Cohort.of(PROJECT, REGISTER).tables(), LocalDate.of(2020, 6, 1)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("plan-30d");
  }

  @Test
  void evaluatedBesideTheBuiltInsOfAllaKanArbeta() {
    List<TargetResult> results = CustomTargetExample.evaluate(LocalDate.of(2021, 3, 31));

    assertThat(results).extracting(TargetResult::id).containsExactly("studies-35", "internship-20",
        "employment-25", "employability-20", "internship-places-growth-50", "tasks-identified-20",
        "gender-breaking-3", "enrolment-60", "action-plan-30d");

    // the same count, folded from each pathway with PathwayState: a second, independent route
    SeedCohort seed = SyntheticCohorts.cohort(Seed.ALLA_KAN_ARBETA);
    LocalDate asOf = LocalDate.of(2021, 3, 31);
    long num = 0;
    long den = 0;
    long pending = 0;
    for (Pathway w : seed.register().pathways()) {
      PathwayState s = w.asOf(asOf);
      if (s.enrolledOn() == null) {
        continue;
      }
      LocalDate deadline = s.enrolledOn().plusDays(30);
      LocalDate plan = s.actionPlanApprovedOn();
      if (plan != null && !plan.isAfter(deadline)) {
        num++;
        den++;
      } else if (!deadline.isAfter(asOf)) {
        den++;
      } else {
        pending++;
      }
    }
    assertThat(results.get(8)).hasNumerator(num).hasDenominator(den).isPending(pending);
    assertThat(den).isPositive();
  }
}
