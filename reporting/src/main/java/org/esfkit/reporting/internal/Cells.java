package org.esfkit.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.Dimension;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.PathwayPhase;
import org.esfkit.core.Target;
import org.esfkit.metrics.Breakdown;
import org.esfkit.metrics.CostMetrics;
import org.esfkit.metrics.PathwayPhases;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.IndicatorCount;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.ParticipationLength;
import org.esfkit.metrics.PersonalDataField;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.ParticipantShare;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.TargetSeries;
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
 * The same population shown in two places (the participants enrolled in the facts, in an
 * enrolment target, in the costs and at the last point of the series; the successful outcomes of the
 * costs and the outcome target's successes; the grand total of the completeness table and those
 * enrolled, by gender those of an enrolment target; the complete records and the indicator of all
 * participants) is a group of two: hidden in one place, hidden in all.
 *
 * <ol>
 *   <li>Primary: a cell below the threshold is hidden; so is a part whose complement in its group
 *       ({@code total − part}) lies in {@code 1..threshold−1}, which would otherwise put the few
 *       others in plain sight (20 of 21 men shows the one other person).</li>
 *   <li>Secondary, repeated across all groups until nothing changes: in a group where exactly one
 *       cell is hidden, it could be recovered by subtraction; in a group whose total is shown, the
 *       hidden parts' sum ({@code total − shown parts}) is known, and if it is below the threshold
 *       (zero included) the hidden parts are a small cell together. Either way the smallest part
 *       still shown is hidden too (ties: the first in the group's order; the total when no part is
 *       left).</li>
 *   <li>Over time, in the same loop: each quantity of a target (successes, those counted, those
 *       who did not succeed, pending), from its series' points (total rows only), its milestones
 *       and its own figure on the report date, and those enrolled, from the enrolment series and
 *       the facts, is a chain of cells by date; no two shown cells of a chain may differ by
 *       {@code 1..threshold−1} ({@link #exposedChange}), whatever the series' step.</li>
 * </ol>
 * Every hidden cell is shown the same way ({@link Cell#MASK}), so the form gives nothing away. In
 * internal mode nothing is hidden. Only {@link Figures} reads the decision; the keys are private to
 * the two.
 */
final class Cells {
  /** The row of a breakdown that holds everyone. */
  static final String TOTAL = "total";

  /** The indicators that count every complete record: ESF+ and ESF 2014–2020. */
  private static final List<String> TOTAL_INDICATORS = List.of("EECO01", "CO-TOTAL");

  private final Map<String, Long> values = new LinkedHashMap<>();
  private final List<List<String>> groups = new ArrayList<>();
  private final List<List<Dated>> chains = new ArrayList<>();
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
   * The grand total of participants among a gender or in total.
   *
   * @param row a gender code or {@link #TOTAL}
   * @return the key
   */
  static String grandTotal(String row) {
    return "completeness/grand-total/" + row;
  }

  /**
   * Participants whose record is complete.
   *
   * @return the key
   */
  static String complete() {
    return "completeness/complete";
  }

  /**
   * Participants whose record lacks a field.
   *
   * @param field the field
   * @return the key
   */
  static String missing(PersonalDataField field) {
    return "completeness/missing/" + field.code();
  }

  /**
   * Participants whose age is uncertain at a boundary.
   *
   * @param boundary the age
   * @return the key
   */
  static String ageUncertain(int boundary) {
    return "completeness/age-uncertain/" + boundary;
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

  /**
   * The id a breakdown cell's counts are keyed under, as if it were a target of its own.
   *
   * @param b the cell
   * @return e.g. {@code enrol/by/site/Avesta}
   */
  static String breakdown(Breakdown b) {
    return b.targetId() + "/by/" + b.dimension().code() + "/" + b.value();
  }

  private void register(ProgressReport r) {
    for (TargetResult t : r.targets()) {
      if (Figures.countsPeople(t)) {
        registerTarget(t.id(), t, Figures.target(r, t.id()));
      }
    }
    // a breakdown's cells add up to the target's total, less those without a value (the rest,
    // never printed): a group, so that no cell can be recovered by subtraction. Target groups
    // overlap and form no group.
    Map<String, List<String>> numerators = new LinkedHashMap<>();
    Map<String, List<String>> denominators = new LinkedHashMap<>();
    for (Breakdown b : r.breakdowns()) {
      if (!Figures.countsPeople(b.result())) {
        continue;
      }
      String id = breakdown(b);
      registerTarget(id, b.result(), Figures.target(r, b.targetId()));
      if (b.dimension() != Dimension.TARGET_GROUP) {
        String key = b.targetId() + "/by/" + b.dimension().code();
        numerators.computeIfAbsent(key, k -> new ArrayList<>()).add(numerator(id, TOTAL));
        if (b.result() instanceof ParticipantShare) {
          denominators.computeIfAbsent(key, k -> new ArrayList<>()).add(denominator(id, TOTAL));
        }
      }
    }
    numerators.forEach((key, parts) -> restGroup(numerator(key.substring(0, key.indexOf("/by/")), TOTAL),
        key + "/numerator/rest", parts));
    denominators.forEach((key, parts) -> restGroup(denominator(key.substring(0, key.indexOf("/by/")), TOTAL),
        key + "/denominator/rest", parts));
    List<String> sites = Figures.factSites(r);
    cell(enrolled(), r.enrolment().total());
    // an enrolment target about a subgroup and everyone enrolled differ by those outside it, which
    // must not be a small cell either: a group with that rest (never printed)
    for (TargetResult t : r.targets()) {
      Target target = Figures.target(r, t.id());
      if (t instanceof EnrolmentResult && target != null && target.where() != null) {
        restGroup(enrolled(), t.id() + "/outside-subgroup", List.of(numerator(t.id(), TOTAL)));
      }
    }
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
    IndicatorCount count = r.indicatorCount();
    if (count != null) {
      registerCompleteness(count);
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
    for (TargetSeries s : r.series()) {
      registerSeries(r, s);
    }
    PathwayPhases phases = r.phases();
    if (phases != null) {
      List<String> rows = new ArrayList<>();
      for (PathwayPhase ph : PathwayPhase.values()) {
        phaseCells(phase(ph.code(), TOTAL), ph.code(), phases.byPhase().get(ph));
        rows.add(phase(ph.code(), TOTAL));
      }
      phaseCells(phase("none", TOTAL), "none", phases.withoutPhase());
      rows.add(phase("none", TOTAL));
      // the phases' totals add up to everyone active, which the report does not print but the
      // enrolment and the targets' figures come close to: treat it as a derivable total
      long active = 0;
      for (String k : rows) {
        active += values.get(k);
      }
      cell("phases/active", active);
      groups.add(concat("phases/active", rows));
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
    List<Dated> enrolment = new ArrayList<>();
    for (int i = 0; i < r.enrolmentOverTime().size(); i++) {
      LocalDate date = r.enrolmentOverTime().get(i).asOf();
      cell(enrolmentPoint(i), r.enrolmentOverTime().get(i).total());
      enrolment.add(new Dated(date, enrolmentPoint(i)));
      if (date.equals(r.asOf())) {
        same(enrolled(), enrolmentPoint(i));
      }
      // an enrolment target's point on the same date counts the same people (unless it has a where)
      for (TargetSeries s : r.series()) {
        for (int k = 0; k < s.points().size(); k++) {
          if (s.points().get(k).date().equals(date) && s.points().get(k).result() instanceof EnrolmentResult
              && !about(r, s.targetId())) {
            same(enrolmentPoint(i), numerator(series(s.targetId(), k), TOTAL));
          }
        }
      }
    }
    enrolment.add(new Dated(r.asOf(), enrolled()));
    chain(enrolment);
    // a subgroup's enrolment on a date, against those enrolled by the next date the report shows
    // them for (enrolment only grows, so that bounds those enrolled that day from above): the rest
    // must not be a small cell, lest it pin those outside the subgroup to one
    for (TargetSeries s : r.series()) {
      if (!about(r, s.targetId())) {
        continue;
      }
      for (int k = 0; k < s.points().size(); k++) {
        if (!(s.points().get(k).result() instanceof EnrolmentResult)) {
          continue;
        }
        LocalDate date = s.points().get(k).date();
        for (int i = 0; i < r.enrolmentOverTime().size(); i++) {
          if (!r.enrolmentOverTime().get(i).asOf().isBefore(date)) {
            restGroup(enrolmentPoint(i), series(s.targetId(), k) + "/outside-subgroup",
                List.of(numerator(series(s.targetId(), k), TOTAL)));
            break;
          }
        }
      }
    }
    for (TargetResult t : r.targets()) {
      if (t instanceof EnrolmentResult e) {
        same(enrolled(), numerator(t.id(), TOTAL));
        for (String s : e.bySite().keySet()) {
          same(site(s), targetSite(t.id(), s));
        }
      }
    }
    if (count != null) {
      same(enrolled(), grandTotal(TOTAL));
      for (TargetResult t : r.targets()) {
        if (t instanceof EnrolmentResult) {
          for (Gender g : Gender.values()) {
            same(grandTotal(g.code()), numerator(t.id(), g.code()));
          }
        }
      }
      for (String code : TOTAL_INDICATORS) {
        same(complete(), indicator(code, TOTAL));
      }
    }
    if (cost != null) {
      same(enrolled(), costParticipants());
      if (cost.outcomeTargets().size() == 1) {
        same(numerator(cost.outcomeTargets().get(0), TOTAL), costOutcomes());
      } else if (!cost.outcomeTargets().isEmpty()) {
        // each participant with a success is counted once; when no one succeeded in two targets
        // (distinct statuses at exit) the targets' successes add up to the costs' outcomes, and
        // one hidden target's successes could be recovered by subtraction: a group
        List<String> group = new ArrayList<>(List.of(costOutcomes()));
        long sum = 0;
        for (String id : cost.outcomeTargets()) {
          String key = numerator(id, TOTAL);
          sum += values.getOrDefault(key, -1L);
          group.add(key);
        }
        if (values.containsKey(costOutcomes()) && group.stream().allMatch(values::containsKey)
            && sum == values.get(costOutcomes())) {
          groups.add(group);
        }
      }
    }
  }

  /** Whether a target is about a subgroup ({@code where}). */
  private static boolean about(ProgressReport r, String id) {
    Target target = Figures.target(r, id);
    return target != null && target.where() != null;
  }

  /** A cell of a quantity observed on a date. */
  private record Dated(LocalDate date, String key) {}

  /**
   * A target over time: each point and milestone judged is registered with its total row only,
   * and each of its quantities (successes, those counted, those who did not succeed, pending;
   * those enrolled; a count) forms a chain over the dates, the target's own cell on the report
   * date included. Cells of one quantity on one date are the same population.
   */
  private void registerSeries(ProgressReport r, TargetSeries s) {
    String id = s.targetId();
    Target target = Figures.target(r, id);
    Map<String, List<Dated>> quantities = new LinkedHashMap<>();
    TargetResult table = r.targets().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    if (table != null && Figures.countsPeople(table)) {
      dated(quantities, id, r.asOf());
    }
    for (int k = 0; k < s.points().size(); k++) {
      TargetResult t = s.points().get(k).result();
      if (Figures.countsPeople(t)) {
        registerTarget(series(id, k), t, target, true);
        dated(quantities, series(id, k), s.points().get(k).date());
      }
    }
    for (int k = 0; k < s.milestones().size(); k++) {
      TargetResult t = s.milestones().get(k).result();
      if (t != null && Figures.countsPeople(t)) {
        registerTarget(milestone(id, k), t, target, true);
        dated(quantities, milestone(id, k), s.milestones().get(k).milestone().on());
      }
    }
    quantities.values().forEach(this::chain);
  }

  /** Adds a target's registered total cells to the chains of their quantities. */
  private void dated(Map<String, List<Dated>> quantities, String id, LocalDate date) {
    // the quantities in a fixed order, so that the decision does not depend on a map's order
    List<String> keys = List.of(numerator(id, TOTAL), denominator(id, TOTAL), failures(id, TOTAL), pending(id));
    List<String> names = List.of("numerator", "denominator", "failures", "pending");
    for (int q = 0; q < keys.size(); q++) {
      if (values.containsKey(keys.get(q))) {
        quantities.computeIfAbsent(names.get(q), n -> new ArrayList<>()).add(new Dated(date, keys.get(q)));
      }
    }
  }

  /**
   * A quantity over time, in date order: the cells on one date are linked as the same population,
   * and the change between any two dates must not be a small cell (see {@link #exposedChange}).
   */
  private void chain(List<Dated> cells) {
    List<Dated> sorted = new ArrayList<>(cells);
    sorted.sort(Comparator.comparing(Dated::date));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
        same(sorted.get(i - 1).key(), sorted.get(i).key());
      }
    }
    if (sorted.size() > 1) {
      chains.add(sorted);
    }
  }

  /**
   * Two cells that show the same population, when both are registered and equal (a report put
   * together by hand may hold two different populations): a group of two.
   */
  private void same(String a, String b) {
    if (values.containsKey(a) && values.containsKey(b) && values.get(a).equals(values.get(b))) {
      groups.add(List.of(a, b));
    }
  }

  /**
   * The grand total and its genders add up; so do the complete and incomplete records, and, per
   * field, those who lack it and those who hold it (never printed, derivable).
   */
  private void registerCompleteness(IndicatorCount c) {
    cell(grandTotal(TOTAL), c.grandTotal());
    List<String> parts = new ArrayList<>();
    for (Gender g : Gender.values()) {
      cell(grandTotal(g.code()), c.grandTotalByGender().getOrDefault(g, 0L));
      parts.add(grandTotal(g.code()));
    }
    groups.add(concat(grandTotal(TOTAL), parts));
    cell(complete(), c.complete());
    cell("completeness/incomplete", c.grandTotal() - c.complete());
    groups.add(List.of(grandTotal(TOTAL), complete(), "completeness/incomplete"));
    c.missingByField().forEach((f, n) -> {
      cell(missing(f), n);
      cell("completeness/holding/" + f.code(), c.grandTotal() - n);
      groups.add(List.of(grandTotal(TOTAL), missing(f), "completeness/holding/" + f.code()));
    });
    c.ageUncertain().forEach((b, ids) -> cell(ageUncertain(b), ids.size()));
  }

  /**
   * The id a point of a target's series is keyed under, as if it were a target of its own.
   *
   * @param target the target id
   * @param index the point's index
   * @return the id
   */
  static String series(String target, int index) {
    return target + "/series/" + index;
  }

  /**
   * The id a milestone's verdict is keyed under.
   *
   * @param target the target id
   * @param index the milestone's index
   * @return the id
   */
  static String milestone(String target, int index) {
    return target + "/milestone/" + index;
  }

  private void phaseCells(String total, String row, Map<Gender, Long> byGender) {
    long sum = 0;
    List<String> parts = new ArrayList<>();
    for (Gender g : Gender.values()) {
      cell(phase(row, g.code()), byGender.get(g));
      parts.add(phase(row, g.code()));
      sum += byGender.get(g);
    }
    cell(total, sum);
    groups.add(concat(total, parts));
  }

  /**
   * Active participants in a phase (or {@code none}) among a gender or in total.
   *
   * @param phase a phase code or {@code none}
   * @param row a gender code or {@link #TOTAL}
   * @return the key
   */
  static String phase(String phase, String row) {
    return "phases/" + phase + "/" + row;
  }

  private void restGroup(String total, String rest, List<String> parts) {
    Long all = values.get(total);
    if (all == null || parts.stream().anyMatch(k -> !values.containsKey(k))) {
      return;
    }
    cell(rest, all - parts.stream().mapToLong(values::get).sum());
    List<String> g = concat(total, parts);
    g.add(rest);
    groups.add(g);
  }

  private void registerTarget(String id, TargetResult t, @Nullable Target target) {
    registerTarget(id, t, target, false);
  }

  /**
   * Registers a target's cells and groups.
   *
   * @param totalsOnly only the total row (a series point or milestone, which a shared report shows
   *     without its breakdowns and forecast)
   */
  private void registerTarget(String id, TargetResult t, @Nullable Target target, boolean totalsOnly) {
    if (t instanceof ParticipantShare s) {
      cell(numerator(id, TOTAL), s.numerator());
      if (target == null ? s.pending() > 0 : target.measure() == Measure.FOLLOW_UP_STATUS) {
        cell(pending(id), s.pending());
      }
      if (s.forecast() != null && !totalsOnly) {
        cell(remaining(id), s.forecast().remaining());
      }
      long den = s.denominator();
      cell(denominator(id, TOTAL), den);
      cell(failures(id, TOTAL), den - s.numerator());
      groups.add(List.of(denominator(id, TOTAL), numerator(id, TOTAL), failures(id, TOTAL)));
      if (totalsOnly) {
        return;
      }
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
      if (totalsOnly) {
        return;
      }
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
    for (List<String> g : groups) {
      long total = values.get(g.get(0));
      for (String part : g.subList(1, g.size())) {
        long complement = total - values.get(part);
        if (complement > 0 && complement < threshold) {
          hidden.add(part);
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (List<String> g : groups) {
        if (exposed(g)) {
          hidden.add(nextToHide(g));
          changed = true;
        }
      }
      for (List<Dated> c : chains) {
        String next = exposedChange(c);
        if (next != null) {
          hidden.add(next);
          changed = true;
        }
      }
    }
  }

  /**
   * A quantity over time gives a small cell away when two of its shown cells on different dates
   * differ by {@code 1..threshold−1} (up or down): the people who came or went in between. Then
   * the later of the two is hidden, or the earlier when the later is on the chain's last date
   * (the report date, whose figure the targets table shows); pairs are tried latest first, so a
   * run of equal values before a small step is hidden rather than the figures after it (14, 14,
   * 15, 15 on the report date shows 15, 15). All pairs are checked, not only
   * neighbours, since a quantity may go down as well as up (a participant who re-enters is no
   * longer among those who have left).
   *
   * @return the cell to hide, or null when the chain gives nothing away
   */
  private @Nullable String exposedChange(List<Dated> chain) {
    LocalDate last = chain.get(chain.size() - 1).date();
    // latest first, so that the cells closest to the report date stay shown
    for (int j = chain.size() - 1; j > 0; j--) {
      Dated b = chain.get(j);
      if (hidden.contains(b.key())) {
        continue;
      }
      for (int i = j - 1; i >= 0; i--) {
        Dated a = chain.get(i);
        if (hidden.contains(a.key()) || a.date().equals(b.date())) {
          continue;
        }
        long change = Math.abs(values.get(b.key()) - values.get(a.key()));
        if (change > 0 && change < threshold) {
          return b.date().equals(last) ? a.key() : b.key();
        }
      }
    }
    return null;
  }

  /**
   * Whether a group gives a hidden cell away: exactly one is hidden, or the total is shown and the
   * hidden parts add up to less than the threshold.
   */
  private boolean exposed(List<String> group) {
    long hiddenInGroup = group.stream().filter(hidden::contains).count();
    if (hiddenInGroup == 0 || hiddenInGroup == group.size()) {
      return false;
    }
    if (hiddenInGroup == 1) {
      return true;
    }
    if (hidden.contains(group.get(0))) {
      return false;
    }
    long hiddenSum = values.get(group.get(0));
    for (String part : group.subList(1, group.size())) {
      if (!hidden.contains(part)) {
        hiddenSum -= values.get(part);
      }
    }
    return hiddenSum < threshold;
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
