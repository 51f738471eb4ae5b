package org.esfkit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.esfkit.core.Gender;
import org.junit.jupiter.api.Test;

/** The fair strategy on hand-computed cases. */
class FairStrategyTest {
  /** Two women and two men for one task with two slots; the men score higher. */
  private static MatchingProblem menScoreHigher() {
    return MatchingProblem.of(PairScores.builder().capacity("T1", 2)
        .pair("M1", "T1", 0.9).pair("M2", "T1", 0.9).pair("W1", "T1", 0.1).pair("W2", "T1", 0.1)
        .gender("M1", Gender.MAN).gender("M2", Gender.MAN).gender("W1", Gender.WOMAN).gender("W2", Gender.WOMAN)
        .build());
  }

  @Test
  void optimalPlacesBothMenFairPlacesOneOfEach() {
    assertThat(menScoreHigher().match("optimal").assignments()).extracting(ScoredPair::participantId).containsExactly("M1", "M2");
    MatchingResult fair = menScoreHigher().match(MatchingStrategies.fair(0.0));
    // rates 1/2 and 1/2: gap 0; total 0.9 + 0.1, the best any one-of-each assignment can do
    assertThat(fair.assigned()).isEqualTo(2);
    assertThat(fair.totalScore()).isEqualTo(1.0);
    assertThat(fair.assignments()).extracting(ScoredPair::participantId).satisfiesExactlyInAnyOrder(
        id -> assertThat(id).startsWith("M"), id -> assertThat(id).startsWith("W"));
    assertThat(fair.notes()).singleElement().asString().contains("met with per-gender adjustment", "women 1/2, men 1/2, gap 0",
        "score given up against optimal: 0.8");
  }

  @Test
  void wideGapLeavesTheOptimumAlone() {
    MatchingResult fair = menScoreHigher().match(MatchingStrategies.fair(1.0));
    assertThat(fair.assignments()).extracting(ScoredPair::participantId).containsExactly("M1", "M2");
    assertThat(fair.notes().get(0)).contains("met by the optimal assignment");
  }

  @Test
  void neverLeavesSomeoneUnplacedForParity() {
    // only men are admissible for T2, so parity would need an empty slot: fair keeps both placements
    MatchingProblem p = MatchingProblem.of(PairScores.builder().capacity("T1", 1).capacity("T2", 1)
        .pair("M1", "T2", 0.5).pair("W1", "T1", 0.5).pair("W2", "T1", 0.4)
        .gender("M1", Gender.MAN).gender("W1", Gender.WOMAN).gender("W2", Gender.WOMAN).build());
    MatchingResult fair = p.match(MatchingStrategies.fair(0.0));
    assertThat(fair.assigned()).isEqualTo(2);
    assertThat(fair.notes().get(0)).contains("cannot be met without leaving participants unplaced");
  }

  @Test
  void gapMustBeAShare() {
    assertThatThrownBy(() -> MatchingStrategies.fair(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fairness max gap must be in [0, 1], got 1.5");
  }
}
