package org.esfkit.testkit.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.esfkit.core.Accessibility;
import org.esfkit.core.CefrLevel;
import org.esfkit.core.Gender;
import org.esfkit.core.GeoPoint;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.matching.spi.CandidateGraph;

/**
 * Reproducible random matching instances for tests: candidate graphs, and participants and tasks
 * around Härnösand with competences, language levels, hours, accessibility needs and locations.
 * The same seed always gives the same instance.
 */
public final class MatchingInstances {
  private static final List<String> COMPETENCES = List.of("cleaning", "cooking", "driving", "forklift", "gardening",
      "retail", "sorting", "warehouse");
  private static final CefrLevel[] LEVELS = CefrLevel.values();

  private MatchingInstances() {}

  /**
   * A random candidate graph: each pair admissible with the given density, scores in [0, 1] on a
   * coarse grid of hundredths (so ties occur), capacities 0 to 3, genders set.
   *
   * @param seed the seed
   * @param participants how many participants
   * @param tasks how many tasks
   * @param density the chance that a pair is admissible, in [0, 1]
   * @return the graph
   */
  public static CandidateGraph graph(long seed, int participants, int tasks, double density) {
    Random r = new Random(seed);
    List<String> p = new ArrayList<>();
    for (int i = 0; i < participants; i++) {
      p.add(String.format("P%04d", i));
    }
    List<String> t = new ArrayList<>();
    int[] caps = new int[tasks];
    for (int k = 0; k < tasks; k++) {
      t.add(String.format("T%04d", k));
      caps[k] = r.nextInt(4);
    }
    CandidateGraph.Builder b = CandidateGraph.builder(p, t, caps);
    for (int i = 0; i < participants; i++) {
      b.gender(i, r.nextBoolean() ? Gender.WOMAN : Gender.MAN);
      for (int k = 0; k < tasks; k++) {
        if (r.nextDouble() < density) {
          b.edge(i, k, r.nextInt(101) / 100.0);
        }
      }
    }
    return b.build();
  }

  /**
   * Random participants.
   *
   * @param seed the seed
   * @param count how many
   * @return the participants, ids {@code P0000}, {@code P0001}, ...
   */
  public static List<Participant> participants(long seed, int count) {
    Random r = new Random(seed);
    List<Participant> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(Participant.builder()
          .id(String.format("P%04d", i))
          .gender(r.nextBoolean() ? Gender.WOMAN : Gender.MAN)
          .competences(some(r, COMPETENCES, 3))
          .interests(some(r, COMPETENCES, 2))
          .languageLevel(r.nextInt(5) == 0 ? null : LEVELS[r.nextInt(LEVELS.length)])
          .hoursAvailable(r.nextInt(6) == 0 ? null : 10 + 5 * r.nextInt(7))
          .location(r.nextInt(8) == 0 ? null : near(r))
          .accessibilityNeeds(r.nextInt(4) == 0 ? Set.of(Accessibility.values()[r.nextInt(4)]) : Set.of())
          .preferences(r.nextBoolean() ? List.of(String.format("T%04d", r.nextInt(Math.max(1, count)))) : List.of())
          .wantsGenderBreaking(r.nextInt(3) == 0)
          .build());
    }
    return out;
  }

  /**
   * Random low-threshold tasks.
   *
   * @param seed the seed
   * @param count how many
   * @return the tasks, ids {@code T0000}, {@code T0001}, ...
   */
  public static List<LowThresholdTask> tasks(long seed, int count) {
    Random r = new Random(seed);
    List<LowThresholdTask> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      out.add(LowThresholdTask.builder()
          .id(String.format("T%04d", k))
          .employerId("E" + r.nextInt(5))
          .title("Task " + k)
          .identifiedOn(LocalDate.of(2021, 1, 1).plusDays(r.nextInt(300)))
          .capacity(1 + r.nextInt(3))
          .requiredCompetences(some(r, COMPETENCES, 2))
          .demands(r.nextBoolean() ? Set.of("lifting") : Set.of())
          .languageLevel(r.nextInt(3) == 0 ? null : LEVELS[r.nextInt(3)])
          .hoursPerWeek(r.nextInt(5) == 0 ? null : 10 + 5 * r.nextInt(5))
          .location(r.nextInt(8) == 0 ? null : near(r))
          .adaptations(some(r, List.of(Accessibility.values()), 3))
          .dominantGender(r.nextInt(3) == 0 ? null : r.nextBoolean() ? Gender.WOMAN : Gender.MAN)
          .build());
    }
    return out;
  }

  private static GeoPoint near(Random r) {
    return GeoPoint.of(62.63 + (r.nextDouble() - 0.5) * 0.6, 17.94 + (r.nextDouble() - 0.5) * 1.2);
  }

  private static <T> Set<T> some(Random r, List<T> from, int max) {
    Set<T> out = new java.util.TreeSet<>();
    int n = r.nextInt(max + 1);
    for (int j = 0; j < n; j++) {
      out.add(from.get(r.nextInt(from.size())));
    }
    return out;
  }
}
