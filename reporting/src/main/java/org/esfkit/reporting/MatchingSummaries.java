package org.esfkit.reporting;

import org.esfkit.matching.MatchingResult;

/**
 * Summarises a matching for a report. esfkit-matching is an optional dependency of
 * esfkit-reporting: only this class needs it, and an application that reports without matching
 * does not need it on its class or module path. Stateless and thread-safe.
 */
public final class MatchingSummaries {
  private MatchingSummaries() {}

  /**
   * The summary of a matching result: its strategy, the participants it considered (assigned and
   * unassigned), the tasks offered, those assigned and their mean score (null when no one was
   * assigned).
   *
   * @param result the matching result
   * @param tasks the number of tasks the participants were matched against
   * @return the summary
   */
  public static MatchingSummary of(MatchingResult result, int tasks) {
    int assigned = result.assigned();
    return MatchingSummary.builder()
        .strategy(result.strategy())
        .participants(assigned + result.unassigned().size())
        .tasks(tasks)
        .assigned(assigned)
        .meanScore(assigned == 0 ? null : result.totalScore() / assigned)
        .build();
  }
}
