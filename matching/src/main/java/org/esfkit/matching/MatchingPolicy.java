package org.esfkit.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * How participant–task pairs are judged: hard {@link Constraint}s, weighted {@link Scorer}s and
 * options.
 *
 * <p>A pair is admissible when every constraint admits it. An admissible pair's score is the
 * weighted mean of its scorers' scores, {@code Σ wᵢ·sᵢ / Σ wᵢ}, so it lies in [0, 1] whatever
 * the weights; with no scorers every admissible pair scores 1.
 *
 * <p>Options: {@link #topK()}, the default number of suggestions, and {@link #parallel()},
 * whether scoring may use several threads (the result is identical either way).
 */
public final class MatchingPolicy {
  private final List<Constraint> constraints;
  private final List<WeightedScorer> scorers;
  private final int topK;
  private final boolean parallel;

  private MatchingPolicy(Builder b) {
    this.constraints = List.copyOf(b.constraints);
    this.scorers = List.copyOf(b.scorers);
    this.topK = b.topK;
    this.parallel = b.parallel;
  }

  /**
   * Returns a builder of an empty policy (no constraints, no scorers, top 10, sequential).
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The standard policy of esfkit: every built-in constraint, with commutes up to
   * {@code maxCommuteKm}, and the built-in scorers weighted competence coverage 3, interests 2,
   * preferences 2, distance (scoring 0 at {@code maxCommuteKm}) 1, gender-breaking bonus 1.
   *
   * @param maxCommuteKm the longest admissible commute, in kilometres
   * @return a builder holding the standard policy, to adjust or build
   * @throws IllegalArgumentException if {@code maxCommuteKm} is not finite and positive
   */
  public static Builder standard(double maxCommuteKm) {
    return builder()
        .constraint(Constraints.accessibility())
        .constraint(Constraints.hours())
        .constraint(Constraints.languageLevel())
        .constraint(Constraints.maxCommuteKm(maxCommuteKm))
        .constraint(Constraints.requiredCompetences())
        .scorer(Scorers.competenceCoverage(), 3)
        .scorer(Scorers.interests(), 2)
        .scorer(Scorers.preferences(), 2)
        .scorer(Scorers.distance(maxCommuteKm), 1)
        .scorer(Scorers.genderBreakingBonus(), 1);
  }

  /**
   * The hard constraints, in the order they are checked and explained.
   *
   * @return the constraints
   */
  public List<Constraint> constraints() {
    return constraints;
  }

  /**
   * The scorers with their weights.
   *
   * @return the weighted scorers
   */
  public List<WeightedScorer> scorers() {
    return scorers;
  }

  /**
   * The sum of the scorers' weights, the denominator of a pair's score.
   *
   * @return the total weight, 0 without scorers
   */
  public double totalWeight() {
    double w = 0;
    for (WeightedScorer s : scorers) {
      w += s.weight();
    }
    return w;
  }

  /**
   * How many suggestions to give when the caller does not say.
   *
   * @return at least 1
   */
  public int topK() {
    return topK;
  }

  /**
   * Whether scoring may run on several threads (the common fork-join pool). The candidates, and
   * so every result, are identical either way.
   *
   * @return true to allow parallel scoring
   */
  public boolean parallel() {
    return parallel;
  }

  /** Builds a {@link MatchingPolicy}. */
  public static final class Builder {
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<WeightedScorer> scorers = new ArrayList<>();
    private int topK = 10;
    private boolean parallel;

    private Builder() {}

    /**
     * Adds a hard constraint.
     *
     * @param constraint the constraint
     * @return this builder
     */
    public Builder constraint(Constraint constraint) {
      constraints.add(constraint);
      return this;
    }

    /**
     * Adds a scorer with a weight.
     *
     * @param scorer the scorer
     * @param weight its weight, finite and positive
     * @return this builder
     * @throws IllegalArgumentException if the weight is not finite and positive
     */
    public Builder scorer(Scorer scorer, double weight) {
      scorers.add(new WeightedScorer(scorer, weight));
      return this;
    }

    /**
     * Sets how many suggestions to give by default.
     *
     * @param k at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public Builder topK(int k) {
      if (k < 1) {
        throw new IllegalArgumentException("topK must be at least 1, got " + k);
      }
      this.topK = k;
      return this;
    }

    /**
     * Allows or forbids parallel scoring.
     *
     * @param parallel true to allow several threads
     * @return this builder
     */
    public Builder parallel(boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public MatchingPolicy build() {
      return new MatchingPolicy(this);
    }
  }
}
