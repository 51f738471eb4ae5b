package org.esfkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Subgroup;
import org.esfkit.core.EsfRegion;
import org.esfkit.core.Measure;
import org.esfkit.core.Money;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Parity;
import org.esfkit.core.ProgrammePeriod;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.core.io.ProjectJson;
import org.esfkit.core.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SeedProjectsTest {

  @ParameterizedTest
  @EnumSource(Seed.class)
  void everySeedFileReadsWithoutProblems(Seed seed) throws IOException {
    try (InputStream in = SeedProjects.class.getResourceAsStream(seed.resource())) {
      ReadResult<EsfProject> r = ProjectJson.read(in, seed.slug() + ".json");
      assertThat(r.problems()).isEmpty();
      EsfProject p = r.value();
      assertThat(p.targets()).allSatisfy(t -> assertThat(t.description()).isNotBlank());
      assertThat(p.assumptions()).isNotEmpty();
      assertThat(p.achievements()).as("achievements are outcomes; the synthetic data decides").isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void seedFilesHoldNoContactDetails(Seed seed) throws IOException {
    String text;
    try (InputStream in = SeedProjects.class.getResourceAsStream(seed.resource())) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(text).doesNotContain("@").doesNotContainPattern("(?<!\\d)0\\d{2,3}-\\d{5,6}(?!\\d)").doesNotContainPattern("070\\d{7}");
    assertThat(text).doesNotContain("Lindholm", "Lilja", "Hansell", "Ladebäck", "Marita", "Kontaktperson");
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void writingAndReadingBackGivesTheSameProject(Seed seed) {
    EsfProject p = SeedProjects.read(seed);
    String json = ProjectJson.write(p);
    EsfProject back = ProjectJson.read(
        new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "written.json").value();
    assertThat(back).isEqualTo(p);
  }

  @Test
  void allaKanArbetaStatesItsFactsAndEightTargets() {
    EsfProject p = SeedProjects.read(Seed.ALLA_KAN_ARBETA);
    assertThat(p.projectNumber()).isEqualTo("2020/00131");
    assertThat(p.region()).isEqualTo(EsfRegion.MELLERSTA_NORRLAND);
    assertThat(p.period()).isEqualTo(DateRange.of(LocalDate.of(2020, 9, 1), LocalDate.of(2023, 2, 28)));
    assertThat(p.programmePeriod()).isEqualTo(ProgrammePeriod.P2014_2020);
    assertThat(p.totalBudget()).isEqualTo(Money.sek("14170499"));
    assertThat(p.esfGrant()).isEqualTo(Money.sek("6659826"));
    assertThat(p.euCoFinancingRate().value()).isEqualByComparingTo("0.5");
    assertThat(p.interventionType().code()).isEqualTo("102");
    assertThat(p.specificObjective().code()).isEqualTo("2.1");
    assertThat(p.plannedParticipants()).isEqualTo(60);
    assertThat(p.methods()).contains("Supported Employment", "Mission Possible", "KIVO");
    assertThat(p.targets()).extracting(Target::id).containsExactly("studies-35", "internship-20", "employment-25",
        "employability-20", "internship-places-growth-50", "tasks-identified-20", "gender-breaking-3", "enrolment-60");
    Target studies = p.target("studies-35");
    assertThat(studies.measure()).isEqualTo(Measure.EXIT_STATUS);
    assertThat(studies.statuses()).containsExactly(OutcomeStatus.STUDIES);
    assertThat(studies.atLeast()).isEqualByComparingTo("0.35");
    assertThat(p.target("employment-25").statuses())
        .containsExactlyInAnyOrder(OutcomeStatus.EMPLOYMENT, OutcomeStatus.SUBSIDISED_EMPLOYMENT);
    assertThat(p.target("internship-places-growth-50").baseline()).isEqualTo(10);
    assertThat(p.target("tasks-identified-20").atLeast()).isEqualByComparingTo("20");
    assertThat(p.target("gender-breaking-3").atLeast()).isEqualByComparingTo("3");
  }

  @Test
  void kraftverketAsksForParityAndASocialEnterprise() {
    EsfProject p = SeedProjects.read(Seed.KRAFTVERKET);
    assertThat(p.owner()).isEqualTo("Bjurholms kommun");
    assertThat(p.region()).isEqualTo(EsfRegion.OVRE_NORRLAND);
    assertThat(p.programmePeriod()).isEqualTo(ProgrammePeriod.P2007_2013);
    assertThat(p.totalBudget()).isEqualTo(Money.sek("9697681"));
    assertThat(p.esfGrant()).isEqualTo(Money.sek("3742943"));
    assertThat(p.plannedParticipants()).isNull();
    assertThat(p.targets()).hasSize(4);
    Target selfSufficient = p.target("self-sufficient-3m");
    assertThat(selfSufficient.measure()).isEqualTo(Measure.FOLLOW_UP_STATUS);
    assertThat(selfSufficient.window()).isEqualTo(Period.ofMonths(3));
    assertThat(selfSufficient.parity()).isEqualTo(Parity.EACH_GENDER);
    assertThat(selfSufficient.statuses()).containsExactlyInAnyOrder(OutcomeStatus.EMPLOYMENT,
        OutcomeStatus.SELF_EMPLOYMENT, OutcomeStatus.SUBSIDISED_EMPLOYMENT, OutcomeStatus.STUDIES,
        OutcomeStatus.WORK_REHABILITATION);
    assertThat(p.target("perceived-improvement-80").atLeast()).isEqualByComparingTo("0.80");
    assertThat(p.target("perceived-improvement-80").parity()).isEqualTo(Parity.EACH_GENDER);
    assertThat(p.target("host-employers-growth-50").type()).isEqualTo(TargetType.GROWTH);
    assertThat(p.target("social-enterprise-1").atLeast()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(p.assumptions()).anySatisfy(a -> assertThat(a).contains("2010-3010042", "invented"));
  }

  @Test
  void praktikIntegrationHasThreeShareTargetsAndALengthTarget() {
    EsfProject p = SeedProjects.read(Seed.PRAKTIK_INTEGRATION);
    assertThat(p.totalBudget()).isEqualTo(Money.sek("25285830"));
    assertThat(p.esfGrant()).isEqualTo(Money.sek("8792910"));
    assertThat(p.region()).isEqualTo(EsfRegion.SYDSVERIGE);
    assertThat(p.plannedParticipation().min()).isEqualTo(Period.ofMonths(4));
    assertThat(p.plannedParticipation().max()).isEqualTo(Period.ofMonths(8));
    assertThat(p.targets()).extracting(Target::type).containsExactly(TargetType.SHARE, TargetType.SHARE,
        TargetType.SHARE, TargetType.PARTICIPATION_LENGTH);
    assertThat(p.target("participation-about-6m").min()).isEqualTo(Period.ofMonths(4));
    assertThat(p.target("own-development-100").atLeast()).isEqualByComparingTo("1");
    assertThat(p.target("own-business-5").statuses()).containsExactly(OutcomeStatus.SELF_EMPLOYMENT);
  }

  @Test
  void smotPlansSixtyPerSite() {
    EsfProject p = SeedProjects.read(Seed.SMOT);
    assertThat(p.projectNumber()).isEqualTo("2019/00144");
    assertThat(p.region()).isEqualTo(EsfRegion.SMALAND_OCH_OARNA);
    assertThat(p.totalBudget()).isEqualTo(Money.sek("6979677"));
    assertThat(p.esfGrant()).isEqualTo(Money.sek("6979677"));
    assertThat(p.plannedParticipants()).isEqualTo(120);
    assertThat(p.plannedParticipantsBySite()).isEqualTo(Map.of("Jönköping", 60, "Gotland", 60));
    assertThat(p.plannedParticipation().min()).isEqualTo(Period.ofMonths(6));
    assertThat(p.plannedParticipation().max()).isEqualTo(Period.ofMonths(12));
    assertThat(p.eligibility().minAge()).isEqualTo(15);
    assertThat(p.eligibility().maxAge()).isNull();
    assertThat(p.target("participation-6-12m").min()).isEqualTo(Period.ofMonths(6));
    assertThat(p.target("participation-6-12m").max()).isEqualTo(Period.ofMonths(12));
    assertThat(p.targets()).hasSize(2).last().satisfies(t -> {
      assertThat(t.type()).isEqualTo(TargetType.ENROLMENT);
      assertThat(t.planned()).isEqualTo(120);
      assertThat(t.bySite()).containsEntry("Jönköping", 60).containsEntry("Gotland", 60);
      // the seeds' one milestone, an illustrative reading the assumptions say is not the project's own
      assertThat(t.milestones()).containsExactly(org.esfkit.core.Milestone.of(LocalDate.of(2020, 12, 31),
          BigDecimal.valueOf(60)));
    });
    assertThat(p.assumptions()).anySatisfy(a -> assertThat(a).startsWith("Illustrative reading, not stated")
        .contains("enrolment-120", "2020-12-31", "not as the project's own"));
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void aMilestoneOnlyWhereAnAssumptionRecordsItsReading(Seed seed) {
    EsfProject p = SeedProjects.read(seed);
    for (org.esfkit.core.Target t : p.targets()) {
      for (org.esfkit.core.Milestone m : t.milestones()) {
        assertThat(p.assumptions()).as(t.id() + " " + m.on())
            .anySatisfy(a -> assertThat(a).contains(t.id(), m.on().toString()));
      }
    }
  }

  @Test
  void paVagTillJobbetPlans350InTwoMunicipalities() {
    EsfProject p = SeedProjects.read(Seed.PA_VAG_TILL_JOBBET);
    assertThat(p.totalBudget()).isEqualTo(Money.sek("16567751"));
    assertThat(p.esfGrant()).isEqualTo(Money.sek("8256072"));
    assertThat(p.region()).isEqualTo(EsfRegion.NORRA_MELLANSVERIGE);
    assertThat(p.plannedParticipants()).isEqualTo(350);
    assertThat(p.plannedParticipantsBySite()).containsEntry("Avesta", 200).containsEntry("Hedemora", 150);
    assertThat(p.eligibility().minAge()).isEqualTo(25);
    assertThat(p.eligibility().maxAge()).isEqualTo(64);
    assertThat(p.municipalities()).containsExactly("Avesta", "Gagnef", "Hedemora", "Leksand", "Rättvik");
    assertThat(p.targets()).extracting(t -> t.planned()).containsExactly(350, 150, 50, 100, 50);
    assertThat(p.target("enrolment-hedemora-integrationsenheten").where())
        .isEqualTo(Subgroup.builder().site("Hedemora").referral("integrationsenheten").build());
  }
}
