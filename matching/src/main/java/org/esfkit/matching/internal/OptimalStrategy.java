package org.esfkit.matching.internal;

import org.esfkit.matching.spi.Assignment;
import org.esfkit.matching.spi.CandidateGraph;
import org.esfkit.matching.spi.MatchingStrategy;

/**
 * {@code optimal}: as many participants assigned as possible and, among those assignments, the
 * largest total score. Exact. Solver by shape: {@link DenseAssignment} (Jonker–Volgenant) when
 * every pair is admissible, every capacity is 1 and the matrix is small; {@link SparseAssignment}
 * when capacities are 1; {@link CapacitatedAssignment} (min-cost flow) otherwise.
 */
public final class OptimalStrategy implements MatchingStrategy {
  /** The shared instance. */
  public static final OptimalStrategy INSTANCE = new OptimalStrategy();
  private static final long DENSE_LIMIT = 4_000_000;

  /** Creates the strategy (for {@link java.util.ServiceLoader}). */
  public OptimalStrategy() {}

  @Override
  public String name() {
    return "optimal";
  }

  @Override
  public Assignment solve(CandidateGraph g) {
    return Assignment.of(solve(g, g.edgeScores()).rowToCol());
  }

  /**
   * Solves with given edge scores (the graph's, or adjusted ones).
   *
   * @param g the graph
   * @param scores one score per edge
   * @return the solver's result
   */
  static AssignmentResult solve(CandidateGraph g, double[] scores) {
    int n = g.participantCount();
    int m = g.taskCount();
    int[] capacities = g.capacities();
    boolean unit = true;
    for (int c : capacities) {
      unit &= c == 1;
    }
    if (!unit) {
      return CapacitatedAssignment.maximize(n, capacities, g.rowStarts(), g.edgeTasks(), scores);
    }
    long cells = (long) n * m;
    if (cells > 0 && cells <= DENSE_LIMIT && g.edgeCount() == cells) {
      return DenseAssignment.maximize(scores, n, m);
    }
    return SparseAssignment.maximize(n, m, g.rowStarts(), g.edgeTasks(), scores);
  }
}
