package org.esfkit.benchmarks.metrics;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.esfkit.core.Register;
import org.esfkit.core.io.RegisterCsv;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a participant register CSV (semicolon-separated, as from Swedish Excel) into the model
 * with {@link RegisterCsv} — parsing, validating every cell, building participants and pathways —
 * beside plain jackson-dataformat-csv parsing of the same file into string arrays (no checks, no
 * model).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class RegisterIngestBenchmark {
  /** Rows in the register file. */
  @Param("100000")
  public int rows;

  private Path file;

  /**
   * Writes the register file.
   *
   * @throws IOException if it cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("register", ".csv");
    String[] genders = {"woman", "man", "non_binary", "not_reported"};
    String[] statuses = {"employment", "studies", "job_seeking", "internship", "other", "dropped_out"};
    String[] sites = {"Avesta", "Hedemora"};
    SplittableRandom r = new SplittableRandom(1);
    LocalDate start = LocalDate.of(2012, 1, 16);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("participant_id;gender;birth_year;site;enrolled_on;exited_on;exit_status;follow_up_on;"
          + "follow_up_status;perceived_improvement;target_groups\r\n");
      for (int i = 0; i < rows; i++) {
        LocalDate enrolled = start.plusDays(r.nextInt(500));
        boolean exited = r.nextInt(100) < 75;
        LocalDate exit = enrolled.plusDays(10 + r.nextInt(300));
        w.write("H" + i + ";" + genders[r.nextInt(4)] + ";" + (1950 + r.nextInt(50)) + ";" + sites[r.nextInt(2)] + ";"
            + enrolled + ";" + (exited ? exit + ";" + statuses[r.nextInt(statuses.length)] : ";") + ";"
            + (exited ? exit.plusDays(90) + ";" + statuses[r.nextInt(statuses.length)] : ";") + ";"
            + (exited ? (r.nextBoolean() ? "yes" : "no") : "") + ";" + (r.nextBoolean() ? "young|sick_listed" : "")
            + "\r\n");
      }
    }
  }

  /**
   * Deletes the file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
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
   * Plain jackson-dataformat-csv: parse into string arrays.
   *
   * @return cells parsed
   * @throws IOException on a read failure
   */
  @Benchmark
  public long jacksonCsvStrings() throws IOException {
    return JacksonCsv.cells(file);
  }
}
