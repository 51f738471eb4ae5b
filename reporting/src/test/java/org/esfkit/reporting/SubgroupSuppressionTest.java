package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Locale;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Register;
import org.esfkit.core.Subgroup;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Cohort;
import org.esfkit.testkit.DisclosureChecker;
import org.junit.jupiter.api.Test;

/**
 * An enrolment target about a subgroup beside everyone enrolled: 20 enrolled, 18 of them referred
 * by socialtjänsten. Showing 18 beside 20 says that 2 came from elsewhere, a small cell; the
 * shared report hides the subgroup's count instead, and the checker, which tries that difference,
 * finds nothing.
 */
class SubgroupSuppressionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ReportOptions SHARED = ReportOptions.builder().locale(Locale.ENGLISH).build();

  private static ProgressReport report(int referred) {
    EsfProject project = EsfProject.builder().projectNumber("2023/00016").name("Hänvisade")
        .period(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)))
        .addTargets(Target.builder().id("social-services").type(TargetType.ENROLMENT).planned(15)
            .where(Subgroup.builder().referral("socialtjänsten").build()).build())
        .build();
    Register.Builder r = Register.builder();
    for (int i = 0; i < 20; i++) {
      String id = "P" + i;
      r.add(Participant.builder().id(id).gender(i % 2 == 0 ? Gender.WOMAN : Gender.MAN)
              .referral(i < referred ? "socialtjänsten" : "integrationsenheten").build(),
          Pathway.builder().participantId(id).addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.of(2023, 3, 1)))
              .build());
    }
    return ProgressReport.of(Cohort.of(project, r.build()), LocalDate.of(2024, 6, 30));
  }

  private static JsonNode target(String json) throws Exception {
    for (JsonNode t : JSON.readTree(json).path("targets")) {
      if (t.path("id").asText().equals("social-services")) {
        return t;
      }
    }
    throw new AssertionError("no target");
  }

  @Test
  void aSubgroupWhoseRestIsASmallCellIsHiddenAndTheCheckerTriesTheDifference() throws Exception {
    String shared = ReportWriter.render(report(18), SHARED, ReportFormat.JSON);
    assertThat(JSON.readTree(shared).path("facts").path("enrolled").asLong()).isEqualTo(20);
    assertThat(target(shared).path("numerator").asText()).isEqualTo("..");
    assertThat(DisclosureChecker.check(shared)).isEmpty();
    // the checker sees the leak in the same report with the count shown (as before this rule)
    String leaky = shared.replaceFirst("(\"id\": \"social-services\"[^}]*?\"numerator\": )\"\\.\\.\"", "$118");
    assertThat(leaky).isNotEqualTo(shared);
    assertThat(DisclosureChecker.check(leaky)).extracting(DisclosureChecker.Finding::value).contains(2L);
  }

  @Test
  void aSubgroupWhoseRestIsLargeIsShown() throws Exception {
    String shared = ReportWriter.render(report(12), SHARED, ReportFormat.JSON);
    assertThat(target(shared).path("numerator").asLong()).isEqualTo(12);
    assertThat(DisclosureChecker.check(shared)).isEmpty();
  }

  @Test
  void theSubgroupsPointsOverTimeAreHiddenWhereTheirRestIsSmallAndTheCheckerTriesEachDate() throws Exception {
    String shared = ReportWriter.render(report(18), SHARED, ReportFormat.JSON);
    JsonNode series = target(shared).path("series");
    assertThat(series.size()).isGreaterThan(4);
    // every month end from the enrolment on: at quarter ends against those enrolled that day, in
    // between against those enrolled by the next quarter end (enrolment only grows)
    for (JsonNode p : series) {
      String date = p.path("date").asText();
      if (date.compareTo("2023-03-01") >= 0) {
        assertThat(p.path("numerator").asText()).as(date).isEqualTo("..");
      }
    }
    // shown, the points beside the quarterly enrolment give the 2 from elsewhere away
    com.fasterxml.jackson.databind.node.ObjectNode doc =
        (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(shared);
    for (JsonNode t : doc.path("targets")) {
      if (t.path("id").asText().equals("social-services")) {
        for (JsonNode p : t.path("series")) {
          if (p.path("date").asText().compareTo("2023-03-01") >= 0) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) p).put("numerator", 18);
          }
        }
      }
    }
    assertThat(DisclosureChecker.check(doc.toString())).extracting(DisclosureChecker.Finding::path)
        .anyMatch(path -> path.contains("/series/") && path.endsWith("outside_subgroup"))
        .anyMatch(path -> path.contains("/series/3/") && path.endsWith("outside_subgroup"));
  }
}
