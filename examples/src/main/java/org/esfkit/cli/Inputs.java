package org.esfkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.esfkit.core.EsfProject;
import org.esfkit.core.ImportException;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Placement;
import org.esfkit.core.Register;
import org.esfkit.core.io.CrossCheck;
import org.esfkit.core.io.PlacementsCsv;
import org.esfkit.core.io.Problem;
import org.esfkit.core.io.ProjectJson;
import org.esfkit.core.io.ReadResult;
import org.esfkit.core.io.RegisterCsv;
import org.esfkit.core.io.TasksCsv;
import org.esfkit.metrics.Cohort;
import org.jspecify.annotations.Nullable;

/**
 * Reads a project's files, reporting every problem of every file at once: the one loading step of
 * {@code esfkit metrics}, {@code indicators} and {@code report}.
 */
final class Inputs {
  private Inputs() {}

  /**
   * A project's files, read and checked against each other; placements and tasks are null when
   * their file was not given (not supplied, which is not the same as an empty file).
   */
  record Loaded(EsfProject project, Register register, @Nullable List<Placement> placements,
      @Nullable List<LowThresholdTask> tasks) {
    /** The cohort the metrics are computed on. */
    Cohort cohort() {
      Cohort.Builder b = Cohort.builder(project).register(register);
      if (placements != null) {
        b.placements(placements);
      }
      if (tasks != null) {
        b.tasks(tasks);
      }
      return b.build();
    }
  }

  /**
   * Reads the files and checks them against each other ({@link CrossCheck}).
   *
   * @throws ImportException with every problem found, if any
   */
  static Loaded load(Path project, Path register, @Nullable Path placements, @Nullable Path tasks) {
    ReadResult<EsfProject> p = ProjectJson.read(project);
    ReadResult<Register> r = RegisterCsv.read(register);
    ReadResult<List<Placement>> pl = placements == null ? null : PlacementsCsv.read(placements);
    ReadResult<List<LowThresholdTask>> t = tasks == null ? null : TasksCsv.read(tasks);
    List<Problem> problems = new ArrayList<>(p.problems());
    problems.addAll(r.problems());
    if (pl != null) {
      problems.addAll(pl.problems());
    }
    if (t != null) {
      problems.addAll(t.problems());
    }
    if (problems.isEmpty()) {
      problems.addAll(CrossCheck.check(p, r, pl, t));
    }
    if (!problems.isEmpty()) {
      throw new ImportException(problems);
    }
    return new Loaded(p.value(), r.value(), pl == null ? null : pl.value(), t == null ? null : t.value());
  }

  /**
   * Reads the files, checks them against each other and builds the cohort.
   *
   * @throws ImportException with every problem found, if any
   */
  static Cohort cohort(Path project, Path register, @Nullable Path placements, @Nullable Path tasks) {
    return load(project, register, placements, tasks).cohort();
  }

  /**
   * Reads a register alone.
   *
   * @throws ImportException with every problem found, if any
   */
  static Cohort register(Path register) {
    return Cohort.builder().register(RegisterCsv.read(register).value()).build();
  }
}
