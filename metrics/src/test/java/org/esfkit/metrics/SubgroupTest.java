package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esfkit.core.Gender.MAN;
import static org.esfkit.core.Gender.WOMAN;
import static org.esfkit.core.OutcomeStatus.EMPLOYMENT;
import static org.esfkit.core.OutcomeStatus.JOB_SEEKING;
import static org.esfkit.metrics.Fixtures.d;
import static org.esfkit.metrics.Fixtures.p;

import java.util.List;
import org.esfkit.core.AgeBand;
import org.esfkit.core.CountOf;
import org.esfkit.core.Dimension;
import org.esfkit.core.Gender;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.Subgroup;
import org.esfkit.core.Target;
import org.esfkit.core.TargetGroup;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Fixtures.P;
import org.junit.jupiter.api.Test;

/** Hand-computed {@code where} and {@code by}: subgroups by site, referral, target group and age band. */
class SubgroupTest {
  private final MetricsEngine engine = MetricsEngine.standard();

  /**
   * Avesta: a (woman, socialtjänsten, born 1990, young), b (man, socialtjänsten, born 1960),
   * c (woman, integrationsenheten, born 2001); Hedemora: d (man, socialtjänsten, no birth year),
   * e (woman, no referral, born 1970). Enrolled in 2020, so a is 30 at entry, c 19, b 60, e 50.
   */
  private static List<P> cohort() {
    return List.of(
        p("a", WOMAN, "2020-02-01").site("Avesta").with(b -> b.referral("socialtjänsten").birthYear(1990)
            .addTargetGroups(TargetGroup.YOUNG)).exit("2020-09-01", EMPLOYMENT),
        p("b", MAN, "2020-02-01").site("Avesta").with(b -> b.referral("socialtjänsten").birthYear(1960))
            .exit("2020-09-01", JOB_SEEKING),
        p("c", WOMAN, "2020-03-01").site("Avesta").with(b -> b.referral("integrationsenheten").birthYear(2001)
            .addTargetGroups(TargetGroup.YOUNG, TargetGroup.NEWLY_ARRIVED)),
        p("d", MAN, "2020-03-01").site("Hedemora").with(b -> b.referral("socialtjänsten")),
        p("e", WOMAN, "2020-04-01").site("Hedemora").with(b -> b.birthYear(1970)));
  }

  private static Target enrolment(String id, int planned, Subgroup where, Dimension... by) {
    return Target.builder().id(id).type(TargetType.ENROLMENT).planned(planned).where(where).addBy(by).build();
  }

  private Evaluation eval(String asOf, Target... targets) {
    return engine.evaluate(Cohort.of(Fixtures.project(targets), Fixtures.register(cohort())), d(asOf));
  }

  @Test
  void enrolmentBySiteAndReferralCountsOnlyThatSubgroup() {
    Target avestaSoc = enrolment("avesta-soc", 2, Subgroup.builder().site("Avesta").referral("socialtjänsten").build());
    Target avestaInt = enrolment("avesta-int", 2, Subgroup.builder().site("Avesta").referral("integrationsenheten")
        .build());
    Evaluation ev = eval("2020-12-31", avestaSoc, avestaInt);
    EnrolmentResult soc = ev.result("avesta-soc", EnrolmentResult.class);
    assertThat(soc.enrolled()).isEqualTo(2);                                   // a, b
    assertThat(soc.byGender()).containsEntry(WOMAN, 1L).containsEntry(MAN, 1L);
    assertThat(soc.status()).isEqualTo(Status.ACHIEVED);
    assertThat(soc.bySite()).containsOnlyKeys("Avesta");                       // Hedemora is not in the subgroup
    EnrolmentResult integ = ev.result("avesta-int", EnrolmentResult.class);
    assertThat(integ.enrolled()).isEqualTo(1);                                  // c
    assertThat(integ.status()).isEqualTo(Status.NOT_ACHIEVED);
  }

  @Test
  void aWhereSelectingNobodyIsInsufficientDataWithAReasonNotZero() {
    // Hedemora has nobody from integrationsenheten; a referral nobody wrote selects nobody either
    Target none = enrolment("none", 50, Subgroup.builder().site("Hedemora").referral("integrationsenheten").build());
    Target typo = Target.builder().id("typo").type(TargetType.SHARE).measure(org.esfkit.core.Measure.EXIT_STATUS)
        .addStatuses(EMPLOYMENT).atLeast(new java.math.BigDecimal("0.5"))
        .where(Subgroup.builder().referral("socialtjanst").build()).build();
    Evaluation ev = eval("2020-12-31", none, typo);
    TargetResult r = ev.result("none");
    assertThat(r.status()).isEqualTo(Status.INSUFFICIENT_DATA);
    assertThat(r.reason()).isEqualTo(
        "no participant in the register matches where (site = Hedemora, referral = integrationsenheten)");
    assertThat(r.isFinal()).isFalse();
    assertThat(ev.result("typo").status()).isEqualTo(Status.INSUFFICIENT_DATA);
    assertThat(ev.result("typo").reason()).contains("referral = socialtjanst");
  }

  @Test
  void ageBandAtEntryIsTheYearOfEnrolmentMinusTheYearOfBirth() {
    // a: 2020 - 1990 = 30, exactly the lower edge of 30_to_54; e: 50; b: 60; c: 19; d unknown (in no band)
    Target mid = enrolment("mid", 1, Subgroup.builder().ageBand(AgeBand.FROM_30_TO_54).build(), Dimension.AGE_BAND);
    Evaluation ev = eval("2020-12-31", mid);
    assertThat(ev.result("mid", EnrolmentResult.class).enrolled()).isEqualTo(2);   // a, e
    Target all = enrolment("all", 5, Subgroup.builder().site("Avesta").build(), Dimension.AGE_BAND,
        Dimension.TARGET_GROUP, Dimension.REFERRAL);
    List<Breakdown> cells = eval("2020-12-31", all).breakdowns("all");
    assertThat(cells).extracting(b -> b.dimension() + ":" + b.value() + "="
            + ((EnrolmentResult) b.result()).enrolled())
        .containsExactly("AGE_BAND:under_30=1", "AGE_BAND:30_to_54=1", "AGE_BAND:55_and_over=1",
            "TARGET_GROUP:young=2", "TARGET_GROUP:newly_arrived=1",
            "REFERRAL:socialtjänsten=2", "REFERRAL:integrationsenheten=1");
  }

  @Test
  void breakdownCellsCarryTheirOwnVerdictAndGenderSplit() {
    Target share = org.esfkit.core.ImmutableTarget.copyOf(Fixtures.exitShare("work", "0.5", EMPLOYMENT)).withBy(List.of(Dimension.SITE, Dimension.REFERRAL));
    Evaluation ev = eval("2020-12-31", share);
    ShareResult whole = ev.result("work", ShareResult.class);
    assertThat(whole.share()).isEqualTo(Share.of(1, 2));                     // a of a, b
    List<Breakdown> cells = ev.breakdowns("work");
    assertThat(cells).extracting(Breakdown::value)
        .containsExactly("Avesta", "Hedemora", "socialtjänsten", "integrationsenheten");
    ShareResult avesta = (ShareResult) cells.get(0).result();
    assertThat(avesta.share()).isEqualTo(Share.of(1, 2));
    assertThat(avesta.shareFor(Gender.WOMAN)).isEqualTo(Share.of(1, 1));
    assertThat(cells.get(1).result().status()).isEqualTo(Status.INSUFFICIENT_DATA); // nobody exited in Hedemora
    assertThat(cells.get(3).result().status()).isEqualTo(Status.INSUFFICIENT_DATA); // c has not exited
  }

  @Test
  void aSubgroupCountsOnlyItsParticipantsPlacements() {
    Target placements = Target.builder().id("pl").type(TargetType.COUNT).of(CountOf.INTERNSHIP_PLACEMENTS)
        .atLeast(java.math.BigDecimal.ONE).where(Subgroup.builder().site("Hedemora").build()).build();
    Cohort cohort = Cohort.builder(Fixtures.project(placements)).register(Fixtures.register(cohort()))
        .placements(List.of(placement("a"), placement("d"), placement("e"))).build();
    CountResult r = (CountResult) engine.evaluate(cohort, d("2020-12-31"), placements);
    assertThat(r.count()).isEqualTo(2L);                                      // d, e; not a (Avesta)
    assertThat(engine.audit(cohort, d("2020-12-31"), placements).counted()).containsExactly("d@emp", "e@emp");
  }

  private static Placement placement(String who) {
    return Placement.builder().participantId(who).employerId("emp").kind(PlacementKind.INTERNSHIP)
        .startedOn(d("2020-05-01")).build();
  }
}
