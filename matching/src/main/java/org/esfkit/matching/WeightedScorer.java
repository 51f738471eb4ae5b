package org.esfkit.matching;

/**
 * A scorer with its weight in a {@link MatchingPolicy}.
 *
 * @param scorer the scorer
 * @param weight its weight, finite and positive
 */
public record WeightedScorer(Scorer scorer, double weight) {
  /**
   * Checks the weight.
   *
   * @param scorer the scorer
   * @param weight its weight, finite and positive
   * @throws IllegalArgumentException if the weight is not finite and positive
   */
  public WeightedScorer {
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight of scorer " + scorer.name() + " must be finite and > 0, got " + weight);
    }
  }
}
