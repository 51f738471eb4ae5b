package org.esfkit.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.esfkit.core.EsfProject;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Placement;
import org.esfkit.core.Register;
import org.esfkit.core.io.CrossCheck;
import org.esfkit.core.io.EmployersCsv;
import org.esfkit.core.io.ParticipantsJson;
import org.esfkit.core.io.PathwayJson;
import org.esfkit.core.io.PlacementsCsv;
import org.esfkit.core.io.Problem;
import org.esfkit.core.io.ProjectJson;
import org.esfkit.core.io.ReadResult;
import org.esfkit.core.io.RegisterCsv;
import org.esfkit.core.io.TasksCsv;
import org.esfkit.core.io.TasksJson;

/**
 * Writes the seed cohorts as files in esfkit's interchange formats, one directory per seed, and
 * checks such a directory as {@code esfkit validate} would. All text is UTF-8 with LF line ends;
 * the same cohort gives the same bytes.
 */
public final class SeedFiles {
  /** The project file (with the synthetic achievements). */
  public static final String PROJECT = "project.json";
  /** The register (CSV, one row per participant; see {@link SeedCohort#registerRows()}). */
  public static final String REGISTER = "participants.csv";
  /** The participants with their matching profiles (JSON). */
  public static final String PROFILES = "participants.json";
  /** Every participant's full pathway, every event (JSON). */
  public static final String PATHWAYS = "pathways.json";
  /** The placements (CSV). */
  public static final String PLACEMENTS = "placements.csv";
  /** The low-threshold tasks (CSV). */
  public static final String TASKS_CSV = "tasks.csv";
  /** The low-threshold tasks with their profiles (JSON). */
  public static final String TASKS_JSON = "tasks.json";
  /** The employers (CSV). */
  public static final String EMPLOYERS = "employers.csv";

  private SeedFiles() {}

  /**
   * Writes one cohort's files into {@code dir}, creating it if needed and replacing files there.
   *
   * @param cohort the cohort
   * @param dir the directory
   * @return the files written, in a fixed order
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(SeedCohort cohort, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    written.add(text(dir.resolve(PROJECT), ProjectJson.write(cohort.project())));
    written.add(text(dir.resolve(REGISTER), RegisterCsv.write(cohort.registerRows())));
    written.add(text(dir.resolve(PROFILES), ParticipantsJson.write(cohort.register().participants())));
    written.add(text(dir.resolve(PATHWAYS), PathwayJson.write(cohort.register().pathways())));
    written.add(text(dir.resolve(PLACEMENTS), PlacementsCsv.write(cohort.placements())));
    written.add(text(dir.resolve(TASKS_CSV), TasksCsv.write(cohort.tasks())));
    written.add(text(dir.resolve(TASKS_JSON), TasksJson.write(cohort.tasks())));
    written.add(text(dir.resolve(EMPLOYERS), EmployersCsv.write(cohort.employers())));
    return written;
  }

  /**
   * Generates every seed's cohort and writes it into {@code dir/<seed slug>/}.
   *
   * @param dir the parent directory
   * @return the files written, seed by seed
   * @throws IOException if a file cannot be written
   */
  public static List<Path> writeAll(Path dir) throws IOException {
    List<Path> written = new ArrayList<>();
    for (Seed seed : Seed.values()) {
      written.addAll(write(SyntheticCohorts.cohort(seed), dir.resolve(seed.slug())));
    }
    return written;
  }

  /**
   * Reads the project, register, placements and tasks files of a directory written by
   * {@link #write} and checks them, each on its own and against each other ({@link CrossCheck}).
   *
   * @param dir the directory
   * @return every problem found; empty if the files are clean
   * @throws org.esfkit.core.ImportException if a file cannot be opened or read
   */
  public static List<Problem> check(Path dir) {
    ReadResult<EsfProject> project = ProjectJson.read(dir.resolve(PROJECT));
    ReadResult<Register> register = RegisterCsv.read(dir.resolve(REGISTER));
    ReadResult<List<Placement>> placements = PlacementsCsv.read(dir.resolve(PLACEMENTS));
    ReadResult<List<LowThresholdTask>> tasks = TasksCsv.read(dir.resolve(TASKS_CSV));
    List<Problem> problems = new ArrayList<>();
    problems.addAll(project.problems());
    problems.addAll(register.problems());
    problems.addAll(placements.problems());
    problems.addAll(tasks.problems());
    problems.addAll(CrossCheck.check(project, register, placements, tasks));
    return problems;
  }

  private static Path text(Path file, String content) throws IOException {
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
