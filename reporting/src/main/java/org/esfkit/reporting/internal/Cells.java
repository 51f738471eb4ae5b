package org.esfkit.reporting.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.TargetType;
import org.esfkit.reporting.CostFigures;
import org.esfkit.reporting.GenderCount;
import org.esfkit.reporting.IndicatorRow;
import org.esfkit.reporting.MatchingSummary;
import org.esfkit.reporting.ParticipationLength;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.SiteRow;
import org.esfkit.reporting.TargetRow;
import org.jspecify.annotations.Nullable;

/**
 * Small-cell suppression: decides which counts of people a shared report hides. Every count of
 * people in the report is a cell with a key; some cells are never printed but can be derived (the
 * participants who did not succeed, {@code denominator − numerator}). Cells that add up form a
 * group: the parts and their total.
 *
 * <ol>
 *   <li>Primary: a cell below the threshold is hidden and shown as {@code <k}.</li>
 *   <li>Secondary: in any group where exactly one cell (part or total) is hidden, it could be
 *       recovered by subtraction, so the smallest part still shown is hidden too (ties: the first
 *       in the group's order; the total when no part is left). Repeated until no group has exactly
 *       one hidden cell. Such a cell may be large, so it is shown as hidden, not as {@code <k}.</li>
 * </ol>
 * In internal mode nothing is hidden.
 */
public final class Cells {
  /** The row of a breakdown that holds everyone. */
  public static final String TOTAL = "total";

  private final Map<String, Long> values = new LinkedHashMap<>();
  private final List<List<String>> groups = new ArrayList<>();
  private final Set<String> hidden = new HashSet<>();
  private final Set<String> primary = new HashSet<>();
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
  public static Cells of(ProgressReport report, ReportOptions options) {
    Cells c = new Cells(options.suppressionThreshold());
    c.register(report);
    if (!options.internal()) {
      c.suppress();
    }
    return c;
  }

  /**
   * How a hidden cell is shown: {@code <k} when it is below the threshold itself, the given word
   * when it is hidden only to protect another cell (it may be larger, so {@code <k} would be false).
   *
   * @param key the cell's key
   * @param secondary the word for a cell hidden to protect another, e.g. {@code hidden}
   * @return the text to show, or null when the cell is shown
   */
  public @Nullable String mask(String key, String secondary) {
    if (!hidden.contains(key)) {
      return null;
    }
    return primary.contains(key) ? "<" + threshold : secondary;
  }

  /**
   * Tells whether a cell is hidden. Keys not registered (counts of things other than people) are
   * never hidden.
   *
   * @param key the cell's key
   * @return true if hidden
   */
  public boolean hidden(String key) {
    return hidden.contains(key);
  }

  /**
   * Tells whether any of the cells is hidden.
   *
   * @param keys the cells' keys
   * @return true if one is hidden
   */
  public boolean anyHidden(String... keys) {
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
  public static String numerator(String target, String row) {
    return "target/" + target + "/numerator/" + row;
  }

  /**
   * The denominator of a target among a gender or in total.
   *
   * @param target the target id
   * @param row a gender code or {@link #TOTAL}
   * @return the key
   */
  public static String denominator(String target, String row) {
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
  public static String pending(String target) {
    return "target/" + target + "/pending";
  }

  /**
   * A target's participants still active or pending (forecast).
   *
   * @param target the target id
   * @return the key
   */
  public static String remaining(String target) {
    return "target/" + target + "/remaining";
  }

  /**
   * Participants enrolled at a site, as an enrolment target reports them.
   *
   * @param target the target id
   * @param site the site's name
   * @return the key
   */
  public static String targetSite(String target, String site) {
    return "target/" + target + "/site/" + site;
  }

  /**
   * Participants enrolled at a site, as the project facts report them.
   *
   * @param site the site's name
   * @return the key
   */
  public static String site(String site) {
    return "facts/site/" + site;
  }

  /**
   * Participants enrolled in the project.
   *
   * @return the key
   */
  public static String enrolled() {
    return "facts/enrolled";
  }

  /**
   * An indicator's count among a gender or in total.
   *
   * @param code the indicator code
   * @param row a gender code or {@link #TOTAL}
   * @return the key
   */
  public static String indicator(String code, String row) {
    return "indicator/" + code + "/" + row;
  }

  /**
   * Participants who have left, over whom participation length is taken.
   *
   * @return the key
   */
  public static String lengthParticipants() {
    return "length/participants";
  }

  /**
   * Participants whose length lies within the planned length.
   *
   * @return the key
   */
  public static String lengthWithin() {
    return "length/within";
  }

  /**
   * Participants the cost is divided by.
   *
   * @return the key
   */
  public static String costParticipants() {
    return "cost/participants";
  }

  /**
   * Successful outcomes the cost is divided by.
   *
   * @return the key
   */
  public static String costOutcomes() {
    return "cost/outcomes";
  }

  /**
   * Matching: participants, assigned or unassigned.
   *
   * @param which {@code participants}, {@code assigned} or {@code unassigned}
   * @return the key
   */
  public static String matching(String which) {
    return "matching/" + which;
  }

  /**
   * A point of the enrolment series.
   *
   * @param index the point's index
   * @return the key
   */
  public static String enrolmentPoint(int index) {
    return "enrolment/" + index;
  }

  private void register(ProgressReport r) {
    for (TargetRow t : r.targets()) {
      if (t.countsPeople()) {
        registerTarget(t);
      }
    }
    cell(enrolled(), r.facts().enrolledParticipants());
    group(enrolled(), r.facts().sites(), s -> site(s.name()));
    for (SiteRow s : r.facts().sites()) {
      cell(site(s.name()), s.enrolled());
    }
    for (IndicatorRow i : r.indicators()) {
      cell(indicator(i.code(), TOTAL), i.total());
      List<String> parts = new ArrayList<>();
      for (Gender g : Gender.values()) {
        cell(indicator(i.code(), g.code()), i.byGender().getOrDefault(g, 0));
        parts.add(indicator(i.code(), g.code()));
      }
      groups.add(concat(indicator(i.code(), TOTAL), parts));
    }
    ParticipationLength len = r.participationLength();
    if (len != null) {
      cell(lengthParticipants(), len.participants());
      if (len.withinPlanned() != null) {
        cell(lengthWithin(), len.withinPlanned());
        cell("length/outside", len.participants() - len.withinPlanned());
        groups.add(List.of(lengthParticipants(), lengthWithin(), "length/outside"));
      }
    }
    CostFigures cost = r.costs();
    if (cost != null) {
      cell(costParticipants(), cost.participants());
      cell(costOutcomes(), cost.successfulOutcomes());
    }
    MatchingSummary m = r.matching();
    if (m != null) {
      cell(matching("participants"), m.participants());
      cell(matching("assigned"), m.assigned());
      cell(matching("unassigned"), m.unassigned());
      groups.add(List.of(matching("participants"), matching("assigned"), matching("unassigned")));
    }
    for (int i = 0; i < r.enrolment().size(); i++) {
      cell(enrolmentPoint(i), r.enrolment().get(i).enrolled());
    }
  }

  private void registerTarget(TargetRow t) {
    String id = t.id();
    cell(numerator(id, TOTAL), t.numerator());
    if (t.measure() == Measure.FOLLOW_UP_STATUS) {
      cell(pending(id), t.pending());
    }
    if (t.forecast() != null) {
      cell(remaining(id), t.forecast().remaining());
    }
    Integer den = t.denominator();
    if (t.type() == TargetType.SHARE && den != null) {
      cell(denominator(id, TOTAL), den);
      cell(failures(id, TOTAL), den - t.numerator());
      groups.add(List.of(denominator(id, TOTAL), numerator(id, TOTAL), failures(id, TOTAL)));
      if (!t.byGender().isEmpty()) {
        List<String> nums = new ArrayList<>();
        List<String> dens = new ArrayList<>();
        List<String> fails = new ArrayList<>();
        for (Gender g : Gender.values()) {
          GenderCount gc = t.byGender().getOrDefault(g, GenderCount.of(0, 0));
          String c = g.code();
          cell(numerator(id, c), gc.numerator());
          cell(denominator(id, c), gc.denominator());
          cell(failures(id, c), gc.denominator() - gc.numerator());
          groups.add(List.of(denominator(id, c), numerator(id, c), failures(id, c)));
          nums.add(numerator(id, c));
          dens.add(denominator(id, c));
          fails.add(failures(id, c));
        }
        groups.add(concat(numerator(id, TOTAL), nums));
        groups.add(concat(denominator(id, TOTAL), dens));
        groups.add(concat(failures(id, TOTAL), fails));
      }
    } else if (t.type() == TargetType.ENROLMENT) {
      group(numerator(id, TOTAL), t.bySite(), s -> targetSite(id, s.name()));
      for (SiteRow s : t.bySite()) {
        cell(targetSite(id, s.name()), s.enrolled());
      }
      if (!t.byGender().isEmpty()) {
        List<String> parts = new ArrayList<>();
        for (Gender g : Gender.values()) {
          cell(numerator(id, g.code()), t.byGender().getOrDefault(g, GenderCount.of(0, 0)).numerator());
          parts.add(numerator(id, g.code()));
        }
        groups.add(concat(numerator(id, TOTAL), parts));
      }
    }
  }

  private void group(String total, List<SiteRow> sites, java.util.function.Function<SiteRow, String> key) {
    if (!sites.isEmpty()) {
      List<String> parts = new ArrayList<>();
      sites.forEach(s -> parts.add(key.apply(s)));
      groups.add(concat(total, parts));
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
        primary.add(k);
      }
    });
    hidden.addAll(primary);
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
