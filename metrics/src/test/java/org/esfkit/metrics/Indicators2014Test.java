package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esfkit.core.Gender.MAN;
import static org.esfkit.core.Gender.NON_BINARY;
import static org.esfkit.core.Gender.NOT_REPORTED;
import static org.esfkit.core.Gender.WOMAN;
import static org.esfkit.core.OutcomeStatus.EMPLOYMENT;
import static org.esfkit.core.OutcomeStatus.JOB_SEEKING;
import static org.esfkit.core.OutcomeStatus.OTHER;
import static org.esfkit.core.OutcomeStatus.SELF_EMPLOYMENT;
import static org.esfkit.core.OutcomeStatus.STUDIES;
import static org.esfkit.metrics.Fixtures.d;
import static org.esfkit.metrics.Fixtures.p;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.ProgrammePeriod;
import org.esfkit.core.ValidationException;
import org.esfkit.metrics.Fixtures.P;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.spi.Indicator;
import org.junit.jupiter.api.Test;

/** The ESF 2014-2020 common indicators (Regulation (EU) No 1304/2013, Annex I), hand-counted. */
class Indicators2014Test {
  // all enrolled 2020-01-10, so age at entry = 2020 - birth year; every record but f's is complete
  // (gender, labour status, age, education and household situation)
  private final List<P> people = List.of(
      // 24: below 25; ISCED 0 counts with CO09; job seeking upon leaving but not inactive: not CR01;
      // follow-up on exit + 6 months exactly: CR06
      p("a", WOMAN, "2020-01-10").with(b -> b.birthYear(1996).labourStatusAtEntry(LabourStatus.UNEMPLOYED).isced(0).joblessHousehold(false).dependentChildren(false).singleAdultHousehold(false))
          .exit("2020-03-01", JOB_SEEKING).followUp("2020-09-01", EMPLOYMENT),
      // exactly 25: not below 25; foreign background: CO15
      p("b", MAN, "2020-01-10").with(b -> b.birthYear(1995).labourStatusAtEntry(LabourStatus.LONG_TERM_UNEMPLOYED)
          .isced(2).foreignBackground(true).thirdCountryNational(false).minority(false).joblessHousehold(false).dependentChildren(false).singleAdultHousehold(false))
          .exit("2020-06-01", STUDIES),
      // 54: not above 54; inactive and job seeking at exit: CR01; employed six months after: CR06, not CR08
      p("c", WOMAN, "2020-01-10").with(b -> b.birthYear(1966).labourStatusAtEntry(LabourStatus.INACTIVE).isced(3)
          .thirdCountryNational(true).joblessHousehold(false).dependentChildren(false).singleAdultHousehold(false))
          .exit("2020-05-01", JOB_SEEKING).followUp("2020-11-01", EMPLOYMENT),
      // 55: above 54; minority and disability; qualified; self-employed on exit + 6 months + 28 days: CR06, CR08
      p("d", MAN, "2020-01-10").with(b -> b.birthYear(1965).labourStatusAtEntry(LabourStatus.EMPLOYED).isced(6)
          .minority(true).disability(true).joblessHousehold(false).dependentChildren(false).singleAdultHousehold(false))
          .exitQualified("2020-04-01", EMPLOYMENT).followUp("2020-10-29", SELF_EMPLOYMENT),
      // 60, inactive; job seeking on day 19 after exit supersedes "other": CR01; employed on exit + 6 months
      // + 30 days: outside the window, neither CR06 nor CR08
      p("e", NON_BINARY, "2020-01-10").with(b -> b.birthYear(1960).labourStatusAtEntry(LabourStatus.INACTIVE).isced(1)
          .joblessHousehold(false).dependentChildren(false).singleAdultHousehold(false))
          .exit("2020-02-01", OTHER).followUp("2020-02-20", JOB_SEEKING).followUp("2020-08-31", EMPLOYMENT),
      // nothing recorded: an incomplete record, in the grand total only
      p("f", NOT_REPORTED, "2020-01-10").exit("2020-03-01", JOB_SEEKING),
      // enrolled after D: counted nowhere
      p("g", WOMAN, "2021-01-10").with(b -> b.birthYear(1950).labourStatusAtEntry(LabourStatus.INACTIVE).isced(1)
          .joblessHousehold(false).dependentChildren(false).singleAdultHousehold(false)),
      // 59, employed upon leaving and on exit + 6 months + 4 days: CR04, CR06, CR08
      p("h", MAN, "2020-01-10").with(b -> b.birthYear(1961).labourStatusAtEntry(LabourStatus.UNEMPLOYED).isced(4)
          .joblessHousehold(false).dependentChildren(false).singleAdultHousehold(false))
          .exit("2020-03-01", EMPLOYMENT).followUp("2020-09-05", EMPLOYMENT));

  private Cohort cohort(ProgrammePeriod period) {
    EsfProject project = EsfProject.builder().projectNumber("2019/00144").name("Test")
        .period(DateRange.of(LocalDate.of(2019, 6, 1), LocalDate.of(2022, 5, 31))).programmePeriod(period).build();
    return Cohort.builder(project).register(Fixtures.register(people)).build();
  }

  private Map<String, IndicatorResult> indicators(String asOf) {
    return MetricsEngine.standard().indicators(cohort(ProgrammePeriod.P2014_2020), d(asOf)).stream()
        .collect(Collectors.toMap(IndicatorResult::code, r -> r));
  }

  private static void hasCounts(IndicatorResult r, long woman, long man, long nonBinary, long notReported) {
    assertThat(r.byGender()).as(r.code()).containsExactly(
        Map.entry(WOMAN, woman), Map.entry(MAN, man), Map.entry(NON_BINARY, nonBinary), Map.entry(NOT_REPORTED, notReported));
    assertThat(r.total()).isEqualTo(woman + man + nonBinary + notReported);
  }

  @Test
  void outputIndicatorsCountCharacteristicsAtEntry() {
    Map<String, IndicatorResult> r = indicators("2020-12-31");
    hasCounts(r.get("CO-TOTAL"), 2, 3, 1, 0); // CO01 + CO03 + CO05: f is incomplete, g enrolled after D
    hasCounts(r.get("CO01"), 1, 2, 0, 0);
    hasCounts(r.get("CO02"), 0, 1, 0, 0);
    hasCounts(r.get("CO03"), 1, 0, 1, 0);
    hasCounts(r.get("CO05"), 0, 1, 0, 0);
    hasCounts(r.get("CO06"), 1, 0, 0, 0); // a is 24; b is exactly 25
    hasCounts(r.get("CO07"), 0, 2, 1, 0); // d 55, h 59, e 60; c is 54
    hasCounts(r.get("CO09"), 1, 1, 1, 0); // a ISCED 0, b ISCED 2, e ISCED 1
    hasCounts(r.get("CO10"), 1, 1, 0, 0); // c ISCED 3, h ISCED 4
    hasCounts(r.get("CO11"), 0, 1, 0, 0);
    hasCounts(r.get("CO15"), 1, 2, 0, 0); // b foreign background, c third-country national, d minority
    hasCounts(r.get("CO16"), 0, 1, 0, 0);
    assertThat(r.get("CO15").name()).isEqualTo(
        "migrants, participants with a foreign background, minorities (including marginalised communities such as the Roma)");
  }

  @Test
  void totalIsTheSumOfTheEmploymentStatusIndicators() {
    Map<String, IndicatorResult> r = indicators("2020-12-31");
    assertThat(r.get("CO-TOTAL").total())
        .isEqualTo(r.get("CO01").total() + r.get("CO03").total() + r.get("CO05").total());
  }

  @Test
  void resultIndicatorsUponLeaving() {
    Map<String, IndicatorResult> r = indicators("2020-12-31");
    hasCounts(r.get("CR01"), 1, 0, 1, 0); // only inactive at entry: c, e (a and f were job seeking too)
    hasCounts(r.get("CR02"), 0, 1, 0, 0);
    hasCounts(r.get("CR03"), 0, 1, 0, 0);
    hasCounts(r.get("CR04"), 0, 2, 0, 0); // d, h; d's follow-up on day 211 is not "upon leaving"
  }

  @Test
  void longerTermResultsUseTheSixMonthWindow() {
    Map<String, IndicatorResult> r = indicators("2020-12-31");
    hasCounts(r.get("CR06"), 2, 2, 0, 0); // a, c (exit + 6 months), d (+ 28 days), h; e is 2 days late
    hasCounts(r.get("CR08"), 0, 2, 0, 0); // only above 54: d (55), h (59); c (54) is not
  }

  @Test
  void aFollowUpAfterTheAsOfDateDoesNotCountSixMonthsAfter() {
    Map<String, IndicatorResult> r = indicators("2020-09-03");
    hasCounts(r.get("CR06"), 1, 0, 0, 0); // a on 2020-09-01; h's follow-up on 2020-09-05 does not exist yet
    hasCounts(r.get("CR08"), 0, 0, 0, 0);
  }

  @Test
  void theListFollowsTheProgrammePeriod() {
    assertThat(IndicatorList.forPeriod(ProgrammePeriod.P2021_2027)).isEqualTo(IndicatorList.ESF_PLUS);
    assertThat(IndicatorList.forPeriod(ProgrammePeriod.P2014_2020)).isEqualTo(IndicatorList.ESF_2014);
    // 2007-2013 had no common indicators on participants: the 2014-2020 list, for comparison
    assertThat(IndicatorList.forPeriod(ProgrammePeriod.P2007_2013)).isEqualTo(IndicatorList.ESF_2014);
    assertThat(IndicatorList.ESF_2014.period()).isNotEqualTo(ProgrammePeriod.P2007_2013);
    assertThat(IndicatorList.forCohort(Cohort.builder().register(Fixtures.register(people)).build()))
        .isEqualTo(IndicatorList.ESF_PLUS);

    MetricsEngine engine = MetricsEngine.standard();
    LocalDate asOf = d("2020-12-31");
    assertThat(codes(engine.indicators(cohort(ProgrammePeriod.P2014_2020), asOf))).containsExactly(
        "CO-TOTAL", "CO01", "CO02", "CO03", "CO05", "CO06", "CO07", "CO09", "CO10", "CO11", "CO12", "CO13", "CO14",
        "CO15", "CO16",
        "CR01", "CR02", "CR03", "CR04", "CR06", "CR08");
    assertThat(codes(engine.indicators(cohort(ProgrammePeriod.P2007_2013), asOf))).first().isEqualTo("CO-TOTAL");
    assertThat(codes(engine.indicators(cohort(ProgrammePeriod.P2021_2027), asOf))).hasSize(20).first().isEqualTo("EECO01");
    // explicit list, whatever the project's period; EECO01 counts the records complete for ESF+
    List<IndicatorResult> esfPlus = engine.indicators(cohort(ProgrammePeriod.P2014_2020), asOf, IndicatorList.ESF_PLUS);
    assertThat(esfPlus.get(0).code()).isEqualTo("EECO01");
    hasCounts(esfPlus.get(0), 2, 3, 1, 0);
  }

  @Test
  void unsupportedIndicatorsAreListedWithWhatTheyNeed() {
    assertThat(IndicatorList.ESF_2014.notComputed()).extracting(NotComputedIndicator::code).containsExactly(
        "CO04", "CO08", "CO17", "CO18", "CO19", "CR05", "CR07", "CR09", "CO20", "CO21", "CO22", "CO23");
    assertThat(IndicatorList.ESF_2014.notComputed()).allSatisfy(n -> assertThat(n.needs()).isNotBlank());
    // together, computed and not computed cover the whole Annex: CO01-CO23 and CR01-CR09
    List<String> all = new ArrayList<>(codes(IndicatorList.ESF_2014));
    List<String> annex = new ArrayList<>();
    for (int k = 1; k <= 23; k++) {
      annex.add(String.format("CO%02d", k));
    }
    for (int k = 1; k <= 9; k++) {
      annex.add(String.format("CR%02d", k));
    }
    annex.add("CO-TOTAL");
    assertThat(all).containsExactlyInAnyOrderElementsOf(annex);
    assertThat(codes(IndicatorList.ESF_PLUS)).hasSize(25).contains("EECO16", "EECO17", "EECO18", "EECO19", "EECR06");
  }

  @Test
  void listsParseFromTheirCodes() {
    assertThat(IndicatorList.fromCode("esf-2014")).isEqualTo(IndicatorList.ESF_2014);
    assertThat(IndicatorList.fromCode("esf-plus")).isEqualTo(IndicatorList.ESF_PLUS);
    assertThatThrownBy(() -> IndicatorList.fromCode("esf-2007"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("esf-plus, esf-2014");
  }

  @Test
  void anAddedIndicatorCanFillAGapButNotTakeAComputedCode() {
    MetricsEngine engine = MetricsEngine.builder().indicator(indicator("CO04")).build();
    List<IndicatorResult> counted = engine.indicators(cohort(ProgrammePeriod.P2014_2020), d("2020-12-31"));
    assertThat(codes(counted)).endsWith("CR08", "CO04");
    assertThat(IndicatorList.ESF_2014.notComputed(counted)).extracting(NotComputedIndicator::code)
        .doesNotContain("CO04").contains("CO08");
    List<IndicatorResult> standard = MetricsEngine.standard().indicators(cohort(ProgrammePeriod.P2014_2020), d("2020-12-31"));
    assertThat(IndicatorList.ESF_2014.notComputed(standard)).isEqualTo(IndicatorList.ESF_2014.notComputed());
    assertThatThrownBy(() -> MetricsEngine.builder().indicator(indicator("CO01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CO01");
    assertThat(MetricsEngine.standard().indicator("CR08").name()).startsWith("participants above 54 years of age");
  }

  private static Indicator indicator(String code) {
    return new Indicator() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public String name() {
        return "from our own column";
      }

      @Override
      public IntPredicate prepare(CohortTables cohort, LocalDate asOf) {
        return i -> false;
      }
    };
  }

  private static List<String> codes(List<IndicatorResult> results) {
    return results.stream().map(IndicatorResult::code).collect(Collectors.toList());
  }

  private static List<String> codes(IndicatorList list) {
    return Stream.concat(list.indicators().stream().map(Indicator::code), list.notComputed().stream()
        .map(NotComputedIndicator::code)).collect(Collectors.toList());
  }
}
