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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --keep-going}: computing over the accepted rows, and saying what was left out, in every output. */
class KeepGoingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  String project;
  String register;

  /** Exit code, stdout, stderr. */
  private record Run(int code, String out, String err) {}

  private static Run run(String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Esfkit.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The sample register with two bad rows appended: a bad date and an unknown gender. */
  @BeforeEach
  void files() throws Exception {
    project = Path.of(getClass().getResource("/samples/metrics/project.json").toURI()).toString();
    Path sample = Path.of(getClass().getResource("/samples/metrics/participants.csv").toURI());
    List<String> lines = new ArrayList<>(Files.readAllLines(sample, StandardCharsets.UTF_8));
    lines.add("X0001;man;1970;Avesta;2013-02-30;;;;;;");
    lines.add("X0002;robot;1970;Avesta;2013-03-01;;;;;;");
    Path r = dir.resolve("r.csv");
    Files.write(r, lines, StandardCharsets.UTF_8);
    register = r.toString();
  }

  @Test
  void byDefaultBadRowsStopTheCommand() {
    Run r = run("metrics", "--project", project, "--participants", register, "--as-of", "2014-12-31");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(register + ":50:enrolled_on: '2013-02-30' is not a date (YYYY-MM-DD)");
  }

  @Test
  void metricsJsonSaysHowManyRowsWereLeftOutAndWhy() throws Exception {
    Run r = run("metrics", "--project", project, "--participants", register, "--as-of", "2014-12-31", "--keep-going");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains(register + ":50:enrolled_on: '2013-02-30' is not a date (YYYY-MM-DD)",
        register + ": 2 rows left out (--keep-going), by the column of the error: enrolled_on 1, gender 1");
    JsonNode x = JSON.readTree(r.out()).get("excluded_rows");
    assertThat(x.get("total").asLong()).isEqualTo(2);
    assertThat(x.get("files").get(0).get("file").asText()).isEqualTo(register);
    assertThat(x.get("files").get(0).get("by_column").toString()).isEqualTo("{\"enrolled_on\":1,\"gender\":1}");
    // the figures are those of the 48 good rows: the same as the sample's
    Run clean = run("metrics", "--project", project, "--participants",
        Path.of(getClass().getResource("/samples/metrics/participants.csv").toURI()).toString(), "--as-of", "2014-12-31");
    JsonNode got = JSON.readTree(r.out());
    ((com.fasterxml.jackson.databind.node.ObjectNode) got).remove("excluded_rows");
    assertThat(got).isEqualTo(JSON.readTree(clean.out()));
  }

  @Test
  void textIndicatorsAndReportsCarryTheBanner() throws Exception {
    Run text = run("metrics", "--project", project, "--participants", register, "--as-of", "2014-12-31",
        "--keep-going", "--format", "text");
    assertThat(text.out()).startsWith("Computed without 2 input rows that had errors (--keep-going):\n  " + register
        + ": 2 rows left out (--keep-going), by the column of the error: enrolled_on 1, gender 1\n\nProject ");
    Run ind = run("indicators", "--participants", register, "--as-of", "2014-12-31", "--keep-going");
    assertThat(ind.code()).isZero();
    assertThat(JSON.readTree(ind.out()).get("excluded_rows").get("total").asLong()).isEqualTo(2);
    Path html = dir.resolve("r.html");
    Run rep = run("report", "--project", project, "--participants", register, "--as-of", "2014-12-31",
        "--keep-going", "--lang", "en", "--out", html.toString());
    assertThat(rep.code()).isZero();
    assertThat(Files.readString(html)).contains("Computed without 2 input rows that had errors: " + register
        + " 2 (enrolled_on 1, gender 1). The figures below leave them out.");
    Path md = dir.resolve("r.md");
    run("report", "--project", project, "--participants", register, "--as-of", "2014-12-31", "--keep-going",
        "--out", md.toString());
    assertThat(Files.readString(md)).contains("Beräknat utan 2 indatarader som hade fel");
  }

  @Test
  void strictAndKeepGoingContradictEachOther() {
    Run r = run("metrics", "--project", project, "--participants", register, "--strict", "--keep-going");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("esfkit metrics: --strict and --keep-going contradict each other; give one\n");
  }
}
