package org.esfkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code esfkit match} on the shared sample and on bad input. */
class MatchCommandTest {
  @TempDir
  static Path dir;
  private static Path scores;
  private static Path capacities;
  private static JsonNode expected;

  private record Run(int code, String out, String err) {}

  private static Run run(String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Esfkit.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Path copy(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = MatchCommandTest.class.getResourceAsStream("/samples/matching/" + name)) {
      Files.write(p, in.readAllBytes());
    }
    return p;
  }

  @BeforeAll
  static void samples() throws IOException {
    scores = copy("scores.csv");
    capacities = copy("capacities.csv");
    expected = new ObjectMapper().readTree(copy("expected.json").toFile());
  }

  private static JsonNode match(String strategy) throws IOException {
    Run r = run("match", "--scores", scores.toString(), "--capacities", capacities.toString(), "--strategy", strategy);
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  private static List<List<String>> pairs(JsonNode result) {
    List<List<String>> out = new ArrayList<>();
    result.get("assignments").forEach(a -> out.add(List.of(a.get("participant_id").asText(), a.get("task_id").asText())));
    return out;
  }

  private static List<List<String>> expectedPairs(String strategy) {
    List<List<String>> out = new ArrayList<>();
    expected.get(strategy).get("pairs").forEach(p -> out.add(List.of(p.get(0).asText(), p.get(1).asText())));
    return out;
  }

  @Test
  void optimalReproducesTheSample() throws IOException {
    JsonNode r = match("optimal");
    assertThat(r.get("strategy").asText()).isEqualTo("optimal");
    assertThat(r.get("assigned").asInt()).isEqualTo(8);
    assertThat(r.get("total_score").asDouble()).isCloseTo(6.08, within(1e-9));
    assertThat(r.get("unassigned")).hasSize(6);
    assertThat(r.get("unassigned").get(0).isTextual()).isTrue();
  }

  @Test
  void greedyAndStableReproduceTheSamplePairs() throws IOException {
    JsonNode greedy = match("greedy");
    assertThat(pairs(greedy)).isEqualTo(expectedPairs("greedy"));
    assertThat(greedy.get("total_score").asDouble()).isCloseTo(5.82, within(1e-9));
    assertThat(pairs(match("stable"))).isEqualTo(expectedPairs("stable"));
  }

  @Test
  void jsonHasExactlyTheContractFields() throws IOException {
    JsonNode r = match("greedy");
    List<String> fields = new ArrayList<>();
    r.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("strategy", "assigned", "total_score", "assignments", "unassigned", "notes");
    List<String> pairFields = new ArrayList<>();
    r.get("assignments").get(0).fieldNames().forEachRemaining(pairFields::add);
    assertThat(pairFields).containsExactly("participant_id", "task_id", "score");
    assertThat(r.get("notes")).isEmpty();   // greedy has none; fair's are in InputsTest
  }

  @Test
  void textFormatListsPairsAndSaysItOnlySuggests() {
    Run r = run("match", "--scores", scores.toString(), "--capacities", capacities.toString(), "--strategy", "greedy",
        "--format", "text");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("strategy greedy: 8 assigned, total score 5.82", "P01 -> T04  0.99", "a person decides");
  }

  @Test
  void unknownStrategyIsAUsageErrorNamingTheKnownOnes() {
    Run r = run("match", "--scores", scores.toString(), "--capacities", capacities.toString(), "--strategy", "magic");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown matching strategy 'magic'; known: fair, greedy, optimal, stable");
  }

  @Test
  void badRowsAreAllReportedCompilerStyleWithExitCode2() throws IOException {
    Path bad = dir.resolve("bad-scores.csv");
    Files.writeString(bad, "participant_id,task_id,score\nP1,T00,0.5\nP2,T00,1.5\nP3,T99,0.2\n,T00,0.1\nP1,T00,0.4\n");
    Run r = run("match", "--scores", bad.toString(), "--capacities", capacities.toString(), "--strategy", "optimal");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly(
        bad + ":3:score: '1.5' is outside [0, 1]",
        bad + ":4:task_id: task T99 has no capacity in " + capacities,
        bad + ":5:participant_id: participant_id is required",
        bad + ":6:task_id: pair (P1, T00) already given on line 2");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badCapacityAndMissingColumnAreReported() throws IOException {
    Path caps = dir.resolve("bad-caps.csv");
    Files.writeString(caps, "task_id;capacity\r\nT00;-1\r\nT01;two\r\n");
    Path sc = dir.resolve("no-score.csv");
    Files.writeString(sc, "participant_id,task_id\nP1,T00\n");
    Run r = run("match", "--scores", sc.toString(), "--capacities", caps.toString(), "--strategy", "greedy");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly(
        caps + ":2:capacity: '-1' must be at least 0",
        caps + ":3:capacity: 'two' is not a whole number",
        sc + ":1:score: required column missing");   // no "T00 has no capacity": caps.csv is checked first
  }

  @Test
  void profilesOfAllaKanArbetaAreMatchedAndExplained() throws IOException {
    Path seed = dir.resolve("alla-kan-arbeta");
    org.esfkit.examples.SeedFiles.write(org.esfkit.examples.SyntheticCohorts.cohort(org.esfkit.examples.Seed.ALLA_KAN_ARBETA), seed);
    Run r = run("match", "--project", seed.resolve("project.json").toString(), "--participants",
        seed.resolve("participants.json").toString(), "--tasks", seed.resolve("tasks.json").toString(), "--strategy", "optimal");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("strategy", "assigned", "total_score", "assignments", "unassigned", "notes");
    assertThat(json.get("assigned").asInt()).isPositive().isEqualTo(json.get("assignments").size());
    double total = 0;
    for (JsonNode a : json.get("assignments")) {
      assertThat(a.get("explanation").get("value").asDouble()).isEqualTo(a.get("score").asDouble());
      assertThat(a.get("explanation").get("details").get(0).get("description").asText()).isEqualTo("passed 5 hard constraint(s)");
      total += a.get("score").asDouble();
    }
    assertThat(json.get("total_score").asDouble()).isCloseTo(total, within(1e-9));
    for (JsonNode u : json.get("unassigned")) {
      assertThat(u.get("participant_id").asText()).isNotBlank();
      assertThat(u.get("reasons")).isNotEmpty();
    }
  }

  @Test
  void scoresAreBoundedLikeEveryOtherInput() {
    // core's CSV reader stops at its bound instead of reading /dev/zero until memory runs out
    Run r = run("match", "--scores", "/dev/zero", "--capacities", capacities.toString(), "--strategy", "optimal");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("/dev/zero:1:-: a record longer than 1048576 characters; is a quoted field never "
        + "closed?\n");
  }

  @Test
  void missingOrBadFilesAreFileLineColumnWithExitCode2() throws IOException {
    Path none = dir.resolve("none.csv");
    Run r = run("match", "--scores", none.toString(), "--capacities", capacities.toString(), "--strategy", "optimal");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(none + ":0:-: cannot read the file: no such file\n");
    // Latin-1 bytes are read as Windows-1252, with a note, and matched
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "participant_id,task_id,score\nP\u00e51,T00,1\n".getBytes(StandardCharsets.ISO_8859_1));
    Run latin = run("match", "--scores", latin1.toString(), "--capacities", capacities.toString(), "--strategy", "greedy");
    assertThat(latin.code()).isEqualTo(0);
    assertThat(latin.err()).isEqualTo(latin1 + ":0:-: note: read as Windows-1252, since it is not valid UTF-8 (line 2,"
        + " byte 31); name the file's encoding if that is wrong\n");
    // 0x81 is neither UTF-8 here nor a Windows-1252 character
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, new byte[] {'p', 'a', 'r', 't', 'i', 'c', 'i', 'p', 'a', 'n', 't', '_', 'i', 'd', ',', 't', 'a', 's',
        'k', '_', 'i', 'd', ',', 's', 'c', 'o', 'r', 'e', '\n', 'P', (byte) 0x81, '1', ',', 'T', '0', '0', ',', '1', '\n'});
    Run bytes = run("match", "--scores", bad.toString(), "--capacities", capacities.toString(), "--strategy", "greedy");
    assertThat(bytes.code()).isEqualTo(2);
    assertThat(bytes.err()).startsWith(bad + ":2:-: neither UTF-8 nor Windows-1252");
  }

  @Test
  void mixingTheTwoFormsIsAUsageError() {
    Run r = run("match", "--scores", scores.toString(), "--tasks", "t.json", "--strategy", "optimal");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("give either --scores and --capacities, or --project, --participants and --tasks");
  }
}
