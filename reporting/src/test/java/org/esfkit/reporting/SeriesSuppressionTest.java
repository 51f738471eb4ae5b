package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.Measure;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Parity;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Register;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Cohort;
import org.esfkit.testkit.DisclosureChecker;
import org.junit.jupiter.api.Test;

/**
 * A series whose one month changes by a single person: 20 men leave on 1 March 2024 (14 employed),
 * one woman leaves employed on 15 May, report date 30 June. Month by month the target reads 14 of 20
 * to April and 15 of 21 from May: shown point by point, May less April is her.
 */
class SeriesSuppressionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ReportOptions SHARED = ReportOptions.builder().locale(Locale.ENGLISH).build();

  private static ProgressReport report() {
    Target employed = Target.builder().id("employed").type(TargetType.SHARE).measure(Measure.EXIT_STATUS)
        .addStatuses(OutcomeStatus.EMPLOYMENT).atLeast(new BigDecimal("0.5")).parity(Parity.NONE).build();
    EsfProject project = EsfProject.builder().projectNumber("2023/00016").name("En månad")
        .period(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31))).addTargets(employed).build();
    Register.Builder r = Register.builder();
    for (int i = 0; i < 25; i++) {
      String id = "P" + i;
      Participant p = Participant.builder().id(id).gender(i == 0 ? Gender.WOMAN : Gender.MAN).birthYear(1990)
          .isced(3).labourStatusAtEntry(LabourStatus.UNEMPLOYED).build();
      var pathway = Pathway.builder().participantId(id)
          .addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.of(2023, 2, 1)));
      if (i <= 20) {
        pathway.addEvents(PathwayEvent.exited(i == 0 ? LocalDate.of(2024, 5, 15) : LocalDate.of(2024, 3, 1),
            i <= 14 ? OutcomeStatus.EMPLOYMENT : OutcomeStatus.JOB_SEEKING));
      }
      r.add(p, pathway.build());
    }
    return ProgressReport.of(Cohort.of(project, r.build()), LocalDate.of(2024, 6, 30));
  }

  private static JsonNode json(ReportOptions o) throws Exception {
    return JSON.readTree(ReportWriter.render(report(), o, ReportFormat.JSON));
  }

  @Test
  void theCohortChangesByOnePersonInMay() throws Exception {
    JsonNode series = json(ReportOptions.builder().internal(true).series(true).build()).at("/targets/0/series");
    assertThat(series.get(15).get("date").asText()).isEqualTo("2024-04-30");
    assertThat(series.get(15).get("numerator").asInt()).isEqualTo(14);
    assertThat(series.get(15).get("denominator").asInt()).isEqualTo(20);
    assertThat(series.get(16).get("date").asText()).isEqualTo("2024-05-31");
    assertThat(series.get(16).get("numerator").asInt()).isEqualTo(15);
    assertThat(series.get(16).get("denominator").asInt()).isEqualTo(21);
  }

  @Test
  void pointByPointSuppressionGivesHerAwayAndTheCheckerSaysSo() throws Exception {
    // the series as suppressed before: each point alone, shown when its numerator, denominator and
    // failures are all at least 5 (or the failures 0 … none here)
    ObjectNode doc = (ObjectNode) json(SHARED);
    JsonNode internal = json(ReportOptions.builder().internal(true).series(true).build()).at("/targets/0/series");
    for (int k = 0; k < internal.size(); k++) {
      long num = internal.get(k).get("numerator").asLong();
      long den = internal.get(k).get("denominator").asLong();
      if (num >= 5 && den - num >= 5) {
        ObjectNode point = (ObjectNode) doc.at("/targets/0/series/" + k);
        point.put("numerator", num);
        point.put("denominator", den);
      }
    }
    assertThat(DisclosureChecker.check(doc.toString())).contains(new DisclosureChecker.Finding(
        "/targets/0/series/16/numerator - /targets/0/series/15/numerator", 1));
  }

  @Test
  void theSharedSeriesShowsNoSmallChangeAndTheCheckerFindsNothing() throws Exception {
    JsonNode doc = json(SHARED);
    assertThat(DisclosureChecker.check(doc.toString())).isEmpty();
    JsonNode series = doc.at("/targets/0/series");
    // the report date's point is the table's 15 of 21; every earlier point that would show 14 of 20
    // is hidden, since any of them would show the one person by subtraction
    JsonNode last = series.get(series.size() - 1);
    assertThat(last.get("date").asText()).isEqualTo("2024-06-30");
    assertThat(last.get("numerator").asInt()).isEqualTo(15);
    List<Long> shown = new ArrayList<>();
    for (JsonNode p : series) {
      if (p.get("numerator").isNumber()) {
        shown.add(p.get("numerator").asLong());
      }
      // a series point shows its total row only
      assertThat(p.has("by_gender")).isFalse();
      assertThat(p.has("forecast")).isFalse();
    }
    for (int i = 0; i < shown.size(); i++) {
      for (int j = i + 1; j < shown.size(); j++) {
        long change = Math.abs(shown.get(j) - shown.get(i));
        assertThat(change == 0 || change >= 5).as("change %d", change).isTrue();
      }
    }
    assertThat(shown).containsExactly(15L, 15L);
  }

  @Test
  void everyOtherFormatShowsNoSeriesValueTheJsonMasks() throws Exception {
    JsonNode series = json(SHARED).at("/targets/0/series");
    String md = ReportWriter.render(report(), SHARED, ReportFormat.MARKDOWN);
    String html = ReportWriter.render(report(), SHARED, ReportFormat.HTML);
    for (JsonNode p : series) {
      String date = p.get("date").asText();
      String row = md.lines().filter(l -> l.startsWith("| " + date + " |")).findFirst().orElseThrow();
      if (p.get("value").isNumber()) {
        assertThat(row).doesNotContain("| .. |");
      } else {
        // the value and the status are masked in the table; the chart leaves the point out
        assertThat(row).isEqualTo("| " + date + " | .. | .. |");
        assertThat(html).doesNotContainPattern(date + ": [0-9.]+%");
      }
    }
    // the internal report still shows April's 70 %
    assertThat(ReportWriter.render(report(), ReportOptions.builder().from(SHARED).internal(true).build(),
        ReportFormat.MARKDOWN)).contains("| 2024-04-30 | 70.0% |");
  }
}
