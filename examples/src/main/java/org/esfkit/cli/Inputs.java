package org.esfkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.esfkit.core.EsfProject;
import org.esfkit.core.ImportException;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.core.Placement;
import org.esfkit.core.Register;
import org.esfkit.core.io.ExcludedRows;
import org.esfkit.core.io.ParticipantsJson;
import org.esfkit.core.io.PlacementsCsv;
import org.esfkit.core.io.Problem;
import org.esfkit.core.io.ProjectFiles;
import org.esfkit.core.io.ProjectJson;
import org.esfkit.core.io.ReadResult;
import org.esfkit.core.io.RegisterCsv;
import org.esfkit.core.io.TasksCsv;
import org.esfkit.core.io.TasksJson;
import org.esfkit.metrics.Cohort;
import org.jspecify.annotations.Nullable;

/**
 * Reads the files the commands are given, the one way every command does: each option's file in
 * the format the option takes (tasks as CSV, or JSON by the {@code .json} extension), a file in
 * the other format reported as such rather than as a parser's token error, and every problem of
 * every file reported at once.
 */
final class Inputs {
  private Inputs() {}

  /**
   * What one option takes: its format and reader.
   *
   * @param option the option, e.g. {@code --participants}
   * @param json whether the option takes JSON (else CSV)
   * @param expected what the option takes, in words, for the message when it is given the other format
   * @param reader the reader, given the file and the encoding named by {@code --encoding} (null: detect)
   * @param <T> what the reader makes of the file
   */
  record Input<T>(String option, boolean json, String expected,
      BiFunction<Path, @Nullable Charset, ReadResult<T>> reader) {}

  static final Input<EsfProject> PROJECT = new Input<>("--project", true, "a project file in JSON", (p, cs) -> ProjectJson.read(p));
  static final Input<Register> REGISTER = new Input<>("--participants", false,
      "a participant register in CSV (participant_id, gender, enrolled_on, ...); participant profiles in JSON"
          + " are for esfkit match", (p, cs) -> cs == null ? RegisterCsv.read(p) : RegisterCsv.read(p, cs));
  static final Input<List<Participant>> PROFILES = new Input<>("--participants", true,
      "participant profiles in JSON (an array of objects, as participants.json of esfkit demo); a register in"
          + " CSV is for validate, metrics, indicators and report", (p, cs) -> ParticipantsJson.read(p));
  static final Input<List<Placement>> PLACEMENTS = new Input<>("--placements", false, "placements in CSV",
      (p, cs) -> cs == null ? PlacementsCsv.read(p) : PlacementsCsv.read(p, cs));
  static final Input<List<LowThresholdTask>> TASKS_CSV = new Input<>("--tasks", false,
      "tasks in CSV (or in JSON, named .json)", (p, cs) -> cs == null ? TasksCsv.read(p) : TasksCsv.read(p, cs));
  static final Input<List<LowThresholdTask>> TASKS_JSON = new Input<>("--tasks", true,
      "tasks in JSON (an array of objects; in CSV, name the file other than .json)", (p, cs) -> TasksJson.read(p));
  static final Input<List<LowThresholdTask>> TASK_PROFILES = new Input<>("--tasks", true,
      "task profiles in JSON (an array of objects, as tasks.json of esfkit demo)", (p, cs) -> TasksJson.read(p));

  /**
   * Tasks in CSV, or in JSON when the file's name ends in {@code .json}.
   *
   * @param path the file
   * @return how to read it
   */
  static Input<List<LowThresholdTask>> tasks(Path path) {
    return path.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? TASKS_JSON : TASKS_CSV;
  }

  /**
   * Reads a file if given; its problems, or the failure to read it, go to {@code problems}.
   *
   * @return the result, or null if no file was given or it could not be read at all
   */
  static <T> @Nullable ReadResult<T> read(Input<T> input, @Nullable Path path, List<Problem> problems) {
    return read(input, path, null, problems);
  }

  /**
   * Reads a file if given, in a named encoding (null: detected); its problems, or the failure to
   * read it, go to {@code problems}.
   *
   * @return the result, or null if no file was given or it could not be read at all
   */
  static <T> @Nullable ReadResult<T> read(Input<T> input, @Nullable Path path, @Nullable Charset charset,
      List<Problem> problems) {
    ReadResult<T> r = open(input, path, charset, problems);
    if (r != null) {
      problems.addAll(r.problems());
    }
    return r;
  }

  /**
   * Reads a file if given; only a file in the wrong format, or one that cannot be read at all, puts
   * its problem in {@code unreadable} (the result holds the others).
   */
  private static <T> @Nullable ReadResult<T> open(Input<T> input, @Nullable Path path, @Nullable Charset charset,
      List<Problem> unreadable) {
    if (path == null) {
      return null;
    }
    Problem wrong = checkFormat(input.option(), path, input.json(), input.expected());
    if (wrong != null) {
      unreadable.add(wrong);
      return null;
    }
    try {
      return input.reader().apply(path, charset);
    } catch (ImportException e) {
      unreadable.addAll(e.problems());
      return null;
    }
  }

  /**
   * Reads a file that must be clean.
   *
   * @return the value
   * @throws ImportException with every problem found, if any
   */
  static <T> T require(Input<T> input, Path path) {
    List<Problem> problems = new ArrayList<>();
    ReadResult<T> r = read(input, path, problems);
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new ImportException(problems);
    }
    return r.value();
  }

  /**
   * Tells whether a file is in the other format than the one an option takes: JSON where CSV is
   * expected (it starts with {@code [} or <code>{</code>), or CSV where JSON is expected (its first
   * line starts otherwise and has a {@code ,} or {@code ;}). Other
   * defects are left to the reader, as is a file that cannot be opened.
   *
   * @param option the option, for the message
   * @param path the file
   * @param json whether the option takes JSON
   * @param expected what the option takes, in words
   * @return the problem, or null
   */
  static @Nullable Problem checkFormat(String option, Path path, boolean json, String expected) {
    String head;
    try (InputStream in = Files.newInputStream(path)) {
      head = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return null;
    }
    int i = head.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;   // the UTF-8 BOM, read as Latin-1
    while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
      i++;
    }
    if (i == head.length()) {
      return null;
    }
    boolean looksJson = head.charAt(i) == '[' || head.charAt(i) == '{';
    int eol = head.indexOf('\n', i);
    String firstLine = head.substring(i, eol < 0 ? head.length() : eol);
    boolean looksCsv = !looksJson && (firstLine.indexOf(',') >= 0 || firstLine.indexOf(';') >= 0);
    if (json ? looksCsv : looksJson) {
      return Problem.of(path.toString(), 1, "-", "this file looks like " + (json ? "CSV" : "JSON") + ", but "
          + option + " takes " + expected);
    }
    return null;
  }

  /**
   * A project's files, read and checked against each other; placements and tasks are null when
   * their file was not given (not supplied, which is not the same as an empty file).
   *
   * @param project the project; null only when a register was read alone
   * @param excluded the rows left out under {@code --keep-going}, file by file (empty otherwise)
   */
  record Loaded(@Nullable EsfProject project, Register register, @Nullable List<Placement> placements,
      @Nullable List<LowThresholdTask> tasks, List<ExcludedRows> excluded) {
    /** The cohort the metrics are computed on: built anew (its columns too) on each call, so call it once. */
    Cohort cohort() {
      Cohort.Builder b = (project == null ? Cohort.builder() : Cohort.builder(project)).register(register);
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
   * Reads the files and checks them against each other ({@link ProjectFiles}); prints warnings,
   * notes and (when keeping going) the errors of the rows left out on {@code err}.
   *
   * @throws ImportException with every problem found, if the options stop on them
   */
  static Loaded load(Path project, Path register, @Nullable Path placements, @Nullable Path tasks,
      FileOptions options, PrintStream err) {
    ProjectFiles files = files(project, register, placements, tasks, options, err);
    return new Loaded(files.project(), files.register(), files.placements(), files.tasks(), files.excludedRows());
  }

  /**
   * Reads a register alone (no project to check it against).
   *
   * @throws ImportException with every problem found, if the options stop on them
   */
  static Loaded register(Path register, FileOptions options, PrintStream err) {
    ProjectFiles files = files(null, register, null, null, options, err);
    return new Loaded(null, files.register(), null, null, files.excludedRows());
  }

  private static ProjectFiles files(@Nullable Path project, Path register,
      @Nullable Path placements, @Nullable Path tasks, FileOptions options, PrintStream err) {
    Charset cs = options.encoding();
    // the register, by far the largest file, streams in on a thread of its own while the other
    // files are read (and JSON reading warms up); problems are kept in the files' order
    List<Problem> registerUnreadable = new ArrayList<>();
    java.util.concurrent.CompletableFuture<ReadResult<Register>> reading = java.util.concurrent.CompletableFuture
        .supplyAsync(() -> open(REGISTER, register, cs, registerUnreadable), job -> {
          Thread thread = new Thread(job, "esfkit-register");
          thread.setDaemon(true);
          thread.start();
        });
    List<Problem> unreadable = new ArrayList<>();
    ReadResult<EsfProject> p = open(PROJECT, project, cs, unreadable);
    List<Problem> others = new ArrayList<>();
    ReadResult<List<Placement>> pl = open(PLACEMENTS, placements, cs, others);
    ReadResult<List<LowThresholdTask>> t = tasks == null ? null : open(tasks(tasks), tasks, cs, others);
    ReadResult<Register> r = join(reading);
    unreadable.addAll(registerUnreadable);
    unreadable.addAll(others);
    if (!unreadable.isEmpty()) {
      throw new ImportException(unreadable);   // a file in the wrong format or that cannot be read at all
    }
    ProjectFiles files = ProjectFiles.check(p, r, pl, t, policy(options));
    files.problems().forEach(err::println);
    for (ExcludedRows x : files.excludedRows()) {
      err.println(excluded(x));
    }
    return files;
  }

  /** The value of a file read on its own thread; what it threw is thrown here, as if read here. */
  private static <T> T join(java.util.concurrent.CompletableFuture<T> reading) {
    try {
      return reading.join();
    } catch (java.util.concurrent.CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw e;
    }
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
