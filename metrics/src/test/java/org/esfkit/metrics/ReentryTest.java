package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esfkit.core.Gender.MAN;
import static org.esfkit.core.Gender.WOMAN;
import static org.esfkit.core.OutcomeStatus.EMPLOYMENT;
import static org.esfkit.core.OutcomeStatus.JOB_SEEKING;
import static org.esfkit.core.OutcomeStatus.STUDIES;
import static org.esfkit.metrics.Fixtures.d;
import static org.esfkit.metrics.Fixtures.p;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import org.esfkit.core.CountOf;
import org.esfkit.core.Measure;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Fixtures.P;
import org.esfkit.metrics.internal.CommonIndicators;
import org.esfkit.metrics.spi.Codes;
import org.esfkit.metrics.spi.CohortTables;
import org.junit.jupiter.api.Test;

/**
 * A participant who leaves and comes back, evaluated by hand as of dates in each spell and
 * between them. A: enrolled 2020-01-10, left job seeking 2020-03-31 (answered "no"), followed up
 * 2020-05-20 (studies, during the second spell), came back 2020-05-01, left for employment
 * 2020-09-30 (answered "yes"), followed up 2020-12-15 (employment). B: 2020-02-01 to 2020-06-30,
 * employment, followed up 2020-09-15 (employment).
 */
class ReentryTest {
  private final MetricsEngine engine = MetricsEngine.standard();
  private final List<P> people = List.of(
      p("A", WOMAN, "2020-01-10").exit("2020-03-31", JOB_SEEKING).survey("2020-03-31", false)
          .reEnrol("2020-05-01").followUp("2020-05-20", STUDIES)
          .exit("2020-09-30", EMPLOYMENT).survey("2020-09-30", true).followUp("2020-12-15", EMPLOYMENT),
      p("B", MAN, "2020-02-01").exit("2020-06-30", EMPLOYMENT).followUp("2020-09-15", EMPLOYMENT));

  private static final Target AT_EXIT = Fixtures.exitShare("at-exit", "0.5", EMPLOYMENT);
  private static final Target AFTER_3M = Target.builder().id("after-3m").type(TargetType.SHARE)
      .measure(Measure.FOLLOW_UP_STATUS).window(Period.ofMonths(3)).addStatuses(EMPLOYMENT, STUDIES)
      .atLeast(new BigDecimal("0.5")).build();
  private static final Target PERCEIVED = Target.builder().id("perceived").type(TargetType.SHARE)
      .measure(Measure.PERCEIVED_IMPROVEMENT).atLeast(new BigDecimal("0.5")).build();
  private static final Target ENROLLED = Target.builder().id("enrolled").type(TargetType.COUNT)
      .of(CountOf.PARTICIPANTS_ENROLLED).atLeast(new BigDecimal("2")).build();

  private static final Target LENGTH_7_12 = length("length-7-12", 7);
  private static final Target LENGTH_8_12 = length("length-8-12", 8);

  private static Target length(String id, int minMonths) {
    return Target.builder().id(id).type(TargetType.PARTICIPATION_LENGTH).min(Period.ofMonths(minMonths))
        .max(Period.ofMonths(12)).atLeast(new BigDecimal("0.5")).build();
  }

  private Cohort cohort() {
    return Cohort.of(Fixtures.project(AT_EXIT, AFTER_3M, PERCEIVED, ENROLLED, LENGTH_7_12, LENGTH_8_12),
        Fixtures.register(people));
  }

  private LengthResult length(Target t, String asOf) {
    return (LengthResult) engine.evaluate(cohort(), d(asOf), t);
  }

  private ShareResult result(Target t, String asOf) {
    return (ShareResult) engine.evaluate(cohort(), d(asOf), t);
  }

  private long enrolled(String asOf) {
    return ((CountResult) engine.evaluate(cohort(), d(asOf), ENROLLED)).count();
  }

  @Test
  void betweenSpellsTheFirstExitCounts() {
    // 2020-04-15: A has left (job seeking), B is active
    assertThat(result(AT_EXIT, "2020-04-15").share()).isEqualTo(Share.of(0, 1));
    assertThat(result(PERCEIVED, "2020-04-15").share()).isEqualTo(Share.of(0, 1));
    assertThat(enrolled("2020-04-15")).isEqualTo(2);
    // A's three months after 2020-03-31 close on 2020-06-30 with no follow-up inside: not achieved
    assertThat(result(AFTER_3M, "2020-04-15").pending()).isEqualTo(1);
  }

  @Test
  void backInTheProjectTheParticipantIsActiveAgain() {
    // 2020-07-01: A came back on 2020-05-01 and is active; B left for employment
    ShareResult exit = result(AT_EXIT, "2020-07-01");
    assertThat(exit.share()).isEqualTo(Share.of(1, 1));
    assertThat(exit.shareFor(WOMAN).denominator()).isZero();
    // A's first window closed on 2020-06-30, but that spell is no longer in force; B is pending
    ShareResult after = result(AFTER_3M, "2020-07-01");
    assertThat(after.denominator()).isZero();
    assertThat(after.pending()).isEqualTo(1);
    // A's "no" belongs to the first spell; B never answered
    assertThat(result(PERCEIVED, "2020-07-01").denominator()).isZero();
    // counted once, at the first entry
    assertThat(enrolled("2020-07-01")).isEqualTo(2);
  }

  @Test
  void afterTheFinalExitItsResultsCount() {
    assertThat(result(AT_EXIT, "2020-10-31").share()).isEqualTo(Share.of(2, 2));
    assertThat(result(PERCEIVED, "2020-10-31").share()).isEqualTo(Share.of(1, 1));
    // A's window [2020-09-30, 2020-12-30] holds the 2020-12-15 follow-up; the 2020-05-20 one is not in it
    ShareResult after = result(AFTER_3M, "2021-01-15");
    assertThat(after.share()).isEqualTo(Share.of(2, 2));
    assertThat(after.shareFor(WOMAN)).isEqualTo(Share.of(1, 1));
  }

  @Test
  void theColumnsFollowTheSpellInForce() {
    CohortTables c = cohort().tables();
    int a = 0;
    int april = (int) d("2020-04-15").toEpochDay();
    int july = (int) d("2020-07-01").toEpochDay();
    int november = (int) d("2020-11-01").toEpochDay();
    assertThat(c.spellCount(a)).isEqualTo(2);
    assertThat(c.spellCount(1)).isEqualTo(1);
    assertThat(c.exitedOn(a, april)).isEqualTo((int) d("2020-03-31").toEpochDay());
    assertThat(c.exitStatus(a, april)).isEqualTo(Codes.of(JOB_SEEKING));
    assertThat(c.exitedOn(a, july)).isEqualTo((int) d("2020-09-30").toEpochDay());
    assertThat(c.spellEnrolledOn(a, july)).isEqualTo((int) d("2020-05-01").toEpochDay());
    assertThat(c.exitedOn(a)).isEqualTo((int) d("2020-09-30").toEpochDay());
    // before the first entry, the first spell
    assertThat(c.exitedOn(a, (int) d("2019-12-01").toEpochDay())).isEqualTo((int) d("2020-03-31").toEpochDay());
    // 81 days (2020-01-10 .. 03-31) + 61 (05-01 .. 07-01) as of July; + 152 (05-01 .. 09-30) at the end
    assertThat(c.daysInProject(a, july)).isEqualTo(81 + 61);
    assertThat(c.daysInProject(a, november)).isEqualTo(81 + 152);
    // upon leaving: job seeking in April (the 2020-05-20 follow-up is past four weeks), employment in November
    assertThat(CommonIndicators.situationUponLeaving(c, a, april)).isEqualTo(Codes.of(JOB_SEEKING));
    assertThat(CommonIndicators.situationUponLeaving(c, a, july)).isEqualTo(Codes.MISSING);
    assertThat(CommonIndicators.situationUponLeaving(c, a, november)).isEqualTo(Codes.of(EMPLOYMENT));
  }

  @Test
  void participationLengthSumsTheSpells() {
    ParticipationLength len = ParticipationLength.of(cohort(), d("2020-11-01"));
    // A: 81 + 152 = 233 days; B: 2020-02-01 .. 06-30 = 150 days
    assertThat(len.exited()).isEqualTo(2);
    assertThat(len.meanDays()).isEqualTo((233 + 150) / 2.0);
    assertThat(len.medianDays()).isEqualTo((233 + 150) / 2.0);
    // between the spells only A's first counts: 81 days
    ParticipationLength april = ParticipationLength.of(cohort(), d("2020-04-15"));
    assertThat(april.exited()).isEqualTo(1);
    assertThat(april.meanDays()).isEqualTo(81.0);
  }

  @Test
  void participationLengthTargetsSumTheSpells() {
    // A: 81 + 152 = 233 days from 2020-01-10, laid out to 2020-08-30; B: 150 days, to 2020-06-30
    // 7-12 months: A's window opens 2020-08-10, so A is in it; B's opens 2020-09-01, B is not
    assertThat(length(LENGTH_7_12, "2020-11-01").share()).isEqualTo(Share.of(1, 2));
    // 8-12 months: A's window opens 2020-09-10; the summed days fall short of it, although the
    // first entry to the final exit (2020-01-10 .. 09-30) would lie inside
    assertThat(length(LENGTH_8_12, "2020-11-01").share()).isEqualTo(Share.of(0, 2));
    // back in the project A is active again; only B counts
    LengthResult july = length(LENGTH_7_12, "2020-07-01");
    assertThat(july.share()).isEqualTo(Share.of(0, 1));
    assertThat(july.active()).isEqualTo(1);
    // between the spells, A's first spell alone (81 days) counts, and falls short; B is active
    LengthResult april = length(LENGTH_7_12, "2020-04-15");
    assertThat(april.share()).isEqualTo(Share.of(0, 1));
    assertThat(april.active()).isEqualTo(1);
  }
}
