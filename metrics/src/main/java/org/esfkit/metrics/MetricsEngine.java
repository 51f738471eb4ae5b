package org.esfkit.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.BiFunction;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.esfkit.core.AgeBand;
import org.esfkit.core.Dimension;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Gender;
import org.esfkit.core.Milestone;
import org.esfkit.core.Subgroup;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.Target;
import org.esfkit.core.TargetGroup;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.internal.Columns;
import org.esfkit.metrics.internal.CommonIndicators;
import org.esfkit.metrics.internal.CountCalculator;
import org.esfkit.metrics.internal.EnrolmentCalculator;
import org.esfkit.metrics.internal.LengthCalculator;
import org.esfkit.metrics.internal.Timeline;
import org.esfkit.metrics.internal.Verdicts;
import org.esfkit.metrics.internal.ShareCalculator;
import org.esfkit.metrics.internal.SharedPass;
import org.esfkit.metrics.spi.Codes;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.spi.Indicator;
import org.esfkit.metrics.spi.Metric;
import org.esfkit.metrics.spi.MetricAccumulator;
import org.esfkit.metrics.spi.TargetCalculator;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates targets and indicators over a {@link Cohort} as of a date. Immutable and thread-safe:
 * one engine may evaluate many cohorts from many threads at once.
 *
 * <pre>{@code
 * MetricsEngine engine = MetricsEngine.standard();
 * Evaluation ev = engine.evaluate(cohort, LocalDate.of(2014, 12, 31));
 * List<IndicatorResult> eu = engine.indicators(cohort, LocalDate.of(2014, 12, 31));
 * }</pre>
 *
 * <p>Evaluation feeds participants to every metric in blocks of {@value #BLOCK} rows, so the
 * columns a block needs stay in cache while all targets read them. Built-in targets that tally
 * rows the same way (share targets with the same measure and window, all enrolment targets) share
 * one pass over each block; each target then takes its numbers from that tally. {@link #evaluateParallel}
 * splits every table into parts, evaluates the parts on the common fork-join pool and merges
 * their accumulators; it gives the same results as {@link #evaluate}.
 */
public final class MetricsEngine {
  /** Participant rows fed to all metrics at a time. */
  public static final int BLOCK = 4096;

  private final List<TargetCalculator> calculators;
  private final List<Indicator> added;

  private MetricsEngine(List<TargetCalculator> calculators, List<Indicator> added) {
    this.calculators = List.copyOf(calculators);
    this.added = List.copyOf(added);
  }

  /**
   * The built-in calculators and indicators, plus any found through {@link ServiceLoader}.
   *
   * @return the engine
   */
  public static MetricsEngine standard() {
    return builder().loadServices().build();
  }

  /**
   * Starts an engine with the built-ins; add calculators and indicators explicitly, or load them
   * with {@link Builder#loadServices()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The calculators, those added by users first.
   *
   * @return the calculators
   */
  public List<TargetCalculator> calculators() {
    return calculators;
  }

  /**
   * Finds a calculator by name.
   *
   * @param name e.g. {@code share}
   * @return the first calculator with that name
   * @throws IllegalArgumentException naming the unknown name and the known ones
   */
  public TargetCalculator calculator(String name) {
    return calculators.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no target calculator named '" + name + "'; known: "
            + calculators.stream().map(TargetCalculator::name).distinct().collect(Collectors.joining(", "))));
  }

  /**
   * The ESF+ indicators, then those added to the engine.
   *
   * @return the indicators
   */
  public List<Indicator> indicators() {
    return indicators(IndicatorList.ESF_PLUS);
  }

  /**
   * The indicators of a built-in list, then those added to the engine.
   *
   * @param list the built-in list
   * @return the indicators
   */
  public List<Indicator> indicators(IndicatorList list) {
    List<Indicator> all = new ArrayList<>(list.indicators());
    all.addAll(added);
    return Collections.unmodifiableList(all);
  }

  /**
   * Finds an indicator by code, in every built-in list and among those added.
   *
   * @param code e.g. {@code EECR04} or {@code CO01}
   * @return the indicator
   * @throws IllegalArgumentException naming the unknown code
   */
  public Indicator indicator(String code) {
    return Stream.concat(Stream.of(IndicatorList.values()).flatMap(l -> l.indicators().stream()), added.stream())
        .filter(i -> i.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no indicator with code '" + code + "'"));
  }

  /**
   * The metric evaluating a target: the first calculator that supports it.
   *
   * @param target the target
   * @return the metric
   * @throws IllegalArgumentException if no calculator supports the target
   */
  public Metric metric(Target target) {
    for (TargetCalculator c : calculators) {
      if (c.supports(target)) {
        return c.metric(target);
      }
    }
    throw new IllegalArgumentException("no calculator supports target '" + target.id() + "' of type "
        + target.type().code());
  }

  /**
   * Evaluates every target of the cohort's project.
   *
   * @param cohort a cohort with a project
   * @param asOf the as-of date
   * @return the results, in the project's order
   * @throws NullPointerException naming the parameter that is null
   * @throws IllegalStateException if the cohort has no project
   */
  public Evaluation evaluate(Cohort cohort, LocalDate asOf) {
    checkArguments(cohort, asOf);
    return evaluation(cohort, asOf, bySubgroup(cohort, cohort.requireProject().targets(),
        (tables, metrics) -> results(feedPart(tables, asOf, metrics, 0, 1))));
  }

  /**
   * Evaluates targets grouped by their {@code where}: each group's metrics in one pass over the
   * tables of its subgroup (the whole cohort for targets without {@code where}).
   */
  private List<TargetResult> bySubgroup(Cohort cohort, List<Target> targets,
      BiFunction<CohortTables, List<Metric>, List<TargetResult>> run) {
    Map<Subgroup, List<Integer>> groups = new LinkedHashMap<>();
    for (int k = 0; k < targets.size(); k++) {
      groups.computeIfAbsent(targets.get(k).where(), w -> new ArrayList<>()).add(k);
    }
    TargetResult[] out = new TargetResult[targets.size()];
    groups.forEach((where, indices) -> {
      List<Metric> metrics = new ArrayList<>(indices.size());
      for (int k : indices) {
        metrics.add(metric(targets.get(k)));
      }
      List<TargetResult> rs = run.apply(tablesOf(cohort, where), metrics);
      for (int j = 0; j < indices.size(); j++) {
        out[indices.get(j)] = rs.get(j);
      }
    });
    return List.of(out);
  }

  private static CohortTables tablesOf(Cohort cohort, @Nullable Subgroup where) {
    return where == null ? cohort.tables() : cohort.select(where);
  }

  private static List<TargetResult> results(List<MetricAccumulator> accs) {
    List<TargetResult> out = new ArrayList<>(accs.size());
    for (MetricAccumulator a : accs) {
      out.add(a.result());
    }
    return out;
  }

  /**
   * The cells of every target's breakdown: the target evaluated once per value of each of its
   * {@code by} dimensions found among its {@code where}'s participants.
   */
  private List<Breakdown> breakdowns(Cohort cohort, LocalDate asOf, List<Target> targets) {
    List<Breakdown> out = new ArrayList<>();
    for (Target t : targets) {
      if (t.by().isEmpty()) {
        continue;
      }
      Subgroup base = t.where() == null ? Subgroup.builder().build() : t.where();
      Columns scope = t.where() == null ? (Columns) cohort.tables() : cohort.select(t.where());
      for (Dimension d : t.by()) {
        for (String value : values(scope, d)) {
          Columns cell = cohort.select(base.with(d, value));
          TargetResult r = results(feedPart(cell, asOf, List.of(metric(t)), 0, 1)).get(0);
          out.add(Breakdown.builder().targetId(t.id()).dimension(d).value(value).result(r).build());
        }
      }
    }
    return out;
  }

  /** The values of a dimension found in the tables: register order, or declaration order for codes. */
  private static List<String> values(Columns c, Dimension d) {
    List<String> out = new ArrayList<>();
    switch (d) {
      case SITE:
        for (int s = 0; s < c.siteCount(); s++) {
          out.add(c.siteName(s));
        }
        break;
      case REFERRAL:
        for (int s = 0; s < c.referralCount(); s++) {
          out.add(c.referralName(s));
        }
        break;
      case TARGET_GROUP:
        int any = 0;
        for (int i = 0; i < c.participantCount(); i++) {
          any |= c.targetGroups(i);
        }
        for (TargetGroup g : TargetGroup.values()) {
          if ((any & (1 << Codes.of(g))) != 0) {
            out.add(g.code());
          }
        }
        break;
      default:
        boolean[] seen = new boolean[AgeBand.values().length];
        for (int i = 0; i < c.participantCount(); i++) {
          AgeBand band = c.ageBand(i);
          if (band != null) {
            seen[band.ordinal()] = true;
          }
        }
        for (AgeBand b : AgeBand.values()) {
          if (seen[b.ordinal()]) {
            out.add(b.code());
          }
        }
    }
    return out;
  }

  private static void checkArguments(Cohort cohort, LocalDate asOf) {
    Objects.requireNonNull(cohort, "cohort must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null: give the date to evaluate as of");
  }

  /**
   * The ids behind one target's result: the participants (or employers, tasks, achievements)
   * counted in the numerator and considered in the denominator. Computed on demand by running the
   * target's metric again; results never hold them.
   *
   * @param cohort the cohort
   * @param asOf the as-of date
   * @param target the target
   * @return the audit
   * @throws UnsupportedOperationException if the target's metric keeps no audit
   */
  public Audit audit(Cohort cohort, LocalDate asOf, Target target) {
    checkArguments(cohort, asOf);
    Metric m = metric(Objects.requireNonNull(target, "target must not be null"));
    return feedPart(tablesOf(cohort, target.where()), asOf, List.of(m), 0, 1).get(0).audit();
  }

  /**
   * The ids behind a metric's result, as {@link #audit(Cohort, LocalDate, Target)}.
   *
   * @param cohort the cohort
   * @param asOf the as-of date
   * @param metric the metric
   * @return the audit
   * @throws UnsupportedOperationException if the metric keeps no audit
   */
  public Audit audit(Cohort cohort, LocalDate asOf, Metric metric) {
    checkArguments(cohort, asOf);
    return feedPart(cohort.tables(), asOf, List.of(metric), 0, 1).get(0).audit();
  }

  /**
   * Every target of the cohort's project at each month end: {@code series(cohort, asOf, SeriesStep.MONTH)}.
   *
   * @param cohort a cohort with a project
   * @param asOf the as-of date
   * @return one series per target, in the project's order; empty points before the project starts
   */
  public List<TargetSeries> series(Cohort cohort, LocalDate asOf) {
    return series(cohort, asOf, SeriesStep.MONTH);
  }

  /**
   * Every target of the cohort's project over time: its value and status at each month end (or
   * quarter end) from the project's start up to the as-of date (or the project's end, if
   * earlier), and on that last day itself when it is not a step's end; and its milestones judged
   * on their dates. Every built-in target computes all dates, the milestones' among them, in one
   * pass over its table (each participant's, placement's, task's contribution is bucketed by the
   * dates on which it changes, and the tallies at every date are prefix sums); the passes of a
   * subgroup read the participants in blocks of {@value #BLOCK} rows together, as evaluating as
   * of one date does, and targets that share a pass then share it here too. Targets of
   * calculators added to the engine are evaluated date by date. Each point equals
   * {@link #evaluate(Cohort, LocalDate, Target)} as of its date; each milestone equals it for
   * {@link Milestone#applyTo the milestone's target} as of the milestone's date.
   *
   * @param cohort a cohort with a project
   * @param asOf the as-of date
   * @param step month ends or quarter ends
   * @return one series per target, in the project's order; empty points before the project starts
   * @throws NullPointerException naming the parameter that is null
   */
  public List<TargetSeries> series(Cohort cohort, LocalDate asOf, SeriesStep step) {
    checkArguments(cohort, asOf);
    Objects.requireNonNull(step, "step must not be null");
    EsfProject p = cohort.requireProject();
    List<LocalDate> points = seriesDates(p, asOf, step);
    List<Target> targets = p.targets();
    // the points and every milestone due, each date once
    java.util.TreeSet<LocalDate> all = new java.util.TreeSet<>(points);
    for (Target t : targets) {
      for (Milestone ms : t.milestones()) {
        if (!ms.on().isAfter(asOf)) {
          all.add(ms.on());
        }
      }
    }
    LocalDate[] dates = all.toArray(new LocalDate[0]);
    Map<LocalDate, Integer> indexOf = new HashMap<>();
    for (int k = 0; k < dates.length; k++) {
      indexOf.put(dates[k], k);
    }
    Map<Subgroup, List<Target>> groups = new LinkedHashMap<>();
    for (Target t : targets) {
      groups.computeIfAbsent(t.where(), w -> new ArrayList<>()).add(t);
    }
    Map<Target, TargetSeries> out = new IdentityHashMap<>();
    groups.forEach((where, group) -> {
      CohortTables tables = tablesOf(cohort, where);
      Map<Object, Object> tallies = tallies(tables, group, dates);
      for (Target t : group) {
        Metric m = metric(t);
        List<TargetSeries.Point> pts = new ArrayList<>(points.size());
        for (LocalDate d : points) {
          pts.add(new TargetSeries.Point(d, resultAt(cohort, tables, t, m, d, indexOf.get(d), tallies)));
        }
        List<TargetSeries.MilestoneResult> milestones = new ArrayList<>();
        for (Milestone ms : t.milestones()) {
          Target judged = ms.applyTo(t);
          milestones.add(new TargetSeries.MilestoneResult(ms, ms.on().isAfter(asOf) ? null
              : resultAt(cohort, tables, judged, metric(judged), ms.on(), indexOf.get(ms.on()), tallies)));
        }
        out.put(t, new TargetSeries(t.id(), pts, milestones));
      }
    });
    return targets.stream().map(out::get).toList();
  }

  /**
   * The one pass of a subgroup's targets over all dates: one {@link Timeline.Sweep} per key, fed
   * the participant rows in blocks, as {@link #feedPart} feeds accumulators.
   *
   * @return each key's tallies
   */
  private Map<Object, Object> tallies(CohortTables tables, List<Target> targets, LocalDate[] dates) {
    Map<Object, Timeline.Sweep> passes = new LinkedHashMap<>();
    if (dates.length > 0) {
      int[] days = new int[dates.length];
      for (int k = 0; k < dates.length; k++) {
        days[k] = (int) dates[k].toEpochDay();
      }
      for (Target t : targets) {
        Metric m = metric(t);
        if (m instanceof Timeline) {
          Timeline tl = (Timeline) m;
          passes.computeIfAbsent(tl.timelineKey(), k -> tl.newPass(tables, days));
        }
      }
    }
    for (int lo = 0, n = tables.participantCount(); lo < n; lo += BLOCK) {
      int hi = Math.min(n, lo + BLOCK);
      for (Timeline.Sweep p : passes.values()) {
        p.participants(tables, lo, hi);
      }
    }
    Map<Object, Object> out = new HashMap<>();
    passes.forEach((key, p) -> out.put(key, p.tallies(tables)));
    return out;
  }

  /**
   * A target as of one of the series' dates: from its key's tallies, or, for a metric that keeps
   * no timeline (a calculator added to the engine), evaluated as of the date.
   */
  private TargetResult resultAt(Cohort cohort, CohortTables tables, Target t, Metric m, LocalDate date, int k,
      Map<Object, Object> tallies) {
    if (m instanceof Timeline) {
      Object tally = tallies.get(((Timeline) m).timelineKey());
      if (tally == null) {
        // a milestone's target has its target's key; anything else is a bug in a built-in metric
        throw new IllegalStateException("no timeline tallied for target '" + t.id() + "'");
      }
      return ((Timeline) m).result(tables, date, k, tally);
    }
    return evaluate(cohort, date, t);
  }

  /**
   * The step's ends from the project's start to the last day (as-of or the project's end, if
   * earlier), and that day itself when it is not a step's end; none when it is before the start.
   */
  static List<LocalDate> seriesDates(EsfProject p, LocalDate asOf, SeriesStep step) {
    LocalDate last = asOf.isBefore(p.period().end()) ? asOf : p.period().end();
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = step.endOf(p.period().start()); d.isBefore(last); d = step.endOf(d.plusDays(1))) {
      dates.add(d);
    }
    if (!last.isBefore(p.period().start())) {
      dates.add(last);
    }
    return dates;
  }

  /**
   * Evaluates every target of the cohort's project in {@code parts} parts on the common fork-join
   * pool, merging the parts' accumulators. Gives the same results as {@link #evaluate(Cohort, LocalDate)}.
   *
   * @param cohort a cohort with a project
   * @param asOf the as-of date
   * @param parts number of parts, at least 1
   * @return the results, in the project's order
   */
  public Evaluation evaluateParallel(Cohort cohort, LocalDate asOf, int parts) {
    checkArguments(cohort, asOf);
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1, was " + parts);
    }
    return evaluation(cohort, asOf, bySubgroup(cohort, cohort.requireProject().targets(),
        (tables, metrics) -> results(IntStream.range(0, parts).parallel()
            .mapToObj(p -> feedPart(tables, asOf, metrics, p, parts))
            .reduce(MetricsEngine::mergeAll)
            .orElseThrow())));
  }

  /**
   * Evaluates a single target.
   *
   * @param cohort the cohort
   * @param asOf the as-of date
   * @param target the target (need not belong to the cohort's project)
   * @return the result
   */
  public TargetResult evaluate(Cohort cohort, LocalDate asOf, Target target) {
    checkArguments(cohort, asOf);
    return bySubgroup(cohort, List.of(target), (tables, metrics) -> results(feedPart(tables, asOf, metrics, 0, 1)))
        .get(0);
  }

  /**
   * Evaluates metrics, such as further target types not expressible as a project {@link Target}.
   *
   * @param cohort the cohort
   * @param asOf the as-of date
   * @param metrics the metrics
   * @return one result per metric, in order
   */
  public List<TargetResult> evaluate(Cohort cohort, LocalDate asOf, List<Metric> metrics) {
    checkArguments(cohort, asOf);
    List<MetricAccumulator> accs = feedPart(cohort.tables(), asOf, metrics, 0, 1);
    List<TargetResult> out = new ArrayList<>(accs.size());
    for (MetricAccumulator a : accs) {
      out.add(a.result());
    }
    return out;
  }

  /**
   * Counts, by gender, the indicators of the list that fits the cohort's project
   * ({@link IndicatorList#forCohort}), then those added to the engine.
   *
   * @param cohort the cohort (a project is not needed)
   * @param asOf the as-of date
   * @return one result per indicator, in order
   */
  public List<IndicatorResult> indicators(Cohort cohort, LocalDate asOf) {
    checkArguments(cohort, asOf);
    return indicators(cohort, asOf, IndicatorList.forCohort(cohort));
  }

  /**
   * Counts, by gender, the indicators of a given built-in list, then those added to the engine,
   * over the complete records only: {@code count(cohort, asOf, list).results()}.
   *
   * @param cohort the cohort (a project is not needed)
   * @param asOf the as-of date
   * @param list the built-in list, whatever the project's programme period
   * @return one result per indicator, in order
   */
  public List<IndicatorResult> indicators(Cohort cohort, LocalDate asOf, IndicatorList list) {
    return count(cohort, asOf, list).results();
  }

  /**
   * Counts the indicators of a built-in list, then those added to the engine, the way the funder
   * counts them: the grand total is every participant enrolled on or before the date; a record
   * enters the indicators only when it holds every field of {@link IndicatorList#requiredFields()};
   * the count says which fields are missing how often and whose age is uncertain at the list's
   * age boundaries.
   *
   * @param cohort the cohort (a project is not needed)
   * @param asOf the as-of date
   * @param list the built-in list, whatever the project's programme period
   * @return the count
   */
  public IndicatorCount count(Cohort cohort, LocalDate asOf, IndicatorList list) {
    checkArguments(cohort, asOf);
    Objects.requireNonNull(list, "list must not be null");
    CohortTables tables = cohort.tables();
    int n = tables.participantCount();
    int day = (int) asOf.toEpochDay();
    Set<PersonalDataField> required = list.requiredFields();
    // per participant: arrays only (no iterator, no boxing)
    PersonalDataField[] fields = required.toArray(new PersonalDataField[0]);
    long[] lacking = new long[fields.length];
    Map<Integer, List<String>> uncertain = new LinkedHashMap<>();
    list.ageBoundaries().forEach(b -> uncertain.put(b, new ArrayList<>()));
    int[] boundaries = uncertain.keySet().stream().mapToInt(Integer::intValue).toArray();
    List<List<String>> idsAt = new ArrayList<>(uncertain.values());
    boolean[] complete = new boolean[n];
    long[] grand = new long[Codes.GENDERS];
    long completeCount = 0;
    for (int i = 0; i < n; i++) {
      if (tables.enrolledOn(i) > day) {
        continue;
      }
      grand[tables.gender(i)]++;
      boolean ok = true;
      for (int f = 0; f < fields.length; f++) {
        if (CommonIndicators.lacks(tables, i, fields[f])) {
          lacking[f]++;
          ok = false;
        }
      }
      if (ok) {
        complete[i] = true;
        completeCount++;
        for (int b = 0; b < boundaries.length; b++) {
          if (CommonIndicators.ageUncertainAt(tables, i, boundaries[b])) {
            idsAt.get(b).add(tables.participantId(i));
          }
        }
      }
    }
    Map<PersonalDataField, Long> missing = new EnumMap<>(PersonalDataField.class);
    for (int f = 0; f < fields.length; f++) {
      missing.put(fields[f], lacking[f]);
    }
    EsfProject project = cohort.project();
    LabourStatus group = project == null ? null : project.operationTargetGroup();
    List<Indicator> builtIn = list.indicators();
    List<IndicatorResult> out = new ArrayList<>();
    for (Indicator ind : indicators(list)) {
      IntPredicate test = ind.prepare(tables, asOf);
      long[] byGender = new long[Codes.GENDERS];
      for (int i = 0; i < n; i++) {
        if (complete[i] && test.test(i)) {
          byGender[tables.gender(i)]++;
        }
      }
      long total = 0;
      for (long g : byGender) {
        total += g;
      }
      boolean ofList = builtIn.contains(ind);
      out.add(IndicatorResult.builder().code(ind.code()).name(ind.name()).asOf(asOf).total(total)
          .byGender(Verdicts.countsByGender(byGender)).list(ofList ? list : null)
          .source(ofList ? CommonIndicators.source(ind, list.regulation()) : "added to the engine (programme-specific)")
          .fromOperationTargetGroup(group != null && CommonIndicators.countsLabourStatus(ind)).build());
    }
    Map<Integer, List<String>> uncertainIds = new LinkedHashMap<>();
    uncertain.forEach((b, ids) -> uncertainIds.put(b, List.copyOf(ids)));
    return IndicatorCount.builder().list(list).asOf(asOf).grandTotal(LongStream.of(grand).sum())
        .grandTotalByGender(Verdicts.countsByGender(grand)).complete(completeCount).missingByField(missing)
        .ageUncertain(uncertainIds).operationTargetGroup(group).results(out).build();
  }

  private Evaluation evaluation(Cohort cohort, LocalDate asOf, List<TargetResult> results) {
    EsfProject p = cohort.requireProject();
    return Evaluation.builder().projectNumber(p.projectNumber()).asOf(asOf).results(results)
        .breakdowns(breakdowns(cohort, asOf, p.targets())).build();
  }

  private static List<MetricAccumulator> feedPart(CohortTables c, LocalDate asOf, List<Metric> metrics, int part, int parts) {
    List<MetricAccumulator> accs = new ArrayList<>(metrics.size());
    List<MetricAccumulator> direct = new ArrayList<>(metrics.size());
    Map<Object, SharedPass> passes = new LinkedHashMap<>();
    Map<MetricAccumulator, SharedPass> sharing = new IdentityHashMap<>();
    for (Metric m : metrics) {
      MetricAccumulator a = m.newAccumulator(c, asOf);
      accs.add(a);
      if (m instanceof SharedPass.Sharing) {
        SharedPass.Sharing s = (SharedPass.Sharing) m;
        sharing.put(a, passes.computeIfAbsent(s.passKey(), k -> s.newPass(c, asOf)));
      } else {
        direct.add(a);
      }
    }
    int from = slice(c.participantCount(), part, parts);
    int to = slice(c.participantCount(), part + 1, parts);
    for (int lo = from; lo < to; lo += BLOCK) {
      int hi = Math.min(to, lo + BLOCK);
      for (SharedPass p : passes.values()) {
        p.participants(c, lo, hi);
      }
      for (MetricAccumulator a : direct) {
        a.participants(c, lo, hi);
      }
    }
    sharing.forEach((a, p) -> p.addTo(a));
    for (MetricAccumulator a : accs) {
      a.placements(c, slice(c.placementCount(), part, parts), slice(c.placementCount(), part + 1, parts));
      a.tasks(c, slice(c.taskCount(), part, parts), slice(c.taskCount(), part + 1, parts));
      a.achievements(c, slice(c.achievementCount(), part, parts), slice(c.achievementCount(), part + 1, parts));
    }
    return accs;
  }

  private static int slice(int size, int part, int parts) {
    return (int) ((long) size * part / parts);
  }

  private static List<MetricAccumulator> mergeAll(List<MetricAccumulator> a, List<MetricAccumulator> b) {
    for (int i = 0; i < a.size(); i++) {
      a.get(i).merge(b.get(i));
    }
    return a;
  }

  /**
   * Builds a {@link MetricsEngine}. The built-in calculators and indicators are always included.
   * Not thread-safe; use one builder per thread.
   */
  public static final class Builder {
    private final List<TargetCalculator> calculators = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a calculator; it is asked before the built-ins (and before calculators added later).
     *
     * @param calculator the calculator
     * @return this builder
     */
    public Builder calculator(TargetCalculator calculator) {
      calculators.add(calculator);
      return this;
    }

    /**
     * Adds an indicator, counted after the built-in list's indicators whichever list is counted.
     *
     * @param indicator the indicator
     * @return this builder
     * @throws IllegalArgumentException if its code is already taken, by an added indicator or by
     *     an indicator a built-in list computes (a code the list does not compute, such as
     *     {@code CO04}, may be added: the indicator then fills that gap)
     */
    public Builder indicator(Indicator indicator) {
      boolean taken = indicators.stream().anyMatch(i -> i.code().equals(indicator.code()))
          || Stream.of(IndicatorList.values()).flatMap(l -> l.indicators().stream())
              .anyMatch(i -> i.code().equals(indicator.code()));
      if (taken) {
        throw new IllegalArgumentException("indicator code '" + indicator.code() + "' is already registered");
      }
      indicators.add(indicator);
      return this;
    }

    /**
     * Adds every {@link TargetCalculator} and {@link Indicator} found by {@link ServiceLoader}.
     *
     * @return this builder
     */
    public Builder loadServices() {
      ServiceLoader.load(TargetCalculator.class).forEach(this::calculator);
      ServiceLoader.load(Indicator.class).forEach(this::indicator);
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return the engine
     */
    public MetricsEngine build() {
      List<TargetCalculator> all = new ArrayList<>(calculators);
      all.add(new ShareCalculator());
      all.add(new CountCalculator(TargetType.COUNT));
      all.add(new CountCalculator(TargetType.GROWTH));
      all.add(new EnrolmentCalculator());
      all.add(new LengthCalculator());
      return new MetricsEngine(Collections.unmodifiableList(all), indicators);
    }
  }
}
