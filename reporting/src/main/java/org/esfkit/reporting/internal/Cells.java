package org.esfkit.reporting.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.Target;
import org.esfkit.metrics.CostMetrics;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.ParticipationLength;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.TargetResult;
import org.esfkit.reporting.MatchingSummary;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportOptions;
import org.jspecify.annotations.Nullable;

/**
 * Small-cell suppression: decides which counts of people a shared report hides. Every count of
 * people in the report is a cell with a key; some cells are never printed but can be derived (the
 * participants who did not succeed, {@code denominator − numerator}). Cells that add up form a
 * group: the parts and their total.
 *
 * <ol>
 *   <li>Primary: a cell below the threshold is hidden.</li>
 *   <li>Secondary: in any group where exactly one cell (part or total) is hidden, it could be
 *       recovered by subtraction, so the smallest part still shown is hidden too (ties: the first
 *       in the group's order; the total when no part is left). Repeated until no group has exactly
 *       one hidden cell.</li>
 * </ol>
 * Every hidden cell is shown the same way ({@link Cell#MASK}), so the form gives nothing away. In
 * internal mode nothing is hidden. Only {@link Figures} reads the decision; the keys are private to
 * the two.
 */
final class Cells {
  /** The row of a breakdown that holds everyone. */
  static final String TOTAL = "total";

  private final Map<String, Long> values = new LinkedHashMap<>();
  private final List<List<String>> groups = new ArrayList<>();
  private final Set<String> hidden = new HashSet<>();
  private final int threshold;

  private Cells(int threshold) {
    this.threshold = threshold;
  }

  /**
   * Decides the hidden cells of a report.
   *
   * @param report the report
   * @param options the threshold and mode
   * @return the decision
   */
  static Cells of(ProgressReport report, ReportOptions options) {
    Cells c = new Cells(options.suppressionThreshold());
    c.register(report);
    if (!options.internal()) {
      c.suppress();
    }
    return c;
  }

  /**
   * Tells whether a cell is hidden. Keys not registered (counts of things other than people) are
   * never hidden.
   *
   * @param key the cell's key
   * @return true if hidden
   */
  boolean hidden(String key) {
    return hidden.contains(key);
  }

  /**
   * Tells whether any of the cells is hidden.
   *
   * @param keys the cells' keys
   * @return true if one is hidden
   */
  boolean anyHidden(String... keys) {
    for (String k : keys) {
      if (hidden.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The numerator of a target among a gender or in total.
   *
   * @param target the target id
   * @param row a gender code or {@link #TOTAL}
   * @return the key
   */
  static String numerator(String target, String row) {
    return "target/" + target + "/numerator/" + row;
  }

  /**
   * The denominator of a target among a gender or in total.
   *
   * @param target the target id
   * @param row a gender code or {@link #TOTAL}
   * @return the key
   */
  static String denominator(String target, String row) {
    return "target/" + target + "/denominator/" + row;
  }

  /**
   * The participants who did not succeed (never printed, derivable).
   *
   * @param target the target id
   * @param row a gender code or {@link #TOTAL}
   * @return the key
   */
  static String failures(String target, String row) {
    return "target/" + target + "/failures/" + row;
  }

  /**
   * A target's pending follow-ups.
   *
   * @param target the target id
   * @return the key
   */
  static String pending(String target) {
    return "target/" + target + "/pending";
  }

  /**
   * A target's participants still active or pending (forecast).
   *
   * @param target the target id
   * @return the key
   */
  static String remaining(String target) {
    return "target/" + target + "/remaining";
  }

  /**
   * Participants enrolled at a site, as an enrolment target reports them.
   *
   * @param target the target id
   * @param site the site's name
   * @return the key
   */
  static String targetSite(String target, String site) {
    return "target/" + target + "/site/" + site;
  }

  /**
   * Participants enrolled at a site, as the project facts report them.
   *
   * @param site the site's name
   * @return the key
   */
  static String site(String site) {
    return "facts/site/" + site;
  }

  /**
   * Participants enrolled in the project.
   *
   * @return the key
   */
  static String enrolled() {
    return "facts/enrolled";
  }

  /**
   * An indicator's count among a gender or in total.
   *
   * @param code the indicator code
   * @param row a gender code or {@link #TOTAL}
   * @return the key
   */
  static String indicator(String code, String row) {
    return "indicator/" + code + "/" + row;
  }

  /**
   * Participants who have left, over whom participation length is taken.
   *
   * @return the key
   */
  static String lengthParticipants() {
    return "length/participants";
  }

  /**
   * Participants whose length lies within the planned length.
   *
   * @return the key
   */
  static String lengthWithin() {
    return "length/within";
  }

  /**
   * Participants the cost is divided by.
   *
   * @return the key
   */
  static String costParticipants() {
    return "cost/participants";
  }

  /**
   * Successful outcomes the cost is divided by.
   *
   * @return the key
   */
  static String costOutcomes() {
    return "cost/outcomes";
  }

  /**
   * Matching: participants, assigned or unassigned.
   *
   * @param which {@code participants}, {@code assigned} or {@code unassigned}
   * @return the key
   */
  static String matching(String which) {
    return "matching/" + which;
  }

  /**
   * A point of the enrolment series.
   *
   * @param index the point's index
   * @return the key
   */
  static String enrolmentPoint(int index) {
    return "enrolment/" + index;
  }

  private void register(ProgressReport r) {
    for (TargetResult t : r.targets()) {
      if (Figures.countsPeople(t)) {
        registerTarget(t, Figures.target(r, t.id()));
      }
    }
    List<String> sites = Figures.factSites(r);
    cell(enrolled(), r.enrolment().total());
    if (!sites.isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (String s : sites) {
        cell(site(s), r.enrolment().bySite().getOrDefault(s, 0L));
        parts.add(site(s));
      }
      groups.add(concat(enrolled(), parts));
    }
    for (IndicatorResult i : r.indicators()) {
      cell(indicator(i.code(), TOTAL), i.total());
      List<String> parts = new ArrayList<>();
      for (Gender g : Gender.values()) {
        cell(indicator(i.code(), g.code()), i.byGender().getOrDefault(g, 0L));
        parts.add(indicator(i.code(), g.code()));
      }
      groups.add(concat(indicator(i.code(), TOTAL), parts));
    }
    ParticipationLength len = r.participationLength();
    if (len != null) {
      cell(lengthParticipants(), len.exited());
      Share within = len.withinPlanned();
      if (within != null) {
        cell(lengthWithin(), within.numerator());
        cell("length/outside", len.exited() - within.numerator());
        groups.add(List.of(lengthParticipants(), lengthWithin(), "length/outside"));
      }
    }
    CostMetrics cost = r.costs();
    if (cost != null) {
      cell(costParticipants(), cost.participants());
      cell(costOutcomes(), cost.successes());
    }
    MatchingSummary m = r.matching();
    if (m != null) {
      cell(matching("participants"), m.participants());
      cell(matching("assigned"), m.assigned());
      cell(matching("unassigned"), m.unassigned());
      groups.add(List.of(matching("participants"), matching("assigned"), matching("unassigned")));
    }
    for (int i = 0; i < r.enrolmentOverTime().size(); i++) {
      cell(enrolmentPoint(i), r.enrolmentOverTime().get(i).total());
    }
  }

  private void registerTarget(TargetResult t, @Nullable Target target) {
    String id = t.id();
    if (t instanceof ShareResult s) {
      cell(numerator(id, TOTAL), s.numerator());
      if (target == null ? s.pending() > 0 : target.measure() == Measure.FOLLOW_UP_STATUS) {
        cell(pending(id), s.pending());
      }
      if (s.forecast() != null && s.forecast().remaining() > 0) {
        // no one remaining is a fact of the project's state, not a few people to protect
        cell(remaining(id), s.forecast().remaining());
      }
      long den = s.denominator();
      cell(denominator(id, TOTAL), den);
      cell(failures(id, TOTAL), den - s.numerator());
      groups.add(List.of(denominator(id, TOTAL), numerator(id, TOTAL), failures(id, TOTAL)));
      List<String> nums = new ArrayList<>();
      List<String> dens = new ArrayList<>();
      List<String> fails = new ArrayList<>();
      for (Gender g : Gender.values()) {
        Share gs = s.shareFor(g);
        String c = g.code();
        cell(numerator(id, c), gs.numerator());
        cell(denominator(id, c), gs.denominator());
        cell(failures(id, c), gs.denominator() - gs.numerator());
        groups.add(List.of(denominator(id, c), numerator(id, c), failures(id, c)));
        nums.add(numerator(id, c));
        dens.add(denominator(id, c));
        fails.add(failures(id, c));
      }
      groups.add(concat(numerator(id, TOTAL), nums));
      groups.add(concat(denominator(id, TOTAL), dens));
      groups.add(concat(failures(id, TOTAL), fails));
    } else if (t instanceof EnrolmentResult e) {
      cell(numerator(id, TOTAL), e.enrolled());
      List<String> sites = new ArrayList<>();
      e.bySite().forEach((name, s) -> {
        cell(targetSite(id, name), s.enrolled());
        sites.add(targetSite(id, name));
      });
      if (!sites.isEmpty()) {
        groups.add(concat(numerator(id, TOTAL), sites));
      }
      List<String> parts = new ArrayList<>();
      for (Gender g : Gender.values()) {
        cell(numerator(id, g.code()), e.byGender().get(g));
        parts.add(numerator(id, g.code()));
      }
      groups.add(concat(numerator(id, TOTAL), parts));
    } else if (t instanceof CountResult c && c.count() != null) {
      cell(numerator(id, TOTAL), c.count());
    } else if (t instanceof GrowthResult g && g.count() != null) {
      cell(numerator(id, TOTAL), g.count());
    }
  }

  private static List<String> concat(String total, List<String> parts) {
    List<String> g = new ArrayList<>();
    g.add(total);
    g.addAll(parts);
    return g;
  }

  private void cell(String key, long value) {
    values.put(key, value);
  }

  private void suppress() {
    values.forEach((k, v) -> {
      if (v < threshold) {
        hidden.add(k);
      }
    });
    boolean changed = true;
    while (changed) {
      changed = false;
      for (List<String> g : groups) {
        long hiddenInGroup = g.stream().filter(hidden::contains).count();
        if (hiddenInGroup == 1) {
          hidden.add(nextToHide(g));
          changed = true;
        }
      }
    }
  }

  /** The smallest part still shown (first on ties), or the total when every part is hidden. */
  private String nextToHide(List<String> group) {
    String best = null;
    for (String part : group.subList(1, group.size())) {
      if (!hidden.contains(part) && (best == null || values.get(part) < values.get(best))) {
        best = part;
      }
    }
    return best != null ? best : group.get(0);
  }
}
