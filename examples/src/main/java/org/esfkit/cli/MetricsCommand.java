package org.esfkit.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.esfkit.metrics.Evaluation;
import org.esfkit.core.Gender;
import org.esfkit.core.PathwayPhase;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.Breakdown;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.Enrolment;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.LengthResult;
import org.esfkit.metrics.PathwayPhases;
import org.esfkit.metrics.SeriesStep;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.TargetResult;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportFormat;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.ReportWriter;

/** {@code esfkit metrics}: every target of a project as of a date. */
final class MetricsCommand implements Command {
  @Override
  public String name() {
    return "metrics";
  }

  @Override
  public String summary() {
    return "evaluate every target of a project as of a date";
  }

  @Override
  public String help() {
    return "usage: esfkit metrics --project P.json --participants R.csv [--placements PL.csv] [--tasks T.csv|T.json]\n"
        + "                      [--as-of YYYY-MM-DD] [--format json|text] [--series]\n"
        + "                      [--series-step month|quarter]\n\n"
        + "Evaluates every target of the project as of the date, for the project's own staff (nothing is\n"
        + "suppressed): the counts, shares and growth each target asks for, whether it is met, whether\n"
        + "the result is final, and what is still pending. A target esfkit cannot decide yet says so,\n"
        + "with the reason. The files are read and checked as 'esfkit validate' does.\n\n"
        + "options:\n"
        + "  --project       the project file (JSON) with its targets\n"
        + "  --participants  the participant register (CSV)\n"
        + "  --placements    placements (CSV), for counts of placements and employers\n"
        + "  --tasks         low-threshold tasks (CSV, or JSON by the .json extension), for tasks_identified\n"
        + "  --as-of         evaluate as of this date (default: today)\n"
        + "  --format        json (default) or text\n"
        + "  --series        JSON: add each target's series, its value at each month end from the project's\n"
        + "                  start to the date (and on the date itself), and its milestones\n"
        + "  --series-step   month (default) or quarter: the series at month ends or at quarter ends\n"
        + "                  (31 March, 30 June, 30 September, 31 December); implies --series\n"
        + FileOptions.HELP
        + "\nBad input files: every problem on standard error as FILE:LINE:COLUMN: message, exit code 2.\n";
  }

  @Override
  public Set<String> valuedOptions() {
    return FileOptions.valued("--project", "--participants", "--placements", "--tasks", "--as-of", "--format",
        "--series-step");
  }

  @Override
  public Set<String> flagOptions() {
    Set<String> flags = new java.util.HashSet<>(FileOptions.FLAGS);
    flags.add("--series");
    return flags;
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    String format = args.choice("--format", "json", Set.of("json", "text"));
    SeriesStep step = SeriesStep.fromCode(args.choice("--series-step", "month", Set.of("month", "quarter")));
    LocalDate asOf = args.date("--as-of", LocalDate::now);
    Inputs.Loaded in = Inputs.load(args.requirePath("--project"), args.requirePath("--participants"),
        args.path("--placements"), args.path("--tasks"), FileOptions.of(args), err);
    Cohort cohort = in.cohort();
    if (format.equals("json")) {
      // one renderer for the metrics JSON: the report's, in internal mode (nothing suppressed),
      // which shows the targets, their series when asked for, and the phases; the report's other
      // parts (indicators, lengths, enrolment over time) are not computed
      boolean series = args.has("--series") || args.has("--series-step");
      MetricsEngine engine = MetricsEngine.standard();
      Evaluation evaluation = engine.evaluate(cohort, asOf);
      ProgressReport report = ProgressReport.builder()
          .project(cohort.requireProject())
          .asOf(asOf)
          .targets(evaluation.results())
          .breakdowns(evaluation.breakdowns())
          .series(series ? engine.series(cohort, asOf) : List.of())
          .phases(PathwayPhases.ifRecorded(cohort, asOf))
          .enrolment(Enrolment.of(cohort, asOf))
          .excludedRows(in.excluded())
          .build();
      ReportOptions options = ReportOptions.builder().internal(true).series(series).seriesStep(step).build();
      out.print(ReportWriter.render(report, options, ReportFormat.JSON));
    } else {
      out.print(Inputs.excludedBanner(in.excluded()));
      out.print(text(MetricsEngine.standard().evaluate(cohort, asOf)));
      out.print(phases(PathwayPhases.of(cohort, asOf)));
    }
    return 0;
  }

  static String text(Evaluation ev) {
    StringBuilder sb = new StringBuilder();
    sb.append("Project ").append(ev.projectNumber()).append(", as of ").append(ev.asOf()).append("\n\n");
    String row = "%-32s %-9s %-17s %-5s %11s %10s %7s  %s%n";
    sb.append(String.format(Locale.ROOT, row, "TARGET", "TYPE", "STATUS", "FINAL", "COUNTED", "VALUE", "PENDING",
        "DETAIL"));
    for (TargetResult r : ev.results()) {
      sb.append(String.format(Locale.ROOT, row, r.id(), r.type().code(), r.status().code(), r.isFinal() ? "yes" : "no",
          counted(r), value(r), r instanceof ShareResult s ? s.pending() : 0, detail(r)));
      for (Breakdown b : ev.breakdowns(r.id())) {
        TargetResult c = b.result();
        sb.append(String.format(Locale.ROOT, row, "  " + b.dimension().code() + " = " + b.value(), "",
            c.status().code(), c.isFinal() ? "yes" : "no", counted(c), value(c),
            c instanceof ShareResult s ? s.pending() : 0, c.reason() == null ? "" : "no verdict: " + c.reason()));
      }
    }
    return sb.toString();
  }

  /**
   * The active participants per pathway phase, as a table; nothing when no pathway has a phase.
   *
   * @param p the counts
   * @return the text
   */
  static String phases(PathwayPhases p) {
    if (!p.recorded()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\nActive participants by phase, as of " + p.asOf() + "\n\n");
    String row = "%-24s %7s %7s %11s %13s %7s%n";
    sb.append(String.format(Locale.ROOT, row, "PHASE", "WOMEN", "MEN", "NON-BINARY", "NOT REPORTED", "TOTAL"));
    for (PathwayPhase ph : PathwayPhase.values()) {
      phaseRow(sb, row, ph.code(), p.byPhase().get(ph));
    }
    phaseRow(sb, row, "(no phase recorded)", p.withoutPhase());
    return sb.toString();
  }

  private static void phaseRow(StringBuilder sb, String row, String name, java.util.Map<Gender, Long> n) {
    sb.append(String.format(Locale.ROOT, row, name, n.get(Gender.WOMAN), n.get(Gender.MAN), n.get(Gender.NON_BINARY),
        n.get(Gender.NOT_REPORTED), n.values().stream().mapToLong(Long::longValue).sum()));
  }

  private static String counted(TargetResult r) {
    if (r instanceof ShareResult s) {
      return s.numerator() + "/" + s.denominator();
    } else if (r instanceof CountResult c) {
      return c.count() == null ? "-" : Long.toString(c.count());
    } else if (r instanceof GrowthResult g) {
      return (g.count() == null ? "-" : Long.toString(g.count())) + "/" + g.baseline();
    } else if (r instanceof LengthResult l) {
      return l.share().numerator() + "/" + l.share().denominator();
    }
    EnrolmentResult e = (EnrolmentResult) r;
    return e.enrolled() + "/" + e.planned();
  }

  private static String value(TargetResult r) {
    Double v;
    if (r instanceof ShareResult s) {
      v = s.value();
    } else if (r instanceof CountResult c) {
      return c.count() == null ? "-" : Long.toString(c.count());
    } else if (r instanceof GrowthResult g) {
      v = g.growth();
    } else if (r instanceof LengthResult l) {
      v = l.value();
    } else {
      v = ((EnrolmentResult) r).value();
    }
    return v == null ? "-" : String.format(Locale.ROOT, "%.1f %%", v * 100);
  }

  private static String detail(TargetResult r) {
    StringBuilder d = new StringBuilder();
    if (r.reason() != null) {
      d.append("no verdict: ").append(r.reason()).append("; ");
    }
    if (r instanceof ShareResult s) {
      d.append("at least ").append(s.threshold().toPlainString());
      d.append("; women ").append(s.shareFor(Gender.WOMAN)).append(", men ").append(s.shareFor(Gender.MAN))
          .append(", non-binary ").append(s.shareFor(Gender.NON_BINARY))
          .append(", not reported ").append(s.shareFor(Gender.NOT_REPORTED));
      if (s.wilson95() != null) {
        d.append(String.format(Locale.ROOT, "; 95 %% CI %.1f-%.1f %%", s.wilson95().low() * 100,
            s.wilson95().high() * 100));
      }
      if (s.parityMet() != null) {
        d.append(s.parityMet() ? "; parity met" : "; parity not met");
      }
      if (s.forecast() != null && !s.isFinal()) {
        d.append("; ").append(s.forecast().needed()).append(" of ").append(s.forecast().remaining())
            .append(" remaining must succeed").append(s.forecast().reachable() ? "" : " (out of reach)");
      }
    } else if (r instanceof CountResult c) {
      d.append("at least ").append(c.threshold().toPlainString());
    } else if (r instanceof GrowthResult g) {
      d.append("at least ").append(g.threshold().toPlainString());
    } else if (r instanceof LengthResult l) {
      d.append("at least ").append(l.threshold().toPlainString()).append(" in ").append(l.min()).append("..")
          .append(l.max()).append("; women ").append(l.shareFor(Gender.WOMAN)).append(", men ")
          .append(l.shareFor(Gender.MAN));
      if (l.parityMet() != null) {
        d.append(l.parityMet() ? "; parity met" : "; parity not met");
      }
      if (l.forecast() != null && !l.isFinal()) {
        d.append("; ").append(l.forecast().needed()).append(" of ").append(l.forecast().remaining())
            .append(" still active must stay within the range").append(l.forecast().reachable() ? "" : " (out of reach)");
      }
    } else {
      EnrolmentResult e = (EnrolmentResult) r;
      d.append("planned ").append(e.planned());
      e.bySite().forEach((site, s) -> d.append("; ").append(site).append(' ').append(s.enrolled())
          .append(s.planned() == null ? "" : "/" + s.planned()));
      if (e.shareWomen() != null) {
        d.append(String.format(Locale.ROOT, "; women %.1f %%", e.shareWomen() * 100));
      }
      if (e.balance() != null) {
        d.append("; women between ").append(e.womenAtLeast() == null ? "0" : e.womenAtLeast().toPlainString())
            .append(" and ").append(e.womenAtMost() == null ? "1" : e.womenAtMost().toPlainString()).append(": ")
            .append(e.balanceShortfall() == null ? "within" : e.balanceShortfall());
      }
    }
    return d.toString();
  }
}
