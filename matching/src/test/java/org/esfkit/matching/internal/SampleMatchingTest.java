package org.esfkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared sample in {@code samples/matching}: scores.csv, capacities.csv, expected.json. */
class SampleMatchingTest {

  private static List<String> participants;
  private static List<String> tasks;
  private static int[] capacities;
  private static int[] rowStart;
  private static int[] colIndex;
  private static double[] scores;
  private static int[] participantRank;
  private static int[] taskRank;
  private static String expected;

  private static String read(String name) throws IOException {
    try (InputStream in = SampleMatchingTest.class.getResourceAsStream(
        "/samples/matching/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Test-only CSV: no quoting in the sample, so a plain split is enough. */
  private static List<String[]> csv(String text) {
    List<String[]> rows = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int l = 1; l < lines.length; l++) {
      if (!lines[l].isBlank()) {
        rows.add(lines[l].split(",", -1));
      }
    }
    return rows;
  }

  @BeforeAll
  static void load() throws IOException {
    List<String[]> scoreRows = csv(read("scores.csv"));
    List<String[]> capRows = csv(read("capacities.csv"));
    expected = read("expected.json");
    TreeSet<String> p = new TreeSet<>();
    TreeMap<String, Integer> cap = new TreeMap<>();
    for (String[] r : scoreRows) {
      p.add(r[0]);
    }
    for (String[] r : capRows) {
      cap.put(r[0], Integer.parseInt(r[1]));
    }
    participants = new ArrayList<>(p);
    tasks = new ArrayList<>(cap.keySet());
    capacities = cap.values().stream().mapToInt(Integer::intValue).toArray();
    // CSR rows in participant id order, edges in file order within a participant
    rowStart = new int[participants.size() + 1];
    int edges = scoreRows.size();
    colIndex = new int[edges];
    scores = new double[edges];
    participantRank = new int[edges];
    taskRank = new int[edges];
    int e = 0;
    for (int i = 0; i < participants.size(); i++) {
      for (String[] r : scoreRows) {
        if (r[0].equals(participants.get(i))) {
          colIndex[e] = tasks.indexOf(r[1]);
          scores[e] = Double.parseDouble(r[2]);
          participantRank[e] = r[3].isEmpty() ? 0 : Integer.parseInt(r[3]);
          taskRank[e] = r[4].isEmpty() ? 0 : Integer.parseInt(r[4]);
          e++;
        }
      }
      rowStart[i + 1] = e;
    }
  }

  private static String section(String name) {
    int start = expected.indexOf("\"" + name + "\"");
    int end = expected.indexOf('}', start);
    return expected.substring(start, end);
  }

  private static List<String> expectedPairs(String name) {
    List<String> pairs = new ArrayList<>();
    Matcher m = Pattern.compile("\\[\\s*\"([^\"]+)\",\\s*\"([^\"]+)\"\\s*]")
        .matcher(section(name));
    while (m.find()) {
      pairs.add(m.group(1) + "-" + m.group(2));
    }
    return pairs;
  }

  private static double expectedNumber(String name, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":\\s*([0-9.]+)").matcher(section(name));
    assertThat(m.find()).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private static List<String> pairs(AssignmentResult r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.rows(); i++) {
      if (r.colOf(i) >= 0) {
        out.add(participants.get(i) + "-" + tasks.get(r.colOf(i)));
      }
    }
    return out;
  }

  @Test
  void optimalAssignsEightForTotal608() {
    AssignmentResult r = CapacitatedAssignment.maximize(participants.size(), capacities,
        rowStart, colIndex, scores);
    assertThat(r.assigned()).isEqualTo((int) expectedNumber("optimal", "assigned")).isEqualTo(8);
    assertThat(r.total()).isCloseTo(expectedNumber("optimal", "total_score"), within(1e-9));
  }

  @Test
  void greedyPairsAreTheExpectedOnes() {
    AssignmentResult r = GreedyAssignment.assign(participants.size(), capacities, rowStart,
        colIndex, scores);
    assertThat(pairs(r)).containsExactlyElementsOf(expectedPairs("greedy"));
    assertThat(r.assigned()).isEqualTo((int) expectedNumber("greedy", "assigned"));
    assertThat(r.total()).isCloseTo(expectedNumber("greedy", "total_score"), within(1e-9));
  }

  @Test
  void stablePairsAreTheExpectedOnes() {
    AssignmentResult r = DeferredAcceptance.match(participants.size(), capacities, rowStart,
        colIndex, scores, participantRank, taskRank);
    assertThat(pairs(r)).containsExactlyElementsOf(expectedPairs("stable"));
  }
}
