package org.esfkit.cli;

import java.io.PrintStream;
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
 * as {@code FILE:LINE:COLUMN: message} (exit 2), or a one-line summary (exit 0).
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
        + "\n"
        + "Reads the project file and the given register, placements and tasks, checks them against\n"
        + "each other (dates inside the project period, placements inside each participant's time in\n"
        + "the project, known participants and tasks, planned sites), and prints every problem on\n"
        + "standard error as FILE:LINE:COLUMN: message. Prints a one-line summary when all is well.\n"
        + "\n"
        + "options:\n"
        + "  --project P.json        the project file (required)\n"
        + "  --participants R.csv    the participant register\n"
        + "  --placements PL.csv     the placements\n"
        + "  --tasks T.csv|T.json    the low-threshold tasks (CSV, or JSON by the .json extension)\n"
        + "\n"
        + "exit codes: 0 all files valid, 2 problems found or bad usage, 1 anything else\n";
  }

  @Override
  public Set<String> valuedOptions() {
    return Set.of("--project", "--participants", "--placements", "--tasks");
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) {
    List<Problem> problems = new ArrayList<>();
    ReadResult<EsfProject> project = Inputs.read(Inputs.PROJECT, args.requirePath("--project"), problems);
    ReadResult<Register> register = Inputs.read(Inputs.REGISTER, args.path("--participants"), problems);
    ReadResult<List<Placement>> placements = Inputs.read(Inputs.PLACEMENTS, args.path("--placements"), problems);
    Path tasksPath = args.path("--tasks");
    ReadResult<List<LowThresholdTask>> tasks = tasksPath == null ? null
        : Inputs.read(Inputs.tasks(tasksPath), tasksPath, problems);
    if (project != null) {
      problems.addAll(CrossCheck.check(project, register, placements, tasks));
    }
    if (!problems.isEmpty()) {
      problems.forEach(err::println);
      return 2;
    }
    StringBuilder sb = new StringBuilder("valid: project ").append(project.value().projectNumber())
        .append(" (").append(project.value().targets().size()).append(" targets)");
    if (register != null) {
      sb.append(", ").append(register.rowsAccepted()).append(" participants");
    }
    if (placements != null) {
      sb.append(", ").append(placements.rowsAccepted()).append(" placements");
    }
    if (tasks != null) {
      sb.append(", ").append(tasks.rowsAccepted()).append(" tasks");
    }
    out.println(sb);
    return 0;
  }
}
