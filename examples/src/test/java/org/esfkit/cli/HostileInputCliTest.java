package org.esfkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15's inputs through the command line: exit status 2, the path, nothing raw on stderr. */
class HostileInputCliTest {
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... argv) {
    return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Esfkit.run(argv,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
  }

  private String sample(String name) throws Exception {
    Path target = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/samples/metrics/" + name)) {
      Files.copy(in, target);
    }
    return target.toString();
  }

  private String write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
  }

  @Test
  void hugeBudgetExitsTwoWithItsPath() throws Exception {
    String project = write("p.json", "{\"project_number\": \"1\", \"name\": \"n\",\n"
        + " \"period\": {\"start\": \"2020-01-01\", \"end\": \"2022-12-31\"},\n \"total_budget_sek\": 1e999999999}");
    assertThat(run("validate", "--project", project)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(project + ":3:$.total_budget_sek: the number has "
        + "more than 20 digits before or after the decimal point");
  }

  @Test
  void controlCharactersNeverReachStandardErrorRaw() throws Exception {
    String register = write("r.csv", "participant_id,gender,site,enrolled_on\n"
        + "P1\u001b[2J,woman,A\u202Eb,2012-02-01\n");
    int code = run("metrics", "--project", sample("project.json"), "--participants", register, "--as-of", "2014-01-01");
    assertThat(code).isEqualTo(2);
    String e = err.toString(StandardCharsets.UTF_8);
    assertThat(e).doesNotContain("\u001b", "\u202E")
        .contains(register + ":2:participant_id: the text contains a control character (U+001B) at character 3")
        .contains(register + ":2:site: the text contains a bidirectional control (U+202E) at character 2");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void farAsOfDateIsAUsageError() throws Exception {
    int code = run("metrics", "--project", sample("project.json"), "--participants", sample("participants.csv"),
        "--as-of", "+11761233-07-21");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("option --as-of: the date +11761233-07-21 is outside 1900-01-01..2200-12-31");
  }
}
