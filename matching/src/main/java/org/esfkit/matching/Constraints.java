package org.esfkit.matching;

import org.esfkit.matching.internal.BuiltinConstraints;

/**
 * The built-in hard {@link Constraint}s. Each says in its reason why it admitted or rejected a
 * pair. A constraint admits a pair when the attribute it checks is not recorded on one side
 * (the reason then says "not checked"): a missing record is for a caseworker to complete, not a
 * reason to exclude someone.
 */
public final class Constraints {
  private Constraints() {}

  /**
   * Rejects a pair when the participant has an accessibility need the task cannot adapt for
   * (a need not among the task's adaptations).
   *
   * @return the constraint, named {@code accessibility}
   */
  public static Constraint accessibility() {
    return BuiltinConstraints.AccessibilityNeeds.INSTANCE;
  }

  /**
   * Rejects a pair when the task needs more hours a week than the participant can work.
   *
   * @return the constraint, named {@code hours}
   */
  public static Constraint hours() {
    return BuiltinConstraints.Hours.INSTANCE;
  }

  /**
   * Rejects a pair when the participant's Swedish (CEFR) level is below the level the task needs.
   *
   * @return the constraint, named {@code language_level}
   */
  public static Constraint languageLevel() {
    return BuiltinConstraints.LanguageLevel.INSTANCE;
  }

  /**
   * Rejects a pair when the great-circle distance between where the participant lives and the
   * task is more than {@code km}.
   *
   * @param km the longest admissible distance in kilometres, finite and {@code >= 0}
   * @return the constraint, named {@code max_commute_km}
   * @throws IllegalArgumentException if {@code km} is negative, NaN or infinite
   */
  public static Constraint maxCommuteKm(double km) {
    return new BuiltinConstraints.MaxCommute(km);
  }

  /**
   * Rejects a pair when the participant lacks a competence the task requires.
   *
   * @return the constraint, named {@code required_competences}
   */
  public static Constraint requiredCompetences() {
    return BuiltinConstraints.RequiredCompetences.INSTANCE;
  }

  /**
   * Gives a constraint (typically a lambda) a name for explanations.
   *
   * @param name the name, e.g. {@code open_to_all_genders}
   * @param constraint the constraint
   * @return the named constraint
   */
  public static Constraint named(String name, Constraint constraint) {
    return new BuiltinConstraints.Named(name, constraint);
  }
}
