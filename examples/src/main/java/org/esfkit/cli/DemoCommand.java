package org.esfkit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Money;
import org.esfkit.core.Parity;
import org.esfkit.core.Target;
import org.esfkit.core.io.Problem;
import org.esfkit.examples.Seed;
import org.esfkit.examples.SeedCohort;
import org.esfkit.examples.SeedFiles;
import org.esfkit.examples.SyntheticCohorts;
import org.jspecify.annotations.Nullable;

/**
 * {@code esfkit demo [--out DIR]}: loads the five seed projects, generates and validates their
 * synthetic cohorts, writes each cohort's files under {@code DIR/<seed>/} and prints each project's
 * facts and targets. Each step is a small method so later steps (metrics, matching, reports) slot in.
 * Needs no network and finishes in seconds.
 */
final class DemoCommand implements Command {
  static final String DEFAULT_OUT = "esfkit-demo";

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "the five seed projects on their synthetic cohorts: facts, targets, files";
  }

  @Override
  public String help() {
    return "usage: esfkit demo [--out DIR]\n\n"
        + "Loads the five seed projects (Alla kan arbeta, Kraftverket, Praktik - integration, SMÖT,\n"
        + "På väg till jobbet), generates their deterministic synthetic cohorts, validates them,\n"
        + "writes each cohort's files under DIR/<seed>/ (project.json, participants.csv,\n"
        + "participants.json, pathways.json, placements.csv, tasks.csv, tasks.json, employers.csv),\n"
        + "checks the files as 'esfkit validate' would, and prints each project's facts and targets.\n\n"
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
    Path dir = args.has("--out") ? args.requirePath("--out") : Path.of(DEFAULT_OUT);
    for (SeedCohort cohort : cohorts()) {
      cohort.validate();
      Path seedDir = dir.resolve(cohort.seed().slug());
      List<Path> files = SeedFiles.write(cohort, seedDir);
      if (!checkFiles(seedDir, err)) {
        return 2;
      }
      printFacts(cohort.project(), out);
      printCohort(cohort, seedDir, files, out);
      printTargets(cohort.project(), out);
      out.println();
    }
    return 0;
  }

  /** Generates the cohorts of all five seeds, in the order of {@link Seed}. */
  private static List<SeedCohort> cohorts() {
    List<SeedCohort> cohorts = new ArrayList<>();
    for (Seed seed : Seed.values()) {
      cohorts.add(SyntheticCohorts.cohort(seed));
    }
    return cohorts;
  }

  /** Checks the written files as {@code esfkit validate} would; prints any problem on standard error. */
  private static boolean checkFiles(Path seedDir, PrintStream err) {
    List<Problem> problems = SeedFiles.check(seedDir);
    problems.forEach(err::println);
    return problems.isEmpty();
  }

  /** Prints what the project description states: number, name, owner, region, period, money, plan. */
  static void printFacts(EsfProject p, PrintStream out) {
    out.println("== " + p.name() + " (" + p.projectNumber() + ")");
    line(out, "owner", p.owner());
    line(out, "region", p.region() == null ? null : p.region().swedishName());
    line(out, "period", p.period().start() + " to " + p.period().end() + " (programme period "
        + p.programmePeriod().code() + ")");
    line(out, "budget", sek(p.totalBudget()));
    line(out, "ESF grant", sek(p.esfGrant()));
    line(out, "planned", planned(p));
  }

  /** Prints the cohort's size and where its files went. */
  private static void printCohort(SeedCohort c, Path dir, List<Path> files, PrintStream out) {
    line(out, "cohort", c.register().participants().size() + " participants, " + c.placements().size()
        + " placements, " + c.tasks().size() + " tasks, " + c.employers().size() + " employers (synthetic)");
    List<String> names = new ArrayList<>();
    files.forEach(f -> names.add(String.valueOf(f.getFileName())));
    line(out, "files", dir + "/ " + String.join(", ", names));
  }

  /** Prints each target: id, type, threshold and the Swedish wording. */
  static void printTargets(EsfProject p, PrintStream out) {
    out.println("  targets:");
    for (Target t : p.targets()) {
      out.printf(Locale.ROOT, "    %-28s %-9s %-24s %s%n", t.id(), t.type().code(), threshold(t),
          t.description() == null ? "" : t.description());
    }
  }

  static String threshold(Target t) {
    switch (t.type()) {
      case SHARE:
        String share = ">= " + percent(t.atLeast());
        return t.parity() == Parity.NONE ? share : share + ", " + t.parity().code();
      case COUNT:
        return ">= " + plain(t.atLeast());
      case GROWTH:
        return "+" + percent(t.atLeast()) + " on " + t.baseline();
      case ENROLMENT:
        return t.planned() + (t.bySite().isEmpty() ? "" : " " + sites(t.bySite()));
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

  private static String plain(@Nullable BigDecimal value) {
    return value == null ? "?" : value.stripTrailingZeros().toPlainString();
  }

  private static void line(PrintStream out, String label, @Nullable String value) {
    out.printf(Locale.ROOT, "  %-10s %s%n", label + ":", value == null ? "not stated" : value);
  }
}
