package org.esfkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static String sample(String name) throws Exception {
    return Path.of(ReportCommandTest.class.getResource("/samples/metrics/" + name).toURI()).toString();
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

  private Run report(String out, String... more) throws Exception {
    String[] base = {"report", "--project", sample("project.json"), "--participants", sample("participants.csv"),
        "--placements", sample("placements.csv"), "--out", tmp.resolve(out).toString()};
    String[] argv = new String[base.length + more.length];
    System.arraycopy(base, 0, argv, 0, base.length);
    System.arraycopy(more, 0, argv, base.length, more.length);
    return run(argv);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2013-06-30", "2014-12-31"})
  void internalJsonReportEqualsTheMetricsCommandsJson(String date) throws Exception {
    Run r = report("r.json", "--as-of", date, "--internal");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    Run m = run("metrics", "--project", sample("project.json"), "--participants", sample("participants.csv"),
        "--placements", sample("placements.csv"), "--as-of", date);
    assertThat(m.code()).isZero();
    JsonNode fromReport = JSON.readTree(tmp.resolve("r.json").toFile());
    JsonNode fromMetrics = JSON.readTree(m.out());
    // same fields, same values (the order of fields within an object aside)
    assertThat(fromReport).isEqualTo(fromMetrics);
    assertThat(fromReport.at("/targets/1/numerator").asInt()).isEqualTo(date.equals("2013-06-30") ? 5 : 12);
  }

  @Test
  void sharedJsonSuppressesSmallCountsAtTheGivenThreshold() throws Exception {
    Run r = report("r.json", "--as-of", "2013-06-30", "--threshold", "10");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("shared: counts below 10 suppressed");
    JsonNode j = JSON.readTree(tmp.resolve("r.json").toFile());
    assertThat(j.get("suppressed_below").asInt()).isEqualTo(10);
    // work-or-studies 5 of 14: 5 is below 10
    assertThat(j.at("/targets/1/numerator").asText()).isEqualTo("..");
    assertThat(j.at("/targets/1/value").asText()).isEqualTo("..");
  }

  @Test
  void aReportIntoAFolderNotMadeYetMakesTheFolder() throws Exception {
    Run r = report("new/folder/r.md", "--as-of", "2014-12-31");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(tmp.resolve("new/folder/r.md"))).contains("| self-sufficient-3m |");
  }

  @Test
  void theExtensionChoosesTheFormat() throws Exception {
    assertThat(report("r.html", "--as-of", "2014-12-31", "--lang", "en").code()).isZero();
    assertThat(report("r.md", "--as-of", "2014-12-31").code()).isZero();
    assertThat(report("r.csv", "--as-of", "2014-12-31").code()).isZero();
    assertThat(report("r.en.csv", "--as-of", "2014-12-31", "--lang", "en").code()).isZero();
    Run x = report("r.xlsx", "--as-of", "2014-12-31");
    assertThat(x.code()).isZero();
    assertThat(x.out()).contains("(xlsx, project 2012/00001");
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.resolve("r.xlsx").toFile())) {
      assertThat(zip.getEntry("xl/workbook.xml")).isNotNull();
      assertThat(zip.getEntry("xl/worksheets/sheet2.xml")).isNotNull();
    }
    String html = Files.readString(tmp.resolve("r.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("lang=\"en\"")
        .contains("self-sufficient-3m", "work-or-studies", "reach", "Sample project");
    assertThat(Files.readString(tmp.resolve("r.md"))).contains("| self-sufficient-3m |").contains("Sample project");
    byte[] csv = Files.readAllBytes(tmp.resolve("r.csv"));
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(csv, StandardCharsets.UTF_8)).contains("2012/00001;2014-12-31;work-or-studies;share");
    assertThat(Files.readString(tmp.resolve("r.en.csv"))).contains("2012/00001,2014-12-31,work-or-studies,share");
  }

  @Test
  void badRowsAreReportedCompilerStyleAndNoReportIsWritten() throws Exception {
    Path bad = tmp.resolve("bad.csv");
    Files.writeString(bad, "participant_id,gender,enrolled_on\nA1,woman,2013-01-01\nA2,robot,2013-01-01\n"
        + "A3,man,not-a-date\n");
    Run r = run("report", "--project", sample("project.json"), "--participants", bad.toString(),
        "--out", tmp.resolve("r.html").toString(), "--as-of", "2013-06-30");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(2);
    assertThat(r.err()).contains(bad + ":3:gender:").contains(bad + ":4:enrolled_on:");
    assertThat(tmp.resolve("r.html")).doesNotExist();
  }

  @Test
  void anEnrolmentOutsideTheProjectIsACrossCheckProblem() throws Exception {
    Path outside = tmp.resolve("outside.csv");
    Files.writeString(outside, "participant_id,gender,enrolled_on\nA1,woman,2011-01-01\n");
    Run r = run("report", "--project", sample("project.json"), "--participants", outside.toString(),
        "--out", tmp.resolve("r.md").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith(outside + ":2:enrolled_on:");
    assertThat(tmp.resolve("r.md")).doesNotExist();
  }

  @Test
  void anUnknownExtensionOrThresholdIsAUsageError() throws Exception {
    Run r = report("r.pdf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("esfkit report: option --out:").contains("r.pdf");
    assertThat(report("r.json", "--threshold", "0").err()).contains("--threshold: 0 must be at least 1");
    assertThat(report("r.json", "--threshold", "five").err()).contains("'five' is not a whole number");
    assertThat(report("r.json", "--lang", "de").code()).isEqualTo(2);
    assertThat(run("report", "--project", sample("project.json"), "--participants", sample("participants.csv"))
        .err()).contains("missing option --out");
  }

  @Test
  void helpListsEveryOption() {
    Run r = run("report", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("usage: esfkit report --project P.json --participants R.csv")
        .contains("--out FILE", "--lang", "--threshold N", "--internal", "--as-of");
    assertThat(run("--help").out()).containsPattern("match .*\\n  report ");
  }
}
