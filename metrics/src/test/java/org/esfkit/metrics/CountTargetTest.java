package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esfkit.core.Gender.MAN;
import static org.esfkit.core.Gender.WOMAN;
import static org.esfkit.core.OutcomeStatus.EMPLOYMENT;
import static org.esfkit.metrics.Fixtures.d;
import static org.esfkit.metrics.Fixtures.p;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.esfkit.core.Achievement;
import org.esfkit.core.AchievementKind;
import org.esfkit.core.CountOf;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.core.ValidationException;
import org.esfkit.metrics.Fixtures.P;
import org.junit.jupiter.api.Test;

class CountTargetTest {
  private final MetricsEngine engine = MetricsEngine.standard();
  private final List<P> people = List.of(
      p("a", WOMAN, "2020-01-10").site("Jönköping"),
      p("b", MAN, "2020-02-10").site("Gotland"),
      p("c", WOMAN, "2020-03-10").site("Gotland"),
      p("d", WOMAN, "2021-03-10").site("Jönköping").exit("2021-06-01", EMPLOYMENT));

  private static Placement placement(String who, String employer, PlacementKind kind, String start, boolean gb) {
    return Placement.builder().participantId(who).employerId(employer).kind(kind).startedOn(d(start)).genderBreaking(gb)
        .build();
  }

  private final List<Placement> placements = List.of(
      placement("a", "E1", PlacementKind.INTERNSHIP, "2019-12-20", true), // before the project period
      placement("a", "E2", PlacementKind.INTERNSHIP, "2020-02-01", false),
      placement("b", "E2", PlacementKind.INTERNSHIP, "2020-03-01", true),
      placement("c", "E3", PlacementKind.WORK_TRIAL, "2020-04-01", true),
      placement("c", "E4", PlacementKind.INTERNSHIP, "2021-01-01", false));

  private static LowThresholdTask task(String id, String on, boolean open) {
    return LowThresholdTask.builder().id(id).employerId("E9").title("Task " + id).identifiedOn(d(on))
        .openToAllGenders(open).build();
  }

  private TargetResult eval(Target t, String asOf) {
    return engine.evaluate(cohort(t), d(asOf), t);
  }

  private CountResult count(Target t, String asOf) {
    return (CountResult) eval(t, asOf);
  }

  private Audit audit(Target t, String asOf) {
    return engine.audit(cohort(t), d(asOf), t);
  }

  private Cohort cohort(Target t) {
    EsfProject project = EsfProject.builder().from(Fixtures.project(t))
        .addAchievements(Achievement.builder().kind(AchievementKind.SOCIAL_ENTERPRISE_ESTABLISHED)
            .on(d("2020-09-01")).name("Kooperativet").build())
        .addAchievements(Achievement.builder().kind(AchievementKind.METHOD_IMPLEMENTED)
            .on(d("2020-05-01")).name("KIVO").build())
        .build();
    Cohort cohort = Cohort.builder(project).register(Fixtures.register(people)).placements(placements)
        .tasks(List.of(task("t1", "2020-01-15", true), task("t2", "2020-02-15", false), task("t3", "2020-06-01", true)))
        .build();
    return cohort;
  }

  private static Target count(CountOf of, int atLeast) {
    return Target.builder().id(of.code()).type(TargetType.COUNT).of(of).atLeast(BigDecimal.valueOf(atLeast)).build();
  }

  @Test
  void genderBreakingPlacementsStartedByTheDate() {
    CountResult r = count(count(CountOf.GENDER_BREAKING_PLACEMENTS, 3), "2020-03-31");
    assertThat(r.count()).isEqualTo(2);
    assertThat(r.status()).isEqualTo(Status.NOT_ACHIEVED);
    assertThat(eval(count(CountOf.GENDER_BREAKING_PLACEMENTS, 3), "2020-04-01").achieved()).isTrue();
  }

  @Test
  void tasksIdentifiedCountOnlyTasksOpenToAllGenders() {
    assertThat(count(count(CountOf.TASKS_IDENTIFIED, 2), "2020-05-31").count()).isEqualTo(1);
    CountResult r = count(count(CountOf.TASKS_IDENTIFIED, 2), "2020-06-01");
    assertThat(r.count()).isEqualTo(2);
    assertThat(audit(count(CountOf.TASKS_IDENTIFIED, 2), "2020-06-01").counted()).containsExactly("t1", "t3");
    assertThat(r.achieved()).isTrue();
  }

  @Test
  void openToAllGendersFalseCountsEveryTaskAndTrueIsTheDefault() {
    Target every = Target.builder().from(count(CountOf.TASKS_IDENTIFIED, 3)).openToAllGenders(false).build();
    assertThat(count(every, "2020-06-01").count()).isEqualTo(3);
    assertThat(audit(every, "2020-06-01").counted()).containsExactly("t1", "t2", "t3");
    Target open = Target.builder().from(count(CountOf.TASKS_IDENTIFIED, 3)).openToAllGenders(true).build();
    assertThat(count(open, "2020-06-01").count()).isEqualTo(2);
    assertThat(count(open, "2020-06-01").achieved()).isFalse();
  }

  @Test
  void socialEnterprisesCountTheirOwnKindOfAchievement() {
    assertThat(count(count(CountOf.SOCIAL_ENTERPRISES_ESTABLISHED, 1), "2020-08-31").count()).isZero();
    CountResult r = count(count(CountOf.SOCIAL_ENTERPRISES_ESTABLISHED, 1), "2020-09-01");
    assertThat(r.count()).isEqualTo(1);
    assertThat(audit(count(CountOf.SOCIAL_ENTERPRISES_ESTABLISHED, 1), "2020-09-01").counted())
        .containsExactly("Kooperativet");
  }

  @Test
  void employersHostingInternsAreDistinctAndInsideThePeriod() {
    CountResult r = count(count(CountOf.EMPLOYERS_HOSTING_INTERNS, 2), "2020-12-31");
    assertThat(r.count()).isEqualTo(1); // E2 twice; E1 before the period; E3 a work trial
    assertThat(audit(count(CountOf.EMPLOYERS_HOSTING_INTERNS, 2), "2021-01-01").counted())
        .containsExactly("E2", "E4");
  }

  @Test
  void internshipPlacementsInsideThePeriod() {
    assertThat(count(count(CountOf.INTERNSHIP_PLACEMENTS, 3), "2021-12-31").count()).isEqualTo(3);
  }

  @Test
  void participantsEnrolled() {
    assertThat(eval(count(CountOf.PARTICIPANTS_ENROLLED, 3), "2020-03-10").achieved()).isTrue();
    assertThat(count(count(CountOf.PARTICIPANTS_ENROLLED, 3), "2020-03-09").count()).isEqualTo(2);
  }

  @Test
  void growthFromABaseline() {
    Target t = Target.builder().id("hosts").type(TargetType.GROWTH).of(CountOf.EMPLOYERS_HOSTING_INTERNS)
        .baseline(1).atLeast(new BigDecimal("1.0")).build();
    GrowthResult before = (GrowthResult) eval(t, "2020-12-31");
    assertThat(before.count()).isEqualTo(1);
    assertThat(before.baseline()).isEqualTo(1);
    assertThat(before.growth()).isEqualTo(0.0);
    assertThat(before.achieved()).isFalse();
    GrowthResult after = (GrowthResult) eval(t, "2021-01-01"); // 2 employers: (2 - 1) / 1 = 1.0, exactly the threshold
    assertThat(after.growth()).isEqualTo(1.0);
    assertThat(after.achieved()).isTrue();
  }

  @Test
  void growthWithBaselineZeroIsAnErrorInTheTarget() {
    assertThatThrownBy(() -> Target.builder().id("g").type(TargetType.GROWTH).of(CountOf.TASKS_IDENTIFIED)
        .baseline(0).atLeast(BigDecimal.ONE).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("baseline 0");
  }

  @Test
  void enrolmentBySite() {
    Target t = Target.builder().id("reach").type(TargetType.ENROLMENT).planned(4)
        .bySite(Map.of("Jönköping", 2, "Gotland", 2)).build();
    EnrolmentResult r = (EnrolmentResult) eval(t, "2020-12-31");
    assertThat(r.enrolled()).isEqualTo(3);
    assertThat(r.planned()).isEqualTo(4);
    assertThat(r.value()).isEqualTo(0.75);
    assertThat(r.bySite()).containsEntry("Jönköping", SiteEnrolment.of(1, 2)).containsEntry("Gotland", SiteEnrolment.of(2, 2));
    assertThat(r.shareWomen()).isEqualTo(2.0 / 3);
    assertThat(r.status()).isEqualTo(Status.NOT_ACHIEVED);
    EnrolmentResult all = (EnrolmentResult) eval(t, "2021-12-31");
    assertThat(all.bySite().get("Jönköping")).isEqualTo(SiteEnrolment.of(2, 2));
    assertThat(all.achieved()).isTrue();
    assertThat(all.isFinal()).isTrue();
  }

  @Test
  void enrolmentMissesWhenOneSiteFallsShortEvenIfTheTotalIsReached() {
    Target t = Target.builder().id("reach").type(TargetType.ENROLMENT).planned(4)
        .bySite(Map.of("Jönköping", 1, "Gotland", 3)).build();
    EnrolmentResult r = (EnrolmentResult) eval(t, "2021-12-31");
    assertThat(r.enrolled()).isEqualTo(4);
    assertThat(r.bySite().get("Gotland").reached()).isFalse();
    assertThat(r.achieved()).isFalse();
  }

  @Test
  void anUnplannedSiteCountsInTheTotalUnderItsOwnNameWithZeroPlanned() {
    // the plan names Jönköping only; Gotland (b, c) is not planned, as Visby in SMÖT's register
    Target t = Target.builder().id("reach").type(TargetType.ENROLMENT).planned(3)
        .bySite(Map.of("Jönköping", 1)).build();
    EnrolmentResult r = (EnrolmentResult) eval(t, "2020-12-31");
    assertThat(r.enrolled()).isEqualTo(3);
    assertThat(r.bySite()).containsExactly(Map.entry("Jönköping", SiteEnrolment.of(1, 1)),
        Map.entry("Gotland", SiteEnrolment.of(2, 0)));
    assertThat(r.achieved()).isTrue();
    // without a plan by site, no site has a planned number
    Target plain = Target.builder().id("reach").type(TargetType.ENROLMENT).planned(3).build();
    assertThat(((EnrolmentResult) eval(plain, "2020-12-31")).bySite().get("Gotland"))
        .isEqualTo(SiteEnrolment.of(2, null));
  }

  @Test
  void placementOfAnUnknownParticipantIsRejected() {
    EsfProject p = Fixtures.project();
    assertThatThrownBy(() -> Cohort.builder(p).register(Fixtures.register(people))
        .placements(List.of(placement("zz", "E1", PlacementKind.INTERNSHIP, "2020-02-01", false))).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("participant zz is not in the register");
  }

  @Test
  void countsAreNotFinalBeforeTheProjectEnds() {
    assertThat(eval(count(CountOf.PARTICIPANTS_ENROLLED, 1), "2021-12-30").isFinal()).isFalse();
    assertThat(eval(count(CountOf.PARTICIPANTS_ENROLLED, 1), "2021-12-31").isFinal()).isTrue();
  }

  @Test
  void engineNamesAnUnknownCalculator() {
    assertThatThrownBy(() -> engine.calculator("ratio")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ratio'").hasMessageContaining("share, count, growth, enrolment");
  }
}
