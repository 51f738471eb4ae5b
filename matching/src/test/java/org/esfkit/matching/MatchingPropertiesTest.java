package org.esfkit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.esfkit.core.Accessibility;
import org.esfkit.core.CefrLevel;
import org.esfkit.core.Gender;
import org.esfkit.core.GeoPoint;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.matching.spi.Assignment;
import org.esfkit.matching.spi.CandidateGraph;
import org.esfkit.matching.spi.MatchingStrategy;
import org.junit.jupiter.api.Test;

/** Laws of matching, checked on random instances (QuickTheories). */
class MatchingPropertiesTest {
  private static final List<String> TAGS = List.of("cleaning", "cooking", "driving", "retail", "sorting");
  private static final List<MatchingStrategy> STRATEGIES = List.of(MatchingStrategies.greedy(), MatchingStrategies.optimal(),
      MatchingStrategies.stable(), MatchingStrategies.fair());

  // ---- instances ----

  static CandidateGraph graph(long seed, int n, int m, boolean ranked) {
    Random r = new Random(seed);
    List<String> p = new ArrayList<>();
    List<String> t = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      p.add("P" + (char) ('a' + i));
    }
    int[] caps = new int[m];
    for (int k = 0; k < m; k++) {
      t.add("T" + (char) ('a' + k));
      caps[k] = r.nextInt(3);
    }
    CandidateGraph.Builder b = CandidateGraph.builder(p, t, caps);
    int[] taskRankNext = new int[m];
    for (int i = 0; i < n; i++) {
      b.gender(i, r.nextBoolean() ? Gender.WOMAN : Gender.MAN);
      int rank = 1;
      for (int k = 0; k < m; k++) {
        if (r.nextInt(3) > 0) {
          b.edge(i, k, r.nextInt(11) / 10.0, ranked ? rank++ : 0, ranked ? ++taskRankNext[k] : 0);
        }
      }
    }
    return b.build();
  }

  static List<Participant> participants(Random r, int n) {
    List<Participant> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Participant.builder().id(String.format("P%03d", i)).gender(r.nextBoolean() ? Gender.WOMAN : Gender.MAN)
          .competences(some(r, TAGS, 3)).interests(some(r, TAGS, 2))
          .languageLevel(r.nextInt(4) == 0 ? null : CefrLevel.values()[r.nextInt(6)])
          .hoursAvailable(r.nextInt(4) == 0 ? null : 10 + 5 * r.nextInt(6))
          .location(r.nextInt(6) == 0 ? null : GeoPoint.of(62 + r.nextDouble(), 17 + 2 * r.nextDouble()))
          .accessibilityNeeds(r.nextInt(4) == 0 ? Set.of(Accessibility.PHYSICAL) : Set.of())
          .preferences(r.nextBoolean() ? List.of(String.format("T%03d", r.nextInt(10))) : List.of())
          .wantsGenderBreaking(r.nextBoolean()).build());
    }
    return out;
  }

  static List<LowThresholdTask> tasks(Random r, int m) {
    List<LowThresholdTask> out = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      out.add(LowThresholdTask.builder().id(String.format("T%03d", k)).employerId("E").title("t").identifiedOn(LocalDate.of(2021, 1, 1))
          .capacity(1 + r.nextInt(2)).requiredCompetences(some(r, TAGS, 2)).demands(some(r, TAGS, 1))
          .languageLevel(r.nextInt(3) == 0 ? null : CefrLevel.values()[r.nextInt(3)])
          .hoursPerWeek(r.nextInt(4) == 0 ? null : 10 + 5 * r.nextInt(5))
          .location(r.nextInt(6) == 0 ? null : GeoPoint.of(62 + r.nextDouble(), 17 + 2 * r.nextDouble()))
          .adaptations(r.nextBoolean() ? Set.of(Accessibility.PHYSICAL) : Set.of())
          .dominantGender(r.nextBoolean() ? Gender.MAN : null).build());
    }
    return out;
  }

  private static <T extends Comparable<T>> Set<T> some(Random r, List<T> from, int max) {
    Set<T> s = new TreeSet<>();
    for (int j = r.nextInt(max + 1); j > 0; j--) {
      s.add(from.get(r.nextInt(from.size())));
    }
    return s;
  }

  static MatchingPolicy policy(Random r) {
    return MatchingPolicy.standard(20 + r.nextInt(60)).build();
  }

  // ---- laws ----

  @Test
  void optimalIsNeverWorseThanGreedy() {
    qt().forAll(longs().all(), integers().between(0, 12), integers().between(0, 8)).checkAssert((seed, n, m) -> {
      MatchingProblem p = MatchingProblem.of(table(graph(seed, n, m, false)));
      MatchingResult opt = p.match("optimal");
      MatchingResult greedy = p.match("greedy");
      assertThat(opt.assigned()).isGreaterThanOrEqualTo(greedy.assigned());
      if (opt.assigned() == greedy.assigned()) {
        assertThat(opt.totalScore()).isGreaterThanOrEqualTo(greedy.totalScore() - 1e-9);
      }
    });
  }

  @Test
  void noCapacityExceededAndNoRejectedPairAssigned() {
    qt().withExamples(60).forAll(longs().all(), integers().between(0, 40), integers().between(0, 15)).checkAssert((seed, n, m) -> {
      Random r = new Random(seed);
      List<Participant> ps = participants(r, n);
      List<LowThresholdTask> ts = tasks(r, m);
      MatchingPolicy policy = policy(r);
      MatchingProblem problem = MatchingProblem.of(ps, ts, policy);
      for (MatchingStrategy s : STRATEGIES) {
        MatchingResult result = problem.match(s);
        java.util.Map<String, Integer> load = new java.util.HashMap<>();
        for (ScoredPair pair : result.assignments()) {
          Participant p = ps.stream().filter(x -> x.id().equals(pair.participantId())).findFirst().orElseThrow();
          LowThresholdTask t = ts.stream().filter(x -> x.id().equals(pair.taskId())).findFirst().orElseThrow();
          for (Constraint c : policy.constraints()) {
            assertThat(c.admits(p, t)).as("%s: %s admits %s", s.name(), c.name(), pair).isTrue();
          }
          load.merge(t.id(), 1, Integer::sum);
          assertThat(load.get(t.id())).isLessThanOrEqualTo(t.capacity());
        }
        assertThat(result.assigned() + result.unassigned().size()).isEqualTo(n);
      }
    });
  }

  @Test
  void stableResultHasNoBlockingPair() {
    qt().forAll(longs().all(), integers().between(0, 12), integers().between(0, 8)).checkAssert((seed, n, m) -> {
      for (boolean ranked : new boolean[] {false, true}) {
        CandidateGraph g = graph(seed, n, m, ranked);
        Assignment a = MatchingStrategies.stable().solve(g);
        assertNoBlockingPair(g, a);
      }
    });
  }

  /** Participant preference: rank ascending where given, else score descending, then task index. */
  private static Comparator<Integer> participantPrefers(CandidateGraph g) {
    return Comparator.<Integer>comparingInt(e -> g.participantRank(e) > 0 ? 0 : 1)
        .thenComparingInt(e -> g.participantRank(e))
        .thenComparing(e -> -g.edgeScore(e))
        .thenComparingInt(g::edgeTask);
  }

  private static void assertNoBlockingPair(CandidateGraph g, Assignment a) {
    int[] rowOf = new int[g.edgeCount()];
    for (int i = 0; i < g.participantCount(); i++) {
      for (int e = g.rowStart(i); e < g.rowEnd(i); e++) {
        rowOf[e] = i;
      }
    }
    Comparator<Integer> pPref = participantPrefers(g);
    Comparator<Integer> tPref = Comparator.<Integer>comparingInt(e -> g.taskRank(e) > 0 ? 0 : 1)
        .thenComparingInt(e -> g.taskRank(e)).thenComparing(e -> -g.edgeScore(e)).thenComparingInt(e -> rowOf[e]);
    for (int i = 0; i < g.participantCount(); i++) {
      int own = a.taskOf(i) < 0 ? -1 : g.edge(i, a.taskOf(i));
      for (int edge = g.rowStart(i); edge < g.rowEnd(i); edge++) {
        final int e = edge;
        int k = g.edgeTask(e);
        if (e == own || (own >= 0 && pPref.compare(e, own) >= 0) || g.capacity(k) == 0) {
          continue;
        }
        List<Integer> holders = new ArrayList<>();
        for (int j = 0; j < g.participantCount(); j++) {
          if (a.taskOf(j) == k) {
            holders.add(g.edge(j, k));
          }
        }
        boolean taskWouldTake = holders.size() < g.capacity(k) || holders.stream().anyMatch(h -> tPref.compare(e, h) < 0);
        assertThat(taskWouldTake).as("blocking pair (%s, %s)", g.participantId(i), g.taskId(k)).isFalse();
      }
    }
  }

  @Test
  void optimalAgreesWithBruteForce() {
    qt().forAll(longs().all(), integers().between(0, 6), integers().between(0, 4)).checkAssert((seed, n, m) -> {
      CandidateGraph g = graph(seed, n, m, false);
      double[] best = bruteForce(g, 0, new int[m], 0, 0);
      MatchingResult opt = MatchingProblem.of(table(g)).match("optimal");
      assertThat(opt.assigned()).isEqualTo((int) best[0]);
      assertThat(opt.totalScore()).isCloseTo(best[1], within(1e-9));
    });
  }

  /** Best (count, total) over every feasible assignment of participants i.. onwards. */
  private static double[] bruteForce(CandidateGraph g, int i, int[] load, int count, double total) {
    if (i == g.participantCount()) {
      return new double[] {count, total};
    }
    double[] best = bruteForce(g, i + 1, load, count, total);
    for (int e = g.rowStart(i); e < g.rowEnd(i); e++) {
      int k = g.edgeTask(e);
      if (load[k] < g.capacity(k)) {
        load[k]++;
        double[] c = bruteForce(g, i + 1, load, count + 1, total + g.edgeScore(e));
        load[k]--;
        if (c[0] > best[0] || (c[0] == best[0] && c[1] > best[1])) {
          best = c;
        }
      }
    }
    return best;
  }

  @Test
  void topKEqualsScoringEveryPair() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 60), integers().between(1, 40), integers().between(0, 12))
        .checkAssert((seed, n, m, k) -> {
          Random r = new Random(seed);
          List<Participant> ps = participants(r, n);
          List<LowThresholdTask> ts = tasks(r, m);
          MatchingPolicy policy = policy(r);
          MatchingProblem problem = MatchingProblem.of(ps, ts, policy);
          Participant p = ps.get(r.nextInt(n));
          assertThat(problem.suggestTasks(p.id(), k)).extracting(ScoredPair::taskId, ScoredPair::score)
              .containsExactlyElementsOf(bruteTop(ts.stream().map(t -> pair(policy, p, t)).toList(), k, false));
          LowThresholdTask t = ts.get(r.nextInt(m));
          assertThat(problem.suggestParticipants(t.id(), k)).extracting(ScoredPair::participantId, ScoredPair::score)
              .containsExactlyElementsOf(bruteTop(ps.stream().map(x -> pair(policy, x, t)).toList(), k, true));
        });
  }

  /** Scores a pair the plain way: every constraint, then Σ w·s / Σ w; null when rejected. */
  private static Object[] pair(MatchingPolicy policy, Participant p, LowThresholdTask t) {
    for (Constraint c : policy.constraints()) {
      if (!c.admits(p, t)) {
        return null;
      }
    }
    double sum = 0;
    for (WeightedScorer s : policy.scorers()) {
      sum += s.weight() * s.scorer().score(p, t);
    }
    return new Object[] {p.id(), t.id(), sum / policy.totalWeight()};
  }

  private static List<org.assertj.core.groups.Tuple> bruteTop(List<Object[]> pairs, int k, boolean byParticipant) {
    int idColumn = byParticipant ? 0 : 1;
    return pairs.stream().filter(java.util.Objects::nonNull)
        .sorted(Comparator.<Object[]>comparingDouble(x -> -(double) x[2]).thenComparing(x -> (String) x[idColumn]))
        .limit(k).map(x -> org.assertj.core.groups.Tuple.tuple(x[idColumn], x[2])).toList();
  }

  @Test
  void parallelScoringGivesTheSameCandidates() {
    qt().withExamples(20).forAll(longs().all(), integers().between(0, 700)).checkAssert((seed, n) -> {
      Random r = new Random(seed);
      List<Participant> ps = participants(r, n);
      List<LowThresholdTask> ts = tasks(r, 30);
      MatchingPolicy.Builder policy = MatchingPolicy.standard(50);
      CandidateGraph seq = MatchingProblem.of(ps, ts, policy.parallel(false).build()).candidates();
      CandidateGraph par = MatchingProblem.of(ps, ts, policy.parallel(true).build()).candidates();
      assertThat(par.rowStarts()).isEqualTo(seq.rowStarts());
      assertThat(par.edgeTasks()).isEqualTo(seq.edgeTasks());
      assertThat(par.edgeScores()).isEqualTo(seq.edgeScores());
    });
  }

  @Test
  void fairKeepsTheOptimalSizeAndMeetsTheGapWhenItSaysSo() {
    qt().forAll(longs().all(), integers().between(0, 14), integers().between(0, 6)).checkAssert((seed, n, m) -> {
      CandidateGraph g = graph(seed, n, m, false);
      MatchingProblem p = MatchingProblem.of(table(g));
      MatchingResult opt = p.match("optimal");
      MatchingResult fair = p.match(MatchingStrategies.fair(0.1));
      assertThat(fair.assigned()).isEqualTo(opt.assigned());
      assertThat(fair.totalScore()).isLessThanOrEqualTo(opt.totalScore() + 1e-9);
      if (fair.notes().get(0).contains("; met by") || fair.notes().get(0).contains("; met with")) {
        assertThat(Math.abs(gap(g, fair))).isLessThanOrEqualTo(0.1 + 1e-9);
      }
    });
  }

  private static double gap(CandidateGraph g, MatchingResult r) {
    int ew = 0;
    int em = 0;
    int w = 0;
    int m = 0;
    Set<String> placed = new TreeSet<>();
    r.assignments().forEach(a -> placed.add(a.participantId()));
    for (int i = 0; i < g.participantCount(); i++) {
      if (g.rowStart(i) == g.rowEnd(i)) {
        continue;
      }
      boolean woman = g.gender(i) == Gender.WOMAN;
      boolean in = placed.contains(g.participantId(i));
      if (woman) {
        ew++;
        w += in ? 1 : 0;
      } else {
        em++;
        m += in ? 1 : 0;
      }
    }
    return (double) w / ew - (double) m / em;
  }

  /** The graph as a pair-score table with its genders. */
  static PairScores table(CandidateGraph g) {
    PairScores.Builder b = PairScores.builder();
    for (int k = 0; k < g.taskCount(); k++) {
      b.capacity(g.taskId(k), g.capacity(k));
    }
    for (int i = 0; i < g.participantCount(); i++) {
      b.gender(g.participantId(i), g.gender(i));
      for (int e = g.rowStart(i); e < g.rowEnd(i); e++) {
        b.pair(g.participantId(i), g.taskId(g.edgeTask(e)), g.edgeScore(e), g.participantRank(e), g.taskRank(e));
      }
    }
    return b.build();
  }
}
