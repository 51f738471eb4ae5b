package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.Measure;
import org.esfkit.core.Money;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Parity;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Register;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.Status;
import org.esfkit.testkit.DisclosureChecker;
import org.junit.jupiter.api.Test;

/**
 * The cohort of issue 15: 25 enrolled, 24 men and one woman; 20 men and the woman have left, 14
 * men and the woman employed, 4 men still active; threshold 5. Each test is one way the old report
 * gave her outcome away.
 */
class OneWomanCohortTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private static final ReportOptions SHARED = ReportOptions.builder().locale(Locale.ENGLISH).build();

  private static Target employed(String id, String atLeast, Parity parity) {
    return Target.builder().id(id).type(TargetType.SHARE).measure(Measure.EXIT_STATUS)
        .addStatuses(OutcomeStatus.EMPLOYMENT).atLeast(new BigDecimal(atLeast)).parity(parity).build();
  }

  private static ProgressReport report(boolean sheIsEmployed) {
    EsfProject project = EsfProject.builder().projectNumber("2023/00015").name("En kvinna")
        .period(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)))
        .totalBudget(Money.sek("3000000"))
        .addTargets(employed("employed", "0.5", Parity.EACH_GENDER), employed("all-employed", "1", Parity.NONE))
        .build();
    Register.Builder r = Register.builder();
    for (int i = 0; i < 25; i++) {
      String id = "P" + i;
      Participant p = Participant.builder().id(id).gender(i == 0 ? Gender.WOMAN : Gender.MAN).birthYear(1990)
          .isced(3).labourStatusAtEntry(LabourStatus.UNEMPLOYED).build();
      var pathway = Pathway.builder().participantId(id).addEvents(PathwayEvent.of(EventType.ENROLLED,
          LocalDate.of(2023, 2, 1)));
      if (i <= 20) {
        boolean works = i == 0 ? sheIsEmployed : i <= 14;
        pathway.addEvents(PathwayEvent.exited(LocalDate.of(2024, 3, 1),
            works ? OutcomeStatus.EMPLOYMENT : OutcomeStatus.JOB_SEEKING));
      }
      r.add(p, pathway.build());
    }
    return ProgressReport.of(Cohort.of(project, r.build()), AS_OF);
  }

  private static JsonNode json(ProgressReport r) throws Exception {
    return JSON.readTree(ReportWriter.render(r, SHARED, ReportFormat.JSON));
  }

  private static IndicatorResult indicator(ProgressReport r, String code) {
    return r.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void theCohortIsTheIssues() {
    ProgressReport r = report(true);
    ShareResult t = (ShareResult) r.targets().get(0);
    assertThat(t.numerator()).isEqualTo(15);
    assertThat(t.denominator()).isEqualTo(21);
    assertThat(t.shareFor(Gender.MAN).numerator()).isEqualTo(14);
    assertThat(t.status()).isEqualTo(Status.ACHIEVED);
    assertThat(indicator(r, "EECR04").total()).isEqualTo(15);
    assertThat(indicator(r, "EECO01").total()).isEqualTo(25);
    assertThat(indicator(r, "EECO01").byGender().get(Gender.MAN)).isEqualTo(24);
  }

  @Test
  void theMenAreHiddenWhereTheTotalLessTheMenWouldBeHer() throws Exception {
    JsonNode doc = json(report(true));
    JsonNode t = doc.at("/targets/0");
    assertThat(t.get("numerator").asInt()).isEqualTo(15);
    assertThat(t.get("denominator").asInt()).isEqualTo(21);
    assertThat(t.at("/by_gender/man/numerator").asText()).isEqualTo("..");
    assertThat(t.at("/by_gender/man/denominator").asText()).isEqualTo("..");
    for (JsonNode i : doc.get("indicators")) {
      if (i.get("code").asText().equals("EECR04")) {
        assertThat(i.at("/by_gender/man").asText()).isEqualTo("..");
        assertThat(i.get("total").asInt()).isEqualTo(15);
      }
      if (i.get("code").asText().equals("EECO01")) {
        // every record is complete: EECO01's 25 is the complete records, which beside a grand
        // total of 25 would show that 0 are incomplete, a hidden count; so it is hidden with them
        assertThat(i.at("/by_gender/man").asText()).isEqualTo("..");
        assertThat(i.get("total").asText()).isEqualTo("..");
      }
    }
    assertThat(doc.at("/completeness/complete").asText()).isEqualTo("..");
    assertThat(doc.at("/completeness/grand_total").asInt()).isEqualTo(25);
    String md = ReportWriter.render(report(true), SHARED, ReportFormat.MARKDOWN);
    assertThat(md).doesNotContain("| 14 of 20").doesNotContain("| 24 |").doesNotContain("| 14 |");
    assertThat(ReportWriter.render(report(true), SHARED, ReportFormat.CSV)).doesNotContain(",man,,,,,14,20,");
  }

  @Test
  void anEmptyDenominatorLooksLikeAHiddenOneInEveryFormat() throws Exception {
    JsonNode t = json(report(true)).at("/targets/0/by_gender");
    assertThat(t.get("non_binary")).isEqualTo(t.get("woman"));
    assertThat(t.get("not_reported")).isEqualTo(t.get("woman"));
    String md = ReportWriter.render(report(true), SHARED, ReportFormat.MARKDOWN);
    assertThat(md).contains("| employed | .. of .. \\(..\\) | .. of .. \\(..\\) | .. of .. \\(..\\) | .. of .. \\(..\\) |");
    String csv = ReportWriter.render(report(true), SHARED, ReportFormat.CSV);
    assertThat(csv).contains(",employed,share,,woman,,,,,..,..,..,,,,\r\n")
        .contains(",employed,share,,non_binary,,,,,..,..,..,,,,\r\n")
        .contains(",employed,share,,not_reported,,,,,..,..,..,,,,\r\n");
    String html = ReportWriter.render(report(true), SHARED, ReportFormat.HTML);
    assertThat(html).doesNotContain(">– of").doesNotContain("(–)");
  }

  @Test
  void aParityVerdictThatWouldSayHerShareReachedTheThresholdIsHidden() throws Exception {
    JsonNode t = json(report(true)).at("/targets/0");
    assertThat(t.get("status").asText()).isEqualTo("..");
    assertThat(t.get("achieved").asText()).isEqualTo("..");
    assertThat(ReportWriter.render(report(true), SHARED, ReportFormat.MARKDOWN))
        .containsPattern("\\| employed \\|[^\n]*\\| \\.\\. \\| 15 \\| 21 \\|").doesNotContain("✓ Achieved");
    assertThat(ReportWriter.render(report(true), SHARED, ReportFormat.CSV))
        .contains(",employed,share,,total,..,..,");
    // the target without parity keeps its verdict: it is decided from the totals, both shown
    assertThat(json(report(true)).at("/targets/1/status").asText()).isEqualTo("not_achieved");
  }

  @Test
  void theForecastAndTheCostsDoNotPinHerOutcome() throws Exception {
    for (boolean employed : new boolean[] {true, false}) {
      JsonNode doc = json(report(employed));
      JsonNode all = doc.at("/targets/1");
      // 100 %: still needed = denominator + remaining - numerator would give the 4 remaining away
      assertThat(all.at("/forecast/remaining").asText()).isEqualTo("..");
      assertThat(all.at("/forecast/needed").asText()).isEqualTo("..");
      assertThat(all.at("/forecast/reachable").asText()).isEqualTo("..");
      // cost per outcome moves with the total, as the total does; the men beside it are hidden
      assertThat(doc.at("/costs/per_outcome").asText()).isEqualTo(employed ? "200000.00" : "214285.71");
      assertThat(all.at("/by_gender/man/numerator").asText()).isEqualTo("..");
      // the series of both targets are in the shared JSON and checked with the rest
      assertThat(all.get("series").size()).isGreaterThan(12);
      assertThat(all.at("/forecast/threshold").decimalValue()).isEqualByComparingTo("1");
      assertThat(DisclosureChecker.check(doc.toString())).isEmpty();
    }
    assertThat(ReportWriter.render(report(true), SHARED, ReportFormat.MARKDOWN))
        .contains("| all-employed | .. | .. | .. |");
  }

  @Test
  void theInternalReportStillShowsEverything() throws Exception {
    JsonNode t = JSON.readTree(ReportWriter.render(report(true), ReportOptions.builder().internal(true).build(),
        ReportFormat.JSON)).at("/targets/0");
    assertThat(t.at("/by_gender/woman/numerator").asInt()).isEqualTo(1);
    assertThat(t.at("/by_gender/man/numerator").asInt()).isEqualTo(14);
    assertThat(t.get("status").asText()).isEqualTo("achieved");
  }

  @Test
  void anEnrolmentTargetWithBoundsOnTheShareOfWomenHidesItsVerdictWithThatShare() throws Exception {
    // one woman of 25 enrolled: the share of women (4 %) is masked, so "at least 40 % women: not
    // achieved" must be too, or it says the hidden share is below 40 %
    Target balance = Target.builder().id("balance").type(TargetType.ENROLMENT).planned(25)
        .womenAtLeast(new BigDecimal("0.4")).build();
    ProgressReport r = report(true);
    ProgressReport withBalance = ProgressReport.of(Cohort.of(EsfProject.builder().from(r.project())
        .addTargets(balance).build(), registerOf(r)), AS_OF);
    JsonNode t = json(withBalance).path("targets");
    JsonNode b = null;
    for (JsonNode n : t) {
      if (n.path("id").asText().equals("balance")) {
        b = n;
      }
    }
    assertThat(b).isNotNull();
    assertThat(b.path("share_women").asText()).isEqualTo("..");
    assertThat(b.path("status").asText()).isEqualTo("..");
    assertThat(b.has("gender_balance")).isFalse();
    assertThat(DisclosureChecker.check(ReportWriter.render(withBalance, SHARED, ReportFormat.JSON)))
        .isEmpty();
  }

  private static Register registerOf(ProgressReport ignored) {
    Register.Builder r = Register.builder();
    for (int i = 0; i < 25; i++) {
      String id = "P" + i;
      r.add(Participant.builder().id(id).gender(i == 0 ? Gender.WOMAN : Gender.MAN).birthYear(1990).build(),
          Pathway.builder().participantId(id).addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.of(2023, 2, 1)))
              .build());
    }
    return r.build();
  }
}
