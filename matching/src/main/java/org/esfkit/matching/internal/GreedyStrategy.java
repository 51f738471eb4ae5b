package org.esfkit.matching.internal;

import org.esfkit.matching.spi.Assignment;
import org.esfkit.matching.spi.CandidateGraph;
import org.esfkit.matching.spi.MatchingStrategy;

/**
 * {@code greedy}: pairs by descending score, ties by participant id then task id; a pair is kept
 * while its participant is free and its task has a slot ({@link GreedyAssignment}).
 */
public final class GreedyStrategy implements MatchingStrategy {
  /** The shared instance. */
  public static final GreedyStrategy INSTANCE = new GreedyStrategy();

  /** Creates the strategy (for {@link java.util.ServiceLoader}). */
  public GreedyStrategy() {}

  @Override
  public String name() {
    return "greedy";
  }

  @Override
  public Assignment solve(CandidateGraph g) {
    return Assignment.of(GreedyAssignment.assign(g.participantCount(), g.capacities(), g.rowStarts(), g.edgeTasks(),
        g.edgeScores()).rowToCol());
  }
}
