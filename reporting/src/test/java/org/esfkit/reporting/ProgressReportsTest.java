package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Gender;
import org.esfkit.core.Money;
import org.esfkit.core.ParticipationRange;
import org.esfkit.core.Placement;
import org.esfkit.core.Target;
import org.esfkit.core.Register;
import org.esfkit.core.TargetType;
import org.esfkit.core.ValidationException;
import org.esfkit.core.io.PlacementsCsv;
import org.esfkit.core.io.ProjectJson;
import org.esfkit.core.io.RegisterCsv;
import org.esfkit.matching.Explanation;
import org.esfkit.matching.ImmutableMatchingResult;
import org.esfkit.matching.MatchingResult;
import org.esfkit.matching.ScoredPair;
import org.esfkit.matching.UnassignedParticipant;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.CostMetrics;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.Enrolment;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.Evaluation;
import org.esfkit.metrics.Forecast;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.NotComputedIndicator;
import org.esfkit.metrics.ParticipationLength;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.SiteEnrolment;
import org.esfkit.metrics.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report of esfkit-metrics' results, on the shared metrics sample. */
class ProgressReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ReportOptions INTERNAL = ReportOptions.builder().internal(true).build();

  private static Path sample(String name) throws Exception {
    return Path.of(ProgressReportsTest.class.getResource("/samples/metrics/" + name).toURI());
  }

  private static EsfProject project() throws Exception {
    return ProjectJson.read(sample("project.json")).value();
  }

  private static Cohort sampleCohort(EsfProject project) throws Exception {
    Register register = RegisterCsv.read(sample("participants.csv")).value();
    List<Placement> placements = PlacementsCsv.read(sample("placements.csv")).value();
    return Cohort.builder(project).register(register).placements(placements).tasks(List.of()).build();
  }

  private static ProgressReport sampleReport(String date) throws Exception {
    return ProgressReport.of(sampleCohort(project()), LocalDate.parse(date));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2013-06-30", "2014-12-31"})
  void internalJsonReportReproducesTheSampleExpectations(String date) throws Exception {
    JsonNode got = JSON.readTree(ReportWriter.render(sampleReport(date), INTERNAL, ReportFormat.JSON));
    JsonNode expected = JSON.readTree(sample("expected-" + date + ".json").toFile());
    assertSameJson("", expected, got);
  }

  /** Same structure and field names; numbers compared to 1e-12, everything else exactly. */
  static void assertSameJson(String path, JsonNode expected, JsonNode got) {
    assertThat(got).as(path).isNotNull();
    if (expected.isObject()) {
      assertThat(got.isObject()).as(path).isTrue();
      assertThat(got.fieldNames()).toIterable().as(path + " fields")
          .containsExactlyInAnyOrderElementsOf(() -> expected.fieldNames());
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        assertSameJson(path + "." + e.getKey(), e.getValue(), got.get(e.getKey()));
      }
    } else if (expected.isArray()) {
      assertThat(got.size()).as(path + " length").isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSameJson(path + "[" + i + "]", expected.get(i), got.get(i));
      }
    } else if (expected.isNumber()) {
      assertThat(got.isNumber()).as(path).isTrue();
      assertThat(got.asDouble()).as(path).isCloseTo(expected.asDouble(), within(1e-12));
    } else {
      assertThat(got).as(path).isEqualTo(expected);
    }
  }

  @Test
  void quarterlySeriesShowTheQuarterEndsOfTheMonthlySeries() throws Exception {
    ProgressReport r = sampleReport("2013-08-15");   // the project started 16 January 2012
    ReportOptions quarterly = ReportOptions.builder().internal(true).series(true)
        .seriesStep(org.esfkit.metrics.SeriesStep.QUARTER).locale(java.util.Locale.ENGLISH).build();
    JsonNode json = JSON.readTree(ReportWriter.render(r, quarterly, ReportFormat.JSON));
    JsonNode target = json.get("targets").get(0);
    List<String> dates = new java.util.ArrayList<>();
    target.get("series").forEach(p -> dates.add(p.get("date").asText()));
    assertThat(dates).containsExactly("2012-03-31", "2012-06-30", "2012-09-30", "2012-12-31", "2013-03-31",
        "2013-06-30", "2013-08-15");                // the report date last, as in the monthly series
    JsonNode monthly = JSON.readTree(ReportWriter.render(r, ReportOptions.builder().from(quarterly)
        .seriesStep(org.esfkit.metrics.SeriesStep.MONTH).build(), ReportFormat.JSON)).get("targets").get(0);
    assertThat(monthly.get("series")).hasSize(20);
    for (JsonNode p : target.get("series")) {
      assertThat(monthly.get("series")).contains(p);
    }
    String html = ReportWriter.render(r, quarterly, ReportFormat.HTML);
    assertThat(html).contains("value at each quarter end").contains(">2012Q1</text>")
        .doesNotContain(">2012-01</text>");
    assertThat(ReportWriter.render(r, ReportOptions.builder().from(quarterly).locale(java.util.Locale.forLanguageTag("sv"))
        .build(), ReportFormat.HTML)).contains("varje kvartalsskifte").contains(">2012K1</text>");
  }

  @Test
  void factsLengthAndEnrolmentComeFromTheRegister() throws Exception {
    ProgressReport r = sampleReport("2014-12-31");
    assertThat(r.project().projectNumber()).isEqualTo("2012/00001");
    assertThat(r.enrolment().total()).isEqualTo(48);
    // the sample's project plans sites only in its enrolment target, so the facts give no planned number per site
    assertThat(r.enrolment().bySite()).containsOnly(Map.entry("Avesta", 22L), Map.entry("Hedemora", 26L));
    assertThat(ReportWriter.render(r, INTERNAL, ReportFormat.MARKDOWN))
        .contains("| Avesta | – | 22 |\n| Hedemora | – | 26 |");
    // 36 left by the date; days from enrolment to exit counted from the CSV by hand (a script): median 184, mean 178
    assertThat(r.participationLength().exited()).isEqualTo(36);
    assertThat(r.participationLength().medianDays()).isEqualTo(184.0);
    assertThat(r.participationLength().meanDays()).isEqualTo(178.0);
    assertThat(r.participationLength().withinPlanned()).isNull();
    // the sample states no budget: no cost figures
    assertThat(r.costs()).isNull();
    assertThat(r.enrolmentOverTime()).last().extracting(Enrolment::asOf, Enrolment::total)
        .containsExactly(LocalDate.of(2014, 6, 30), 48L);
    // the sample project (2012) belongs to 2007-2013: the 2014-2020 list, for comparison only
    assertThat(r.indicatorList()).isEqualTo(IndicatorList.ESF_2014);
    assertThat(r.indicatorsForComparison()).isTrue();
    assertThat(r.indicators()).hasSize(21);
    // the register has no labour status, education or household situation: no record is complete, so every
    // indicator is 0 (the funder counts complete records only), below 25 included, though 13 participants are
    // below 25 by their birth year
    assertThat(r.indicators().get(0).code()).isEqualTo("CO-TOTAL");
    assertThat(r.indicators().get(0).total()).isZero();
    assertThat(r.indicators().get(0).byGender())
        .isEqualTo(Map.of(Gender.WOMAN, 0L, Gender.MAN, 0L, Gender.NON_BINARY, 0L, Gender.NOT_REPORTED, 0L));
    assertThat(r.indicators().get(5).code()).isEqualTo("CO06");
    assertThat(r.indicators().get(5).name()).isEqualTo("below 25 years of age");
    assertThat(r.indicators().get(5).total()).isZero();
    assertThat(r.indicatorsNotComputed()).extracting(NotComputedIndicator::code)
        .containsExactly("CO04", "CO08", "CO17", "CO18", "CO19", "CR05", "CR07", "CR09", "CO20", "CO21", "CO22", "CO23");
    ProgressReport mid = sampleReport("2013-06-30");
    assertThat(mid.participationLength().exited()).isEqualTo(14);
    assertThat(mid.participationLength().medianDays()).isEqualTo(101.5);
    assertThat(mid.participationLength().meanDays()).isCloseTo(158.35714285714286, within(1e-12));
  }

  @Test
  void theIndicatorSectionNamesItsListAndWhatIsNotComputed() throws Exception {
    // the default locale is Swedish; Markdown escapes parentheses
    String md = ReportWriter.render(sampleReport("2014-12-31"), ReportOptions.defaults(), ReportFormat.MARKDOWN);
    assertThat(md).contains("## ESF 2014–2020 gemensamma indikatorer \\(endast för jämförelse, inte listan för "
        + "projektets programperiod\\)").contains("Beräknas inte: registret saknar det som behövs")
        .contains("| CO04 | personer utanför arbetskraften som inte deltar i utbildning | om en deltagare utanför "
            + "arbetskraften deltog i utbildning vid inskrivningen")
        .contains("| CO-TOTAL | totalt antal deltagare \\(CO01 + CO03 + CO05\\) | .. |")
        .doesNotContain("participants").doesNotContain("the register");
    String en = ReportWriter.render(sampleReport("2014-12-31"), ReportOptions.builder().locale(java.util.Locale.ENGLISH)
        .build(), ReportFormat.MARKDOWN);
    assertThat(en).contains("| CO04 | inactive, not in education or training | whether an inactive participant");
  }

  @Test
  void theReportHoldsTheMetricsOwnResults() throws Exception {
    ProgressReport r = sampleReport("2013-06-30");
    ShareResult ss = (ShareResult) r.targets().get(0);
    assertThat(ss.id()).isEqualTo("self-sufficient-3m");
    assertThat(r.project().target(ss.id()).measure()).isEqualTo(org.esfkit.core.Measure.FOLLOW_UP_STATUS);
    assertThat(ss.threshold()).isEqualByComparingTo("0.25");
    assertThat(ss.status()).isEqualTo(Status.NOT_ACHIEVED);
    // docs/metrics.md: 1 of 8 counted, 6 pending, 19 active: ceil(0.25 * 33) - 1 = 8 of the 25 remaining
    assertThat(ss.forecast()).isEqualTo(Forecast.of(25, 8, true));
    assertThat(ss.shareFor(Gender.WOMAN)).isEqualTo(Share.of(1, 6));
    EnrolmentResult reach = (EnrolmentResult) r.targets().get(6);
    assertThat(reach.type()).isEqualTo(TargetType.ENROLMENT);
    assertThat(reach.bySite()).containsExactly(Map.entry("Avesta", SiteEnrolment.of(17, 30)),
        Map.entry("Hedemora", SiteEnrolment.of(16, 20)));
    assertThat(reach.shareWomen()).isCloseTo(0.6363636363636364, within(1e-12));
  }

  @Test
  void countsOfThingsAreNotSuppressedInASharedReport() throws Exception {
    ProgressReport r = sampleReport("2013-06-30");
    JsonNode shared = JSON.readTree(ReportWriter.render(r, ReportOptions.defaults(), ReportFormat.JSON));
    assertThat(shared.at("/suppressed_below").asInt()).isEqualTo(5);
    // host-employers: 3 employers against a baseline of 4, shown; social-enterprise: 0, shown
    assertThat(shared.at("/targets/3/numerator").isNumber()).isTrue();
    assertThat(shared.at("/targets/3/numerator").asInt()).isEqualTo(3);
    assertThat(shared.at("/targets/5/numerator").asInt()).isZero();
    // gender-breaking placements: each belongs to one participant, so a small count is hidden (5 < 6)
    assertThat(((CountResult) r.targets().get(4)).count()).isEqualTo(5);
    JsonNode six = JSON.readTree(ReportWriter.render(r, ReportOptions.builder().suppressionThreshold(6).build(),
        ReportFormat.JSON));
    assertThat(six.at("/targets/4/numerator").asText()).isEqualTo("..");
    assertThat(six.at("/targets/3/numerator").asInt()).isEqualTo(3);
    // self-sufficient-3m: 1 of 8, a count of people below 5
    assertThat(shared.at("/targets/0/numerator").asText()).isEqualTo("..");
  }

  @Test
  void anUnreachableForecastWithNothingNeededIsShownAsTheCalculatorSaidIt() throws Exception {
    LocalDate asOf = LocalDate.of(2013, 6, 30);
    ShareResult r = new ShareResult("x", asOf, Status.INSUFFICIENT_DATA, false, "no participant has exited",
        new BigDecimal("0.5"), Share.EMPTY, 0, Map.of(Gender.WOMAN, Share.EMPTY, Gender.MAN, Share.EMPTY,
            Gender.NON_BINARY, Share.EMPTY, Gender.NOT_REPORTED, Share.EMPTY), null, null, Forecast.of(0, 0, false));
    ProgressReport report = ProgressReport.builder().from(sampleReport("2013-06-30")).targets(List.of(r)).build();
    ReportOptions en = ReportOptions.builder().from(INTERNAL).locale(java.util.Locale.ENGLISH).build();
    assertThat(ReportWriter.render(report, en, ReportFormat.MARKDOWN)).contains("| x | 0 | 0 | No longer reachable |");
    // the same result once final: nothing left to forecast, so no forecast section
    ShareResult done = new ShareResult("x", asOf, Status.INSUFFICIENT_DATA, true, "no participant has exited",
        new BigDecimal("0.5"), Share.EMPTY, 0, r.byGender(), null, null, Forecast.of(0, 0, false));
    String md = ReportWriter.render(ProgressReport.builder().from(report).targets(List.of(done)).build(), en,
        ReportFormat.MARKDOWN);
    assertThat(md).doesNotContain("## Forecast").doesNotContain("No longer reachable");
  }

  @Test
  void aResultOfAFurtherMetricIsShownByItsKindWithoutTheProjectsWording() throws Exception {
    LocalDate asOf = LocalDate.of(2013, 6, 30);
    CountResult custom = new CountResult("active", asOf, Status.ACHIEVED, false, null,
        org.esfkit.core.CountOf.PARTICIPANTS_ENROLLED, BigDecimal.ONE, 7L);
    ProgressReport report = ProgressReport.builder().from(sampleReport("2013-06-30")).targets(List.of(custom)).build();
    JsonNode json = JSON.readTree(ReportWriter.render(report, INTERNAL, ReportFormat.JSON));
    assertThat(json.at("/targets/0/type").asText()).isEqualTo("count");
    assertThat(json.at("/targets/0/numerator").asInt()).isEqualTo(7);
    assertThat(ReportWriter.render(report, INTERNAL, ReportFormat.CSV)).contains(";active;count;;total;achieved;");
  }

  @Test
  void costsCountEveryParticipantWithASuccessfulOutcomeOnce() throws Exception {
    EsfProject withBudget = EsfProject.builder().from(project()).totalBudget(Money.sek("1000000")).build();
    assertThat(CostMetrics.outcomeTargets(withBudget)).extracting(Target::id)
        .as("a survey answer is not an outcome").containsExactly("self-sufficient-3m", "work-or-studies");
    ProgressReport r = ProgressReport.of(sampleCohort(withBudget), LocalDate.of(2014, 12, 31));
    // as of 2014-12-31 (expected-2014-12-31.json): 7 self-sufficient within three months, 12 left for
    // work or studies; 15 different people (counted from the CSV by a script), 48 enrolled
    assertThat(r.costs().cost()).isEqualTo(Money.sek("1000000"));
    assertThat(r.costs().participants()).isEqualTo(48);
    assertThat(r.costs().successes()).isEqualTo(15);
    assertThat(r.costs().outcomeTargets()).containsExactly("self-sufficient-3m", "work-or-studies");
    assertThat(r.costs().budgetPerParticipant()).isEqualTo(Money.sek("20833.33"));
    assertThat(r.costs().budgetPerSuccess()).isEqualTo(Money.sek("66666.67"));
    EsfProject noShares = EsfProject.builder().from(withBudget)
        .targets(List.of(withBudget.target("reach"), withBudget.target("perceived"))).build();
    assertThat(CostMetrics.outcomeTargets(noShares)).isEmpty();
    ProgressReport none = ProgressReport.of(sampleCohort(noShares), LocalDate.of(2014, 12, 31));
    assertThat(none.costs().budgetPerSuccess()).isNull();
    // with no outcome target the report shows no outcomes and no cost per outcome, not a hidden 0
    String md = ReportWriter.render(none, ReportOptions.defaults(), ReportFormat.MARKDOWN);
    assertThat(md).contains("| Kostnad per deltagare |").doesNotContain("lyckat utfall");
  }

  @Test
  void participationLengthNamesThePlannedRangeInIsoPeriods() throws Exception {
    EsfProject smot = EsfProject.builder().from(project())
        .plannedParticipation(ParticipationRange.of(java.time.Period.ofMonths(6), java.time.Period.ofMonths(12)))
        .build();
    ProgressReport r = ProgressReport.of(sampleCohort(smot), LocalDate.of(2014, 12, 31));
    assertThat(ReportWriter.render(r, INTERNAL, ReportFormat.MARKDOWN)).contains("P6M–P12M");
    assertThat(r.participationLength().withinPlanned().numerator()).isBetween(0L, 36L);
  }

  @Test
  void resultsOfAnotherDateAreRejected() throws Exception {
    Cohort cohort = sampleCohort(project());
    ProgressReport r = ProgressReport.of(cohort, LocalDate.of(2014, 12, 31));
    assertThatThrownBy(() -> ProgressReport.builder().from(r)
        .participationLength(ParticipationLength.of(cohort, LocalDate.of(2013, 6, 30))).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("2013-06-30");
  }

  @Test
  void matchingSummaryCountsAssignedAndUnassignedAndTheMeanScore() {
    MatchingResult result = ImmutableMatchingResult.builder().strategy("optimal")
        .addAssignments(ScoredPair.of("P1", "T1", 0.5, Explanation.of(0.5, "x")),
            ScoredPair.of("P2", "T1", 0.75, Explanation.of(0.75, "x")))
        .addUnassigned(UnassignedParticipant.of("P3", List.of("no task admitted the participant")))
        .build();
    assertThat(MatchingSummaries.of(result, 4)).isEqualTo(MatchingSummary.builder().strategy("optimal")
        .participants(3).tasks(4).assigned(2).meanScore(0.625).build());
    MatchingResult none = ImmutableMatchingResult.builder().strategy("greedy")
        .addUnassigned(UnassignedParticipant.of("P3", List.of("no task"))).build();
    assertThat(MatchingSummaries.of(none, 0).meanScore()).isNull();
  }
}
