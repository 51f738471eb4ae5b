package org.esfkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.esfkit.examples.Seed;
import org.esfkit.examples.SeedFiles;
import org.esfkit.examples.SyntheticCohorts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every command shares: {@code --version}, the help texts, one way of reading input files
 * (tasks in CSV or JSON by extension; a file in the other format than an option takes is one
 * clear problem naming the option), and the fair strategy's notes in {@code match}'s JSON. On the
 * files of the seed Alla kan arbeta.
 */
class InputsTest {
  @TempDir
  static Path dir;
  private static Path project;
  private static Path register;
  private static Path profiles;
  private static Path tasksCsv;
  private static Path tasksJson;

  private record Run(int code, String out, String err) {}

  private static Run run(String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Esfkit.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void seedFiles() throws IOException {
    SeedFiles.write(SyntheticCohorts.cohort(Seed.ALLA_KAN_ARBETA), dir);
    project = dir.resolve(SeedFiles.PROJECT);
    register = dir.resolve(SeedFiles.REGISTER);
    profiles = dir.resolve(SeedFiles.PROFILES);
    tasksCsv = dir.resolve(SeedFiles.TASKS_CSV);
    tasksJson = dir.resolve(SeedFiles.TASKS_JSON);
  }

  @Test
  void versionIsTheBuiltVersion() {
    Run r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    // the pom's version, filled in by resource filtering, not the placeholder
    assertThat(r.out()).matches("esfkit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
    assertThat(run("--help").out()).contains("esfkit --version");
  }

  @Test
  void metricsAndIndicatorsHelpDescribeTheCommand() {
    Run metrics = run("metrics", "--help");
    assertThat(metrics.code()).isZero();
    assertThat(metrics.out()).contains("Evaluates every target of the project as of the date",
        "--tasks         low-threshold tasks (CSV, or JSON by the .json extension)", "exit code 2");
    Run indicators = run("indicators", "--help");
    assertThat(indicators.code()).isZero();
    assertThat(indicators.out()).contains("Counts the common output and result indicators",
        "listed as not computed", "exit code 2");
  }

  @Test
  void metricsReadsTasksInJsonByTheExtensionAsValidateDoes() {
    String[] base = {"metrics", "--project", project.toString(), "--participants", register.toString(),
        "--as-of", "2023-02-28"};
    Run csv = run(concat(base, "--tasks", tasksCsv.toString()));
    Run json = run(concat(base, "--tasks", tasksJson.toString()));
    Run none = run(base);
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(json.out()).isEqualTo(csv.out()).isNotEqualTo(none.out());   // tasks_identified counts them
    assertThat(run("validate", "--project", project.toString(), "--tasks", tasksJson.toString()).code()).isZero();
    Run report = run("report", "--project", project.toString(), "--participants", register.toString(),
        "--tasks", tasksJson.toString(), "--as-of", "2023-02-28", "--out", dir.resolve("r.json").toString());
    assertThat(report.code()).as(report.err()).isZero();
  }

  @Test
  void profilesGivenWhereARegisterIsExpectedNameTheOptionAndTheFormat() {
    for (String command : List.of("metrics", "validate", "report", "indicators")) {
      List<String> argv = new ArrayList<>(List.of(command, "--participants", profiles.toString()));
      if (!command.equals("indicators")) {
        argv.addAll(List.of("--project", project.toString()));
      }
      if (command.equals("report")) {
        argv.addAll(List.of("--out", dir.resolve("r.html").toString()));
      }
      Run r = run(argv.toArray(String[]::new));
      assertThat(r.code()).as(command).isEqualTo(2);
      String problem = profiles + ":1:-: this file looks like JSON, but --participants takes a participant register in"
          + " CSV (participant_id, gender, enrolled_on, ...); participant profiles in JSON are for esfkit match";
      // validate ends with its tally of problems
      List<String> expected = command.equals("validate") ? List.of(problem, "1 error") : List.of(problem);
      assertThat(r.err().lines()).as(command).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aRegisterGivenToMatchNamesTheOptionAndTheFormatWithEveryOtherProblem() {
    Run r = run("match", "--project", project.toString(), "--participants", register.toString(), "--tasks",
        tasksCsv.toString(), "--strategy", "optimal");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly(
        register + ":1:-: this file looks like CSV, but --participants takes participant profiles in JSON (an array"
            + " of objects, as participants.json of esfkit demo); a register in CSV is for validate, metrics,"
            + " indicators and report",
        tasksCsv + ":1:-: this file looks like CSV, but --tasks takes task profiles in JSON (an array of objects,"
            + " as tasks.json of esfkit demo)");
    assertThat(r.err()).doesNotContain("Unrecognized token");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void jsonTasksNamedCsvAndJsonScoresAreNamedToo() throws IOException {
    Path misnamed = dir.resolve("tasks-in-json.csv");
    Files.copy(tasksJson, misnamed);
    Run r = run("validate", "--project", project.toString(), "--tasks", misnamed.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(misnamed + ":1:-: this file looks like JSON, but --tasks takes tasks in CSV "
        + "(or in JSON, named .json)\n1 error\n");
    Path caps = dir.resolve("caps.csv");
    Files.writeString(caps, "task_id,capacity\nT1,1\n");
    Run m = run("match", "--scores", profiles.toString(), "--capacities", caps.toString(), "--strategy", "greedy");
    assertThat(m.code()).isEqualTo(2);
    assertThat(m.err()).isEqualTo(profiles + ":1:-: this file looks like JSON, but --scores takes pair scores in CSV "
        + "(participant_id, task_id, score)\n");
  }

  @Test
  void matchJsonCarriesTheFairStrategysNotesAsTheTextDoes() throws IOException {
    String[] argv = {"match", "--project", project.toString(), "--participants", profiles.toString(), "--tasks",
        tasksJson.toString(), "--strategy", "fair"};
    Run json = run(argv);
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode notes = new ObjectMapper().readTree(json.out()).get("notes");
    assertThat(notes).isNotEmpty();
    List<String> fromJson = new ArrayList<>();
    notes.forEach(n -> fromJson.add("note: " + n.asText()));
    Run text = run(concat(argv, "--format", "text"));
    assertThat(text.out().lines().filter(l -> l.startsWith("note: "))).containsExactlyElementsOf(fromJson);
    assertThat(fromJson.get(0)).contains("parity");
  }

  private static String[] concat(String[] a, String... b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }
}
