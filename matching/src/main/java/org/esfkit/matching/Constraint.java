package org.esfkit.matching;

import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;

/**
 * A hard constraint: admits a participant–task pair or rejects it. A rejected pair is never
 * assigned nor suggested, whatever its score.
 *
 * <p>A lambda is a constraint: {@code (p, t) -> t.openToAllGenders()}. The built-ins come from
 * {@link Constraints}; they have a {@link #name()} and say in {@link #reason} why they admitted
 * or rejected a pair. {@link #admits} runs for every candidate pair, so it should not allocate;
 * {@link #reason} runs only for pairs that are explained.
 */
@FunctionalInterface
public interface Constraint {
  /**
   * Tells whether the pair is admissible.
   *
   * @param participant the participant
   * @param task the task
   * @return true to admit the pair, false to reject it
   */
  boolean admits(Participant participant, LowThresholdTask task);

  /**
   * A short name for explanations, e.g. {@code language_level}.
   *
   * @return the name; {@code constraint} unless overridden
   */
  default String name() {
    return "constraint";
  }

  /**
   * Why the pair was admitted or rejected, in words. Called only when a pair is explained.
   *
   * @param participant the participant
   * @param task the task
   * @return the reason; by default {@code admitted} or {@code rejected}
   */
  default String reason(Participant participant, LowThresholdTask task) {
    return admits(participant, task) ? "admitted" : "rejected";
  }
}
