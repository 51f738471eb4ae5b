package org.esfkit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.esfkit.core.CefrLevel;
import org.esfkit.core.Gender;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.core.ValidationException;
import org.esfkit.matching.spi.CandidateGraph;
import org.junit.jupiter.api.Test;

/** A hand-computed problem on full profiles: constraints, weighted scores, explanations, reasons. */
class ProfileMatchingTest {
  private static final Participant P1 = Participant.builder().id("P1").gender(Gender.WOMAN)
      .competences(Set.of("cleaning")).interests(Set.of("cleaning", "cooking")).languageLevel(CefrLevel.B1)
      .preferences(List.of("T2")).build();
  private static final Participant P2 = Participant.builder().id("P2").gender(Gender.MAN).languageLevel(CefrLevel.A1).build();
  private static final LowThresholdTask T1 = task("T1").requiredCompetences(Set.of("cleaning")).languageLevel(CefrLevel.A2).build();
  private static final LowThresholdTask T2 = task("T2").demands(Set.of("cooking")).languageLevel(CefrLevel.B1).build();

  private static org.esfkit.core.ImmutableLowThresholdTask.Builder task(String id) {
    return LowThresholdTask.builder().id(id).employerId("E1").title("Task " + id).identifiedOn(LocalDate.of(2021, 3, 1));
  }

  /** Language level, then required competences; interests and preferences weighted 1 each. */
  private static final MatchingPolicy POLICY = MatchingPolicy.builder()
      .constraint(Constraints.languageLevel())
      .constraint(Constraints.requiredCompetences())
      .scorer(Scorers.interests(), 1)
      .scorer(Scorers.preferences(), 1)
      .build();

  private static MatchingProblem problem() {
    return MatchingProblem.of(List.of(P2, P1), List.of(T2, T1), POLICY);
  }

  @Test
  void scoresAreWeightedMeansOfTheScorers() {
    CandidateGraph g = problem().candidates();
    // P1–T1: interests 1/2 (cleaning), preferences 0 -> (0.5 + 0) / 2; P1–T2: interests 1/2 (cooking), preference 1 of 1 -> 0.75
    assertThat(g.participantId(0)).isEqualTo("P1");
    assertThat(g.edgeCount()).isEqualTo(2);
    assertThat(g.edgeScore(g.edge(0, 0))).isEqualTo(0.25);
    assertThat(g.edgeScore(g.edge(0, 1))).isEqualTo(0.75);
    assertThat(g.rowStart(1)).isEqualTo(g.rowEnd(1));
  }

  @Test
  void assignmentIsExplainedByConstraintsAndWeightedContributions() {
    MatchingResult r = problem().match(MatchingStrategies.optimal());
    assertThat(r.assignments()).singleElement().satisfies(p -> {
      assertThat(p.participantId()).isEqualTo("P1");
      assertThat(p.taskId()).isEqualTo("T2");
      assertThat(p.score()).isEqualTo(0.75);
      Explanation e = p.explanation();
      assertThat(e.value()).isEqualTo(0.75);
      assertThat(e.details()).hasSize(3);
      assertThat(e.details().get(0).description()).isEqualTo("passed 2 hard constraint(s)");
      assertThat(e.details().get(0).details()).extracting(Explanation::description).containsExactly(
          "language_level: the task needs b1, the participant has b1",
          "required_competences: the task requires no particular competence");
      assertThat(e.details().get(1).value()).isEqualTo(0.25);
      assertThat(e.details().get(1).description()).startsWith("interests: score 0.5 × weight 1 / total weight 2");
      assertThat(e.details().get(1).details().get(0).description())
          .isEqualTo("interests: the task touches 1 of the participant's 2 interests (cooking)");
      assertThat(e.details().get(2).value()).isEqualTo(0.5);
      assertThat(e.details().get(2).details().get(0).description()).isEqualTo("preferences: the task is preference 1 of 1 (1 - 0/1)");
    });
  }

  @Test
  void unassignedParticipantIsToldWhichConstraintsRejectedTheTasks() {
    MatchingResult r = problem().match(MatchingStrategies.optimal());
    assertThat(r.unassigned()).singleElement().satisfies(u -> {
      assertThat(u.participantId()).isEqualTo("P2");
      assertThat(u.reasons()).containsExactly(
          "no task admitted the participant; of 2 task(s), each counted under the first constraint that rejected it:",
          "language_level rejected 2 task(s), e.g. T1: the task needs a2, the participant has a1 only");
    });
  }

  @Test
  void participantWhoseTasksWereTakenIsToldSo() {
    Participant p0 = Participant.builder().from(P1).id("P0").build();
    MatchingResult r = MatchingProblem.of(List.of(P1, p0), List.of(T2), POLICY).match("greedy");
    assertThat(r.assignments()).extracting(ScoredPair::participantId).containsExactly("P0");
    assertThat(r.unassigned().get(0).reasons()).containsExactly("all 1 admissible task(s) had every slot taken by other participants: T2");
  }

  @Test
  void suggestionsComeBestFirstWithExplanations() {
    MatchingProblem p = problem();
    assertThat(p.suggestTasks("P1")).extracting(ScoredPair::taskId, ScoredPair::score)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("T2", 0.75), org.assertj.core.groups.Tuple.tuple("T1", 0.25));
    assertThat(p.suggestTasks("P1", 1)).extracting(ScoredPair::taskId).containsExactly("T2");
    assertThat(p.suggestParticipants("T1")).extracting(ScoredPair::participantId).containsExactly("P1");
    assertThat(p.suggestTasks("P2")).isEmpty();
    assertThatThrownBy(() -> p.suggestTasks("P9")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'P9'");
  }

  @Test
  void explainNoSuggestionsCountsEachTaskUnderTheFirstConstraintThatRejectsIt() {
    // P3 reads a2: T2 asks b1 (language_level rejects it first); T1 asks a2, which P3 has, but
    // requires cleaning, which P3 lacks (required_competences rejects it)
    Participant p3 = Participant.builder().id("P3").gender(Gender.WOMAN).competences(Set.of("driving"))
        .languageLevel(CefrLevel.A2).build();
    MatchingProblem p = MatchingProblem.of(List.of(P1, P2, p3), List.of(T1, T2), POLICY);
    assertThat(p.suggestTasks("P3", 5)).isEmpty();
    List<String> why = p.explainNoSuggestions("P3");
    assertThat(why).hasSize(3);
    assertThat(why.get(0)).isEqualTo(
        "no task admitted the participant; of 2 task(s), each counted under the first constraint that rejected it:");
    assertThat(why.get(1)).isEqualTo("language_level rejected 1 task(s), e.g. T2: the task needs b1, the participant has a2 only");
    assertThat(why.get(2)).startsWith("required_competences rejected 1 task(s), e.g. T1: ");
    // the same reasons match() gives, without building the candidate graph
    assertThat(p.match("optimal").unassigned()).filteredOn(u -> u.participantId().equals("P3"))
        .singleElement().satisfies(u -> assertThat(u.reasons()).isEqualTo(why));
    // a participant with suggestions has nothing to explain, even one whose only task goes to another
    assertThat(p.explainNoSuggestions("P1")).isEmpty();
    assertThat(p.explainNoSuggestions("P2")).hasSize(2);
    assertThatThrownBy(() -> p.explainNoSuggestions("P9")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown participant id 'P9'");
    assertThat(MatchingProblem.of(List.of(P1), List.of(), POLICY).explainNoSuggestions("P1"))
        .containsExactly("there are no tasks");
    PairScores table = PairScores.builder().capacity("T1", 1).pair("P1", "T1", 0.5, 0, 0).build();
    assertThat(MatchingProblem.of(table).explainNoSuggestions("P1")).isEmpty();
  }

  @Test
  void resultSerialisesToSnakeCaseJson() throws Exception {
    JsonNode json = new ObjectMapper().valueToTree(problem().match("optimal"));
    assertThat(json.get("strategy").asText()).isEqualTo("optimal");
    assertThat(json.get("assigned").asInt()).isEqualTo(1);
    assertThat(json.get("total_score").asDouble()).isEqualTo(0.75);
    JsonNode a = json.get("assignments").get(0);
    assertThat(a.get("participant_id").asText()).isEqualTo("P1");
    assertThat(a.get("task_id").asText()).isEqualTo("T2");
    assertThat(a.get("explanation").get("details").get(1).get("value").asDouble()).isEqualTo(0.25);
    assertThat(json.get("unassigned").get(0).get("reasons")).hasSize(2);
  }

  @Test
  void competencesNotRecordedAreNotCheckedButRecordedOnesAre() {
    Participant fromRegister = Participant.builder().id("R1").gender(Gender.MAN).build();   // no competence column
    assertThat(Constraints.requiredCompetences().admits(fromRegister, T1)).isTrue();
    assertThat(Constraints.requiredCompetences().reason(fromRegister, T1))
        .isEqualTo("competences not checked: the participant's competences are not recorded");
    Participant cook = Participant.builder().id("R2").gender(Gender.MAN).competences(Set.of("cooking")).build();
    assertThat(Constraints.requiredCompetences().admits(cook, T1)).isFalse();
    assertThat(Constraints.requiredCompetences().reason(cook, T1)).isEqualTo("the participant lacks cleaning");
    MatchingResult r = MatchingProblem.of(List.of(fromRegister), List.of(T1), MatchingPolicy.builder()
        .constraint(Constraints.requiredCompetences()).scorer(Scorers.competenceCoverage(), 1).build()).match("optimal");
    assertThat(r.assignments()).extracting(ScoredPair::taskId).containsExactly("T1");
  }

  @Test
  void builtInsSayWhyTheyRejectOrScore() {
    Participant p = Participant.builder().id("P").gender(Gender.WOMAN).hoursAvailable(20)
        .location(org.esfkit.core.GeoPoint.of(62.63, 17.94)).accessibilityNeeds(Set.of(org.esfkit.core.Accessibility.PHYSICAL))
        .wantsGenderBreaking(true).build();
    LowThresholdTask t = task("T").hoursPerWeek(30).location(org.esfkit.core.GeoPoint.of(62.63, 18.94))
        .dominantGender(Gender.MAN).build();
    assertThat(Constraints.hours().admits(p, t)).isFalse();
    assertThat(Constraints.hours().reason(p, t)).isEqualTo("the task needs 30 h/week, more than the 20 the participant can work");
    assertThat(Constraints.accessibility().admits(p, t)).isFalse();
    assertThat(Constraints.accessibility().reason(p, t)).isEqualTo("the task cannot adapt for physical");
    // one degree of longitude at 62.63° N is about 51 km
    assertThat(Constraints.maxCommuteKm(40).admits(p, t)).isFalse();
    assertThat(Constraints.maxCommuteKm(60).admits(p, t)).isTrue();
    assertThat(Scorers.distance(102).score(p, t)).isCloseTo(0.5, within(0.01));
    assertThat(Scorers.genderBreakingBonus().score(p, t)).isEqualTo(1.0);
    assertThat(Scorers.genderBreakingBonus().score(Participant.builder().from(p).wantsGenderBreaking(false).build(), t)).isZero();
    assertThat(Scorers.competenceCoverage().explain(p, t).description()).isEqualTo("competence_coverage: the task requires no particular competence");
  }

  @Test
  void lambdasWork() {
    MatchingPolicy policy = MatchingPolicy.builder()
        .constraint(Constraints.named("same_initial", (p, t) -> p.id().charAt(1) == t.id().charAt(1)))
        .scorer((p, t) -> 0.4, 1)
        .build();
    MatchingResult r = MatchingProblem.of(List.of(P1, P2), List.of(T1, T2), policy).match("optimal");
    assertThat(r.assignments()).extracting(ScoredPair::participantId, ScoredPair::taskId).containsExactly(
        org.assertj.core.groups.Tuple.tuple("P1", "T1"), org.assertj.core.groups.Tuple.tuple("P2", "T2"));
    assertThat(r.totalScore()).isEqualTo(0.8);
  }

  @Test
  void duplicateIdsAndBadScoresFailFast() {
    assertThatThrownBy(() -> MatchingProblem.of(List.of(P1, P1), List.of(T1), POLICY))
        .isInstanceOf(ValidationException.class).hasMessage("participant id P1 appears twice");
    MatchingPolicy bad = MatchingPolicy.builder().scorer(Scorers.named("broken", (p, t) -> 2.0), 1).build();
    assertThatThrownBy(() -> MatchingProblem.of(List.of(P1), List.of(T1), bad).candidates())
        .isInstanceOf(IllegalStateException.class).hasMessage("scorer broken scored pair (P1, T1) 2.0, outside [0, 1]");
  }
}
