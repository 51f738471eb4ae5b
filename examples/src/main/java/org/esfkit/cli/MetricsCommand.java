package org.esfkit.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.esfkit.metrics.Evaluation;
import org.esfkit.core.Gender;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.TargetResult;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ProgressReports;
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
        + "                      [--as-of YYYY-MM-DD] [--format json|text]\n\n"
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
        + FileOptions.HELP
        + "\nBad input files: every problem on standard error as FILE:LINE:COLUMN: message, exit code 2.\n";
  }

  @Override
  public Set<String> valuedOptions() {
    return FileOptions.valued("--project", "--participants", "--placements", "--tasks", "--as-of", "--format");
  }

  @Override
  public Set<String> flagOptions() {
    return FileOptions.FLAGS;
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    String format = args.choice("--format", "json", Set.of("json", "text"));
    LocalDate asOf = args.date("--as-of", LocalDate.now());
    Inputs.Loaded in = Inputs.load(args.requirePath("--project"), args.requirePath("--participants"),
        args.path("--placements"), args.path("--tasks"), FileOptions.of(args), err);
    if (format.equals("json")) {
      // one renderer for the metrics JSON: the report's, in internal mode (nothing suppressed)
      ProgressReport report = ProgressReport.builder()
          .from(ProgressReports.evaluate(in.project(), in.register(), in.placements(), in.tasks(), asOf))
          .excludedRows(in.excluded()).build();
      out.print(ReportWriter.render(report, ReportOptions.builder().internal(true).build(), ReportFormat.JSON));
    } else {
      out.print(Inputs.excludedBanner(in.excluded()));
      out.print(text(MetricsEngine.standard().evaluate(in.cohort(), asOf)));
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
      String counted = r.denominator() == null ? Long.toString(r.numerator()) : r.numerator() + "/" + r.denominator();
      sb.append(String.format(Locale.ROOT, row, r.id(), r.type(), r.status().code(), r.isFinal() ? "yes" : "no",
          counted, value(r), r.pending(), detail(r)));
    }
    return sb.toString();
  }

  private static String value(TargetResult r) {
    if (r.value() == null) {
      return "-";
    }
    if (r.type().equals("count")) {
      return Long.toString(r.value().longValue());
    }
    return String.format(Locale.ROOT, "%.1f %%", r.value() * 100);
  }

  private static String detail(TargetResult r) {
    StringBuilder d = new StringBuilder();
    if (r.threshold() != null) {
      d.append("at least ").append(r.threshold().toPlainString());
    }
    if (r.type().equals("share")) {
      d.append("; women ").append(r.shareFor(Gender.WOMAN)).append(", men ").append(r.shareFor(Gender.MAN))
          .append(", non-binary ").append(r.shareFor(Gender.NON_BINARY))
          .append(", not reported ").append(r.shareFor(Gender.NOT_REPORTED));
      if (r.wilson95() != null) {
        d.append(String.format(Locale.ROOT, "; 95 %% CI %.1f-%.1f %%", r.wilson95().low() * 100,
            r.wilson95().high() * 100));
      }
      if (r.parityMet() != null) {
        d.append(r.parityMet() ? "; parity met" : "; parity not met");
      }
      if (r.forecast() != null && !r.isFinal()) {
        d.append("; ").append(r.forecast().needed()).append(" of ").append(r.forecast().remaining())
            .append(" remaining must succeed").append(r.forecast().reachable() ? "" : " (out of reach)");
      }
    }
    if (r.type().equals("enrolment")) {
      d.append("planned ").append(r.denominator());
      r.bySite().forEach((site, s) -> d.append("; ").append(site).append(' ').append(s.enrolled())
          .append(s.planned() == null ? "" : "/" + s.planned()));
      if (r.shareWomen() != null) {
        d.append(String.format(Locale.ROOT, "; women %.1f %%", r.shareWomen() * 100));
      }
    }
    return d.toString();
  }
}
