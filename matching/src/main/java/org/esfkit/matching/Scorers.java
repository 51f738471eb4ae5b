package org.esfkit.matching;

import org.esfkit.matching.internal.BuiltinScorers;

/** The built-in {@link Scorer}s, each scoring in [0, 1] and explaining how. */
public final class Scorers {
  private Scorers() {}

  /**
   * The share of the task's required competences that the participant has; 1 when the task
   * requires none.
   *
   * @return the scorer, named {@code competence_coverage}
   */
  public static Scorer competenceCoverage() {
    return BuiltinScorers.CompetenceCoverage.INSTANCE;
  }

  /**
   * The share of the participant's interests that the task touches (its required competences,
   * its demands or its occupation code); 0 when no interest is recorded.
   *
   * @return the scorer, named {@code interests}
   */
  public static Scorer interests() {
    return BuiltinScorers.Interests.INSTANCE;
  }

  /**
   * The participant's own preferences (task ids or occupation codes, most preferred first): the
   * first one naming the task scores {@code 1 - (rank - 1) / count}, so the first of four scores
   * 1 and the fourth 0.25; a task not named scores 0.
   *
   * @return the scorer, named {@code preferences}
   */
  public static Scorer preferences() {
    return BuiltinScorers.Preferences.INSTANCE;
  }

  /**
   * Closeness: {@code max(0, 1 - distance / km)}, so the task next door scores 1 and a task
   * {@code km} or more away scores 0; 0 when either location is not recorded.
   *
   * @param km the distance that scores 0, finite and positive
   * @return the scorer, named {@code distance}
   * @throws IllegalArgumentException if {@code km} is not finite and positive
   */
  public static Scorer distance(double km) {
    return new BuiltinScorers.Distance(km);
  }

  /**
   * Opt-in bonus for gender-breaking placements (könsbrytande praktik): 1 when the participant
   * wants one and the task's occupation is dominated by a gender other than the participant's,
   * else 0. Participants who have not asked for one are never steered by it.
   *
   * @return the scorer, named {@code gender_breaking_bonus}
   */
  public static Scorer genderBreakingBonus() {
    return BuiltinScorers.GenderBreakingBonus.INSTANCE;
  }

  /**
   * Gives a scorer (typically a lambda) a name for explanations.
   *
   * @param name the name
   * @param scorer the scorer
   * @return the named scorer
   */
  public static Scorer named(String name, Scorer scorer) {
    return new BuiltinScorers.Named(name, scorer);
  }
}
