package org.esfkit.benchmarks.metrics;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.esfkit.core.Register;
import org.esfkit.core.io.RegisterCsv;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading a participant register CSV (semicolon-separated, as from Swedish Excel) into the model
 * with {@link RegisterCsv} — parsing, validating every cell, building participants and pathways —
 * beside plain jackson-dataformat-csv parsing of the same file into string arrays (no checks, no
 * model).
 */
public class RegisterIngestBenchmark extends CsvIngestBenchmark {
  /** Rows in the register file. */
  @Param("100000")
  public int rows;

  /** The same rows, each with a birth year outside the model's range: every row rejected. */
  private Path rejected;

  /**
   * Writes the register file.
   *
   * @throws IOException if it cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("register", ".csv");
    rejected = Files.createTempFile("register-rejected", ".csv");
    String[] genders = {"woman", "man", "non_binary", "not_reported"};
    String[] statuses = {"employment", "studies", "job_seeking", "internship", "other", "dropped_out"};
    String[] sites = {"Avesta", "Hedemora"};
    SplittableRandom r = new SplittableRandom(1);
    LocalDate start = LocalDate.of(2012, 1, 16);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        Writer x = Files.newBufferedWriter(rejected, StandardCharsets.UTF_8)) {
      String header = "participant_id;gender;birth_year;site;enrolled_on;exited_on;exit_status;follow_up_on;"
          + "follow_up_status;perceived_improvement;target_groups\r\n";
      w.write(header);
      x.write(header);
      for (int i = 0; i < rows; i++) {
        LocalDate enrolled = start.plusDays(r.nextInt(500));
        boolean exited = r.nextInt(100) < 75;
        LocalDate exit = enrolled.plusDays(10 + r.nextInt(300));
        String gender = "H" + i + ";" + genders[r.nextInt(4)] + ";";
        String rest = ";" + sites[r.nextInt(2)] + ";"
            + enrolled + ";" + (exited ? exit + ";" + statuses[r.nextInt(statuses.length)] : ";") + ";"
            + (exited ? exit.plusDays(90) + ";" + statuses[r.nextInt(statuses.length)] : ";") + ";"
            + (exited ? (r.nextBoolean() ? "yes" : "no") : "") + ";" + (r.nextBoolean() ? "young|sick_listed" : "")
            + "\r\n";
        w.write(gender + (1950 + r.nextInt(50)) + rest);
        x.write(gender + "1800" + rest);
      }
    }
  }

  /**
   * Deletes the file of rejected rows.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteRejected() throws IOException {
    Files.deleteIfExists(rejected);
  }

  /**
   * esfkit: read, validate and build the register.
   *
   * @return the register
   */
  @Benchmark
  public Register esfkitRegisterCsv() {
    return RegisterCsv.read(file).value();
  }

  /**
   * esfkit: read a register whose every row breaks one of the model's checks (a birth year out of
   * range), so that each row's problem is worded by the model and placed in its column.
   *
   * @return the problems found
   */
  @Benchmark
  public int esfkitRegisterCsvEveryRowRejected() {
    return RegisterCsv.read(rejected).problems().size();
  }

}
