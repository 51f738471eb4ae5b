package org.esfkit.reporting.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.esfkit.core.CountOf;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Gender;
import org.esfkit.core.PathwayPhase;
import org.esfkit.core.Money;
import org.esfkit.core.Parity;
import org.esfkit.core.ParticipationRange;
import org.esfkit.core.Target;
import org.esfkit.metrics.Breakdown;
import org.esfkit.metrics.CostMetrics;
import org.esfkit.metrics.SeriesStep;
import org.esfkit.metrics.TargetSeries;
import org.esfkit.metrics.PathwayPhases;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.Forecast;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.IndicatorCount;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.ParticipationLength;
import org.esfkit.metrics.PersonalDataField;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.ParticipantShare;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.WilsonInterval;
import org.esfkit.reporting.MatchingSummary;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportOptions;
import org.jspecify.annotations.Nullable;

/**
 * Every figure of a report as a typed {@link Cell}, suppression decided once ({@link Cells}) for
 * all formats. Numerator, denominator and value follow the {@code esfkit metrics} JSON contract
 * for each kind of target: a share's successes of those counted; a count (no denominator); a
 * growth's current count over its baseline; an enrolment's enrolled over planned.
 *
 * <p>Counts of tasks, social enterprises and employers are not counts of people and are never
 * hidden. Placements are not people either, but each belongs to one participant, so a small count
 * points at a few people: they stay subject to suppression.
 */
public final class Figures {
  private static final Set<CountOf> NOT_PEOPLE = EnumSet.of(
      CountOf.TASKS_IDENTIFIED, CountOf.SOCIAL_ENTERPRISES_ESTABLISHED, CountOf.EMPLOYERS_HOSTING_INTERNS);

  /**
   * A target's figures.
   *
   * @param result the result
   * @param target the project's target of the same id, or null (a further metric)
   * @param numerator see the class comment
   * @param denominator see the class comment
   * @param value the share, count, growth or enrolled / planned
   * @param wilsonLow lower bound of a share's interval
   * @param wilsonHigh upper bound of a share's interval
   * @param pending follow-ups still open
   * @param numerators by gender (shares: successes; enrolment: enrolled), empty for counts
   * @param denominators by gender (shares), empty otherwise
   * @param shares by gender: a share's share, or each gender's part of those enrolled
   * @param sites enrolled per site (enrolment), in the result's order
   * @param shareWomen women among those enrolled (enrolment)
   * @param forecast the forecast (shares), or null
   * @param needed successes still needed (forecast)
   * @param remaining participants still active or pending (forecast)
   * @param verdictHidden whether the status, {@code achieved} and the reason are hidden: they are
   *     decided from a hidden count (a share's numerator or denominator, with parity also the
   *     women's and men's; a count; those enrolled), so they would tell something of it
   * @param finalHidden whether {@code final} is hidden: it says whether anyone is pending, a hidden count
   * @param outlookHidden whether the forecast's outlook (reachable or not) is hidden: it compares
   *     the successes still needed with the participants remaining, one of them hidden
   * @param totalsOnly whether only the total row is shown: a point of a series or a milestone in a
   *     shared report, whose breakdowns (by gender, by site, the women's share and the gender
   *     balance) and forecast are left out, and whose verdict is hidden when it depends on them
   *     (parity, gender balance); the maps are then empty and the forecast null
   */
  public record TargetFigures(TargetResult result, @Nullable Target target, Cell numerator, Cell denominator,
      Cell value, Cell wilsonLow, Cell wilsonHigh, Cell pending, Map<Gender, Cell> numerators,
      Map<Gender, Cell> denominators, Map<Gender, Cell> shares, Map<String, Cell> sites, Cell shareWomen,
      @Nullable Forecast forecast, Cell needed, Cell remaining, boolean verdictHidden, boolean finalHidden,
      boolean outlookHidden, boolean totalsOnly) {}

  /**
   * A site of the project facts.
   *
   * @param name the site
   * @param planned planned there, or null
   * @param enrolled enrolled there
   */
  public record SiteFigures(String name, @Nullable Integer planned, Cell enrolled) {}

  /**
   * An indicator's counts.
   *
   * @param result the indicator
   * @param total the total
   * @param byGender by gender, all four
   */
  public record IndicatorFigures(IndicatorResult result, Cell total, Map<Gender, Cell> byGender) {}

  /**
   * How complete the records are, next to the indicators.
   *
   * @param grandTotal every participant enrolled, complete record or not
   * @param grandTotalByGender the grand total by gender, all four
   * @param complete participants whose record is complete: the only ones the indicators count
   * @param completeShare complete over the grand total
   * @param missing per required field, those who lack it: the fields most often missing first (by
   *     count, then in the order of {@link PersonalDataField}), hidden counts last in that order, so
   *     the order says nothing of a hidden count
   * @param ageUncertain per age boundary, those whose age is known only from a birth year and could
   *     fall on either side
   */
  public record CompletenessFigures(Cell grandTotal, Map<Gender, Cell> grandTotalByGender, Cell complete,
      Cell completeShare, Map<PersonalDataField, Cell> missing, Map<Integer, Cell> ageUncertain) {}

  /**
   * Participation length.
   *
   * @param participants participants who have left
   * @param medianDays median days
   * @param meanDays mean days
   * @param planned the planned range as ISO-8601 periods ({@code P6M–P12M}), or null
   * @param within participants within the planned range, or null when none is planned
   */
  public record LengthFigures(Cell participants, Cell medianDays, Cell meanDays, @Nullable String planned,
      @Nullable Cell within) {}

  /**
   * Costs.
   *
   * @param cost the total budget
   * @param participants participants divided by
   * @param outcomes successful outcomes divided by
   * @param outcomeTargets the targets whose successes are the outcomes
   * @param perParticipant cost per participant
   * @param perOutcome cost per outcome
   */
  public record CostFigures(Money cost, Cell participants, Cell outcomes, List<String> outcomeTargets,
      Cell perParticipant, Cell perOutcome) {}

  /**
   * Matching.
   *
   * @param summary the summary
   * @param participants participants matched over
   * @param assigned assigned a task
   * @param unassigned left without one
   * @param meanScore the mean score of assigned pairs
   */
  public record MatchingFigures(MatchingSummary summary, Cell participants, Cell assigned, Cell unassigned,
      Cell meanScore) {}

  /**
   * A cell of a target's breakdown with its figures, suppressed like a target's.
   *
   * @param breakdown the cell
   * @param figures its figures
   */
  public record BreakdownFigures(Breakdown breakdown, TargetFigures figures) {}

  /**
   * A row of the phases table.
   *
   * @param phase the phase, or null for active participants without one
   * @param total all genders
   * @param byGender each gender
   */
  public record PhaseFigures(@Nullable PathwayPhase phase, Cell total, Map<Gender, Cell> byGender) {}

  /**
   * A target over time, each point and milestone with figures suppressed like a target's; in a
   * shared report with their total rows only, and hidden where the change from another date would
   * be a small cell ({@link Cells}).
   *
   * @param series the series
   * @param points the figures of each point
   * @param milestones the figures of each milestone judged, null for one not yet due
   */
  public record SeriesFigures(TargetSeries series, List<TargetFigures> points,
      List<@Nullable TargetFigures> milestones) {}

  private final Cells cells;
  private final Map<String, SeriesFigures> series = new LinkedHashMap<>();
  private final List<PhaseFigures> phases = new ArrayList<>();
  private final List<TargetFigures> targets = new ArrayList<>();
  private final Map<String, List<BreakdownFigures>> breakdowns = new LinkedHashMap<>();
  private final Cell enrolled;
  private final List<SiteFigures> sites = new ArrayList<>();
  private final List<IndicatorFigures> indicators = new ArrayList<>();
  private final @Nullable CompletenessFigures completeness;
  private final @Nullable LengthFigures length;
  private final @Nullable CostFigures costs;
  private final @Nullable MatchingFigures matching;
  private final List<Cell> enrolmentOverTime = new ArrayList<>();

  private Figures(ProgressReport r, ReportOptions options) {
    this.cells = Cells.of(r, options);
    for (TargetResult t : r.targets()) {
      targets.add(target(t.id(), t, target(r, t.id())));
    }
    for (Breakdown b : r.breakdowns()) {
      breakdowns.computeIfAbsent(b.targetId(), k -> new ArrayList<>())
          .add(new BreakdownFigures(b, target(Cells.breakdown(b), b.result(), target(r, b.targetId()))));
    }
    enrolled = count(Cells.enrolled(), r.enrolment().total());
    EsfProject p = r.project();
    for (String s : factSites(r)) {
      sites.add(new SiteFigures(s, p.plannedParticipantsBySite().get(s),
          count(Cells.site(s), r.enrolment().bySite().getOrDefault(s, 0L))));
    }
    for (IndicatorResult i : r.indicators()) {
      Map<Gender, Cell> by = new EnumMap<>(Gender.class);
      for (Gender g : Gender.values()) {
        by.put(g, count(Cells.indicator(i.code(), g.code()), i.byGender().getOrDefault(g, 0L)));
      }
      indicators.add(new IndicatorFigures(i, count(Cells.indicator(i.code(), Cells.TOTAL), i.total()), by));
    }
    for (TargetSeries s : r.series()) {
      Target target = target(r, s.targetId());
      List<TargetFigures> points = new ArrayList<>();
      boolean totalsOnly = !options.internal();
      for (int k = 0; k < s.points().size(); k++) {
        points.add(target(Cells.series(s.targetId(), k), s.points().get(k).result(), target, totalsOnly));
      }
      List<@Nullable TargetFigures> milestones = new ArrayList<>();
      for (int k = 0; k < s.milestones().size(); k++) {
        TargetResult m = s.milestones().get(k).result();
        milestones.add(m == null ? null : target(Cells.milestone(s.targetId(), k), m, target, totalsOnly));
      }
      series.put(s.targetId(), new SeriesFigures(s, points, milestones));
    }
    PathwayPhases ph = r.phases();
    if (ph != null) {
      for (PathwayPhase phase : PathwayPhase.values()) {
        phases.add(phase(phase, phase.code(), ph.byPhase().get(phase)));
      }
      phases.add(phase(null, "none", ph.withoutPhase()));
    }
    completeness = r.indicatorCount() == null ? null : completeness(r.indicatorCount());
    length = r.participationLength() == null ? null : length(r.participationLength(), p.plannedParticipation());
    costs = r.costs() == null || r.costs().cost() == null ? null : costs(r.costs());
    MatchingSummary m = r.matching();
    matching = m == null ? null : new MatchingFigures(m, count(Cells.matching("participants"), m.participants()),
        count(Cells.matching("assigned"), m.assigned()), count(Cells.matching("unassigned"), m.unassigned()),
        cells.hidden(Cells.matching("assigned")) ? Cell.MASKED
            : m.meanScore() == null ? Cell.NONE : new Cell.Number(m.meanScore(), 2));
    for (int i = 0; i < r.enrolmentOverTime().size(); i++) {
      enrolmentOverTime.add(count(Cells.enrolmentPoint(i), r.enrolmentOverTime().get(i).total()));
    }
  }

  /**
   * Decides every figure of a report.
   *
   * @param report the report
   * @param options the threshold and mode
   * @return the figures
   */
  public static Figures of(ProgressReport report, ReportOptions options) {
    if (options.seriesStep() == SeriesStep.MONTH) {
      return new Figures(report, options);
    }
    // every figure of the series, suppression among them, is of the points at the step asked for
    return new Figures(ProgressReport.builder().from(report)
        .series(report.series().stream().map(s -> s.every(options.seriesStep())).toList()).build(), options);
  }

  /**
   * Whether a target's counts are counts of people, subject to suppression.
   *
   * @param r the result
   * @return false for counts of tasks, social enterprises and employers
   */
  static boolean countsPeople(TargetResult r) {
    if (r instanceof CountResult c) {
      return !NOT_PEOPLE.contains(c.of());
    }
    if (r instanceof GrowthResult g) {
      return !NOT_PEOPLE.contains(g.of());
    }
    return true;
  }

  /**
   * The project's target of an id.
   *
   * @param r the report
   * @param id the id
   * @return the target, or null for a result of a further metric
   */
  static @Nullable Target target(ProgressReport r, String id) {
    return r.project().targets().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
  }

  /**
   * The sites the facts show: the project's planned sites in its order, then any other site
   * participants were enrolled at, by name; none when the project is not split by site.
   *
   * @param r the report
   * @return the site names
   */
  static List<String> factSites(ProgressReport r) {
    Map<String, Integer> planned = r.project().plannedParticipantsBySite();
    List<String> out = new ArrayList<>(planned.keySet());
    Set<String> others = new TreeSet<>();
    r.enrolment().bySite().forEach((s, n) -> {
      if (!planned.containsKey(s) && n > 0) {
        others.add(s);
      }
    });
    out.addAll(others);
    return out.size() > 1 || !planned.isEmpty() ? out : List.of();
  }

  private Cell count(String key, long n) {
    return cells.hidden(key) ? Cell.MASKED : new Cell.Count(n);
  }

  private boolean anyHidden(String... keys) {
    return cells.anyHidden(keys);
  }

  private TargetFigures target(String id, TargetResult t, @Nullable Target target) {
    return target(id, t, target, false);
  }

  private TargetFigures target(String id, TargetResult t, @Nullable Target target, boolean totalsOnly) {
    String num = Cells.numerator(id, Cells.TOTAL);
    String den = Cells.denominator(id, Cells.TOTAL);
    Map<Gender, Cell> nums = new EnumMap<>(Gender.class);
    Map<Gender, Cell> dens = new EnumMap<>(Gender.class);
    Map<Gender, Cell> shares = new EnumMap<>(Gender.class);
    Map<String, Cell> siteCells = new LinkedHashMap<>();
    boolean pendingHidden = cells.hidden(Cells.pending(id));
    if (t instanceof ParticipantShare s && totalsOnly) {
      boolean hideValue = anyHidden(num, den);
      boolean parity = target == null ? s.parityMet() != null : target.parity() != Parity.NONE;
      WilsonInterval w = s.wilson95();
      return new TargetFigures(t, target, count(num, s.numerator()), count(den, s.denominator()),
          derived(s.value(), hideValue), derived(w == null ? null : w.low(), hideValue),
          derived(w == null ? null : w.high(), hideValue), count(Cells.pending(id), s.pending()), Map.of(), Map.of(),
          Map.of(), Map.of(), Cell.NONE, null, Cell.NONE, Cell.NONE, hideValue || parity, pendingHidden, false, true);
    }
    if (t instanceof ParticipantShare s) {
      boolean hideValue = anyHidden(num, den);
      for (Gender g : Gender.values()) {
        Share gs = s.shareFor(g);
        String gn = Cells.numerator(id, g.code());
        String gd = Cells.denominator(id, g.code());
        nums.put(g, count(gn, gs.numerator()));
        dens.put(g, count(gd, gs.denominator()));
        shares.put(g, derived(gs.isDefined() ? gs.value() : null, anyHidden(gn, gd)));
      }
      boolean parity = target == null ? s.parityMet() != null : target.parity() != Parity.NONE;
      boolean verdictHidden = hideValue || parity && anyHidden(Cells.numerator(id, Gender.WOMAN.code()),
          Cells.denominator(id, Gender.WOMAN.code()), Cells.numerator(id, Gender.MAN.code()),
          Cells.denominator(id, Gender.MAN.code()));
      WilsonInterval w = s.wilson95();
      Forecast f = s.forecast();
      Cell needed = f == null ? Cell.NONE
          : anyHidden(num, den, Cells.remaining(id)) ? Cell.MASKED : new Cell.Count(f.needed());
      Cell remaining = f == null ? Cell.NONE : count(Cells.remaining(id), f.remaining());
      return new TargetFigures(t, target, count(num, s.numerator()), count(den, s.denominator()),
          derived(s.value(), hideValue), derived(w == null ? null : w.low(), hideValue),
          derived(w == null ? null : w.high(), hideValue),
          count(Cells.pending(id), s.pending()), nums, dens, shares, siteCells, Cell.NONE, f, needed, remaining,
          verdictHidden, pendingHidden, needed.masked() || remaining.masked(), false);
    }
    if (t instanceof EnrolmentResult e && totalsOnly) {
      return new TargetFigures(t, target, count(num, e.enrolled()), new Cell.Count(e.planned()),
          derived(e.value(), cells.hidden(num)), Cell.NONE, Cell.NONE, new Cell.Count(0), Map.of(), Map.of(), Map.of(),
          Map.of(), Cell.NONE, null, Cell.NONE, Cell.NONE, cells.hidden(num) || e.balance() != null, false, false,
          true);
    }
    if (t instanceof EnrolmentResult e) {
      for (Gender g : Gender.values()) {
        long n = e.byGender().get(g);
        nums.put(g, count(Cells.numerator(id, g.code()), n));
        shares.put(g, derived(e.enrolled() == 0 ? null : (double) n / e.enrolled(),
            anyHidden(Cells.numerator(id, g.code()), num)));
      }
      e.bySite().forEach((name, s) -> siteCells.put(name, count(Cells.targetSite(id, name), s.enrolled())));
      Cell women = derived(e.shareWomen(), anyHidden(num, Cells.numerator(id, Gender.WOMAN.code())));
      // with bounds on the share of women the verdict is decided from that share: hidden with it
      boolean verdictHidden = cells.hidden(num) || e.balance() != null && women.masked();
      return new TargetFigures(t, target, count(num, e.enrolled()), new Cell.Count(e.planned()),
          derived(e.value(), cells.hidden(num)), Cell.NONE, Cell.NONE, new Cell.Count(0),
          nums, dens, shares, siteCells, women, null, Cell.NONE, Cell.NONE, verdictHidden, false, false, false);
    }
    Long n;
    Cell denominator;
    Cell value;
    if (t instanceof GrowthResult g) {
      n = g.count();
      denominator = new Cell.Count(g.baseline());
      value = derived(g.growth(), cells.hidden(num));
    } else {
      n = ((CountResult) t).count();
      denominator = Cell.NONE;
      value = n == null ? Cell.NONE : count(num, n);
    }
    return new TargetFigures(t, target, n == null ? Cell.NONE : count(num, n), denominator, value, Cell.NONE,
        Cell.NONE, new Cell.Count(0), nums, dens, shares, siteCells, Cell.NONE, null, Cell.NONE, Cell.NONE,
        n != null && cells.hidden(num), false, false, totalsOnly);
  }

  /**
   * A ratio computed from counts: masked when one of them is hidden, whether or not it is defined
   * (an empty denominator must look like a hidden one), undefined only when nothing is hidden.
   */
  private static Cell derived(@Nullable Double value, boolean hide) {
    return hide ? Cell.MASKED : value == null ? Cell.NONE : new Cell.Ratio(value);
  }

  private LengthFigures length(ParticipationLength len, @Nullable ParticipationRange range) {
    boolean hide = cells.hidden(Cells.lengthParticipants());
    Share within = len.withinPlanned();
    return new LengthFigures(count(Cells.lengthParticipants(), len.exited()), days(len.medianDays(), hide),
        days(len.meanDays(), hide), range == null ? null : range.min() + "–" + range.max(),
        within == null ? null : count(Cells.lengthWithin(), within.numerator()));
  }

  private CompletenessFigures completeness(IndicatorCount c) {
    Map<Gender, Cell> by = new EnumMap<>(Gender.class);
    for (Gender g : Gender.values()) {
      by.put(g, count(Cells.grandTotal(g.code()), c.grandTotalByGender().getOrDefault(g, 0L)));
    }
    Double share = c.completeShare();
    List<PersonalDataField> fields = new ArrayList<>(c.missingByField().keySet());
    fields.sort(Comparator.comparing((PersonalDataField f) -> cells.hidden(Cells.missing(f)))
        .thenComparing(f -> cells.hidden(Cells.missing(f)) ? 0L : -c.missingByField().get(f))
        .thenComparing(Enum::ordinal));
    Map<PersonalDataField, Cell> missing = new LinkedHashMap<>();
    fields.forEach(f -> missing.put(f, count(Cells.missing(f), c.missingByField().get(f))));
    Map<Integer, Cell> uncertain = new LinkedHashMap<>();
    c.ageUncertain().forEach((b, ids) -> uncertain.put(b, count(Cells.ageUncertain(b), ids.size())));
    return new CompletenessFigures(count(Cells.grandTotal(Cells.TOTAL), c.grandTotal()), by,
        count(Cells.complete(), c.complete()), share == null ? Cell.NONE
            : anyHidden(Cells.complete(), Cells.grandTotal(Cells.TOTAL)) ? Cell.MASKED : new Cell.Ratio(share),
        missing, uncertain);
  }

  private static Cell days(@Nullable Double d, boolean hide) {
    return hide ? Cell.MASKED : d == null ? Cell.NONE : new Cell.Number(d, 1);
  }

  private CostFigures costs(CostMetrics c) {
    return new CostFigures(c.cost(), count(Cells.costParticipants(), c.participants()),
        count(Cells.costOutcomes(), c.successes()), c.outcomeTargets(),
        money(c.budgetPerParticipant(), Cells.costParticipants()), money(c.budgetPerSuccess(), Cells.costOutcomes()));
  }

  private Cell money(@Nullable Money m, String key) {
    return cells.hidden(key) ? Cell.MASKED : m == null ? Cell.NONE : new Cell.Amount(m);
  }

  private PhaseFigures phase(@Nullable PathwayPhase p, String key, Map<Gender, Long> counts) {
    Map<Gender, Cell> by = new EnumMap<>(Gender.class);
    long total = 0;
    for (Gender g : Gender.values()) {
      by.put(g, count(Cells.phase(key, g.code()), counts.get(g)));
      total += counts.get(g);
    }
    return new PhaseFigures(p, count(Cells.phase(key, Cells.TOTAL), total), by);
  }

  /**
   * A target over time.
   *
   * @param targetId the target's id
   * @return its series, or null when none was computed
   */
  public @Nullable SeriesFigures series(String targetId) {
    return series.get(targetId);
  }

  /**
   * The rows of the phases table: each phase in order, then those without a phase.
   *
   * @return the rows, empty when no pathway carries a phase event
   */
  public List<PhaseFigures> phases() {
    return Collections.unmodifiableList(phases);
  }

  /**
   * The targets' figures, in the report's order.
   *
   * @return the figures
   */
  public List<TargetFigures> targets() {
    return Collections.unmodifiableList(targets);
  }

  /**
   * The cells of a target's breakdown, in the evaluation's order.
   *
   * @param targetId the target's id
   * @return the cells, empty when it has no {@code by}
   */
  public List<BreakdownFigures> breakdowns(String targetId) {
    return breakdowns.getOrDefault(targetId, List.of());
  }

  /**
   * Participants enrolled as of the report date.
   *
   * @return the count
   */
  public Cell enrolled() {
    return enrolled;
  }

  /**
   * The facts' sites.
   *
   * @return the sites, empty when the project is not split by site
   */
  public List<SiteFigures> sites() {
    return Collections.unmodifiableList(sites);
  }

  /**
   * The indicators' counts.
   *
   * @return the counts
   */
  public List<IndicatorFigures> indicators() {
    return Collections.unmodifiableList(indicators);
  }

  /**
   * How complete the records are.
   *
   * @return the figures, or null when the report holds no indicator count
   */
  public @Nullable CompletenessFigures completeness() {
    return completeness;
  }

  /**
   * Participation length.
   *
   * @return the figures, or null
   */
  public @Nullable LengthFigures length() {
    return length;
  }

  /**
   * Costs.
   *
   * @return the figures, or null
   */
  public @Nullable CostFigures costs() {
    return costs;
  }

  /**
   * Matching.
   *
   * @return the figures, or null
   */
  public @Nullable MatchingFigures matching() {
    return matching;
  }

  /**
   * Enrolment over time, one cell per point of {@link ProgressReport#enrolmentOverTime()}.
   *
   * @return the cells
   */
  public List<Cell> enrolmentOverTime() {
    return Collections.unmodifiableList(enrolmentOverTime);
  }
}
