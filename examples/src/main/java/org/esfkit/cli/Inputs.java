package org.esfkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.esfkit.core.EsfProject;
import org.esfkit.core.ImportException;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.core.Placement;
import org.esfkit.core.Register;
import org.esfkit.core.io.CrossCheck;
import org.esfkit.core.io.ParticipantsJson;
import org.esfkit.core.io.PlacementsCsv;
import org.esfkit.core.io.Problem;
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
   * @param reader the reader
   * @param <T> what the reader makes of the file
   */
  record Input<T>(String option, boolean json, String expected, Function<Path, ReadResult<T>> reader) {}

  static final Input<EsfProject> PROJECT = new Input<>("--project", true, "a project file in JSON", ProjectJson::read);
  static final Input<Register> REGISTER = new Input<>("--participants", false,
      "a participant register in CSV (participant_id, gender, enrolled_on, ...); participant profiles in JSON"
          + " are for esfkit match", RegisterCsv::read);
  static final Input<List<Participant>> PROFILES = new Input<>("--participants", true,
      "participant profiles in JSON (an array of objects, as participants.json of esfkit demo); a register in"
          + " CSV is for validate, metrics, indicators and report", ParticipantsJson::read);
  static final Input<List<Placement>> PLACEMENTS = new Input<>("--placements", false, "placements in CSV",
      PlacementsCsv::read);
  static final Input<List<LowThresholdTask>> TASKS_CSV = new Input<>("--tasks", false,
      "tasks in CSV (or in JSON, named .json)", TasksCsv::read);
  static final Input<List<LowThresholdTask>> TASKS_JSON = new Input<>("--tasks", true,
      "tasks in JSON (an array of objects; in CSV, name the file other than .json)", TasksJson::read);
  static final Input<List<LowThresholdTask>> TASK_PROFILES = new Input<>("--tasks", true,
      "task profiles in JSON (an array of objects, as tasks.json of esfkit demo)", TasksJson::read);

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
    if (path == null) {
      return null;
    }
    Problem wrong = checkFormat(input.option(), path, input.json(), input.expected());
    if (wrong != null) {
      problems.add(wrong);
      return null;
    }
    try {
      ReadResult<T> r = input.reader().apply(path);
      problems.addAll(r.problems());
      return r;
    } catch (ImportException e) {
      problems.addAll(e.problems());
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
    if (!problems.isEmpty()) {
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
    List<Problem> problems = new ArrayList<>();
    ReadResult<EsfProject> p = read(PROJECT, project, problems);
    ReadResult<Register> r = read(REGISTER, register, problems);
    ReadResult<List<Placement>> pl = read(PLACEMENTS, placements, problems);
    ReadResult<List<LowThresholdTask>> t = tasks == null ? null : read(tasks(tasks), tasks, problems);
    if (problems.isEmpty()) {
      problems.addAll(CrossCheck.check(p, r, pl, t));
    }
    if (!problems.isEmpty()) {
      throw new ImportException(problems);
    }
    return new Loaded(p.value(), r.value(), pl == null ? null : pl.value(), t == null ? null : t.value());
  }

  /**
   * Reads a register alone.
   *
   * @throws ImportException with every problem found, if any
   */
  static Cohort register(Path register) {
    return Cohort.builder().register(require(REGISTER, register)).build();
  }
}
