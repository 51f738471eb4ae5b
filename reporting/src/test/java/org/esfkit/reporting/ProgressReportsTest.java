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
import org.esfkit.core.Register;
import org.esfkit.core.Target;
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
import org.esfkit.metrics.CostMetrics;
import org.esfkit.metrics.Evaluation;
import org.esfkit.metrics.Forecast;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.NotComputedIndicator;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The adapter from esfkit-metrics to the report, on the shared metrics sample. */
class ProgressReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ReportOptions INTERNAL = ReportOptions.builder().internal(true).build();

  private static Path sample(String name) throws Exception {
    return Path.of(ProgressReportsTest.class.getResource("/samples/metrics/" + name).toURI());
  }

  private static EsfProject project() throws Exception {
    return ProjectJson.read(sample("project.json")).value();
  }

  private static ProgressReport sampleReport(String date) throws Exception {
    Register register = RegisterCsv.read(sample("participants.csv")).value();
    List<Placement> placements = PlacementsCsv.read(sample("placements.csv")).value();
    return ProgressReports.evaluate(project(), register, placements, List.of(), LocalDate.parse(date));
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
  void factsLengthAndEnrolmentComeFromTheRegister() throws Exception {
    ProgressReport r = sampleReport("2014-12-31");
    assertThat(r.facts().projectNumber()).isEqualTo("2012/00001");
    assertThat(r.facts().enrolledParticipants()).isEqualTo(48);
    // the sample's project plans sites only in its enrolment target, so the facts give no planned number per site
    assertThat(r.facts().sites()).containsExactly(SiteRow.of("Avesta", null, 22), SiteRow.of("Hedemora", null, 26));
    // 36 left by the date; days from enrolment to exit counted from the CSV by hand (a script): median 184, mean 178
    assertThat(r.participationLength()).isEqualTo(ParticipationLength.builder().participants(36)
        .medianDays(184.0).meanDays(178.0).build());
    // the sample states no budget: no cost figures
    assertThat(r.costs()).isNull();
    assertThat(r.enrolment()).last().isEqualTo(EnrolmentPoint.of(LocalDate.of(2014, 6, 30), 48));
    // the sample project (2012) belongs to 2007-2013: the 2014-2020 list, for comparison only
    assertThat(r.indicatorList()).isEqualTo(IndicatorList.ESF_2014);
    assertThat(r.indicatorsForComparison()).isTrue();
    assertThat(r.indicators()).hasSize(18);
    // the register has no labour status: the total (CO01 + CO03 + CO05) is 0; below 25 counted from the CSV
    // by a script (enrolment year - birth year < 25)
    assertThat(r.indicators().get(0)).isEqualTo(IndicatorRow.builder().code("CO-TOTAL")
        .name(r.indicators().get(0).name()).total(0)
        .byGender(Map.of(Gender.WOMAN, 0, Gender.MAN, 0, Gender.NON_BINARY, 0, Gender.NOT_REPORTED, 0)).build());
    assertThat(r.indicators().get(5)).isEqualTo(IndicatorRow.builder().code("CO06")
        .name("below 25 years of age").total(13)
        .byGender(Map.of(Gender.WOMAN, 9, Gender.MAN, 3, Gender.NON_BINARY, 1, Gender.NOT_REPORTED, 0)).build());
    assertThat(r.indicatorsNotComputed()).extracting(NotComputedIndicator::code)
        .containsExactly("CO04", "CO08", "CO12", "CO13", "CO14", "CO17", "CO18", "CO19", "CR05", "CR07", "CR09");
    ProgressReport mid = sampleReport("2013-06-30");
    assertThat(mid.participationLength().participants()).isEqualTo(14);
    assertThat(mid.participationLength().medianDays()).isEqualTo(101.5);
    assertThat(mid.participationLength().meanDays()).isCloseTo(158.35714285714286, within(1e-12));
  }

  @Test
  void theIndicatorSectionNamesItsListAndWhatIsNotComputed() throws Exception {
    // the default locale is Swedish; Markdown escapes parentheses
    String md = ReportWriter.render(sampleReport("2014-12-31"), ReportOptions.defaults(), ReportFormat.MARKDOWN);
    assertThat(md).contains("## ESF 2014–2020 gemensamma indikatorer \\(endast för jämförelse, inte listan för "
        + "projektets programperiod\\)").contains("Beräknas inte: registret saknar det som behövs")
        .contains("| CO04 | inactive, not in education or training | whether an inactive participant")
        .contains("| CO-TOTAL | total number of participants \\(CO01 + CO03 + CO05\\) | <5 |");
  }

  @Test
  void targetRowsCarryTheProjectsWordingThresholdAndForecast() throws Exception {
    ProgressReport r = sampleReport("2013-06-30");
    TargetRow ss = r.targets().get(0);
    assertThat(ss.id()).isEqualTo("self-sufficient-3m");
    assertThat(ss.measure()).isEqualTo(org.esfkit.core.Measure.FOLLOW_UP_STATUS);
    assertThat(ss.threshold()).isEqualByComparingTo("0.25");
    assertThat(ss.status()).isEqualTo(TargetStatus.NOT_ACHIEVED);
    // docs/metrics.md: 1 of 8 counted, 6 pending, 19 active: ceil(0.25 * 33) - 1 = 8 of the 25 remaining
    assertThat(ss.forecast()).isEqualTo(org.esfkit.reporting.Forecast.of(8, 25, true));
    assertThat(ss.byGender().get(Gender.WOMAN)).isEqualTo(GenderCount.of(1, 6));
    TargetRow reach = r.targets().get(6);
    assertThat(reach.type()).isEqualTo(TargetType.ENROLMENT);
    assertThat(reach.bySite()).containsExactly(SiteRow.of("Avesta", 30, 17), SiteRow.of("Hedemora", 20, 16));
    assertThat(reach.shareWomen()).isCloseTo(0.6363636363636364, within(1e-12));
    // counts of people stay subject to suppression; counts of enterprises and employers do not
    assertThat(r.targets().get(3).countsPeople()).as("host-employers").isFalse();
    assertThat(r.targets().get(4).countsPeople()).as("gender-breaking placements").isTrue();
    assertThat(r.targets().get(5).countsPeople()).as("social-enterprise").isFalse();
  }

  @Test
  void countsOfThingsAreNotSuppressedInASharedReport() throws Exception {
    JsonNode shared = JSON.readTree(ReportWriter.render(sampleReport("2013-06-30"), ReportOptions.defaults(),
        ReportFormat.JSON));
    assertThat(shared.at("/suppressed_below").asInt()).isEqualTo(5);
    // host-employers: 3 employers against a baseline of 4, shown; social-enterprise: 0, shown
    assertThat(shared.at("/targets/3/numerator").isNumber()).isTrue();
    assertThat(shared.at("/targets/3/numerator").asInt()).isEqualTo(3);
    assertThat(shared.at("/targets/5/numerator").asInt()).isZero();
    // self-sufficient-3m: 1 of 8, a count of people below 5
    assertThat(shared.at("/targets/0/numerator").asText()).isEqualTo("<5");
  }

  @Test
  void anUnreachableForecastWithNothingNeededIsCarriedAsTheCalculatorSaidIt() throws Exception {
    TargetResult r = TargetResult.builder().id("x").type("share").asOf(LocalDate.of(2020, 1, 1))
        .status(Status.INSUFFICIENT_DATA).isFinal(true).numerator(0).denominator(0L).value(null)
        .threshold(new BigDecimal("0.5")).forecast(Forecast.of(0, 0, false)).build();
    TargetRow row = ProgressReports.targetRow(r, null);
    assertThat(row.forecast().stillNeeded()).isZero();
    assertThat(row.forecast().reachable()).isFalse();
    assertThat(row.type()).isEqualTo(TargetType.SHARE);
    assertThat(row.status()).isEqualTo(TargetStatus.INSUFFICIENT_DATA);
  }

  @Test
  void aCustomTypeFallsBackToTheTargetsTypeAndFailsWithoutOne() throws Exception {
    TargetResult r = TargetResult.builder().id("work-or-studies").type("strict").asOf(LocalDate.of(2020, 1, 1))
        .status(Status.ACHIEVED).isFinal(false).numerator(3).denominator(4L).value(0.75).threshold(null).build();
    Target target = project().target("work-or-studies");
    TargetRow row = ProgressReports.targetRow(r, target);
    assertThat(row.type()).isEqualTo(TargetType.SHARE);
    assertThat(row.threshold()).as("from the target's at_least").isEqualByComparingTo("0.3");
    assertThatThrownBy(() -> ProgressReports.targetRow(r, null)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("'strict'");
  }

  @Test
  void costsUseTheFirstOutcomeShareTargetAndTheTotalBudget() throws Exception {
    EsfProject withBudget = EsfProject.builder().from(project()).totalBudget(Money.sek("1000000")).build();
    assertThat(ProgressReports.outcomeTarget(withBudget).id()).isEqualTo("self-sufficient-3m");
    Register register = RegisterCsv.read(sample("participants.csv")).value();
    ProgressReport r = ProgressReports.evaluate(withBudget, register, List.of(), List.of(), LocalDate.of(2014, 12, 31));
    // 7 self-sufficient within three months (expected-2014-12-31.json), 48 enrolled
    assertThat(r.costs()).isEqualTo(CostFigures.builder().cost(Money.sek("1000000")).participants(48)
        .successfulOutcomes(7).outcomeTargetId("self-sufficient-3m").build());
    assertThat(r.costs().perParticipant()).isEqualTo(Money.sek("20833.33"));
    assertThat(r.costs().perOutcome()).isEqualTo(Money.sek("142857.14"));
    EsfProject noShares = EsfProject.builder().from(withBudget)
        .targets(List.of(withBudget.target("reach"), withBudget.target("perceived"))).build();
    assertThat(ProgressReports.outcomeTarget(noShares)).as("a survey answer is not an outcome").isNull();
    assertThat(ProgressReports.costFigures(noShares, CostMetrics.of(noShares, 48, 0), null).perOutcome()).isNull();
  }

  @Test
  void participationLengthNamesThePlannedRangeInIsoPeriods() throws Exception {
    EsfProject smot = EsfProject.builder().from(project())
        .plannedParticipation(ParticipationRange.of(java.time.Period.ofMonths(6), java.time.Period.ofMonths(12)))
        .build();
    Register register = RegisterCsv.read(sample("participants.csv")).value();
    ProgressReport r = ProgressReports.evaluate(smot, register, List.of(), List.of(), LocalDate.of(2014, 12, 31));
    assertThat(r.participationLength().planned()).isEqualTo("P6M–P12M");
    assertThat(r.participationLength().withinPlanned()).isBetween(0, 36);
  }

  @Test
  void resultsOfAnotherDateAreRejected() throws Exception {
    Register register = RegisterCsv.read(sample("participants.csv")).value();
    EsfProject p = project();
    org.esfkit.metrics.Cohort cohort = org.esfkit.metrics.Cohort.of(p, register);
    Evaluation ev = org.esfkit.metrics.MetricsEngine.standard().evaluate(cohort, LocalDate.of(2014, 12, 31));
    assertThatThrownBy(() -> ProgressReports.from(p, register, ev, List.of(),
        org.esfkit.metrics.ParticipationLength.of(cohort, LocalDate.of(2013, 6, 30)), null))
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
