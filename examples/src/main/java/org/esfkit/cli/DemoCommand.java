package org.esfkit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Gender;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Money;
import org.esfkit.core.Parity;
import org.esfkit.core.Participant;
import org.esfkit.core.Milestone;
import org.esfkit.core.Target;
import org.esfkit.core.io.Problem;
import org.esfkit.examples.Seed;
import org.esfkit.examples.SeedCohort;
import org.esfkit.examples.SeedFiles;
import org.esfkit.examples.SyntheticCohorts;
import org.esfkit.matching.Explanation;
import org.esfkit.matching.MatchingPolicy;
import org.esfkit.matching.MatchingProblem;
import org.esfkit.matching.MatchingResult;
import org.esfkit.matching.ScoredPair;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.Evaluation;
import org.esfkit.metrics.Forecast;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.PathwayPhases;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.LengthResult;
import org.esfkit.metrics.ParticipantShare;
import org.esfkit.metrics.TargetResult;
import org.esfkit.reporting.MatchingSummaries;
import org.esfkit.reporting.MatchingSummary;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.ReportWriter;
import org.jspecify.annotations.Nullable;

/**
 * {@code esfkit demo [--out DIR]}: the main job. For each of the five seed projects, on its
 * synthetic cohort: validates the data (the cohort, then its files as {@code esfkit validate}
 * would), evaluates every target halfway through the project and at its end, matches the
 * participants active halfway with the low-threshold tasks identified by then ({@code optimal},
 * built-in policy), writes progress reports, and prints a summary for a coordinator: which targets
 * are met, for women and for men, what is at risk, and where the reports are. Each step is a small
 * method. Needs no network and finishes in seconds.
 */
final class DemoCommand implements Command {
  static final String DEFAULT_OUT = "esfkit-demo";
  /** How many assigned pairs the summary shows per project. */
  static final int EXAMPLE_PAIRS = 3;

  /** Made when the demo first runs, not when the command line is read. */
  private static final class Defaults {
    static final MetricsEngine ENGINE = MetricsEngine.standard();
    static final ReportOptions SHARED = ReportOptions.defaults();

    private Defaults() {}
  }

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "the five seed projects: validate, evaluate, match, write reports, print a summary";
  }

  @Override
  public String help() {
    return "usage: esfkit demo [--out DIR]\n\n"
        + "Goes through the five seed projects (Alla kan arbeta, Kraftverket, Praktik - integration, SMÖT,\n"
        + "På väg till jobbet) on their deterministic synthetic cohorts:\n"
        + "  1. validates the cohort and writes its files under DIR/<seed>/ (project.json, participants.csv,\n"
        + "     participants.json, pathways.json, placements.csv, tasks.csv, tasks.json, employers.csv),\n"
        + "     then checks the files as 'esfkit validate' would;\n"
        + "  2. evaluates every target halfway through the project (the midpoint of its period) and at its\n"
        + "     end, overall and for women and men, and flags what is at risk;\n"
        + "  3. matches the participants active halfway with the tasks identified by then (strategy\n"
        + "     'optimal', built-in constraints and scorers, commute at most "
        + plain(BigDecimal.valueOf(MatchCommand.DEFAULT_MAX_COMMUTE_KM)) + " km);\n"
        + "  4. writes progress reports for sharing (counts below " + ReportOptions.DEFAULT_THRESHOLD
        + " suppressed, in Swedish):\n"
        + "     report-<end>.html and report-<end>.md as of the end date, report-<mid>.html halfway\n"
        + "     with the matching.\n"
        + "Prints a short summary: which targets are met, for women and for men, what is at risk, and\n"
        + "where the reports are. Matching suggests; a person decides.\n\n"
        + "options:\n"
        + "  --out DIR   where to write the files (default " + DEFAULT_OUT + "/)\n"
        + "  --help      this text\n";
  }

  @Override
  public Set<String> valuedOptions() {
    return Set.of("--out");
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws IOException {
    Path dir = Files.createDirectories(args.has("--out") ? args.requirePath("--out") : Path.of(DEFAULT_OUT));
    List<String> overview = new ArrayList<>();
    for (Seed seed : Seed.values()) {
      SeedCohort cohort = SyntheticCohorts.cohort(seed);
      cohort.validate();
      Path seedDir = dir.resolve(seed.slug());
      List<Path> files = SeedFiles.write(cohort, seedDir);
      if (!checkFiles(seedDir, err)) {
        return 2;
      }
      printFacts(cohort.project(), out);
      printCohort(cohort, seedDir, files, out);
      overview.add(evaluateMatchAndReport(cohort, seedDir, out));
      out.println();
    }
    out.println("== Summary at the end of each project");
    overview.forEach(out::println);
    out.println("Counts above are for the project's own staff; the reports are for sharing (counts below "
        + Defaults.SHARED.suppressionThreshold() + " hidden).");
    return 0;
  }

  /** Evaluates, matches and reports one project; returns its line for the closing summary. */
  private static String evaluateMatchAndReport(SeedCohort c, Path seedDir, PrintStream out) throws IOException {
    EsfProject p = c.project();
    LocalDate mid = midpoint(p);
    LocalDate end = p.period().end();
    Cohort cohort = Cohort.builder(p).register(c.register()).placements(c.placements()).tasks(c.tasks()).build();
    Evaluation atMid = Defaults.ENGINE.evaluate(cohort, mid);
    Evaluation atEnd = Defaults.ENGINE.evaluate(cohort, end);
    List<String> atRisk = printTargets(cohort, atMid, atEnd, out);
    printPhases(PathwayPhases.of(cohort, mid), out);
    List<LowThresholdTask> tasks = tasksIdentifiedBy(c.tasks(), mid);
    MatchingResult matching = match(activeOn(c, mid), tasks);
    printMatching(matching, mid, out);
    List<Path> reports = new ArrayList<>();
    ProgressReport endReport = report(c, cohort, atEnd, null);
    for (String ext : List.of("html", "md")) {
      reports.add(write(endReport, seedDir.resolve("report-" + end + "." + ext)));
    }
    reports.add(write(report(c, cohort, atMid, MatchingSummaries.of(matching, tasks.size())),
        seedDir.resolve("report-" + mid + ".html")));
    printReports(reports, out);
    return overviewLine(p, atEnd, atRisk);
  }

  /** The date halfway through the project's period (rounded down to a whole day). */
  static LocalDate midpoint(EsfProject p) {
    long days = ChronoUnit.DAYS.between(p.period().start(), p.period().end());
    return p.period().start().plusDays(days / 2);
  }

  /** Checks the written files as {@code esfkit validate} would; prints any problem on standard error. */
  private static boolean checkFiles(Path seedDir, PrintStream err) {
    List<Problem> problems = SeedFiles.check(seedDir);
    problems.forEach(err::println);
    return problems.stream().noneMatch(Problem::isError);
  }

  /** Prints what the project description states: name, number, owner, region, period, money, plan. */
  static void printFacts(EsfProject p, PrintStream out) {
    out.println("== " + p.name() + " (" + p.projectNumber() + ")");
    line(out, "owner", (p.owner() == null ? "not stated" : p.owner())
        + (p.region() == null ? "" : ", " + p.region().swedishName()));
    line(out, "period", p.period().start() + " to " + p.period().end() + " (programme period "
        + p.programmePeriod().code() + ")");
    line(out, "budget", sek(p.totalBudget()) + ", ESF grant " + sek(p.esfGrant()));
    line(out, "planned", planned(p));
  }

  /** Prints the cohort's size and where its files went. */
  private static void printCohort(SeedCohort c, Path dir, List<Path> files, PrintStream out) {
    line(out, "cohort", c.register().participants().size() + " participants, " + c.placements().size()
        + " placements, " + c.tasks().size() + " tasks, " + c.employers().size() + " employers (synthetic)");
    line(out, "data", dir + "/ (" + files.size() + " files, valid)");
  }

  /**
   * Prints each target at both dates and what is at risk.
   *
   * @return the ids of targets at risk halfway
   */
  private static List<String> printTargets(Cohort cohort, Evaluation atMid, Evaluation atEnd, PrintStream out) {
    EsfProject p = cohort.requireProject();
    out.println("  targets, halfway (" + atMid.asOf() + ") and at the end (" + atEnd.asOf() + "):");
    List<String> atRisk = new ArrayList<>();
    for (Target t : p.targets()) {
      out.printf(Locale.ROOT, "    %-28s %s%s%n", t.id(), threshold(t),
          t.description() == null ? "" : "  \"" + shorten(t.description(), 60) + "\"");
      TargetResult mid = atMid.result(t.id());
      out.println("      halfway  " + outcome(mid));
      out.println("      end      " + outcome(atEnd.result(t.id())));
      for (Milestone m : t.milestones()) {
        Target judged = m.applyTo(t);
        out.println("      milestone " + m.on() + ", " + condition(judged) + ": "
            + outcome(Defaults.ENGINE.evaluate(cohort, m.on(), judged)).stripTrailing());
      }
      String risk = risk(t, mid);
      if (risk != null) {
        atRisk.add(t.id());
        out.println("      AT RISK  " + risk);
      }
    }
    return atRisk;
  }

  /** The active participants per phase halfway, one line, when the pathways carry phases. */
  private static void printPhases(PathwayPhases phases, PrintStream out) {
    if (!phases.recorded()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    for (org.esfkit.core.PathwayPhase ph : org.esfkit.core.PathwayPhase.values()) {
      if (phases.total(ph) > 0) {
        parts.add(ph.code() + " " + phases.total(ph) + " (women " + phases.byPhase().get(ph).get(Gender.WOMAN)
            + ", men " + phases.byPhase().get(ph).get(Gender.MAN) + ")");
      }
    }
    long none = phases.withoutPhase().values().stream().mapToLong(Long::longValue).sum();
    out.println("  active by phase, halfway (" + phases.asOf() + "): " + (parts.isEmpty() ? "nobody in a phase"
        : String.join("; ", parts)) + (none > 0 ? "; no phase recorded " + none : ""));
  }

  /** One target's result in a line: status, value, women and men, pending. */
  static String outcome(TargetResult r) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-16s", status(r)));
    if (r.reason() != null && !(r instanceof ParticipantShare)) {
      return sb.append(r.reason()).toString();
    }
    if (r instanceof ParticipantShare s) {
      sb.append(s.numerator()).append(" of ").append(s.denominator()).append(" = ").append(percent(s.value()))
          .append("; women ").append(genderShare(s, Gender.WOMAN)).append(", men ")
          .append(genderShare(s, Gender.MAN));
      if (s.pending() > 0) {
        sb.append("; ").append(s.pending()).append(" awaiting follow-up");
      }
      if (r instanceof LengthResult l && l.active() > 0) {
        sb.append("; ").append(l.active()).append(" still taking part");
      }
    } else if (r instanceof GrowthResult g) {
      sb.append(g.count()).append(" against ").append(g.baseline()).append(" before = ")
          .append(g.growth() == null ? "–" : signedPercent(g.growth()));
    } else if (r instanceof EnrolmentResult e) {
      sb.append(e.enrolled()).append(" of ").append(e.planned()).append(" enrolled");
      if (e.shareWomen() != null) {
        sb.append("; women ").append(percent(e.shareWomen()));
      }
      if (e.balanceShortfall() != null) {
        sb.append(" (").append(e.balanceShortfall()).append(')');
      }
      e.bySite().forEach((site, st) -> {
        if (st.planned() != null) {
          sb.append("; ").append(site).append(' ').append(st.enrolled()).append('/').append(st.planned());
        }
      });
    } else {
      sb.append(((CountResult) r).count());
    }
    return sb.toString();
  }

  /** The text, cut at a word before {@code max} characters with an ellipsis if longer. */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    return text.substring(0, cut > 0 ? cut : max - 1).stripTrailing() + "…";
  }

  private static String status(TargetResult r) {
    String s = r.status() == Status.ACHIEVED ? "met" : r.status() == Status.NOT_ACHIEVED ? "not met" : "no data yet";
    return r.isFinal() ? s + " (final)" : s;
  }

  private static String genderShare(ParticipantShare r, Gender g) {
    Share s = r.shareFor(g);
    return s.isDefined() ? s.numerator() + "/" + s.denominator() + " " + percent(s.value()) : "none counted";
  }

  /**
   * Why a target is at risk halfway, or null: its forecast says it can no longer be reached, or it
   * asks for parity and women or men fall short.
   */
  static @Nullable String risk(Target t, TargetResult result) {
    if (!(result instanceof ParticipantShare mid)) {
      return null;
    }
    List<String> why = new ArrayList<>();
    Forecast f = mid.forecast();
    if (f != null && !f.reachable() && mid.denominator() + f.remaining() > 0) {
      why.add("cannot be reached: " + f.needed() + " more must succeed but only " + f.remaining() + " remain");
    }
    if (Boolean.FALSE.equals(mid.parityMet()) && mid.status() != Status.INSUFFICIENT_DATA) {
      why.add("not met for women and men alike (" + parityGap(t, mid) + ")");
    }
    return why.isEmpty() ? null : String.join("; ", why);
  }

  private static String parityGap(Target t, ParticipantShare r) {
    List<String> below = new ArrayList<>();
    for (Gender g : List.of(Gender.WOMAN, Gender.MAN)) {
      Share s = r.shareFor(g);
      String who = g == Gender.WOMAN ? "women" : "men";
      if (!s.isDefined()) {
        below.add("no " + who + " counted yet");
      } else if (t.parity() == Parity.EACH_GENDER && t.atLeast() != null && !s.reaches(t.atLeast())) {
        below.add(who + " " + percent(s.value()) + " < " + percent(t.atLeast().doubleValue()));
      }
    }
    if (below.isEmpty()) {
      return "women " + percent(r.shareFor(Gender.WOMAN).value()) + ", men " + percent(r.shareFor(Gender.MAN).value())
          + ", more than " + percent(t.maxGap() == null ? 0 : t.maxGap().doubleValue()) + " apart";
    }
    return String.join(", ", below);
  }

  /** Participants enrolled on or before the date who have not left by then, with their profiles. */
  private static List<Participant> activeOn(SeedCohort c, LocalDate date) {
    List<Participant> active = new ArrayList<>();
    for (int i = 0; i < c.register().participants().size(); i++) {
      if (c.register().pathways().get(i).asOf(date).isActive()) {
        active.add(c.register().participants().get(i));
      }
    }
    return active;
  }

  private static List<LowThresholdTask> tasksIdentifiedBy(List<LowThresholdTask> tasks, LocalDate date) {
    return tasks.stream().filter(t -> !t.identifiedOn().isAfter(date)).toList();
  }

  /** Optimal matching under the built-in policy (every constraint, the standard weights). */
  private static MatchingResult match(List<Participant> participants, List<LowThresholdTask> tasks) {
    MatchingPolicy policy = MatchingPolicy.standard(MatchCommand.DEFAULT_MAX_COMMUTE_KM).build();
    return MatchingProblem.of(participants, tasks, policy).match("optimal");
  }

  /** Prints how many were placed and a few example pairs with their strongest reasons. */
  private static void printMatching(MatchingResult m, LocalDate date, PrintStream out) {
    int considered = m.assigned() + m.unassigned().size();
    out.println("  matching halfway (optimal): " + m.assigned() + " of " + considered
        + " active participants suggested a task, " + m.unassigned().size() + " without one");
    m.assignments().stream().limit(EXAMPLE_PAIRS).forEach(pair -> out.printf(Locale.ROOT,
        "    %s -> %s  score %.2f: %s%n", pair.participantId(), pair.taskId(), pair.score(), topFactors(pair)));
  }

  /** The scorers that contributed most to a pair, by name and contribution, largest first. */
  static String topFactors(ScoredPair pair) {
    List<Explanation> factors = new ArrayList<>();
    for (Explanation e : pair.explanation().details()) {
      // the first detail says which hard constraints passed; the others are the scorers' contributions
      if (e.value() > 0 && !e.description().startsWith("passed")) {
        factors.add(e);
      }
    }
    factors.sort(Comparator.comparingDouble(Explanation::value).reversed());
    List<String> names = new ArrayList<>();
    factors.stream().limit(2).forEach(e -> names.add(factorName(e) + String.format(Locale.ROOT, " +%.2f", e.value())));
    return names.isEmpty() ? "no scorer contributed" : String.join(", ", names);
  }

  private static String factorName(Explanation e) {
    int colon = e.description().indexOf(':');
    return (colon < 0 ? e.description() : e.description().substring(0, colon)).replace('_', ' ');
  }

  /** The progress report as of an evaluation's date, from the same results the summary printed. */
  private static ProgressReport report(SeedCohort c, Cohort cohort, Evaluation ev, @Nullable MatchingSummary m) {
    return ProgressReport.of(cohort, ev, m);
  }

  private static Path write(ProgressReport report, Path file) throws IOException {
    ReportWriter.write(report, Defaults.SHARED, file);
    return file;
  }

  private static void printReports(List<Path> reports, PrintStream out) {
    out.println("  reports (for sharing):");
    reports.forEach(r -> out.println("    " + r));
  }

  /** One line of the closing summary: what is met at the end, what is not, what was at risk halfway. */
  private static String overviewLine(EsfProject p, Evaluation atEnd, List<String> atRisk) {
    List<String> met = new ArrayList<>();
    List<String> notMet = new ArrayList<>();
    for (TargetResult r : atEnd.results()) {
      (r.achieved() ? met : notMet).add(r.id());
    }
    return String.format(Locale.ROOT, "  %-24s met %d of %d%s%s", p.name(), met.size(), atEnd.results().size(),
        notMet.isEmpty() ? "" : "; not met: " + String.join(", ", notMet),
        atRisk.isEmpty() ? "" : "; at risk halfway: " + String.join(", ", atRisk));
  }

  static String threshold(Target t) {
    return t.where() == null ? condition(t) : condition(t) + " of " + t.where().describe();
  }

  private static String condition(Target t) {
    switch (t.type()) {
      case SHARE:
        String share = "at least " + percent(t.atLeast());
        return t.parity() == Parity.NONE ? share : share + ", " + t.parity().code().replace('_', ' ');
      case COUNT:
        return "at least " + plain(t.atLeast());
      case GROWTH:
        return "+" + percent(t.atLeast()) + " on " + t.baseline();
      case ENROLMENT:
        return t.planned() + " enrolled" + (t.bySite().isEmpty() ? "" : " " + sites(t.bySite()))
            + (t.womenAtLeast() == null && t.womenAtMost() == null ? "" : ", women "
                + (t.womenAtLeast() == null ? "0 %" : percent(t.womenAtLeast())) + "–"
                + (t.womenAtMost() == null ? "100 %" : percent(t.womenAtMost())));
      case PARTICIPATION_LENGTH:
        String inRange = "at least " + percent(t.atLeast()) + " stay " + t.min() + "–" + t.max();
        return t.parity() == Parity.NONE ? inRange : inRange + ", " + t.parity().code().replace('_', ' ');
      default:
        throw new IllegalStateException("unknown target type " + t.type());
    }
  }

  private static String planned(EsfProject p) {
    if (p.plannedParticipants() == null) {
      return "not stated";
    }
    String total = p.plannedParticipants() + " participants";
    return p.plannedParticipantsBySite().isEmpty() ? total : total + " " + sites(p.plannedParticipantsBySite());
  }

  private static String sites(Map<String, Integer> bySite) {
    List<String> parts = new ArrayList<>();
    bySite.forEach((site, n) -> parts.add(site + " " + n));
    return "(" + String.join(", ", parts) + ")";
  }

  /** Whole kronor with a space every three digits, as Swedish texts write them: {@code 14 170 499 SEK}. */
  static String sek(@Nullable Money money) {
    if (money == null) {
      return "not stated";
    }
    BigDecimal amount = money.amount().stripTrailingZeros();
    String digits = amount.scale() <= 0 ? amount.toBigInteger().toString() : amount.toPlainString();
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0 && Character.isDigit(whole.charAt(i - 1))) {
        sb.append(' ');
      }
      sb.append(whole.charAt(i));
    }
    return sb + (dot < 0 ? "" : "," + digits.substring(dot + 1)) + " SEK";
  }

  private static String percent(@Nullable BigDecimal share) {
    return share == null ? "?" : plain(share.movePointRight(2)) + " %";
  }

  /** A share as a percentage with one decimal, {@code –} when undefined. */
  static String percent(@Nullable Double share) {
    return share == null ? "–" : String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  private static String signedPercent(double share) {
    return String.format(Locale.ROOT, "%+.1f %%", share * 100);
  }

  private static String plain(@Nullable BigDecimal value) {
    return value == null ? "?" : value.stripTrailingZeros().toPlainString();
  }

  private static void line(PrintStream out, String label, @Nullable String value) {
    out.printf(Locale.ROOT, "  %-8s %s%n", label + ":", value == null ? "not stated" : value);
  }
}
