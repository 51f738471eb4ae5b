package org.esfkit.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.esfkit.matching.MatchingProblem;
import org.esfkit.matching.MatchingResult;
import org.esfkit.matching.MatchingStrategies;
import org.esfkit.matching.PairScores;
import org.esfkit.matching.ScoredPair;
import org.esfkit.matching.spi.MatchingStrategy;
import org.esfkit.testkit.matching.MatchingStrategyCompatibilityKit;
import org.junit.jupiter.api.Test;

/** A custom strategy checked by the compatibility kit, plus its own behaviour. */
class FirstComeStrategyTest extends MatchingStrategyCompatibilityKit {
  @Override
  protected MatchingStrategy strategy() {
    return new FirstComeStrategy();
  }

  @Test
  void earlierIdsChooseFirst() {
    PairScores s = PairScores.builder().capacity("T1", 1).capacity("T2", 1)
        .pair("P1", "T1", 0.4).pair("P1", "T2", 0.6).pair("P2", "T2", 0.9).build();
    MatchingResult r = MatchingProblem.of(s).match(new FirstComeStrategy());
    // P1 takes T2 (its best), so P2, whose only task is T2, is left out: optimal would place both
    assertThat(r.assignments()).extracting(ScoredPair::participantId, ScoredPair::taskId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", "T2"));
    assertThat(MatchingProblem.of(s).match(MatchingStrategies.optimal()).assigned()).isEqualTo(2);
  }
}
