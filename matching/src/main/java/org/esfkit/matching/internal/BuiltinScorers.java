package org.esfkit.matching.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.esfkit.core.Gender;
import org.esfkit.core.GeoPoint;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.matching.Explanation;
import org.esfkit.matching.Scorer;

/** The built-in scorers behind {@link org.esfkit.matching.Scorers}; each explains its score. */
public final class BuiltinScorers {
  private BuiltinScorers() {}

  /** The share of the task's required competences that the participant has. */
  public static final class CompetenceCoverage implements Scorer {
    /** The singleton. */
    public static final CompetenceCoverage INSTANCE = new CompetenceCoverage();

    private CompetenceCoverage() {}

    @Override
    public double score(Participant p, LowThresholdTask t) {
      Set<String> required = t.requiredCompetences();
      if (required.isEmpty()) {
        return 1.0;
      }
      int covered = 0;
      for (String c : required) {
        if (p.competences().contains(c)) {
          covered++;
        }
      }
      return (double) covered / required.size();
    }

    @Override
    public String name() {
      return "competence_coverage";
    }

    @Override
    public Explanation explain(Participant p, LowThresholdTask t) {
      Set<String> required = new TreeSet<>(t.requiredCompetences());
      if (required.isEmpty()) {
        return Explanation.of(1.0, name() + ": the task requires no particular competence");
      }
      Set<String> covered = new TreeSet<>(required);
      covered.retainAll(p.competences());
      return Explanation.of(score(p, t), name() + ": the participant has " + covered.size() + " of the "
          + required.size() + " required competences" + (covered.isEmpty() ? "" : " (" + String.join(", ", covered) + ")"));
    }
  }

  /**
   * The share of the participant's interests that the task touches: its required competences,
   * its demands or its occupation code.
   */
  public static final class Interests implements Scorer {
    /** The singleton. */
    public static final Interests INSTANCE = new Interests();

    private Interests() {}

    @Override
    public double score(Participant p, LowThresholdTask t) {
      Set<String> interests = p.interests();
      if (interests.isEmpty()) {
        return 0.0;
      }
      int hits = 0;
      for (String i : interests) {
        if (touches(t, i)) {
          hits++;
        }
      }
      return (double) hits / interests.size();
    }

    private static boolean touches(LowThresholdTask t, String interest) {
      return t.requiredCompetences().contains(interest) || t.demands().contains(interest)
          || interest.equals(t.occupationCode());
    }

    @Override
    public String name() {
      return "interests";
    }

    @Override
    public Explanation explain(Participant p, LowThresholdTask t) {
      if (p.interests().isEmpty()) {
        return Explanation.of(0.0, name() + ": the participant has no recorded interests");
      }
      Set<String> hits = new TreeSet<>();
      for (String i : p.interests()) {
        if (touches(t, i)) {
          hits.add(i);
        }
      }
      return Explanation.of(score(p, t), name() + ": the task touches " + hits.size() + " of the participant's "
          + p.interests().size() + " interests" + (hits.isEmpty() ? "" : " (" + String.join(", ", hits) + ")"));
    }
  }

  /**
   * The participant's own preferences, most preferred first: the first preference naming the
   * task's id or occupation code scores {@code 1 - (rank - 1) / count}; no match scores 0.
   */
  public static final class Preferences implements Scorer {
    /** The singleton. */
    public static final Preferences INSTANCE = new Preferences();

    private Preferences() {}

    @Override
    public double score(Participant p, LowThresholdTask t) {
      int rank = rank(p, t);
      return rank < 0 ? 0.0 : 1.0 - (double) rank / p.preferences().size();
    }

    private static int rank(Participant p, LowThresholdTask t) {
      List<String> prefs = p.preferences();
      for (int r = 0; r < prefs.size(); r++) {
        String pref = prefs.get(r);
        if (pref.equals(t.id()) || pref.equals(t.occupationCode())) {
          return r;
        }
      }
      return -1;
    }

    @Override
    public String name() {
      return "preferences";
    }

    @Override
    public Explanation explain(Participant p, LowThresholdTask t) {
      int rank = rank(p, t);
      if (rank < 0) {
        return Explanation.of(0.0, name() + ": the task is not among the participant's "
            + p.preferences().size() + " preferences");
      }
      return Explanation.of(score(p, t), name() + ": the task is preference " + (rank + 1) + " of "
          + p.preferences().size() + " (1 - " + rank + "/" + p.preferences().size() + ")");
    }
  }

  /** Closeness: {@code 1 - distance / km}, at least 0; 0 when a location is not recorded. */
  public static final class Distance implements Scorer {
    private final double km;

    /**
     * Creates the scorer.
     *
     * @param km the distance that scores 0; must be positive
     */
    public Distance(double km) {
      if (!(km > 0) || Double.isInfinite(km)) {
        throw new IllegalArgumentException("distance scorer km must be finite and > 0, got " + km);
      }
      this.km = km;
    }

    @Override
    public double score(Participant p, LowThresholdTask t) {
      GeoPoint a = p.location();
      GeoPoint b = t.location();
      if (a == null || b == null) {
        return 0.0;
      }
      return Math.max(0.0, 1.0 - a.distanceKm(b) / km);
    }

    @Override
    public String name() {
      return "distance";
    }

    @Override
    public Explanation explain(Participant p, LowThresholdTask t) {
      GeoPoint a = p.location();
      GeoPoint b = t.location();
      if (a == null || b == null) {
        return Explanation.of(0.0, name() + ": " + (b == null ? "the task's" : "the participant's")
            + " location is not recorded");
      }
      return Explanation.of(score(p, t), name() + ": " + Texts.number(a.distanceKm(b)) + " km; 1 - distance / "
          + Texts.number(km) + " km, at least 0");
    }
  }

  /**
   * Opt-in bonus: 1 when the participant wants a gender-breaking placement and the task's
   * dominant gender differs from theirs, else 0.
   */
  public static final class GenderBreakingBonus implements Scorer {
    /** The singleton. */
    public static final GenderBreakingBonus INSTANCE = new GenderBreakingBonus();

    private GenderBreakingBonus() {}

    @Override
    public double score(Participant p, LowThresholdTask t) {
      Gender dominant = t.dominantGender();
      return p.wantsGenderBreaking() && dominant != null && dominant != p.gender() ? 1.0 : 0.0;
    }

    @Override
    public String name() {
      return "gender_breaking_bonus";
    }

    @Override
    public Explanation explain(Participant p, LowThresholdTask t) {
      if (!p.wantsGenderBreaking()) {
        return Explanation.of(0.0, name() + ": the participant has not asked for a gender-breaking placement");
      }
      Gender dominant = t.dominantGender();
      if (dominant == null) {
        return Explanation.of(0.0, name() + ": the task's occupation has no recorded dominant gender");
      }
      return dominant != p.gender()
          ? Explanation.of(1.0, name() + ": the participant asked for a gender-breaking placement and the occupation is dominated by "
              + dominant.code())
          : Explanation.of(0.0, name() + ": the occupation is dominated by the participant's own gender");
    }
  }

  /** A scorer given a name. */
  public static final class Named implements Scorer {
    private final String name;
    private final Scorer delegate;

    /**
     * Wraps a scorer.
     *
     * @param name the name
     * @param delegate the scorer
     */
    public Named(String name, Scorer delegate) {
      this.name = name;
      this.delegate = delegate;
    }

    @Override
    public double score(Participant p, LowThresholdTask t) {
      return delegate.score(p, t);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Explanation explain(Participant p, LowThresholdTask t) {
      Explanation e = delegate.explain(p, t);
      return Explanation.of(e.value(), name + ": " + e.description(), e.details());
    }
  }
}
