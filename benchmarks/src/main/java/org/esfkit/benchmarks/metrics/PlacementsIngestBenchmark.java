package org.esfkit.benchmarks.metrics;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.esfkit.core.Placement;
import org.esfkit.core.io.PlacementsCsv;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Reading a placements CSV (semicolon-separated, CRLF, as from Swedish Excel) with
 * {@link PlacementsCsv} — parsing, validating every cell, filling the placements' columns and
 * finding repeated ones — beside plain jackson-dataformat-csv parsing of the same file into string arrays
 * (no checks, no model). At national scale placements are about as many as participants.
 */
public class PlacementsIngestBenchmark extends CsvIngestBenchmark {
  /** Rows in the placements file. */
  @Param("100000")
  public int rows;

  /**
   * Writes the placements file: one or two placements per participant, at 2,000 employers, some
   * from identified tasks, a few still ongoing.
   *
   * @throws IOException if it cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("placements", ".csv");
    String[] kinds = {"internship", "work_trial", "apprenticeship", "employment", "subsidised_employment",
        "social_enterprise"};
    SplittableRandom r = new SplittableRandom(1);
    LocalDate start = LocalDate.of(2012, 1, 16);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("participant_id;employer_id;task_id;kind;started_on;ended_on;gender_breaking;hours_per_week\r\n");
      int participant = 0;
      for (int i = 0; i < rows; i++) {
        participant += r.nextInt(4) == 0 ? 0 : 1; // a quarter of the rows are a participant's second placement
        LocalDate started = start.plusDays(r.nextInt(700));
        boolean ongoing = r.nextInt(10) == 0;
        w.write("H" + participant + ";E" + r.nextInt(2000) + ";" + (r.nextInt(3) == 0 ? "T" + r.nextInt(5000) : "")
            + ";" + kinds[r.nextInt(kinds.length)] + ";" + started + ";"
            + (ongoing ? "" : started.plusDays(14 + r.nextInt(120)).toString()) + ";"
            + (r.nextInt(5) == 0 ? "yes" : "no") + ";" + (10 + r.nextInt(31)) + "\r\n");
      }
    }
  }

  /**
   * esfkit: read, validate and build the placements.
   *
   * @return the placements
   */
  @Benchmark
  public List<Placement> esfkitPlacementsCsv() {
    return PlacementsCsv.read(file).value();
  }

}
