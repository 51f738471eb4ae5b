package org.esfkit.testkit.matching;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.esfkit.matching.spi.Assignment;
import org.esfkit.matching.spi.CandidateGraph;
import org.esfkit.matching.spi.MatchingStrategy;
import org.junit.jupiter.api.Test;

/** The kit fails strategies that break its rules. */
class KitCatchesBrokenStrategiesTest {
  /** The kit run by hand on one strategy (nested, so not discovered as a test class of its own). */
  private static final class KitOn extends MatchingStrategyCompatibilityKit {
    private final MatchingStrategy strategy;

    KitOn(MatchingStrategy strategy) {
      this.strategy = strategy;
    }

    @Override
    protected MatchingStrategy strategy() {
      return strategy;
    }
  }

  private static MatchingStrategyCompatibilityKit kit(MatchingStrategy s) {
    return new KitOn(s);
  }

  private static MatchingStrategy named(String name, java.util.function.Function<CandidateGraph, int[]> solve) {
    return new MatchingStrategy() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Assignment solve(CandidateGraph g) {
        return Assignment.of(solve.apply(g));
      }
    };
  }

  /** Everyone to their first admissible task, whatever the capacity. */
  private static int[] firstChoice(CandidateGraph g) {
    int[] a = new int[g.participantCount()];
    for (int i = 0; i < a.length; i++) {
      a[i] = g.rowStart(i) < g.rowEnd(i) ? g.edgeTask(g.rowStart(i)) : -1;
    }
    return a;
  }

  @Test
  void overCapacityIsCaught() {
    assertThatThrownBy(kit(named("first", KitCatchesBrokenStrategiesTest::firstChoice))::capacitiesAreNeverExceeded)
        .isInstanceOf(AssertionError.class).hasMessageContaining("capacity");
  }

  @Test
  void inadmissiblePairIsCaught() {
    MatchingStrategy everyoneToTaskZero = named("zero", g -> {
      int[] a = new int[g.participantCount()];
      Arrays.fill(a, g.taskCount() > 0 ? 0 : -1);
      return a;
    });
    assertThatThrownBy(kit(everyoneToTaskZero)::capacitiesAreNeverExceeded).isInstanceOf(AssertionError.class)
        .hasMessageContaining("admissible");
  }

  @Test
  void nondeterminismIsCaught() {
    AtomicInteger calls = new AtomicInteger();
    MatchingStrategy flaky = named("flaky", g -> {
      int[] a = new int[g.participantCount()];
      Arrays.fill(a, -1);
      if (calls.incrementAndGet() % 2 == 0) {
        for (int i = 0; i < a.length; i++) {
          if (g.rowStart(i) < g.rowEnd(i) && g.capacity(g.edgeTask(g.rowStart(i))) > 0) {
            a[i] = g.edgeTask(g.rowStart(i));
            break;
          }
        }
      }
      return a;
    });
    assertThatThrownBy(kit(flaky)::sameInputGivesSameResult).isInstanceOf(AssertionError.class);
  }

  @Test
  void badNameIsCaught() {
    assertThatThrownBy(kit(named("My Strategy", g -> new int[g.participantCount()]))::nameIsALowerCaseWord)
        .isInstanceOf(AssertionError.class);
  }
}
