package org.esfkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esfkit.testkit.EsfkitAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.esfkit.cli.Esfkit;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.Evaluation;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportFormat;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN.md, "No verdict without its data", on the seed project Alla kan arbeta at its end: the
 * three targets that count placements or tasks have no verdict when those were not supplied, say
 * what is missing in every output, and are met when they are supplied.
 */
class NoVerdictWithoutItsDataTest {
  private static final LocalDate END = LocalDate.of(2023, 2, 28);
  private static final List<String> NEED_PLACEMENTS = List.of("gender-breaking-3", "internship-places-growth-50");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SeedCohort seed = SyntheticCohorts.cohort(Seed.ALLA_KAN_ARBETA);

  private Cohort withoutPlacementsOrTasks() {
    return Cohort.of(seed.project(), seed.register());
  }

  @Test
  void targetsWhoseSourceWasNotSuppliedHaveNoVerdictAndSayWhatIsMissing() {
    Evaluation ev = MetricsEngine.standard().evaluate(withoutPlacementsOrTasks(), END);
    for (String id : NEED_PLACEMENTS) {
      assertThat(ev.result(id)).hasInsufficientData().isNotFinal().hasNoValue().hasReasonContaining("placements");
    }
    assertThat(ev.result("tasks-identified-20")).hasInsufficientData().isNotFinal().hasNoValue()
        .hasReasonContaining("tasks");
    // the other targets keep their verdicts
    assertThat(ev.result("studies-35")).isNotAchieved().isFinal();
    assertThat(ev.result("studies-35").reason()).isNull();
  }

  @Test
  void suppliedTheyAreMet() {
    Cohort full = Cohort.builder(seed.project()).register(seed.register()).placements(seed.placements())
        .tasks(seed.tasks()).build();
    Evaluation ev = MetricsEngine.standard().evaluate(full, END);
    for (String id : List.of("gender-breaking-3", "internship-places-growth-50", "tasks-identified-20")) {
      assertThat(ev.result(id)).isAchieved().isFinal();
      assertThat(ev.result(id).reason()).isNull();
    }
  }

  @Test
  void suppliedButEmptyIsACountOfZeroNotMissingData() {
    Cohort empty = Cohort.builder(seed.project()).register(seed.register()).placements(List.of()).tasks(List.of())
        .build();
    Evaluation ev = MetricsEngine.standard().evaluate(empty, END);
    assertThat(ev.result("gender-breaking-3")).isNotAchieved().isFinal().hasNumerator(0);
    assertThat(ev.result("tasks-identified-20", CountResult.class).count()).isZero();
    assertThat(ev.result("internship-places-growth-50")).isNotAchieved().hasNumerator(0).hasValue(-1.0, 0);
  }

  @Test
  void everyReportFormatShowsTheReason() throws Exception {
    ProgressReport report = ProgressReport.of(withoutPlacementsOrTasks(), END);
    ReportOptions en = ReportOptions.builder().locale(Locale.ENGLISH).build();
    JsonNode json = JSON.readTree(ReportWriter.render(report, en, ReportFormat.JSON));
    JsonNode gb = json.at("/targets/6");
    assertThat(gb.get("id").asText()).isEqualTo("gender-breaking-3");
    assertThat(gb.get("status").asText()).isEqualTo("insufficient_data");
    assertThat(gb.get("final").asBoolean()).isFalse();
    assertThat(gb.get("numerator").isNull()).isTrue();
    assertThat(gb.get("reason").asText()).isEqualTo("needs placements, which were not supplied");
    assertThat(json.at("/targets/0").has("reason")).as("a target with a verdict has no reason").isFalse();
    assertThat(ReportWriter.render(report, en, ReportFormat.CSV))
        .contains(",gender-breaking-3,count,").contains(",insufficient_data,false,false,3,,,,,,0,"
            + "\"needs placements, which were not supplied\"\r\n");
    assertThat(ReportWriter.render(report, en, ReportFormat.MARKDOWN))
        .contains("| Why no verdict |").contains("needs low-threshold tasks, which were not supplied |");
    assertThat(ReportWriter.render(report, ReportOptions.defaults(), ReportFormat.HTML))
        .contains("Varför inget besked").contains("needs placements, which were not supplied");
  }

  @Test
  void theCommandLineSaysWhatIsMissing(@TempDir Path dir) throws Exception {
    SeedFiles.write(seed, dir);
    String project = dir.resolve(SeedFiles.PROJECT).toString();
    String register = dir.resolve(SeedFiles.REGISTER).toString();
    String text = run("metrics", "--project", project, "--participants", register, "--as-of", "2023-02-28",
        "--format", "text");
    assertThat(text).containsPattern("gender-breaking-3 +count +insufficient_data +no +- .*"
        + "no verdict: needs placements, which were not supplied");
    assertThat(text).containsPattern("tasks-identified-20 +count +insufficient_data +no .*needs low-threshold tasks");
    JsonNode json = JSON.readTree(run("metrics", "--project", project, "--participants", register,
        "--as-of", "2023-02-28"));
    assertThat(json.at("/targets/6/id").asText()).isEqualTo("gender-breaking-3");
    assertThat(json.at("/targets/6/reason").asText()).isEqualTo("needs placements, which were not supplied");
    JsonNode full = JSON.readTree(run("metrics", "--project", project, "--participants", register,
        "--placements", dir.resolve(SeedFiles.PLACEMENTS).toString(), "--tasks", dir.resolve(SeedFiles.TASKS_CSV)
            .toString(), "--as-of", "2023-02-28"));
    for (JsonNode t : full.get("targets")) {
      assertThat(t.has("reason")).as(t.get("id").asText()).isFalse();
    }
  }

  private static String run(String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Esfkit.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }
}
