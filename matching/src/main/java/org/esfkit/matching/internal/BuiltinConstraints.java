package org.esfkit.matching.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.esfkit.core.Accessibility;
import org.esfkit.core.CefrLevel;
import org.esfkit.core.GeoPoint;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.matching.Constraint;

/**
 * The built-in hard constraints behind {@link org.esfkit.matching.Constraints}. Each admits a
 * pair when the attribute it checks is not recorded on one side, and says so in its reason.
 */
public final class BuiltinConstraints {
  private BuiltinConstraints() {}

  /** Every accessibility need of the participant must be met by an adaptation of the task. */
  public static final class AccessibilityNeeds implements Constraint {
    /** The singleton. */
    public static final AccessibilityNeeds INSTANCE = new AccessibilityNeeds();

    private AccessibilityNeeds() {}

    @Override
    public boolean admits(Participant p, LowThresholdTask t) {
      return t.adaptations().containsAll(p.accessibilityNeeds());
    }

    @Override
    public String name() {
      return "accessibility";
    }

    @Override
    public String reason(Participant p, LowThresholdTask t) {
      if (p.accessibilityNeeds().isEmpty()) {
        return "the participant has no accessibility needs";
      }
      Set<Accessibility> unmet = EnumSet.copyOf(p.accessibilityNeeds());
      unmet.removeAll(t.adaptations());
      if (unmet.isEmpty()) {
        return "every accessibility need (" + Texts.codes(p.accessibilityNeeds()) + ") is met by an adaptation of the task";
      }
      return "the task cannot adapt for " + Texts.codes(unmet);
    }
  }

  /** The task must not need more hours a week than the participant can work. */
  public static final class Hours implements Constraint {
    /** The singleton. */
    public static final Hours INSTANCE = new Hours();

    private Hours() {}

    @Override
    public boolean admits(Participant p, LowThresholdTask t) {
      Integer available = p.hoursAvailable();
      Integer needed = t.hoursPerWeek();
      return available == null || needed == null || needed <= available;
    }

    @Override
    public String name() {
      return "hours";
    }

    @Override
    public String reason(Participant p, LowThresholdTask t) {
      Integer available = p.hoursAvailable();
      Integer needed = t.hoursPerWeek();
      if (available == null || needed == null) {
        return "hours not checked: " + (needed == null ? "the task's hours are" : "the participant's hours are") + " not recorded";
      }
      return needed <= available
          ? "the task needs " + needed + " h/week, the participant can work " + available
          : "the task needs " + needed + " h/week, more than the " + available + " the participant can work";
    }
  }

  /** The participant's Swedish must reach the level the task needs. */
  public static final class LanguageLevel implements Constraint {
    /** The singleton. */
    public static final LanguageLevel INSTANCE = new LanguageLevel();

    private LanguageLevel() {}

    @Override
    public boolean admits(Participant p, LowThresholdTask t) {
      CefrLevel needed = t.languageLevel();
      CefrLevel has = p.languageLevel();
      return needed == null || has == null || has.compareTo(needed) >= 0;
    }

    @Override
    public String name() {
      return "language_level";
    }

    @Override
    public String reason(Participant p, LowThresholdTask t) {
      CefrLevel needed = t.languageLevel();
      CefrLevel has = p.languageLevel();
      if (needed == null) {
        return "the task needs no particular language level";
      }
      if (has == null) {
        return "language level not checked: the participant's level is not recorded (the task needs " + needed.code() + ")";
      }
      return has.compareTo(needed) >= 0
          ? "the task needs " + needed.code() + ", the participant has " + has.code()
          : "the task needs " + needed.code() + ", the participant has " + has.code() + " only";
    }
  }

  /** The commute from where the participant lives to the task must be at most a distance. */
  public static final class MaxCommute implements Constraint {
    private final double km;

    /**
     * Creates the constraint.
     *
     * @param km the longest admissible great-circle distance, in kilometres
     */
    public MaxCommute(double km) {
      if (!(km >= 0) || Double.isInfinite(km)) {
        throw new IllegalArgumentException("max commute km must be finite and >= 0, got " + km);
      }
      this.km = km;
    }

    /**
     * The longest admissible distance.
     *
     * @return kilometres
     */
    public double km() {
      return km;
    }

    @Override
    public boolean admits(Participant p, LowThresholdTask t) {
      GeoPoint a = p.location();
      GeoPoint b = t.location();
      return a == null || b == null || a.distanceKm(b) <= km;
    }

    @Override
    public String name() {
      return "max_commute_km";
    }

    @Override
    public String reason(Participant p, LowThresholdTask t) {
      GeoPoint a = p.location();
      GeoPoint b = t.location();
      if (a == null || b == null) {
        return "commute not checked: " + (b == null ? "the task's" : "the participant's") + " location is not recorded";
      }
      double d = a.distanceKm(b);
      return Texts.number(d) + " km to the task, " + (d <= km ? "within" : "beyond") + " the limit of " + Texts.number(km) + " km";
    }
  }

  /** The participant must have every competence the task requires. */
  public static final class RequiredCompetences implements Constraint {
    /** The singleton. */
    public static final RequiredCompetences INSTANCE = new RequiredCompetences();

    private RequiredCompetences() {}

    @Override
    public boolean admits(Participant p, LowThresholdTask t) {
      // no competence recorded (a register row, a profile not yet filled in): not checked
      return p.competences().isEmpty() || p.competences().containsAll(t.requiredCompetences());
    }

    @Override
    public String name() {
      return "required_competences";
    }

    @Override
    public String reason(Participant p, LowThresholdTask t) {
      if (t.requiredCompetences().isEmpty()) {
        return "the task requires no particular competence";
      }
      if (p.competences().isEmpty()) {
        return "competences not checked: the participant's competences are not recorded";
      }
      Set<String> missing = new TreeSet<>(t.requiredCompetences());
      missing.removeAll(p.competences());
      return missing.isEmpty()
          ? "the participant has every required competence (" + String.join(", ", new TreeSet<>(t.requiredCompetences())) + ")"
          : "the participant lacks " + String.join(", ", missing);
    }
  }

  /** A constraint given a name. */
  public static final class Named implements Constraint {
    private final String name;
    private final Constraint delegate;

    /**
     * Wraps a constraint.
     *
     * @param name the name
     * @param delegate the constraint
     */
    public Named(String name, Constraint delegate) {
      this.name = name;
      this.delegate = delegate;
    }

    @Override
    public boolean admits(Participant p, LowThresholdTask t) {
      return delegate.admits(p, t);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String reason(Participant p, LowThresholdTask t) {
      return delegate.reason(p, t);
    }
  }
}
