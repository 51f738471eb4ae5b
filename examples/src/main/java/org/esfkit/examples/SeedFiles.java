package org.esfkit.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.esfkit.core.io.PlacementsCsv;
import org.esfkit.core.io.ProjectJson;
import org.esfkit.core.io.RegisterCsv;

/**
 * Writes the seed cohorts as files in esfkit's interchange formats, one directory per seed:
 * {@code project.json} (the project with its synthetic achievements), {@code participants.csv}
 * (the register), {@code placements.csv}. All text is UTF-8 with LF line ends; the same cohort
 * gives the same bytes.
 */
public final class SeedFiles {
  /** The project file's name. */
  public static final String PROJECT = "project.json";
  /** The register file's name. */
  public static final String REGISTER = "participants.csv";
  /** The placements file's name. */
  public static final String PLACEMENTS = "placements.csv";

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
    written.add(text(dir.resolve(PLACEMENTS), PlacementsCsv.write(cohort.placements())));
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

  private static Path text(Path file, String content) throws IOException {
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
