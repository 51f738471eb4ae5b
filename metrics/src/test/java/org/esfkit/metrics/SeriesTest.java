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
import org.esfkit.core.Measure;
import org.esfkit.core.Milestone;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Fixtures.P;
import org.junit.jupiter.api.Test;

/** Hand-computed series and milestones; every point equals a single evaluation as of its date. */
class SeriesTest {
  private final MetricsEngine engine = MetricsEngine.standard();

  private static final Target FOLLOW_UP = Target.builder().id("fu").type(TargetType.SHARE)
      .measure(Measure.FOLLOW_UP_STATUS).window(Period.ofMonths(3)).addStatuses(EMPLOYMENT)
      .atLeast(new BigDecimal("0.5")).build();

  /**
   * a exits 31 January 2020, followed up in work 15 April: its window closes on 30 April, a
   * month end. b exits 29 February, no follow-up: its window closes 29 May. c comes and goes
   * twice. d answers the survey; e enrols on a month end.
   */
  private static List<P> cohort() {
    return List.of(
        p("a", WOMAN, "2020-01-02").exit("2020-01-31", JOB_SEEKING).followUp("2020-04-15", EMPLOYMENT),
        p("b", MAN, "2020-01-10").exit("2020-02-29", JOB_SEEKING),
        p("c", WOMAN, "2020-01-05").exit("2020-02-10", EMPLOYMENT).reEnrol("2020-03-15")
            .exit("2020-05-20", JOB_SEEKING).followUp("2020-06-01", EMPLOYMENT),
        p("d", MAN, "2020-02-01").exit("2020-03-31", EMPLOYMENT).survey("2020-03-31", true),
        p("e", WOMAN, "2020-04-30"));
  }

  private Cohort cohort(Target... targets) {
    return Cohort.of(Fixtures.project(targets), Fixtures.register(cohort()));
  }

  @Test
  void aMonthEndOnAWindowsClosingDayIsDecidedThereAndPendingTheMonthBefore() {
    TargetSeries s = engine.series(cohort(FOLLOW_UP), d("2020-06-15")).get(0);
    assertThat(s.points()).extracting(TargetSeries.Point::date).containsExactly(d("2020-01-31"), d("2020-02-29"),
        d("2020-03-31"), d("2020-04-30"), d("2020-05-31"), d("2020-06-15"));
    ShareResult march = (ShareResult) s.points().get(2).result();
    assertThat(march.pending()).isEqualTo(3);                 // a, b, d in their windows; c came back 15 March
    assertThat(march.status()).isEqualTo(Status.INSUFFICIENT_DATA);
    ShareResult april = (ShareResult) s.points().get(3).result();
    assertThat(april.share()).isEqualTo(Share.of(1, 1));      // a decided on 30 April, its closing day
    assertThat(april.pending()).isEqualTo(2);                 // b until 29 May; d until 30 June
    ShareResult may = (ShareResult) s.points().get(4).result();
    assertThat(may.share()).isEqualTo(Share.of(1, 2));        // b closed 29 May without work; c active again until 20 May, then pending
  }

  @Test
  void aQuarterEndOnAWindowsClosingDayIsDecidedThere() {
    // d exits 31 March: its window closes 30 June, a quarter end; c exits again 20 May, window to 20 August
    TargetSeries s = engine.series(cohort(FOLLOW_UP), d("2020-08-15"), SeriesStep.QUARTER).get(0);
    assertThat(s.points()).extracting(TargetSeries.Point::date)
        .containsExactly(d("2020-03-31"), d("2020-06-30"), d("2020-08-15"));
    ShareResult march = (ShareResult) s.points().get(0).result();
    assertThat(march.pending()).isEqualTo(3);                 // a, b, d in their windows; c back since 15 March
    assertThat(march.status()).isEqualTo(Status.INSUFFICIENT_DATA);
    ShareResult june = (ShareResult) s.points().get(1).result();
    assertThat(june.share()).isEqualTo(Share.of(1, 3));       // a in work; b closed 29 May; d decided on 30 June, without work
    assertThat(june.pending()).isEqualTo(1);                  // c
    assertThat(june.status()).isEqualTo(Status.NOT_ACHIEVED);
    ShareResult dayBefore = (ShareResult) engine.evaluate(cohort(FOLLOW_UP), d("2020-06-29"), FOLLOW_UP);
    assertThat(dayBefore.share()).isEqualTo(Share.of(1, 2));  // d still pending the day before
    assertThat(dayBefore.pending()).isEqualTo(2);
    ShareResult last = (ShareResult) s.points().get(2).result();
    assertThat(last.share()).isEqualTo(Share.of(1, 3));       // c's window is still open on 15 August
    assertThat(last.pending()).isEqualTo(1);
  }

  @Test
  void quarterEndsRunFromTheStartToTheAsOfDateOrTheProjectsEnd() {
    Cohort cohort = cohort(FOLLOW_UP);
    assertThat(engine.series(cohort, d("2020-09-30"), SeriesStep.QUARTER).get(0).points())
        .extracting(TargetSeries.Point::date)
        .containsExactly(d("2020-03-31"), d("2020-06-30"), d("2020-09-30"));   // an as-of quarter end once
    assertThat(engine.series(cohort, d("2022-05-01"), SeriesStep.QUARTER).get(0).points())
        .extracting(TargetSeries.Point::date)
        .containsExactly(d("2020-03-31"), d("2020-06-30"), d("2020-09-30"), d("2020-12-31"), d("2021-03-31"),
            d("2021-06-30"), d("2021-09-30"), d("2021-12-31"));               // the project ends 31 December 2021
    assertThat(engine.series(cohort, d("2019-12-31"), SeriesStep.QUARTER).get(0).points()).isEmpty();
    // each quarter end's point is the monthly series' point of the same date
    List<TargetSeries.Point> monthly = engine.series(cohort, d("2020-08-15")).get(0).points();
    for (TargetSeries.Point q : engine.series(cohort, d("2020-08-15"), SeriesStep.QUARTER).get(0).points()) {
      assertThat(monthly).contains(q);
    }
  }

  @Test
  void aStepEndsOnTheLastDayOfItsMonthOrQuarter() {
    assertThat(SeriesStep.MONTH.endOf(d("2020-02-10"))).isEqualTo(d("2020-02-29"));
    assertThat(SeriesStep.QUARTER.endOf(d("2020-01-01"))).isEqualTo(d("2020-03-31"));
    assertThat(SeriesStep.QUARTER.endOf(d("2020-04-01"))).isEqualTo(d("2020-06-30"));
    assertThat(SeriesStep.QUARTER.endOf(d("2020-09-30"))).isEqualTo(d("2020-09-30"));
    assertThat(SeriesStep.QUARTER.endOf(d("2020-12-31"))).isEqualTo(d("2020-12-31"));
    assertThat(SeriesStep.fromCode("quarter")).isEqualTo(SeriesStep.QUARTER);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> SeriesStep.fromCode("weekly"))
        .withMessage("unknown series step 'weekly'; known: month, quarter");
  }

  @Test
  void everyPointEqualsASingleEvaluationAsOfItsDate() {
    Target exit = Fixtures.exitShare("exit", "0.5", EMPLOYMENT);
    Target survey = Target.builder().id("survey").type(TargetType.SHARE).measure(Measure.PERCEIVED_IMPROVEMENT)
        .atLeast(new BigDecimal("0.5")).build();
    Target enrol = Target.builder().id("enrol").type(TargetType.ENROLMENT).planned(4).putBySite("Avesta", 2)
        .build();
    Target length = Target.builder().id("length").type(TargetType.PARTICIPATION_LENGTH).min(Period.ofMonths(1))
        .max(Period.ofMonths(2)).atLeast(new BigDecimal("0.5")).build();
    Target count = Target.builder().id("count").type(TargetType.COUNT).of(org.esfkit.core.CountOf.PARTICIPANTS_ENROLLED)
        .atLeast(new BigDecimal("3")).build();
    Cohort cohort = cohort(FOLLOW_UP, exit, survey, enrol, length, count);
    List<TargetSeries> all = engine.series(cohort, d("2020-07-31"));
    for (TargetSeries s : all) {
      Target t = cohort.requireProject().target(s.targetId());
      for (TargetSeries.Point pt : s.points()) {
        assertThat(pt.result()).as(s.targetId() + " " + pt.date()).isEqualTo(engine.evaluate(cohort, pt.date(), t));
      }
    }
    assertThat(all.get(0).points()).hasSize(7);
  }

  @Test
  void countsOfPlacementsAndDistinctEmployersOverTimeEqualSingleEvaluations() {
    Target employers = Target.builder().id("employers").type(TargetType.GROWTH)
        .of(org.esfkit.core.CountOf.EMPLOYERS_HOSTING_INTERNS).baseline(1).atLeast(new BigDecimal("0.5")).build();
    Target internships = Target.builder().id("internships").type(TargetType.COUNT)
        .of(org.esfkit.core.CountOf.INTERNSHIP_PLACEMENTS).atLeast(new BigDecimal("2")).build();
    Cohort cohort = Cohort.builder(Fixtures.project(employers, internships)).register(Fixtures.register(cohort()))
        .placements(List.of(placement("a", "x", "2020-01-10"), placement("b", "x", "2020-02-03"),
            placement("d", "y", "2020-03-31"), placement("c", "z", "2019-12-01")))
        .build();
    List<TargetSeries> all = engine.series(cohort, d("2020-05-31"));
    for (TargetSeries s : all) {
      Target t = cohort.requireProject().target(s.targetId());
      for (TargetSeries.Point pt : s.points()) {
        assertThat(pt.result()).as(s.targetId() + " " + pt.date()).isEqualTo(engine.evaluate(cohort, pt.date(), t));
      }
    }
    // x from 10 January, y from 31 March (a month end); z started before the project and never counts
    assertThat(all.get(0).points()).extracting(pt -> ((GrowthResult) pt.result()).count())
        .containsExactly(1L, 1L, 2L, 2L, 2L);
  }

  private static org.esfkit.core.Placement placement(String who, String employer, String on) {
    return org.esfkit.core.Placement.builder().participantId(who).employerId(employer)
        .kind(org.esfkit.core.PlacementKind.INTERNSHIP).startedOn(d(on)).build();
  }

  @Test
  void aMilestoneIsJudgedOnItsDateWithItsOwnThreshold() {
    // as of 31 March: exited a and b (job seeking) and d (employment, on that very day); c is back since 15 March
    Target exit = Target.builder().from(Fixtures.exitShare("exit", "0.9", EMPLOYMENT))
        .addMilestones(Milestone.of(d("2020-03-30"), new BigDecimal("0.3")),
            Milestone.of(d("2020-03-31"), new BigDecimal("0.3")),
            Milestone.of(d("2029-12-31"), new BigDecimal("0.6")))
        .build();
    TargetSeries s = engine.series(cohort(exit), d("2020-06-30")).get(0);
    TargetSeries.MilestoneResult dayBefore = s.milestones().get(0);
    assertThat(((ShareResult) dayBefore.result()).share()).isEqualTo(Share.of(0, 2));  // d exits the day after
    assertThat(dayBefore.result().status()).isEqualTo(Status.NOT_ACHIEVED);
    TargetSeries.MilestoneResult onTheDay = s.milestones().get(1);
    assertThat(((ShareResult) onTheDay.result()).share()).isEqualTo(Share.of(1, 3));   // 0.33 >= 0.3
    assertThat(onTheDay.result().status()).isEqualTo(Status.ACHIEVED);                // the target's 0.9 is not
    assertThat(onTheDay.result().asOf()).isEqualTo(LocalDate.of(2020, 3, 31));
    assertThat(s.milestones().get(2).result()).isNull();                               // not yet due
  }

  @Test
  void anEnrolmentMilestoneIsANumberEnrolled() {
    Target enrol = Target.builder().id("enrol").type(TargetType.ENROLMENT).planned(10)
        .putBySite("Avesta", 10).addMilestones(Milestone.of(d("2020-02-01"), new BigDecimal("4"))).build();
    TargetSeries s = engine.series(cohort(enrol), d("2020-06-30")).get(0);
    EnrolmentResult r = (EnrolmentResult) s.milestones().get(0).result();
    assertThat(r.enrolled()).isEqualTo(4);          // a, b, c, and d on the day
    assertThat(r.planned()).isEqualTo(4);
    assertThat(r.status()).isEqualTo(Status.ACHIEVED);
  }
}
