package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.esfkit.core.Gender;
import org.esfkit.core.io.PlacementsCsv;
import org.esfkit.core.io.ProjectJson;
import org.esfkit.core.io.RegisterCsv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared samples (project JSON, a semicolon-separated register with BOM and CRLF,
 * placements) reproduce the independently computed expectations: numbers and statuses exactly,
 * values and Wilson bounds to 1e-6.
 */
class SampleFilesTest {
  private static Path sample(String name) throws Exception {
    return Path.of(SampleFilesTest.class.getResource("/samples/" + name).toURI());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2013-06-30", "2014-12-31"})
  void samplesReproduce(String date) throws Exception {
    Cohort cohort = Cohort.builder(ProjectJson.read(sample("project.json")).value())
        .register(RegisterCsv.read(sample("participants.csv")).value())
        .placements(PlacementsCsv.read(sample("placements.csv")).value())
        .build();
    Evaluation ev = MetricsEngine.standard().evaluate(cohort, LocalDate.parse(date));
    JsonNode expected = new ObjectMapper().readTree(sample("expected-" + date + ".json").toFile());
    assertThat(ev.projectNumber()).isEqualTo(expected.get("project").asText());
    assertThat(ev.results()).hasSize(expected.get("targets").size());
    for (JsonNode t : expected.get("targets")) {
      TargetResult r = ev.result(t.get("id").asText());
      String id = r.id();
      assertThat(r.type().code()).as(id).isEqualTo(t.get("type").asText());
      assertThat(r.status().code()).as(id).isEqualTo(t.get("status").asText());
      assertThat(r.achieved()).as(id).isEqualTo(t.get("achieved").asBoolean());
      assertThat(r.isFinal()).as(id).isEqualTo(t.get("final").asBoolean());
      Long numerator;
      Long denominator;
      Double value;
      long pending = 0;
      if (r instanceof ShareResult sr) {
        numerator = sr.numerator();
        denominator = sr.denominator();
        value = sr.value();
        pending = sr.pending();
        if (t.has("wilson95")) {
          assertThat(sr.wilson95().low()).as(id).isCloseTo(t.get("wilson95").get(0).asDouble(), within(1e-6));
          assertThat(sr.wilson95().high()).as(id).isCloseTo(t.get("wilson95").get(1).asDouble(), within(1e-6));
        }
        for (Gender g : Gender.values()) {
          JsonNode s = t.get("by_gender").get(g.code());
          assertThat(sr.shareFor(g)).as(id + " " + g.code())
              .isEqualTo(Share.of(s.get("numerator").asLong(), s.get("denominator").asLong()));
        }
      } else if (r instanceof CountResult cr) {
        numerator = cr.count();
        denominator = null;
        value = cr.count() == null ? null : cr.count().doubleValue();
      } else if (r instanceof GrowthResult gr) {
        numerator = gr.count();
        denominator = gr.baseline();
        value = gr.growth();
      } else {
        EnrolmentResult er = (EnrolmentResult) r;
        numerator = er.enrolled();
        denominator = er.planned();
        value = er.value();
        assertThat(er.bySite()).as(id).hasSize(t.get("by_site").size());
        for (Map.Entry<String, JsonNode> e : t.get("by_site").properties()) {
          assertThat(er.bySite().get(e.getKey())).as(id + " " + e.getKey())
              .isEqualTo(SiteEnrolment.of(e.getValue().get("enrolled").asLong(), e.getValue().get("planned").asInt()));
        }
        assertThat(er.shareWomen()).as(id).isCloseTo(t.get("share_women").asDouble(), within(1e-6));
      }
      assertThat(numerator).as(id).isEqualTo(t.get("numerator").isNull() ? null : t.get("numerator").asLong());
      assertThat(denominator).as(id).isEqualTo(t.get("denominator").isNull() ? null : t.get("denominator").asLong());
      assertThat(pending).as(id).isEqualTo(t.get("pending").asLong());
      if (t.get("value").isNull()) {
        assertThat(value).as(id).isNull();
      } else {
        assertThat(value).as(id).isCloseTo(t.get("value").asDouble(), within(1e-6));
      }
    }
  }
}
