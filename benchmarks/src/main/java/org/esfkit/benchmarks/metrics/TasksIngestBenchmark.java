package org.esfkit.benchmarks.metrics;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.io.TasksCsv;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Reading a tasks CSV (semicolon-separated, CRLF, coordinates with a decimal comma, as from
 * Swedish Excel) with {@link TasksCsv} — parsing, validating every cell and building the tasks —
 * beside plain jackson-dataformat-csv parsing of the same file into string arrays (no checks, no
 * model). Tasks are the places employers offer: fewer than participants, but every column of a
 * task is read, lists and coordinates included.
 */
public class TasksIngestBenchmark extends CsvIngestBenchmark {
  /** Rows in the tasks file. */
  @Param("50000")
  public int rows;

  /**
   * Writes the tasks file: tasks at 2,000 employers across Sweden, each with an occupation,
   * competences, demands, a language level, hours, adaptations and sometimes a dominant gender.
   *
   * @throws IOException if it cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("tasks", ".csv");
    String[] titles = {"Städning av kontor", "Sortering på lager", "Förbereda material i förskolan",
        "Storstädning av lokaler", "Skötsel av grönytor"};
    String[] competences = {"cleaning", "childcare", "warehouse|forklift", "gardening", ""};
    String[] demands = {"noise|standing", "standing|early_hours", "noise", "", "standing"};
    String[] languages = {"a1", "a2", "b1", ""};
    String[] adaptations = {"attitudinal", "informative", "attitudinal|informative", ""};
    String[] genders = {"woman", "man", ""};
    SplittableRandom r = new SplittableRandom(1);
    LocalDate start = LocalDate.of(2022, 1, 3);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("task_id;employer_id;title;identified_on;capacity;occupation_code;required_competences;demands;"
          + "language_level;hours_per_week;latitude;longitude;adaptations;dominant_gender\r\n");
      for (int i = 0; i < rows; i++) {
        String lat = String.format("%.4f", 55.4 + r.nextDouble() * 13.6).replace('.', ',');
        String lon = String.format("%.4f", 11.2 + r.nextDouble() * 12.8).replace('.', ',');
        w.write("T" + i + ";E" + r.nextInt(2000) + ";" + titles[r.nextInt(titles.length)] + ";"
            + start.plusDays(r.nextInt(700)) + ";" + (1 + r.nextInt(5)) + ";" + (5000 + r.nextInt(5000)) + ";"
            + competences[r.nextInt(competences.length)] + ";" + demands[r.nextInt(demands.length)] + ";"
            + languages[r.nextInt(languages.length)] + ";" + (5 + r.nextInt(36)) + ";" + lat + ";" + lon + ";"
            + adaptations[r.nextInt(adaptations.length)] + ";" + genders[r.nextInt(genders.length)] + "\r\n");
      }
    }
  }

  /**
   * esfkit: read, validate and build the tasks.
   *
   * @return the tasks
   */
  @Benchmark
  public List<LowThresholdTask> esfkitTasksCsv() {
    return TasksCsv.read(file).value();
  }

}
