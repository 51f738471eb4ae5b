package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Locale;
import org.esfkit.core.CountOf;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.junit.jupiter.api.Test;

/** Small-cell suppression, seen in the rendered formats. */
class SuppressionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ReportOptions SHARED_EN = ReportOptions.builder().locale(Locale.ENGLISH).build();

  private static ProgressReport withTarget(TargetResult row) {
    return ProgressReport.builder().from(Fixtures.allaKanArbeta()).targets(java.util.List.of(row)).build();
  }

  private static JsonNode json(ProgressReport r, ReportOptions o) throws Exception {
    return JSON.readTree(ReportWriter.render(r, o, ReportFormat.JSON));
  }

  private static String markdown(ProgressReport r, ReportOptions o) {
    return ReportWriter.render(r, o, ReportFormat.MARKDOWN);
  }

  @Test
  void countsBelowTheThresholdAreShownAsLessThanTheThreshold() throws Exception {
    JsonNode studies = json(Fixtures.allaKanArbeta(), ReportOptions.defaults()).at("/targets/0");
    assertThat(studies.at("/by_gender/non_binary/numerator").asText()).isEqualTo("..");
    assertThat(studies.at("/by_gender/non_binary/denominator").asText()).isEqualTo("..");
    assertThat(studies.at("/by_gender/woman/numerator").asInt()).isEqualTo(7);
    assertThat(markdown(Fixtures.allaKanArbeta(), SHARED_EN))
        // women 4, non-binary and not reported 0: hidden, and together below 5, so the men's 5 too
        .contains("| EECR04 | participants in employment, including self-employment, upon leaving | 9 | .. | .. | .. | .. |");
  }

  @Test
  void aLoneSuppressedCellInAGroupHidesTheNextSmallestToo() {
    // not_reported (2) is the only small cell: alone it could be recovered as 36 - 20 - 8 - 6
    ProgressReport r = ProgressReport.builder().from(Fixtures.allaKanArbeta())
        .indicators(java.util.List.of(Fixtures.indicator("EECO01", "participants", 36, 20, 8, 6, 2))).indicatorCount(null).build();
    String md = markdown(r, SHARED_EN);
    assertThat(md).contains("| EECO01 | participants | 36 | 20 | 8 | .. | .. |");
    assertThat(markdown(r, ReportOptions.builder().from(SHARED_EN).internal(true).build()))
        .contains("| EECO01 | participants | 36 | 20 | 8 | 6 | 2 |");
  }

  @Test
  void successesAreHiddenWhenFewFailedSinceTheFailuresFollowFromTheDenominator() throws Exception {
    // 14 of 15 women succeeded: showing 14 and 15 would reveal the one woman who did not
    ShareResult t = Fixtures.share("t", "0.5", 26, 36, Fixtures.genders(14, 15, 12, 21, 0, 0, 0, 0), 0, 0, 5);
    JsonNode row = json(withTarget(t), ReportOptions.defaults()).at("/targets/0");
    assertThat(row.at("/by_gender/woman/numerator").asText()).isEqualTo("..");
    // the non-binary and not-reported denominators are 0: hidden, they would be recovered as 0 if
    // the women's 15 were shown beside 36 and the men's 21
    assertThat(row.at("/by_gender/woman/denominator").asText()).isEqualTo("..");
    // the hidden failures (the woman's 1 and two 0s) would add up to 1: the men's 9 is hidden, so
    // their numerator too
    assertThat(row.at("/by_gender/man/numerator").asText()).isEqualTo("..");
    assertThat(row.at("/by_gender/man/denominator").asInt()).isEqualTo(21);
  }

  @Test
  void valuesDerivedFromHiddenCountsAreHiddenInEveryFormat() throws Exception {
    ShareResult t = Fixtures.share("studies", "0.35", 3, 36, Fixtures.genders(1, 18, 2, 15, 0, 1, 0, 2), 0, 10, 16);
    ProgressReport r = withTarget(t);
    JsonNode row = json(r, ReportOptions.defaults()).at("/targets/0");
    assertThat(row.get("numerator").asText()).isEqualTo("..");
    assertThat(row.get("value").asText()).isEqualTo("..");
    assertThat(row.get("wilson95").asText()).isEqualTo("..");
    String csv = ReportWriter.render(r, ReportOptions.defaults(), ReportFormat.CSV);
    // the status is decided from the hidden numerator: hidden too
    assertThat(csv).contains(";studies;share;35 % går vidare till studier;total;..;..;false;0,35;..;36;..;..;..;0;\r\n");
    String md = markdown(r, SHARED_EN);
    assertThat(md).contains("| studies | 35 % går vidare till studier | Share \\(status at exit\\) | 35% | .. | .. | .. | 36 | .. |");
    assertThat(md).contains("| studies | .. | 16 | .. |");
    assertThat(md).doesNotContain("8.3%");
    assertThat(markdown(r, ReportOptions.builder().from(SHARED_EN).internal(true).build())).contains("8.3%");
  }

  @Test
  void internalModeShowsEveryCount() throws Exception {
    JsonNode doc = json(Fixtures.allaKanArbeta(), ReportOptions.builder().internal(true).build());
    assertThat(doc.has("suppressed_below")).isFalse();
    assertThat(doc.at("/targets/0/by_gender/non_binary/numerator").isInt()).isTrue();
    assertThat(doc.at("/targets/0/by_gender/non_binary/denominator").asInt()).isEqualTo(1);
    assertThat(ReportWriter.render(Fixtures.allaKanArbeta(), ReportOptions.builder().internal(true).build(),
        ReportFormat.HTML)).doesNotContain("&lt;5").contains("Intern rapport");
  }

  @Test
  void theThresholdIsConfigurable() throws Exception {
    ReportOptions three = ReportOptions.builder().suppressionThreshold(3).build();
    JsonNode doc = json(Fixtures.allaKanArbeta(), three);
    assertThat(doc.get("suppressed_below").asInt()).isEqualTo(3);
    // EECO01: 44 = 22 + 19 + 1 + 2; below 3 the 1 and the 2, together 3: the men's 19 stays shown
    assertThat(doc.at("/indicators/0/by_gender/non_binary").asText()).isEqualTo("..");
    assertThat(doc.at("/indicators/0/by_gender/not_reported").asText()).isEqualTo("..");
    assertThat(doc.at("/indicators/0/by_gender/man").asInt()).isEqualTo(19);
    // with 5, the hidden 1 + 2 would be a small cell together: the men's 19 is hidden as well
    assertThat(json(Fixtures.allaKanArbeta(), ReportOptions.defaults()).at("/indicators/0/by_gender/man").asText())
        .isEqualTo("..");
  }

  @Test
  void countsOfThingsOtherThanPeopleAreNotSuppressed() throws Exception {
    CountResult tasks = new CountResult("tasks", Fixtures.AS_OF, Status.NOT_ACHIEVED, false, null,
        CountOf.TASKS_IDENTIFIED, new BigDecimal("20"), 2L);
    JsonNode row = json(withTarget(tasks), ReportOptions.defaults()).at("/targets/0");
    assertThat(row.get("numerator").asInt()).isEqualTo(2);
    assertThat(row.get("value").asInt()).isEqualTo(2);
  }

  @Test
  void breakdownTablesAreInTheJsonAndSuppressedLikeTargetsWithTheRestAsAPart() throws Exception {
    // 26 of 36 in total; Avesta 20 of 28, Hedemora 4 of 5, and 2 of 3 without a site (the rest, never shown):
    // Hedemora's 4 of 5 reveals its one failure, so its numerator is hidden; then the numerators'
    // group (26 = 20 + 4 + rest 2) has the rest (2, below 5) and 4 hidden, and nothing more is needed
    ShareResult t = Fixtures.share("t", "0.5", 26, 36, Fixtures.genders(14, 15, 12, 21, 0, 0, 0, 0), 0, 0, 5);
    ShareResult avesta = Fixtures.share("t", "0.5", 20, 28, Fixtures.genders(10, 12, 10, 16, 0, 0, 0, 0), 0, 0, 5);
    ShareResult hedemora = Fixtures.share("t", "0.5", 4, 5, Fixtures.genders(2, 2, 2, 3, 0, 0, 0, 0), 0, 0, 5);
    ProgressReport r = ProgressReport.builder().from(withTarget(t)).breakdowns(java.util.List.of(
        org.esfkit.metrics.Breakdown.builder().targetId("t").dimension(org.esfkit.core.Dimension.SITE).value("Avesta")
            .result(avesta).build(),
        org.esfkit.metrics.Breakdown.builder().targetId("t").dimension(org.esfkit.core.Dimension.SITE)
            .value("Hedemora").result(hedemora).build())).build();
    JsonNode internal = json(r, ReportOptions.builder().internal(true).build()).at("/targets/0/by/site");
    assertThat(internal).hasSize(2);
    assertThat(internal.at("/0/site").asText()).isEqualTo("Avesta");
    assertThat(internal.at("/0/numerator").asInt()).isEqualTo(20);
    assertThat(internal.at("/1/denominator").asInt()).isEqualTo(5);
    assertThat(internal.at("/1/by_gender/woman/numerator").asInt()).isEqualTo(2);
    JsonNode shared = json(r, ReportOptions.defaults()).at("/targets/0/by/site");
    assertThat(shared.at("/1/numerator").asText()).isEqualTo("..");
    assertThat(shared.at("/1/by_gender/woman/numerator").asText()).isEqualTo("..");
    assertThat(shared.at("/0/numerator").asInt()).isEqualTo(20);
  }
}
