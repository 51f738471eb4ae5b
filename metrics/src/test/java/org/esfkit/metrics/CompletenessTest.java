package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esfkit.core.Gender.MAN;
import static org.esfkit.core.Gender.NOT_REPORTED;
import static org.esfkit.core.Gender.WOMAN;
import static org.esfkit.metrics.Fixtures.d;
import static org.esfkit.metrics.Fixtures.p;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.esfkit.core.EsfProject;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.ProgrammePeriod;
import org.esfkit.metrics.Fixtures.P;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cohorts for the funder's way of counting: complete records only in the indicators,
 * everyone in the grand total, exact ages with a birth date, uncertain ages with a birth year only,
 * the household situation required for ESF 2014-2020 only, and an operation target group.
 */
class CompletenessTest {
  /** gender, labour status, age and education: complete for ESF+; no household situation. */
  private static P esfPlusComplete(String id, String enrolled, LabourStatus status) {
    return p(id, WOMAN, enrolled).with(b -> b.birthYear(1980).labourStatusAtEntry(status).isced(3));
  }

  private static IndicatorCount count(List<P> people, String asOf, IndicatorList list) {
    return MetricsEngine.standard().count(Cohort.builder().register(Fixtures.register(people)).build(), d(asOf), list);
  }

  private static long total(IndicatorCount c, String code) {
    return c.result(code).orElseThrow().total();
  }

  @Test
  void anIncompleteRecordIsLeftOutOfTheIndicatorsButCountsInTheGrandTotal() {
    IndicatorCount c = count(List.of(
        esfPlusComplete("a", "2022-01-10", LabourStatus.UNEMPLOYED),
        // unemployed, but no education recorded: incomplete
        p("b", MAN, "2022-01-10").with(b -> b.birthYear(1980).labourStatusAtEntry(LabourStatus.UNEMPLOYED)),
        // gender not reported: incomplete whatever else is recorded
        p("c", NOT_REPORTED, "2022-01-10").with(b -> b.birthYear(1980)
            .labourStatusAtEntry(LabourStatus.UNEMPLOYED).isced(2)),
        // sensitive characteristics missing never make a record incomplete
        esfPlusComplete("d", "2022-01-10", LabourStatus.INACTIVE),
        // nothing but gender
        p("e", MAN, "2022-01-10"),
        // enrolled after D: in nothing
        p("f", MAN, "2023-01-10")), "2022-12-31", IndicatorList.ESF_PLUS);
    assertThat(c.grandTotal()).isEqualTo(5);
    assertThat(c.grandTotalByGender()).containsEntry(WOMAN, 2L).containsEntry(MAN, 2L).containsEntry(NOT_REPORTED, 1L);
    assertThat(c.complete()).isEqualTo(2);
    assertThat(c.completeShare()).isEqualTo(0.4);
    assertThat(total(c, "EECO02")).as("a only: b lacks education, c lacks gender").isEqualTo(1);
    assertThat(total(c, "EECO01")).isEqualTo(2);
    assertThat(c.missingByField()).containsExactly(Map.entry(PersonalDataField.GENDER, 1L),
        Map.entry(PersonalDataField.LABOUR_MARKET_STATUS, 1L), Map.entry(PersonalDataField.AGE, 1L),
        Map.entry(PersonalDataField.EDUCATION, 2L));
    IndicatorResult eeco02 = c.result("EECO02").orElseThrow();
    assertThat(eeco02.list()).isEqualTo(IndicatorList.ESF_PLUS);
    assertThat(eeco02.source()).isEqualTo("Regulation (EU) 2021/1057, Annex I");
    assertThat(eeco02.fromOperationTargetGroup()).isFalse();
  }

  @Test
  void fiftyFiveOnTheDayOfEntryCountsButTurningFiftyFiveTheDayAfterDoesNot() {
    IndicatorCount c = count(List.of(
        esfPlusComplete("birthday-on-entry", "2022-03-01", LabourStatus.EMPLOYED)
            .with(b -> b.birthYear(null).birthDate(LocalDate.of(1967, 3, 1))),
        esfPlusComplete("birthday-day-after", "2022-03-01", LabourStatus.EMPLOYED)
            .with(b -> b.birthYear(null).birthDate(LocalDate.of(1967, 3, 2))),
        // born 29 February: 55 on 1 March of a common year, not on 28 February
        esfPlusComplete("leap-28-feb", "2023-02-28", LabourStatus.EMPLOYED)
            .with(b -> b.birthYear(null).birthDate(LocalDate.of(1968, 2, 29))),
        esfPlusComplete("leap-1-mar", "2023-03-01", LabourStatus.EMPLOYED)
            .with(b -> b.birthYear(null).birthDate(LocalDate.of(1968, 2, 29)))), "2023-12-31", IndicatorList.ESF_PLUS);
    assertThat(total(c, "EECO08")).isEqualTo(2); // birthday-on-entry and leap-1-mar
    assertThat(c.ageUncertain().values()).allSatisfy(ids -> assertThat(ids).isEmpty());
    // the 2014-2020 list's "above 54 years of age" is the same boundary
    IndicatorCount old = count(List.of(
        esfPlusComplete("day-after", "2022-03-01", LabourStatus.EMPLOYED)
            .with(b -> b.birthYear(null).birthDate(LocalDate.of(1967, 3, 2)).joblessHousehold(false)
                .dependentChildren(false).singleAdultHousehold(false))), "2022-12-31", IndicatorList.ESF_2014);
    assertThat(total(old, "CO07")).isZero();
  }

  @Test
  void birthYearOnlyAgesAreListedAsUncertainAtEachBoundary() {
    IndicatorCount c = count(List.of(
        // entry year - birth year = 18, 30, 55: each could be a year younger
        esfPlusComplete("y18", "2022-06-15", LabourStatus.INACTIVE).with(b -> b.birthYear(2004)),
        esfPlusComplete("y30", "2022-06-15", LabourStatus.UNEMPLOYED).with(b -> b.birthYear(1992)),
        esfPlusComplete("y55", "2022-06-15", LabourStatus.EMPLOYED).with(b -> b.birthYear(1967)),
        // entering on 31 December: the birthday has passed, the age is certain
        esfPlusComplete("dec31", "2022-12-31", LabourStatus.EMPLOYED).with(b -> b.birthYear(1967)),
        // 54 in the year of entry: certainly below 55
        esfPlusComplete("y54", "2022-06-15", LabourStatus.EMPLOYED).with(b -> b.birthYear(1968)),
        // the birth date removes the doubt
        esfPlusComplete("exact", "2022-06-15", LabourStatus.EMPLOYED)
            .with(b -> b.birthYear(1967).birthDate(LocalDate.of(1967, 12, 1))),
        // incomplete records are not counted, so their ages do not matter
        p("incomplete", MAN, "2022-06-15").with(b -> b.birthYear(1967))), "2022-12-31", IndicatorList.ESF_PLUS);
    assertThat(c.ageUncertain()).containsExactly(Map.entry(18, List.of("y18")), Map.entry(30, List.of("y30")),
        Map.entry(55, List.of("y55")));
    // the rule applied: the age reached in the year of entry
    assertThat(total(c, "EECO06")).isZero();
    assertThat(total(c, "EECO07")).isEqualTo(1); // y18; y30 is 30
    assertThat(total(c, "EECO08")).isEqualTo(2); // y55 and dec31; exact is 54 on entry
    IndicatorCount old = count(List.of(
        esfPlusComplete("y25", "2015-06-15", LabourStatus.INACTIVE).with(b -> b.birthYear(1990)
            .joblessHousehold(true).dependentChildren(false).singleAdultHousehold(false))), "2015-12-31",
        IndicatorList.ESF_2014);
    assertThat(old.ageUncertain()).containsExactly(Map.entry(25, List.of("y25")), Map.entry(55, List.of()));
  }

  @Test
  void householdSituationIsRequiredFor2014To2020ButNotForEsfPlus() {
    List<P> people = List.of(
        esfPlusComplete("no-household", "2016-02-01", LabourStatus.UNEMPLOYED),
        esfPlusComplete("half-household", "2016-02-01", LabourStatus.UNEMPLOYED)
            .with(b -> b.joblessHousehold(true).dependentChildren(true)),
        esfPlusComplete("jobless-children", "2016-02-01", LabourStatus.UNEMPLOYED)
            .with(b -> b.joblessHousehold(true).dependentChildren(true).singleAdultHousehold(false)),
        esfPlusComplete("single-children", "2016-02-01", LabourStatus.EMPLOYED)
            .with(b -> b.joblessHousehold(false).dependentChildren(true).singleAdultHousehold(true)));
    IndicatorCount plus = count(people, "2016-12-31", IndicatorList.ESF_PLUS);
    assertThat(plus.complete()).isEqualTo(4);
    assertThat(total(plus, "EECO02")).isEqualTo(3);
    assertThat(plus.missingByField()).doesNotContainKey(PersonalDataField.HOUSEHOLD_SITUATION);
    IndicatorCount old = count(people, "2016-12-31", IndicatorList.ESF_2014);
    assertThat(old.complete()).isEqualTo(2);
    assertThat(old.missingByField()).containsEntry(PersonalDataField.HOUSEHOLD_SITUATION, 2L);
    assertThat(total(old, "CO01")).isEqualTo(1); // jobless-children only
    assertThat(total(old, "CO12")).isEqualTo(1);
    assertThat(total(old, "CO13")).isEqualTo(1);
    assertThat(total(old, "CO14")).isEqualTo(1); // single-children
    assertThat(total(old, "CO-TOTAL")).isEqualTo(2);
    // CO12-CO14 are Annex I as adopted: the consolidated text of 2 August 2018 no longer lists them
    for (String code : List.of("CO12", "CO13", "CO14")) {
      assertThat(old.result(code).orElseThrow().source()).as(code).isEqualTo("Regulation (EU) No 1304/2013, Annex I, "
          + "point (1) as adopted in 2013; not in the list of common output indicators for participants of point (1) "
          + "in the consolidated text valid from 2 August 2018 (Regulation (EU, Euratom) 2018/1046)");
    }
    assertThat(old.result("CO01").orElseThrow().source()).isEqualTo("Regulation (EU) No 1304/2013, Annex I");
  }

  @Test
  void entityIndicatorsAreListedAsNotComputedWithWhatTheyNeed() {
    assertThat(IndicatorList.ESF_2014.notComputed()).extracting(NotComputedIndicator::code)
        .contains("CO20", "CO21", "CO22", "CO23").doesNotContain("CO12", "CO13", "CO14");
    assertThat(IndicatorList.ESF_PLUS.notComputed()).extracting(NotComputedIndicator::code)
        .containsExactly("EECO16", "EECO17", "EECR06", "EECO18", "EECO19");
    assertThat(IndicatorList.ESF_PLUS.notComputed()).filteredOn(n -> n.code().equals("EECO19")).singleElement()
        .satisfies(n -> assertThat(n.needs()).contains("entities supported"));
  }

  @Test
  void anOperationTargetGroupIsWhatTheLabourStatusIndicatorsCountFrom() {
    EsfProject project = EsfProject.builder().projectNumber("2022/00001").name("Only long-term unemployed")
        .period(org.esfkit.core.DateRange.of(d("2022-01-01"), d("2023-12-31")))
        .programmePeriod(ProgrammePeriod.P2021_2027).operationTargetGroup(LabourStatus.LONG_TERM_UNEMPLOYED).build();
    List<P> people = List.of(
        // labour status not recorded: the target group supplies it, so the record is complete
        p("a", WOMAN, "2022-02-01").with(b -> b.birthYear(1980).isced(2)),
        esfPlusComplete("b", "2022-02-01", LabourStatus.EMPLOYED),
        p("c", MAN, "2022-02-01").with(b -> b.birthYear(1980))); // lacks education
    IndicatorCount c = MetricsEngine.standard().count(
        Cohort.builder(project).register(Fixtures.register(people)).build(), d("2022-12-31"), IndicatorList.ESF_PLUS);
    assertThat(c.operationTargetGroup()).isEqualTo(LabourStatus.LONG_TERM_UNEMPLOYED);
    assertThat(c.complete()).isEqualTo(2);
    assertThat(c.missingByField()).containsEntry(PersonalDataField.LABOUR_MARKET_STATUS, 0L)
        .containsEntry(PersonalDataField.EDUCATION, 1L);
    assertThat(total(c, "EECO03")).isEqualTo(2);
    assertThat(total(c, "EECO02")).isEqualTo(2);
    assertThat(total(c, "EECO05")).isZero();
    assertThat(c.result("EECO03").orElseThrow().fromOperationTargetGroup()).isTrue();
    assertThat(c.result("EECO08").orElseThrow().fromOperationTargetGroup()).isFalse();
  }

  @Test
  void aStatusWithinTheOperationTargetGroupIsKeptAndAConflictingOneCountsAsTheGroups() {
    EsfProject project = EsfProject.builder().projectNumber("2022/00002").name("Only unemployed")
        .period(org.esfkit.core.DateRange.of(d("2022-01-01"), d("2023-12-31")))
        .programmePeriod(ProgrammePeriod.P2021_2027).operationTargetGroup(LabourStatus.UNEMPLOYED).build();
    List<P> people = List.of(
        esfPlusComplete("unemployed", "2022-02-01", LabourStatus.UNEMPLOYED),
        // within the group: kept, so the long-term unemployed of an operation for the unemployed count in EECO03
        esfPlusComplete("long-term", "2022-02-01", LabourStatus.LONG_TERM_UNEMPLOYED),
        // outside the group (CrossCheck warns): counted as the group's, in EECO02 and not in EECO05
        esfPlusComplete("employed", "2022-02-01", LabourStatus.EMPLOYED),
        // not recorded: the group's
        p("none", WOMAN, "2022-02-01").with(b -> b.birthYear(1980).isced(2)));
    IndicatorCount c = MetricsEngine.standard().count(
        Cohort.builder(project).register(Fixtures.register(people)).build(), d("2022-12-31"), IndicatorList.ESF_PLUS);
    assertThat(c.complete()).isEqualTo(4);
    assertThat(total(c, "EECO02")).isEqualTo(4);
    assertThat(total(c, "EECO03")).isEqualTo(1);
    assertThat(total(c, "EECO04")).isZero();
    assertThat(total(c, "EECO05")).isZero();
    assertThat(c.results()).filteredOn(IndicatorResult::fromOperationTargetGroup).extracting(IndicatorResult::code)
        .containsExactly("EECO02", "EECO03", "EECO04", "EECO05");
  }
}
