package org.esfkit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.esfkit.matching.spi.Assignment;
import org.esfkit.matching.spi.CandidateGraph;
import org.esfkit.matching.spi.MatchingStrategy;
import org.junit.jupiter.api.Test;

/** Finding strategies by name: ServiceLoader, by hand, and the failure naming the known ones. */
class MatchingStrategiesTest {
  /** A strategy that assigns no one. */
  static final class Nobody implements MatchingStrategy {
    @Override
    public String name() {
      return "nobody";
    }

    @Override
    public Assignment solve(CandidateGraph candidates) {
      int[] a = new int[candidates.participantCount()];
      Arrays.fill(a, -1);
      return Assignment.of(a);
    }
  }

  @Test
  void serviceLoaderFindsTheBuiltIns() {
    assertThat(StrategyRegistry.discover().names()).containsExactly("fair", "greedy", "optimal", "stable");
    assertThat(MatchingStrategies.byName("optimal").name()).isEqualTo("optimal");
  }

  @Test
  void unknownNameFailsNamingTheKnownOnes() {
    assertThatThrownBy(() -> StrategyRegistry.discover().byName("best"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown matching strategy 'best'; known: fair, greedy, optimal, stable");
  }

  @Test
  void embeddersWireStrategiesByHand() {
    StrategyRegistry r = StrategyRegistry.builder().add(new Nobody()).add(MatchingStrategies.greedy()).build();
    assertThat(r.names()).containsExactly("greedy", "nobody");
    assertThatThrownBy(() -> r.byName("optimal")).hasMessage("unknown matching strategy 'optimal'; known: greedy, nobody");
    assertThat(StrategyRegistry.builder().addBuiltIns().build().names()).containsExactly("fair", "greedy", "optimal", "stable");
  }

  @Test
  void registrationIsPerRegistryNeverGlobal() {
    MatchingStrategy nobody = new Nobody();
    StrategyRegistry mine = StrategyRegistry.discover().toBuilder().add(nobody).add(nobody).build();
    assertThat(mine.byName("nobody")).isSameAs(nobody);
    assertThat(MatchingStrategies.names()).doesNotContain("nobody");
    assertThat(StrategyRegistry.discover().names()).doesNotContain("nobody");
    assertThatThrownBy(() -> mine.toBuilder().add(new Nobody()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("two matching strategies are named 'nobody'");
  }

  @Test
  void aStrategyBreakingCapacityIsRefusedByTheEngine() {
    PairScores s = PairScores.builder().capacity("T1", 1).pair("P1", "T1", 0.5).pair("P2", "T1", 0.5).build();
    MatchingStrategy greedyForAll = new MatchingStrategy() {
      @Override
      public String name() {
        return "all";
      }

      @Override
      public Assignment solve(CandidateGraph candidates) {
        return Assignment.of(new int[] {0, 0});
      }
    };
    assertThatThrownBy(() -> MatchingProblem.of(s).match(greedyForAll)).isInstanceOf(IllegalStateException.class)
        .hasMessage("strategy all assigned more participants to task T1 than its capacity 1");
  }
}
