package org.esfkit.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.matching.Constraint;
import org.esfkit.matching.MatchingProblem;
import org.esfkit.matching.MatchingResult;
import org.esfkit.matching.ScoredPair;
import org.esfkit.matching.UnassignedParticipant;
import org.junit.jupiter.api.Test;

/** Example 6: the commute-time constraint and scorer, checked against the hand computation. */
class CommuteTimeExampleTest {
  private static Participant participant(String id) {
    return CommuteTimeExample.participants().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static LowThresholdTask task(String id) {
    return CommuteTimeExample.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void optimalPlacesTheTwoBestPairs() {
    MatchingResult r = CommuteTimeExample.match();

    assertThat(r.assignments()).extracting(ScoredPair::participantId, ScoredPair::taskId)
        .containsExactly(tuple("A1", "T1"), tuple("A2", "T3"));
    assertThat(r.assignments().get(0).score()).isCloseTo((2 + 1 - 10.0 / 45) / 3, within(1e-12));
    assertThat(r.assignments().get(1).score()).isCloseTo((2 + 1 - 5.0 / 45) / 3, within(1e-12));
    assertThat(r.unassigned()).extracting(UnassignedParticipant::participantId).containsExactly("A3");
    assertThat(r.unassigned().get(0).reasons()).anyMatch(s -> s.contains("slot taken") || s.contains("every slot"));
  }

  @Test
  void aCommuteOverTheLimitIsRejectedWithItsReason() {
    Constraint c = CommuteTimeExample.travelTimes().within(45);

    assertThat(c.admits(participant("A2"), task("T2"))).isFalse();
    assertThat(c.reason(participant("A2"), task("T2")))
        .isEqualTo("55 min by public transport, over the limit of 45 min");
  }

  @Test
  void aJourneyMissingFromTheTableIsAdmittedAndSaysSo() {
    Constraint c = CommuteTimeExample.travelTimes().within(45);

    assertThat(c.admits(participant("A3"), task("T3"))).isTrue();
    assertThat(c.reason(participant("A3"), task("T3"))).contains("not checked");
    assertThat(CommuteTimeExample.travelTimes().closeness(45).score(participant("A3"), task("T3"))).isZero();
  }

  @Test
  void suggestionsForATaskAreRankedAndExplained() {
    List<ScoredPair> s = MatchingProblem.of(CommuteTimeExample.participants(), CommuteTimeExample.tasks(),
        CommuteTimeExample.policy()).suggestParticipants("T3", 3);

    assertThat(s).extracting(ScoredPair::participantId).containsExactly("A2", "A1", "A3");
    assertThat(s.get(0).explanation().toText()).contains("public_transport: 5 min by public transport, within");
  }
}
