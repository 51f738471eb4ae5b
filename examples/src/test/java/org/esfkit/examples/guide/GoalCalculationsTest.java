package org.esfkit.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esfkit.testkit.EsfkitAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Gender;
import org.esfkit.core.Register;
import org.esfkit.core.io.ProjectJson;
import org.esfkit.core.io.RegisterCsv;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.Evaluation;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.Audit;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.TargetResult;
import org.esfkit.testkit.CohortGenerators;
import org.junit.jupiter.api.Test;

/**
 * Example 7 — a test suite that validates a project's goal calculations: a small project and
 * register written the way the project's own files are, every figure worked out by hand in the
 * comments, checked with the testkit's fluent assertions; then laws that must hold for any cohort,
 * checked over generated cohorts. Copy it, put your project's file and a register you have counted
 * by hand in place of these, and keep it in your build.
 */
class GoalCalculationsTest {
  private static final String PROJECT = """
      {"project_number": "2021/00042", "name": "Testprojektet",
       "period": {"start": "2021-01-01", "end": "2022-12-31"},
       "targets": [
         {"id": "studies-30", "type": "share", "measure": "exit_status", "statuses": ["studies"], "at_least": 0.30},
         {"id": "self-sufficient-3m", "type": "share", "measure": "follow_up_status", "window": "P3M",
          "statuses": ["employment", "self_employment", "subsidised_employment", "studies"],
          "at_least": 0.50, "parity": "each_gender"},
         {"id": "perceived-70", "type": "share", "measure": "perceived_improvement", "at_least": 0.70},
         {"id": "enrolled-10", "type": "enrolment", "planned": 10}
       ]}
      """;

  // semicolons and Swedish genders, as a register exported from Swedish Excel
  private static final String REGISTER = """
      participant_id;gender;birth_year;site;enrolled_on;exited_on;exit_status;follow_up_on;follow_up_status;perceived_improvement
      G01;kvinna;1990;Härnösand;2021-01-10;2021-06-30;studies;2021-09-15;studies;ja
      G02;kvinna;1985;Härnösand;2021-01-10;2021-07-15;employment;2021-09-01;employment;ja
      G03;kvinna;1979;Härnösand;2021-02-01;2021-08-31;job_seeking;2021-12-15;employment;nej
      G04;man;1995;Härnösand;2021-02-01;2021-05-31;internship;2021-08-20;subsidised_employment;ja
      G05;man;2000;Härnösand;2021-03-01;2021-09-30;studies;;;
      G06;man;1970;Härnösand;2021-03-01;2021-10-15;dropped_out;2021-12-01;other;nej
      G07;man;1988;Härnösand;2021-04-01;2021-11-30;employment;2022-02-10;employment;ja
      G08;icke-binär;1992;Härnösand;2021-04-01;;;;;
      G09;kvinna;1999;Härnösand;2021-05-01;2021-12-20;studies;;;ja
      G10;ej angivet;1983;Härnösand;2021-05-01;;;;;
      """;

  private static Cohort cohort() {
    EsfProject project = ProjectJson.read(stream(PROJECT), "project.json").value();
    Register register = RegisterCsv.read(stream(REGISTER), "participants.csv").value();
    return Cohort.of(project, register);
  }

  private static Evaluation evaluate(String asOf) {
    return MetricsEngine.standard().evaluate(cohort(), LocalDate.parse(asOf));
  }

  private static Audit audit(String asOf, String target) {
    Cohort c = cohort();
    return MetricsEngine.standard().audit(c, LocalDate.parse(asOf), c.requireProject().target(target));
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shareAtExitCountsEveryoneWhoHasLeft() {
    // as of 2021-12-31 eight have left (all but G08, G10); G01, G05, G09 went on to studies: 3/8
    TargetResult r = evaluate("2021-12-31").result("studies-30");

    assertThat(r).isAchieved().hasNumerator(3).hasDenominator(8).hasValue(0.375, 1e-12).isNotFinal();
    assertThat(audit("2021-12-31", "studies-30")).hasCounted("G01", "G05", "G09");
    assertThat(r).hasShareForGender(Gender.WOMAN).is(2, 4);   // G01, G09 of G01, G02, G03, G09
    assertThat(r).hasShareForGender(Gender.MAN).is(1, 4);     // G05 of G04..G07
  }

  @Test
  void shareAtFollowUpExcludesOpenWindows() {
    // windows [exit, exit + 3 months] as of 2021-12-31:
    //   G01 → 09-30 closed, follow-up 09-15 studies: yes      G02 → 10-15 closed, 09-01 employment: yes
    //   G03 → 11-30 closed, follow-up 12-15 is too late: no   G04 → 08-31 closed, 08-20 subsidised: yes
    //   G05 → 12-30 closed, no follow-up: no
    //   G06 → 2022-01-15, G07 → 2022-02-28, G09 → 2022-03-20: still open, pending
    TargetResult r = evaluate("2021-12-31").result("self-sufficient-3m");

    assertThat(r).isAchieved().hasNumerator(3).hasDenominator(5).isPending(3).hasParity();
    assertThat(r).hasShareForGender(Gender.WOMAN).is(2, 3).isAtLeast("0.50");
    assertThat(r).hasShareForGender(Gender.MAN).is(1, 2).isAtLeast("0.50");   // exactly 0.50 reaches it
    // Wilson 95 % for 3 of 5, z = 1.959964
    assertThat(r).hasWilson95(0.230724, 0.882379, 1e-6);
    // remaining = 2 active (G08, G10) + 3 pending; needed = ⌈0.50 × (5 + 5)⌉ − 3 = 2
    assertThat(r).hasForecast(2, true);
  }

  @Test
  void auditListsTheIdsBehindTheNumbers() {
    TargetResult r = evaluate("2021-12-31").result("self-sufficient-3m");

    Audit audit = audit("2021-12-31", "self-sufficient-3m");
    org.assertj.core.api.Assertions.assertThat(audit.counted()).containsExactly("G01", "G02", "G04");
    org.assertj.core.api.Assertions.assertThat(audit.considered()).containsExactly("G01", "G02", "G03", "G04", "G05");
    org.assertj.core.api.Assertions.assertThat(r.toString()).doesNotContain("G01");
    org.assertj.core.api.Assertions.assertThat(audit.toString()).doesNotContain("G01");
  }

  @Test
  void closedWindowsLaterDecideThePendingOnes() {
    // as of 2022-03-31: G06 (follow-up 12-01 'other') no, G07 (02-10 employment) yes, G09 (no
    // follow-up) no: 4/8; women 2/4 and men 2/4, each exactly at the threshold
    TargetResult r = evaluate("2022-03-31").result("self-sufficient-3m");

    assertThat(r).isAchieved().hasNumerator(4).hasDenominator(8).isPending(0).hasParity().isNotFinal();
  }

  @Test
  void finalOnceTheProjectHasEndedAndNothingIsPending() {
    // G08 and G10 never left; that does not keep the result from being final
    assertThat(evaluate("2022-12-31").result("self-sufficient-3m")).isFinal().hasNumerator(4).hasDenominator(8);
  }

  @Test
  void surveyShareLeavesNonAnswersOut() {
    // as of 2021-12-31: answers from G01, G02, G03, G04, G06, G07, G09 (G05 did not answer): 5 yes of 7
    assertThat(evaluate("2021-12-31").result("perceived-70")).isAchieved().hasNumerator(5).hasDenominator(7);
    // as of 2021-10-31: G01, G02, G03, G04, G06 have answered, 3 yes: 0.60 < 0.70
    assertThat(evaluate("2021-10-31").result("perceived-70")).isNotAchieved().hasNumerator(3).hasDenominator(5);
  }

  @Test
  void beforeAnyoneLeavesSharesAreUndefined() {
    assertThat(evaluate("2021-05-30").result("studies-30")).hasInsufficientData().hasNoValue().hasDenominator(0);
  }

  @Test
  void enrolmentCountsEveryoneEnrolledByTheDate() {
    TargetResult r = evaluate("2021-12-31").result("enrolled-10");

    assertThat(r).isAchieved().hasNumerator(10).hasDenominator(10);
    assertThat(((EnrolmentResult) r).shareWomen()).isEqualTo(0.4);   // G01, G02, G03, G09
    assertThat(evaluate("2021-03-31").result("enrolled-10")).isNotAchieved().hasNumerator(6);
  }

  @Test
  void sharesAddUpByGenderForAnyCohortAndDate() {
    EsfProject project = CohortGenerators.sampleProject();
    MetricsEngine engine = MetricsEngine.standard();
    qt().withExamples(100)
        .forAll(CohortGenerators.cohorts(project, 60), CohortGenerators.datesAround(project.period()))
        .checkAssert((g, asOf) -> {
          for (TargetResult t : engine.evaluate(g.toCohort(), asOf).results()) {
            if (!(t instanceof ShareResult r)) {
              continue;
            }
            long num = 0;
            long den = 0;
            for (Share s : r.byGender().values()) {
              num += s.numerator();
              den += s.denominator();
            }
            assertThat(num).as("%s numerator by gender", r.id()).isEqualTo(r.numerator());
            assertThat(den).as("%s denominator by gender", r.id()).isEqualTo(r.denominator());
            assertThat(r.status() == Status.INSUFFICIENT_DATA).as("%s undefined iff no one counted", r.id())
                .isEqualTo(den == 0);
          }
        });
  }

  @Test
  void evaluatingInPartsGivesTheSameResults() {
    // the law the metrics SPI promises: a cohort evaluated in three parts and merged equals the
    // cohort evaluated whole
    EsfProject project = CohortGenerators.sampleProject();
    MetricsEngine engine = MetricsEngine.standard();
    qt().withExamples(60)
        .forAll(CohortGenerators.cohorts(project, 60), CohortGenerators.datesAround(project.period()))
        .checkAssert((g, asOf) -> {
          Cohort cohort = g.toCohort();
          assertThat(engine.evaluateParallel(cohort, asOf, 3)).isEqualTo(engine.evaluate(cohort, asOf));
        });
  }
}
