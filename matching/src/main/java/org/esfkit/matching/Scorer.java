package org.esfkit.matching;

import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;

/**
 * A soft criterion: scores an admissible participant–task pair in [0, 1], 1 being the best fit.
 * A policy weighs its scorers; a pair's score is their weighted sum divided by the total weight
 * (see {@link MatchingPolicy}).
 *
 * <p>A lambda is a scorer: {@code (p, t) -> p.interests().isEmpty() ? 0 : 1}. The built-ins
 * come from {@link Scorers}; they have a {@link #name()} and explain how they scored in
 * {@link #explain}. {@link #score} runs for every admissible pair, so it should not allocate;
 * {@link #explain} runs only for pairs that are explained.
 */
@FunctionalInterface
public interface Scorer {
  /**
   * Scores the pair.
   *
   * @param participant the participant
   * @param task the task
   * @return the score, in [0, 1]
   */
  double score(Participant participant, LowThresholdTask task);

  /**
   * A short name for explanations, e.g. {@code competence_coverage}.
   *
   * @return the name; {@code scorer} unless overridden
   */
  default String name() {
    return "scorer";
  }

  /**
   * Explains the score of the pair; its value is {@link #score}. Called only when a pair is
   * explained.
   *
   * @param participant the participant
   * @param task the task
   * @return the explanation; by default the score and the name
   */
  default Explanation explain(Participant participant, LowThresholdTask task) {
    return Explanation.of(score(participant, task), name());
  }
}
