package org.esfkit.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.ImportException;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Placement;
import org.esfkit.core.Register;
import org.esfkit.core.internal.PlacementColumns;
import org.esfkit.core.internal.RegisterColumns;
import org.jspecify.annotations.Nullable;

/**
 * A project's files read together: each reader's problems, then the problems only the files
 * together show ({@link CrossCheck}), and what goes on to be computed, by a {@link Policy}:
 * stop on errors (the default), stop on warnings too ({@code --strict}), or leave out the rows
 * with errors and go on ({@code --keep-going}), saying how many rows were left out and why.
 *
 * <pre>{@code
 * ProjectFiles files = ProjectFiles.check(ProjectJson.read(p), RegisterCsv.read(r), null, null,
 *     ProjectFiles.Policy.KEEP_GOING);
 * files.problems().forEach(System.err::println);      // every error, warning and note
 * files.excludedRows();                                // e.g. r.csv: 3 rows (enrolled_on: 2, gender: 1)
 * Cohort cohort = Cohort.of(files.project(), files.register());
 * }</pre>
 *
 * <p>Keeping going needs usable files: the project file must be clean, and each CSV file must
 * have been split and have a usable header (no error on line 0 or 1); otherwise
 * {@link ImportException} as with the default policy. A participant whose rows pass their file's
 * checks but fail a check across files (an enrolment outside the project period) is left out
 * with all their rows, and so are the placements of anyone left out.
 */
public final class ProjectFiles {
  /** What to do with problems. */
  public enum Policy {
    /** Errors stop; warnings and notes are reported. */
    DEFAULT,
    /** Warnings stop too, as errors. */
    STRICT,
    /** Rows with errors are left out and counted; the rest goes on. */
    KEEP_GOING
  }

  private final @Nullable EsfProject project;
  private final @Nullable Register register;
  private final @Nullable List<Placement> placements;
  private final @Nullable List<LowThresholdTask> tasks;
  private final List<Problem> problems;
  private final List<ExcludedRows> excluded;

  private ProjectFiles(@Nullable EsfProject project, @Nullable Register register, @Nullable List<Placement> placements,
      @Nullable List<LowThresholdTask> tasks, List<Problem> problems, List<ExcludedRows> excluded) {
    this.project = project;
    this.register = register;
    this.placements = placements;
    this.tasks = tasks;
    this.problems = List.copyOf(problems);
    this.excluded = List.copyOf(excluded);
  }

  /**
   * Checks files read with their readers, each alone and against each other.
   *
   * @param project the project file's result, or null if not given
   * @param register the register's result, or null if not given
   * @param placements the placements' result, or null if not given
   * @param tasks the tasks' result, or null if not given
   * @param policy what to do with problems
   * @return the files' values (only the accepted rows under {@link Policy#KEEP_GOING}), their
   *     problems and what was left out
   * @throws ImportException with every problem, when the policy stops on them or the files cannot
   *     be used at all
   */
  public static ProjectFiles check(@Nullable ReadResult<EsfProject> project, @Nullable ReadResult<Register> register,
      @Nullable ReadResult<List<Placement>> placements, @Nullable ReadResult<List<LowThresholdTask>> tasks,
      Policy policy) {
    List<Problem> problems = new ArrayList<>();
    List<ReadResult<?>> csv = new ArrayList<>();
    for (ReadResult<?> r : new ReadResult<?>[] {register, placements, tasks}) {
      if (r != null) {
        csv.add(r);
      }
    }
    if (project != null) {
      problems.addAll(project.problems());
    }
    csv.forEach(r -> problems.addAll(r.problems()));
    boolean rowErrors = problems.stream().anyMatch(Problem::isError);
    boolean usable = (project == null || project.isClean()) && csv.stream().allMatch(ProjectFiles::usable);
    if (rowErrors && (policy != Policy.KEEP_GOING || !usable)) {
      throw new ImportException(problems);
    }
    List<Problem> cross = project == null ? List.of() : CrossCheck.check(project, register, placements, tasks);
    problems.addAll(cross);
    if (policy == Policy.STRICT && problems.stream().anyMatch(p -> p.severity() == Problem.Severity.WARNING)) {
      throw new ImportException(problems.stream().map(p -> p.severity() == Problem.Severity.WARNING ? p.asError() : p)
          .collect(Collectors.toList()));
    }
    if (policy != Policy.KEEP_GOING && problems.stream().anyMatch(Problem::isError)) {
      throw new ImportException(problems);
    }
    // keep going: leave out the rows with errors
    Map<String, Map<String, Long>> why = new LinkedHashMap<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    for (ReadResult<?> r : csv) {
      rejected(r, why, rows);
    }
    Register reg = register == null ? null : register.acceptedValue();
    List<Placement> pls = placements == null ? null : placements.acceptedValue();
    boolean registerCut = false;
    if (reg != null) {
      Set<Integer> out = failing(register, cross);
      if (!out.isEmpty()) {
        registerCut = true;
        RegisterColumns c = RegisterColumns.of(reg);
        int[] kept = new int[c.size - out.size()];
        int k = 0;
        for (int i = 0; i < c.size; i++) {
          if (out.contains(i)) {
            leaveOut(register.source(), firstColumn(register, i, cross), c.spellCount(i), why, rows);
          } else {
            kept[k++] = i;
          }
        }
        reg = c.select(kept);
      }
    }
    // every placement is kept, and need not be looked at one by one, when the register was not
    // cut and the checks across files (which report a placement whose participant is not in the
    // register) found no error in the placements
    boolean allKept = pls != null && !registerCut && project != null
        && cross.stream().noneMatch(p -> p.isError() && p.source().equals(placements.source()));
    if (pls != null && !allKept) {
      Set<Integer> out = failing(placements, cross);
      // the placements' columns: each distinct participant looked up in the register once, and the
      // placements kept selected as columns (no object per placement)
      PlacementColumns pc = PlacementColumns.of(pls);
      int[] rowOf = reg == null ? null : pc.rowsIn(RegisterColumns.of(reg));
      int[] kept = new int[pc.size];
      int n = 0;
      for (int i = 0; i < pc.size; i++) {
        if (out.contains(i)) {
          leaveOut(placements.source(), firstColumn(placements, i, cross), 1, why, rows);
        } else if (rowOf != null && rowOf[pc.participant[i]] < 0) {
          problems.add(Problem.of(placements.source(), line(placements, i), "participant_id", "participant "
              + pc.participantId(pc.participant[i])
              + " is left out of the register, so this placement is left out too"));
          leaveOut(placements.source(), "participant_id", 1, why, rows);
        } else {
          kept[n++] = i;
        }
      }
      pls = pc.select(Arrays.copyOf(kept, n));
    }
    List<ExcludedRows> excluded = new ArrayList<>();
    rows.forEach((source, n) -> excluded.add(ExcludedRows.of(source, n, why.get(source))));
    return new ProjectFiles(project == null ? null : project.acceptedValue(), reg, pls,
        tasks == null ? null : tasks.acceptedValue(), problems, excluded);
  }

  /** Whether a CSV file can be kept going with: it was split, and has no error on line 0 or 1. */
  private static boolean usable(ReadResult<?> r) {
    return r.acceptedValue() != null && r.problems().stream().noneMatch(p -> p.isError() && p.line() <= 1);
  }

  /** Adds the rows a reader rejected, by the column of each rejected row's first error. */
  private static void rejected(ReadResult<?> r, Map<String, Map<String, Long>> why, Map<String, Long> rows) {
    if (r.rowsRejected() == 0) {
      return;
    }
    Map<Long, String> firstByLine = new LinkedHashMap<>();
    for (Problem p : r.problems()) {
      if (p.isError() && p.line() > 1) {
        firstByLine.putIfAbsent(p.line(), p.column());
      }
    }
    long counted = 0;
    for (String column : firstByLine.values()) {
      if (counted < r.rowsRejected()) {
        leaveOut(r.source(), column, 1, why, rows);
        counted++;
      }
    }
    if (counted < r.rowsRejected()) {
      leaveOut(r.source(), "-", r.rowsRejected() - counted, why, rows);
    }
  }

  private static void leaveOut(String source, String column, long n, Map<String, Map<String, Long>> why,
      Map<String, Long> rows) {
    rows.merge(source, n, Long::sum);
    why.computeIfAbsent(source, k -> new LinkedHashMap<>()).merge(column, n, Long::sum);
  }

  /** The records of a result (by position) that the checks across files found an error in. */
  private static Set<Integer> failing(ReadResult<?> r, List<Problem> cross) {
    if (cross.stream().noneMatch(p -> p.isError() && p.source().equals(r.source()))) {
      return Set.of();
    }
    Map<Long, Integer> byLine = new HashMap<>();
    for (int i = 0; i < r.recordLines().size(); i++) {
      byLine.put(r.recordLines().get(i), i);
    }
    Set<Integer> out = new HashSet<>();
    for (Problem p : cross) {
      Integer i = byLine.get(p.line());
      if (p.isError() && p.source().equals(r.source()) && i != null) {
        out.add(i);
      }
    }
    return out;
  }

  /** The column of the first error the checks across files found in a record. */
  private static String firstColumn(ReadResult<?> r, int index, List<Problem> cross) {
    long line = line(r, index);
    for (Problem p : cross) {
      if (p.isError() && p.source().equals(r.source()) && p.line() == line) {
        return p.column();
      }
    }
    return "-";
  }

  private static long line(ReadResult<?> r, int index) {
    return index < r.recordLines().size() ? r.recordLines().get(index) : 0;
  }

  /**
   * The project, if its file was given.
   *
   * @return the project, or null
   */
  public @Nullable EsfProject project() {
    return project;
  }

  /**
   * The register, without the participants left out.
   *
   * @return the register, or null if not given
   */
  public @Nullable Register register() {
    return register;
  }

  /**
   * The placements, without those left out.
   *
   * @return the placements, or null if not given
   */
  public @Nullable List<Placement> placements() {
    return placements;
  }

  /**
   * The tasks, without those left out.
   *
   * @return the tasks, or null if not given
   */
  public @Nullable List<LowThresholdTask> tasks() {
    return tasks;
  }

  /**
   * Every problem: each file's own, in file order, then those across files. Under
   * {@link Policy#KEEP_GOING} the errors are those of the rows left out.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The rows left out, file by file; empty unless some were (which only {@link Policy#KEEP_GOING}
   * allows).
   *
   * @return the accounts of the files that lost rows
   */
  public List<ExcludedRows> excludedRows() {
    return excluded;
  }
}
