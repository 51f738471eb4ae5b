package org.esfkit.examples.guide;

import java.util.Arrays;
import org.esfkit.matching.spi.Assignment;
import org.esfkit.matching.spi.CandidateGraph;
import org.esfkit.matching.spi.MatchingStrategy;

/**
 * An example of a custom {@link MatchingStrategy}: first come, first served. Participants in id
 * order each take their best-scoring admissible task that still has a slot (ties to the smaller
 * task id). Its test runs esfkit's {@code MatchingStrategyCompatibilityKit} on it.
 *
 * <p>Register it by hand with {@code StrategyRegistry.builder().addBuiltIns().add(new FirstComeStrategy()).build()}, or
 * list it in {@code META-INF/services/org.esfkit.matching.spi.MatchingStrategy}; then
 * {@code problem.match("first_come")} finds it. Like every strategy it only suggests.
 */
public final class FirstComeStrategy implements MatchingStrategy {
  /** Creates the strategy. */
  public FirstComeStrategy() {}

  @Override
  public String name() {
    return "first_come";
  }

  @Override
  public Assignment solve(CandidateGraph g) {
    int[] taskOf = new int[g.participantCount()];
    Arrays.fill(taskOf, -1);
    int[] free = g.capacities();
    for (int i = 0; i < g.participantCount(); i++) {
      int best = -1;
      for (int e = g.rowStart(i); e < g.rowEnd(i); e++) {
        if (free[g.edgeTask(e)] > 0 && (best < 0 || g.edgeScore(e) > g.edgeScore(best))) {
          best = e;
        }
      }
      if (best >= 0) {
        taskOf[i] = g.edgeTask(best);
        free[taskOf[i]]--;
      }
    }
    return Assignment.of(taskOf);
  }
}
