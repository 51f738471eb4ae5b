package org.esfkit.benchmarks.metrics;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The ingest benchmarks' baseline: plain jackson-dataformat-csv parsing of a semicolon-separated
 * file into string arrays (no checks, no model), what a bare CSV parse costs.
 */
final class JacksonCsv {
  private JacksonCsv() {}

  /**
   * Parses the file, skipping its header.
   *
   * @param file the file
   * @return the cells parsed
   * @throws IOException on a read failure
   */
  static long cells(Path file) throws IOException {
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
