package org.esfkit.matching.spi;

/**
 * A way of assigning participants to tasks: the service-provider interface of esfkit matching.
 *
 * <p>An implementation assigns each participant at most one task, never more participants to a
 * task than its capacity, and only admissible pairs (edges of the {@link CandidateGraph}). It is
 * deterministic: the same graph gives the same assignment, whatever the thread. Register it in
 * {@code META-INF/services/org.esfkit.matching.MatchingStrategy} (and with {@code provides} in
 * a module) to find it by name through {@link org.esfkit.matching.MatchingStrategies#byName}, or register it by hand
 * in a {@link org.esfkit.matching.StrategyRegistry} of your own. Check it with the
 * {@code MatchingStrategyCompatibilityKit} of {@code esfkit-testkit}.
 *
 * <p>A strategy suggests; it never acts on a participant.
 */
public interface MatchingStrategy {
  /**
   * The name the strategy is selected by, e.g. {@code optimal}.
   *
   * @return a unique, lower-case name
   */
  String name();

  /**
   * Assigns participants to tasks.
   *
   * @param candidates the admissible pairs, their scores and the task capacities
   * @return the task of each participant, or -1
   */
  Assignment solve(CandidateGraph candidates);
}
