package org.esfkit.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.esfkit.core.EsfProject;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Placement;
import org.esfkit.core.Register;
import org.esfkit.core.io.CrossCheck;
import org.esfkit.core.io.Problem;
import org.esfkit.core.io.ReadResult;

/**
 * {@code esfkit validate --project P.json [--participants R.csv] [--placements PL.csv] [--tasks T.csv]}:
 * reads every file, checks them against each other, and prints every problem on standard error
 * as {@code FILE:LINE:COLUMN: message} (errors: exit 2), {@code FILE:LINE:COLUMN: warning: message}
 * (warnings: exit 0 unless {@code --strict}) or {@code FILE:LINE:COLUMN: note: message}, then
 * each file's account of its rows (read = accepted + rejected) and a one-line summary.
 */
final class ValidateCommand implements Command {
  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String summary() {
    return "check a project's files and report every problem, compiler style";
  }

  @Override
  public String help() {
    return "usage: esfkit validate --project P.json [--participants R.csv] [--placements PL.csv] [--tasks T.csv|T.json]\n"
        + "                       [--encoding NAME] [--strict]\n"
        + "\n"
        + "Reads the project file and the given register, placements and tasks, checks them against\n"
        + "each other (dates inside the project period, placements inside each participant's time in\n"
        + "the project, known participants and tasks, planned sites), and prints every problem on\n"
        + "standard error as FILE:LINE:COLUMN: message (an error) or FILE:LINE:COLUMN: warning: message\n"
        + "(used as read, but check it), then how many rows of each file were read, accepted and\n"
        + "rejected, and a one-line summary.\n"
        + "\n"
        + "options:\n"
        + "  --project P.json        the project file (required)\n"
        + "  --participants R.csv    the participant register\n"
        + "  --placements PL.csv     the placements\n"
        + "  --tasks T.csv|T.json    the low-threshold tasks (CSV, or JSON by the .json extension)\n"
        + "  --encoding NAME         the CSV files' encoding (default: detected)\n"
        + "  --strict                treat warnings as errors\n"
        + "\n"
        + "exit codes: 0 no errors (warnings allowed), 2 errors found or bad usage, 1 anything else\n";
  }

  @Override
  public Set<String> valuedOptions() {
    return Set.of("--project", "--participants", "--placements", "--tasks", "--encoding");
  }

  @Override
  public Set<String> flagOptions() {
    return Set.of("--strict");
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    FileOptions options = FileOptions.of(args);
    Charset cs = options.encoding();
    List<Problem> problems = new ArrayList<>();
    ReadResult<EsfProject> project = Inputs.read(Inputs.PROJECT, args.requirePath("--project"), cs, problems);
    ReadResult<Register> register = Inputs.read(Inputs.REGISTER, args.path("--participants"), cs, problems);
    ReadResult<List<Placement>> placements = Inputs.read(Inputs.PLACEMENTS, args.path("--placements"), cs, problems);
    Path tasksPath = args.path("--tasks");
    ReadResult<List<LowThresholdTask>> tasks = tasksPath == null ? null
        : Inputs.read(Inputs.tasks(tasksPath), tasksPath, cs, problems);
    if (project != null) {
      problems.addAll(CrossCheck.check(project, register, placements, tasks));
    }
    if (options.strict()) {
      problems.replaceAll(p -> p.severity() == Problem.Severity.WARNING ? p.asError() : p);
    }
    problems.forEach(err::println);
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
    StringBuilder sb = new StringBuilder();
    for (ReadResult<?> r : new ReadResult<?>[] {register, placements, tasks}) {
      if (r != null) {
        sb.append(r.source()).append(": ").append(r.rowsRead()).append(" rows read = ").append(r.rowsAccepted())
            .append(" accepted + ").append(r.rowsRejected()).append(" rejected\n");
      }
    }
    if (errors > 0) {
      err.print(sb);
      err.println(errors + (errors == 1 ? " error" : " errors") + (warnings > 0 ? ", " + warnings
          + (warnings == 1 ? " warning" : " warnings") : ""));
      return 2;
    }
    out.print(sb);
    sb.setLength(0);
    sb.append("valid: project ").append(project.value().projectNumber())
        .append(" (").append(project.value().targets().size()).append(" targets)");
    if (register != null) {
      sb.append(", ").append(register.value().participants().size()).append(" participants");
    }
    if (placements != null) {
      sb.append(", ").append(placements.rowsAccepted()).append(" placements");
    }
    if (tasks != null) {
      sb.append(", ").append(tasks.rowsAccepted()).append(" tasks");
    }
    if (warnings > 0) {
      sb.append("; ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    }
    out.println(sb);
    return 0;
  }
}
