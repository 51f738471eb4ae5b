package org.esfkit.benchmarks.metrics;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the CSV ingest benchmarks share: the run settings, a semicolon-separated file that a
 * subclass writes once per trial (and this class deletes), and the baseline beside each esfkit
 * reader, plain jackson-dataformat-csv parsing of the same file into string arrays (no checks, no
 * model): what a bare CSV parse costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public abstract class CsvIngestBenchmark {
  /** The file read; the subclass's setup writes it. */
  protected Path file;

  /**
   * Deletes the file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Plain jackson-dataformat-csv: parse into string arrays, skipping the header.
   *
   * @return cells parsed
   * @throws IOException on a read failure
   */
  @Benchmark
  public long jacksonCsvStrings() throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';').withSkipFirstDataRow(true);
    long n = 0;
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(schema).readValues(file.toFile())) {
      while (it.hasNext()) {
        n += it.next().length;
      }
    }
    return n;
  }
}
