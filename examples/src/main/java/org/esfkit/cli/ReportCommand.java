package org.esfkit.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.esfkit.core.ValidationException;
import org.esfkit.metrics.SeriesStep;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportFormat;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.ReportWriter;

/**
 * {@code esfkit report}: a project's progress report as of a date, as HTML, Markdown, CSV, XLSX or JSON
 * by the output file's extension.
 */
final class ReportCommand implements Command {
  @Override
  public String name() {
    return "report";
  }

  @Override
  public String summary() {
    return "write a progress report (HTML, Markdown, CSV, XLSX or JSON by the file's extension)";
  }

  @Override
  public String help() {
    return "usage: esfkit report --project P.json --participants R.csv [--placements PL.csv] [--tasks T.csv|T.json]\n"
        + "                     [--as-of YYYY-MM-DD] --out FILE [--lang sv|en] [--threshold N] [--internal]\n"
        + "                     [--series-step month|quarter]\n\n"
        + "Evaluates every target of the project, the common indicators of its programme period (ESF+\n"
        + "or 2014-2020), participation length and costs as of the date and writes the report. The format follows the file's extension:\n"
        + ".html/.htm, .md/.markdown, .csv, .xlsx or .json. A report is for sharing unless --internal is\n"
        + "given: counts of people below the threshold are shown as .., and counts that would reveal them\n"
        + "are hidden too. In Swedish, CSV is separated by semicolons with a decimal comma.\n\n"
        + "options:\n"
        + "  --project       the project file (JSON) with its targets\n"
        + "  --participants  the participant register (CSV)\n"
        + "  --placements    placements (CSV), for counts of placements and employers\n"
        + "  --tasks         low-threshold tasks (CSV, or JSON by the .json extension), for tasks_identified\n"
        + "  --as-of         report as of this date (default: today)\n"
        + "  --out FILE      where to write the report; its extension chooses the format\n"
        + "  --lang          sv (default) or en: the language of labels (HTML, Markdown, XLSX) and CSV's\n"
        + "                  conventions\n"
        + "  --threshold N   suppress counts of people below N (default " + ReportOptions.DEFAULT_THRESHOLD + ")\n"
        + "  --internal      show every count, for the project's own staff (not for sharing)\n"
        + "  --series-step   month (default) or quarter: each target's attainment over time at month ends\n"
        + "                  or at quarter ends (31 March, 30 June, 30 September, 31 December)\n"
        + FileOptions.HELP + "\n"
        + "Bad input files: every problem on standard error as FILE:LINE:COLUMN: message, exit code 2.\n";
  }

  @Override
  public Set<String> valuedOptions() {
    return FileOptions.valued("--project", "--participants", "--placements", "--tasks", "--as-of", "--out",
        "--lang", "--threshold", "--series-step");
  }

  @Override
  public Set<String> flagOptions() {
    return FileOptions.flags("--internal");
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    Path file = args.requirePath("--out");
    ReportFormat format = format(file);
    ReportOptions options = ReportOptions.builder()
        .locale(Locale.forLanguageTag(args.choice("--lang", "sv", Set.of("sv", "en"))))
        .suppressionThreshold(threshold(args))
        .internal(args.has("--internal"))
        .seriesStep(SeriesStep.fromCode(args.choice("--series-step", "month", Set.of("month", "quarter"))))
        .build();
    LocalDate asOf = args.date("--as-of", LocalDate::now);
    Inputs.Loaded in = Inputs.load(args.requirePath("--project"), args.requirePath("--participants"),
        args.path("--placements"), args.path("--tasks"), FileOptions.of(args), err);
    ProgressReport report = ProgressReport.builder().from(ProgressReport.of(in.cohort(), asOf))
        .excludedRows(in.excluded()).build();
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);   // --out reports/r.html into a folder not made yet
    }
    ReportWriter.write(report, options, file);
    out.println("wrote " + file + " (" + format.name().toLowerCase(Locale.ROOT) + ", project "
        + in.project().projectNumber() + " as of " + asOf + ", "
        + (options.internal() ? "internal: every count shown" : "shared: counts below "
            + options.suppressionThreshold() + " suppressed") + ")");
    return 0;
  }

  /** The format of the output file, checked before any input is read. */
  private static ReportFormat format(Path file) {
    try {
      return ReportFormat.forFile(file);
    } catch (ValidationException e) {
      throw new UsageException("option --out: " + e.getMessage());
    }
  }

  private static int threshold(Args args) {
    String v = args.get("--threshold");
    if (v == null) {
      return ReportOptions.DEFAULT_THRESHOLD;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 1) {
        throw new UsageException("option --threshold: " + n + " must be at least 1");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("option --threshold: '" + v + "' is not a whole number");
    }
  }
}
