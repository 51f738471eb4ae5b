package org.esfkit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared sample {@code samples/matching} through the public API: CSV in, every strategy out. */
class SampleScoresTest {
  private static MatchingProblem problem;
  private static JsonNode expected;

  private static String resource(String name) throws IOException {
    try (InputStream in = SampleScoresTest.class.getResourceAsStream("/samples/matching/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream stream(String name) throws IOException {
    return new java.io.ByteArrayInputStream(resource(name).getBytes(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void load() throws IOException {
    PairScores scores = PairScoresCsv.read(stream("scores.csv"), "scores.csv", stream("capacities.csv"), "capacities.csv").value();
    problem = MatchingProblem.of(scores);
    expected = new ObjectMapper().readTree(resource("expected.json"));
  }

  private static List<List<String>> pairs(MatchingResult r) {
    List<List<String>> out = new ArrayList<>();
    r.assignments().forEach(p -> out.add(List.of(p.participantId(), p.taskId())));
    return out;
  }

  private static List<List<String>> expectedPairs(String strategy) {
    List<List<String>> out = new ArrayList<>();
    expected.get(strategy).get("pairs").forEach(p -> out.add(List.of(p.get(0).asText(), p.get(1).asText())));
    return out;
  }

  @Test
  void optimalAssignsEightWithTotal608() {
    MatchingResult r = problem.match("optimal");
    assertThat(r.assigned()).isEqualTo(expected.get("optimal").get("assigned").asInt()).isEqualTo(8);
    assertThat(r.totalScore()).isCloseTo(6.08, within(1e-9));
  }

  @Test
  void greedyTakesTheExpectedPairs() {
    MatchingResult r = problem.match("greedy");
    assertThat(pairs(r)).isEqualTo(expectedPairs("greedy"));
    assertThat(r.totalScore()).isEqualTo(5.82);
  }

  @Test
  void stableTakesTheExpectedPairs() {
    assertThat(pairs(problem.match("stable"))).isEqualTo(expectedPairs("stable"));
  }

  @Test
  void fairWithoutGendersIsOptimalAndSaysTheRuleDoesNotApply() {
    MatchingResult fair = problem.match("fair");
    assertThat(pairs(fair)).isEqualTo(pairs(problem.match("optimal")));
    assertThat(fair.notes()).singleElement().asString().contains("not applicable");
  }

  @Test
  void everyUnassignedParticipantHasReasons() {
    MatchingResult r = problem.match("optimal");
    assertThat(r.unassigned()).hasSize(14 - 8);
    assertThat(r.unassigned()).allSatisfy(u -> assertThat(u.reasons().get(0)).startsWith("all "));
  }
}
