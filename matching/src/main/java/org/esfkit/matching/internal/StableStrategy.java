package org.esfkit.matching.internal;

import org.esfkit.matching.spi.Assignment;
import org.esfkit.matching.spi.CandidateGraph;
import org.esfkit.matching.spi.MatchingStrategy;

/**
 * {@code stable}: participant-proposing deferred acceptance with capacities
 * ({@link DeferredAcceptance}). Preferences are the ranks where given, else the scores; ties go
 * to the lower index, that is the smaller id. No participant and task would both rather have
 * each other than what they got.
 */
public final class StableStrategy implements MatchingStrategy {
  /** The shared instance. */
  public static final StableStrategy INSTANCE = new StableStrategy();

  /** Creates the strategy (for {@link java.util.ServiceLoader}). */
  public StableStrategy() {}

  @Override
  public String name() {
    return "stable";
  }

  @Override
  public Assignment solve(CandidateGraph g) {
    return Assignment.of(DeferredAcceptance.match(g.participantCount(), g.capacities(), g.rowStarts(), g.edgeTasks(),
        g.edgeScores(), g.participantRanks(), g.taskRanks()).rowToCol());
  }
}
