package org.esfkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code esfkit indicators} with a project or an explicit list: the 2014-2020 list and the ESF+ list. */
class IndicatorsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // enrolled in 2020: age at entry = 2020 - birth year
  private static final String REGISTER = String.join("\n",
      "participant_id;gender;birth_year;enrolled_on;exited_on;exit_status;follow_up_on;follow_up_status;"
          + "labour_status_at_entry;isced;foreign_background;minority;jobless_household;dependent_children;"
          + "single_adult_household",
      // 24, inactive, job seeking: CO06 CO09 CR01; jobless household with children: CO12 CO13
      "p1;woman;1996;2020-01-10;2020-03-01;job_seeking;;;inactive;0;;;yes;yes;no",
      "p2;man;1995;2020-01-10;2020-03-01;employment;2020-09-01;employment;unemployed;2;yes;;no;no;no", // 25: not CO06
      // single adult with children: CO14
      "p3;kvinna;1965;2020-01-10;2020-03-01;job_seeking;2020-09-10;self_employment;long_term_unemployed;5;;yes;no;yes;yes",
      "p4;man;1966;2020-01-10;;;;;employed;3;;;no;no;no", // 54: not CO07
      // gender, labour status, education and household not recorded: in the grand total only
      "p5;not_reported;1980;2020-01-10;;;;;;;;;;;",
      "");

  private static Run run(String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Esfkit.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int code, String out, String err) {}

  private static String project(Path dir, String start) throws Exception {
    Path p = dir.resolve("project-" + start + ".json");
    Files.writeString(p, "{\"project_number\": \"2019/00144\", \"name\": \"T\", \"period\": {\"start\": \"" + start
        + "\", \"end\": \"2022-06-24\"}}");
    return p.toString();
  }

  private static String register(Path dir) throws Exception {
    Path r = dir.resolve("r.csv");
    Files.writeString(r, REGISTER);
    return r.toString();
  }

  private static JsonNode byCode(JsonNode root, String code) {
    for (JsonNode i : root.get("indicators")) {
      if (i.get("code").asText().equals(code)) {
        return i;
      }
    }
    throw new AssertionError("no indicator " + code);
  }

  private static List<String> codes(JsonNode array) {
    List<String> codes = new ArrayList<>();
    array.forEach(i -> codes.add(i.get("code").asText()));
    return codes;
  }

  @Test
  void aProjectOf2014To2020GetsThe1304List(@TempDir Path dir) throws Exception {
    Run r = run("indicators", "--participants", register(dir), "--project", project(dir, "2019-09-02"),
        "--as-of", "2020-12-31");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode got = JSON.readTree(r.out());
    assertThat(got.get("list").asText()).isEqualTo("esf-2014");
    assertThat(got.get("programme_period").asText()).isEqualTo("2014-2020");
    assertThat(got.get("for_comparison").asBoolean()).isFalse();
    assertThat(codes(got.get("indicators"))).containsExactly("CO-TOTAL", "CO01", "CO02", "CO03", "CO05", "CO06", "CO07",
        "CO09", "CO10", "CO11", "CO12", "CO13", "CO14", "CO15", "CO16", "CR01", "CR02", "CR03", "CR04", "CR06", "CR08");
    assertThat(got.get("grand_total")).isEqualTo(JSON.readTree(
        "{\"total\": 5, \"by_gender\": {\"woman\": 2, \"man\": 2, \"non_binary\": 0, \"not_reported\": 1}}"));
    assertThat(got.get("complete").asLong()).isEqualTo(4);
    assertThat(got.get("missing_by_field")).isEqualTo(JSON.readTree("{\"gender\": 1, \"labour_market_status\": 1, "
        + "\"age\": 0, \"education\": 1, \"household_situation\": 1}"));
    assertThat(got.get("age_uncertain_at")).isEqualTo(JSON.readTree("{\"25\": 1, \"55\": 1}")); // p2, p3
    assertThat(byCode(got, "CO12").get("total").asLong()).isEqualTo(1);
    assertThat(byCode(got, "CO13").get("total").asLong()).isEqualTo(1);
    assertThat(byCode(got, "CO14").get("total").asLong()).isEqualTo(1);
    assertThat(byCode(got, "CO01").get("list").asText()).isEqualTo("esf-2014");
    assertThat(byCode(got, "CO01").get("source").asText()).isEqualTo("Regulation (EU) No 1304/2013, Annex I");
    assertThat(byCode(got, "CO-TOTAL").get("by_gender")).isEqualTo(JSON.readTree(
        "{\"woman\": 2, \"man\": 2, \"non_binary\": 0, \"not_reported\": 0}"));
    assertThat(byCode(got, "CO06").get("total").asLong()).isEqualTo(1); // p1 24; p2 exactly 25
    assertThat(byCode(got, "CO07").get("total").asLong()).isEqualTo(1); // p3 55; p4 54
    assertThat(byCode(got, "CO09").get("total").asLong()).isEqualTo(2); // ISCED 0 and 2
    assertThat(byCode(got, "CO15").get("total").asLong()).isEqualTo(2); // foreign background, minority
    assertThat(byCode(got, "CR01").get("total").asLong()).isEqualTo(1); // p3 job seeking too, but not inactive
    assertThat(byCode(got, "CR06").get("total").asLong()).isEqualTo(2); // p2 on exit + 6 months, p3 + 9 days
    assertThat(byCode(got, "CR08").get("by_gender").get("woman").asLong()).isEqualTo(1);
    assertThat(byCode(got, "CR08").fieldNames()).toIterable().containsExactly("code", "name", "list", "source",
        "from_operation_target_group", "total", "by_gender");
    assertThat(codes(got.get("not_computed"))).containsExactly(
        "CO04", "CO08", "CO17", "CO18", "CO19", "CR05", "CR07", "CR09", "CO20", "CO21", "CO22", "CO23");
    assertThat(got.get("not_computed").get(0).get("needs").asText()).contains("education or training");
  }

  @Test
  void anExplicitListOverridesTheProjectsAndIsMarkedForComparison(@TempDir Path dir) throws Exception {
    Run r = run("indicators", "--participants", register(dir), "--project", project(dir, "2019-09-02"),
        "--list", "esf-plus", "--as-of", "2020-12-31");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode got = JSON.readTree(r.out());
    assertThat(got.get("list").asText()).isEqualTo("esf-plus");
    assertThat(got.get("for_comparison").asBoolean()).isTrue();
    assertThat(byCode(got, "EECO01").get("total").asLong()).as("p5's record is incomplete").isEqualTo(4);
    assertThat(got.get("grand_total").get("total").asLong()).isEqualTo(5);
    assertThat(got.get("missing_by_field").has("household_situation")).as("not needed for ESF+").isFalse();
    assertThat(codes(got.get("not_computed"))).containsExactly("EECO16", "EECO17", "EECR06", "EECO18", "EECO19");
  }

  @Test
  void aProjectOf2021To2027GetsTheEsfPlusList(@TempDir Path dir) throws Exception {
    Run r = run("indicators", "--participants", register(dir), "--project", project(dir, "2019-09-02"),
        "--as-of", "2020-12-31", "--list", "esf-2014");
    assertThat(JSON.readTree(r.out()).get("for_comparison").asBoolean()).isFalse();
    Path p = dir.resolve("p2021.json");
    Files.writeString(p, "{\"project_number\": \"2021/00001\", \"name\": \"T\", \"programme_period\": \"2021-2027\","
        + " \"period\": {\"start\": \"2019-09-02\", \"end\": \"2022-06-24\"}}");
    Run plus = run("indicators", "--participants", register(dir), "--project", p.toString(), "--as-of", "2020-12-31");
    assertThat(plus.code()).as(plus.err()).isZero();
    assertThat(JSON.readTree(plus.out()).get("list").asText()).isEqualTo("esf-plus");
  }

  @Test
  void withoutProjectOrListTheEsfPlusListAsBefore(@TempDir Path dir) throws Exception {
    Run r = run("indicators", "--participants", register(dir), "--as-of", "2020-12-31");
    JsonNode got = JSON.readTree(r.out());
    assertThat(got.get("list").asText()).isEqualTo("esf-plus");
    assertThat(got.get("programme_period").isNull()).isTrue();
    assertThat(got.get("indicators")).hasSize(20);
    assertThat(got.get("indicators").get(0).get("code").asText()).isEqualTo("EECO01");
  }

  @Test
  void text2007To2013IsLabelledForComparisonAndNamesWhatIsNotComputed(@TempDir Path dir) throws Exception {
    Run r = run("indicators", "--participants", register(dir), "--project", project(dir, "2012-01-16"),
        "--as-of", "2020-12-31", "--format", "text");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("ESF 2014-2020 common indicators, as of 2020-12-31\n"
        + "Regulation (EU) No 1304/2013, Annex I; for comparison only: the project belongs to the 2007-2013 programme "
        + "period, whose regulation defined no common indicators on participants\n")
        .contains("grand total of participants: 5; complete records (counted in the indicators): 4\n")
        .contains("  missing household_situation: 1\n")
        .containsPattern("CO-TOTAL +4 +2 +2 +0 +0  total number of participants")
        .contains("CO04     inactive, not in education or training: not computed: needs whether an inactive participant")
        .contains("CR07     participants with an improved labour market situation six months after leaving: not computed");
  }

  @Test
  void anOperationTargetGroupIsWhatTheLabourStatusIndicatorsCountFrom(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("ltu.json");
    Files.writeString(p, "{\"project_number\": \"2021/00002\", \"name\": \"T\", \"programme_period\": \"2021-2027\","
        + " \"operation_target_group\": \"long_term_unemployed\","
        + " \"period\": {\"start\": \"2019-09-02\", \"end\": \"2022-06-24\"}}");
    Run r = run("indicators", "--participants", register(dir), "--project", p.toString(), "--as-of", "2020-12-31");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode got = JSON.readTree(r.out());
    assertThat(got.get("operation_target_group").asText()).isEqualTo("long_term_unemployed");
    // every complete record is long-term unemployed; p5 still lacks gender and education
    assertThat(byCode(got, "EECO03").get("total").asLong()).isEqualTo(4);
    assertThat(byCode(got, "EECO03").get("from_operation_target_group").asBoolean()).isTrue();
    assertThat(byCode(got, "EECO05").get("total").asLong()).isZero();
    assertThat(byCode(got, "EECO08").get("from_operation_target_group").asBoolean()).isFalse();
  }

  @Test
  void anUnknownListIsAUsageError(@TempDir Path dir) throws Exception {
    Run r = run("indicators", "--participants", register(dir), "--list", "esf-2007");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("option --list: 'esf-2007' is not one of esf-plus, esf-2014");
  }
}
