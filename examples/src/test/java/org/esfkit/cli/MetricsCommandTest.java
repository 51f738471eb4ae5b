package org.esfkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String sample(String name) throws Exception {
    return Path.of(MetricsCommandTest.class.getResource("/samples/metrics/" + name).toURI()).toString();
  }

  /** Exit code, stdout, stderr. */
  private record Run(int code, String out, String err) {}

  private static Run run(String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Esfkit.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2013-06-30", "2014-12-31"})
  void metricsJsonReproducesTheSamples(String date) throws Exception {
    Run r = run("metrics", "--project", sample("project.json"), "--participants", sample("participants.csv"),
        "--placements", sample("placements.csv"), "--as-of", date);
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode got = JSON.readTree(r.out());
    JsonNode expected = JSON.readTree(Path.of(sample("expected-" + date + ".json")).toFile());
    assertSameJson("", expected, got);
    // the contract's field names, no more and no less
    assertThat(got.get("targets").get(0).fieldNames()).toIterable().containsExactlyInAnyOrder(
        "id", "type", "status", "achieved", "final", "numerator", "denominator", "value", "pending", "wilson95",
        "by_gender");
  }

  /** Same structure; numbers compared to 1e-6, everything else exactly. */
  private static void assertSameJson(String path, JsonNode expected, JsonNode got) {
    assertThat(got).as(path).isNotNull();
    if (expected.isObject()) {
      assertThat(got.size()).as(path + " fields").isEqualTo(expected.size());
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
      assertThat(got.asDouble()).as(path).isCloseTo(expected.asDouble(), within(1e-6));
    } else {
      assertThat(got).as(path).isEqualTo(expected);
    }
  }

  @Test
  void seriesStepQuarterGivesEachTargetAtQuarterEndsAndTheDate() throws Exception {
    // the sample project runs from 16 January 2012
    Run r = run("metrics", "--project", sample("project.json"), "--participants", sample("participants.csv"),
        "--placements", sample("placements.csv"), "--as-of", "2012-11-15", "--series-step", "quarter");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode series = JSON.readTree(r.out()).get("targets").get(0).get("series");
    assertThat(series).extracting(p -> p.get("date").asText())
        .containsExactly("2012-03-31", "2012-06-30", "2012-09-30", "2012-11-15");
    Run monthly = run("metrics", "--project", sample("project.json"), "--participants", sample("participants.csv"),
        "--placements", sample("placements.csv"), "--as-of", "2012-11-15", "--series");
    assertThat(JSON.readTree(monthly.out()).get("targets").get(0).get("series")).hasSize(11);
    Run bad = run("metrics", "--project", sample("project.json"), "--participants", sample("participants.csv"),
        "--series-step", "weekly");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("option --series-step: 'weekly' is not one of");
  }

  @Test
  void metricsTextIsATable() throws Exception {
    Run r = run("metrics", "--project", sample("project.json"), "--participants", sample("participants.csv"),
        "--placements", sample("placements.csv"), "--as-of", "2013-06-30", "--format", "text");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Project 2012/00001, as of 2013-06-30")
        .contains("TARGET").contains("STATUS")
        .containsPattern("self-sufficient-3m +share +not_achieved +no +1/8 +12\\.5 % +6 ")
        .containsPattern("reach +enrolment +not_achieved +no +33/50 +66\\.0 %")
        .contains("Avesta 17/30");
  }

  @Test
  void badRegisterRowsAreReportedCompilerStyleWithExitCode2(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "participant_id,gender,enrolled_on\nA1,woman,2013-01-01\nA2,robot,2013-01-01\n"
        + "A3,man,not-a-date\n");
    Run r = run("metrics", "--project", sample("project.json"), "--participants", bad.toString(), "--as-of",
        "2013-06-30");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(2);
    assertThat(r.err()).contains(bad + ":3:gender:").contains(bad + ":4:enrolled_on:");
  }

  @Test
  void missingOptionIsAUsageError() {
    Run r = run("metrics", "--participants", "x.csv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("missing option --project");
  }

  @Test
  void indicatorsJson() throws Exception {
    Run r = run("indicators", "--participants", sample("participants.csv"), "--as-of", "2014-12-31");
    assertThat(r.code()).isZero();
    JsonNode got = JSON.readTree(r.out());
    assertThat(got.get("as_of").asText()).isEqualTo("2014-12-31");
    assertThat(got.get("indicators")).hasSize(20);
    // the sample register records no labour status and no education: every participant is in the grand
    // total, no record is complete, and so every indicator is 0, as the funder counts
    assertThat(got.get("grand_total")).isEqualTo(JSON.readTree(
        "{\"total\": 48, \"by_gender\": {\"woman\": 29, \"man\": 15, \"non_binary\": 2, \"not_reported\": 2}}"));
    assertThat(got.get("complete").asLong()).isZero();
    assertThat(got.get("missing_by_field")).isEqualTo(JSON.readTree(
        "{\"gender\": 2, \"labour_market_status\": 48, \"age\": 0, \"education\": 48}"));
    JsonNode total = got.get("indicators").get(0);
    assertThat(total.get("code").asText()).isEqualTo("EECO01");
    assertThat(total.get("total").asLong()).isZero();
    JsonNode eecr04 = got.get("indicators").get(18);
    assertThat(eecr04.get("code").asText()).isEqualTo("EECR04");
    assertThat(eecr04.get("total").asLong()).isZero();
    assertThat(eecr04.fieldNames()).toIterable().containsExactly("code", "name", "list", "source",
        "from_operation_target_group", "total", "by_gender");
  }

  @Test
  void indicatorsText() throws Exception {
    Run r = run("indicators", "--participants", sample("participants.csv"), "--as-of", "2014-12-31", "--format", "text");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("ESF+ common indicators, as of 2014-12-31").containsPattern("EECO01 +0 ")
        .contains("grand total of participants: 48; complete records (counted in the indicators): 0\n");
  }
}
