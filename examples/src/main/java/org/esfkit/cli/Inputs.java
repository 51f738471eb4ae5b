package org.esfkit.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.esfkit.core.EsfProject;
import org.esfkit.core.ImportException;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Placement;
import org.esfkit.core.Register;
import org.esfkit.core.io.ExcludedRows;
import org.esfkit.core.io.PlacementsCsv;
import org.esfkit.core.io.ProjectFiles;
import org.esfkit.core.io.ProjectJson;
import org.esfkit.core.io.ReadResult;
import org.esfkit.core.io.RegisterCsv;
import org.esfkit.core.io.TasksCsv;
import org.esfkit.metrics.Cohort;
import org.jspecify.annotations.Nullable;

/**
 * Reads a project's files, reporting every problem of every file at once: the one loading step of
 * {@code esfkit metrics}, {@code indicators} and {@code report}. Errors stop the command (exit 2)
 * unless {@code --keep-going}; warnings and notes go to standard error and the command goes on
 * (unless {@code --strict}).
 */
final class Inputs {
  private Inputs() {}

  /**
   * A project's files, read and checked against each other.
   *
   * @param project the project; null only when a register was read alone
   * @param excluded the rows left out under {@code --keep-going}, file by file (empty otherwise)
   */
  record Loaded(@Nullable EsfProject project, Register register, List<Placement> placements,
      List<LowThresholdTask> tasks, List<ExcludedRows> excluded) {
    /** The cohort the metrics are computed on. */
    Cohort cohort() {
      return (project == null ? Cohort.builder() : Cohort.builder(project)).register(register).placements(placements)
          .tasks(tasks).build();
    }
  }

  /**
   * Reads the files and checks them against each other ({@link ProjectFiles}); prints warnings,
   * notes and (when keeping going) the errors of the rows left out on {@code err}.
   *
   * @throws ImportException with every problem found, if the options stop on them
   */
  static Loaded load(Path project, Path register, @Nullable Path placements, @Nullable Path tasks,
      FileOptions options, PrintStream err) {
    ProjectFiles files = files(ProjectJson.read(project), register, placements, tasks, options, err);
    return new Loaded(files.project(), files.register(), files.placements() == null ? List.of() : files.placements(),
        files.tasks() == null ? List.of() : files.tasks(), files.excludedRows());
  }

  /**
   * Reads a register alone (no project to check it against).
   *
   * @throws ImportException with every problem found, if the options stop on them
   */
  static Loaded register(Path register, FileOptions options, PrintStream err) {
    ProjectFiles files = files(null, register, null, null, options, err);
    return new Loaded(null, files.register(), List.of(), List.of(), files.excludedRows());
  }

  private static ProjectFiles files(@Nullable ReadResult<EsfProject> project, Path register,
      @Nullable Path placements, @Nullable Path tasks, FileOptions options, PrintStream err) {
    Charset cs = options.encoding();
    ReadResult<Register> r = cs == null ? RegisterCsv.read(register) : RegisterCsv.read(register, cs);
    ReadResult<List<Placement>> pl = placements == null ? null
        : cs == null ? PlacementsCsv.read(placements) : PlacementsCsv.read(placements, cs);
    ReadResult<List<LowThresholdTask>> t = tasks == null ? null
        : cs == null ? TasksCsv.read(tasks) : TasksCsv.read(tasks, cs);
    ProjectFiles files = ProjectFiles.check(project, r, pl, t, policy(options));
    files.problems().forEach(err::println);
    for (ExcludedRows x : files.excludedRows()) {
      err.println(excluded(x));
    }
    return files;
  }

  /** The policy the options ask for. */
  static ProjectFiles.Policy policy(FileOptions options) {
    return options.keepGoing() ? ProjectFiles.Policy.KEEP_GOING
        : options.strict() ? ProjectFiles.Policy.STRICT : ProjectFiles.Policy.DEFAULT;
  }

  /**
   * The lines that head a text output computed without some rows, or nothing.
   *
   * @param excluded the files that lost rows
   * @return the banner, ending with a blank line, or empty
   */
  static String excludedBanner(List<ExcludedRows> excluded) {
    if (excluded.isEmpty()) {
      return "";
    }
    long total = excluded.stream().mapToLong(ExcludedRows::rows).sum();
    StringBuilder sb = new StringBuilder("Computed without ").append(total)
        .append(total == 1 ? " input row" : " input rows").append(" that had errors (--keep-going):\n");
    excluded.forEach(x -> sb.append("  ").append(excluded(x)).append('\n'));
    return sb.append('\n').toString();
  }

  /** One line saying how many rows of a file were left out, and why. */
  static String excluded(ExcludedRows x) {
    StringBuilder sb = new StringBuilder(x.source()).append(": ").append(x.rows())
        .append(x.rows() == 1 ? " row" : " rows").append(" left out (--keep-going), by the column of the error:");
    x.byColumn().forEach((column, n) -> sb.append(' ').append(column).append(' ').append(n).append(','));
    sb.setLength(sb.length() - 1);
    return sb.toString();
  }
}
