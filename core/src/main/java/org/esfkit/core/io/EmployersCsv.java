package org.esfkit.core.io;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.esfkit.core.Employer;
import org.esfkit.core.OrganisationNumber;
import org.esfkit.core.io.internal.CsvOut;
import org.esfkit.core.io.internal.CsvTable;
import org.esfkit.core.io.internal.Inputs;
import org.jspecify.annotations.Nullable;

/**
 * Employers (CSV, one row per employer): {@code employer_id} (required, unique), and optional
 * {@code name}, {@code organisation_number} ({@code NNNNNN-NNNN}, check digit verified),
 * {@code sector}, {@code municipality}, {@code employer_ring} (yes / no, empty = no). Same CSV
 * dialect and problem reporting as {@link RegisterCsv}.
 */
public final class EmployersCsv {
  static final List<String> REQUIRED = List.of("employer_id");
  static final List<String> OPTIONAL = List.of("name", "organisation_number", "sector", "municipality",
      "employer_ring");
  private static final List<String> ALL = List.of("employer_id", "name", "organisation_number", "sector",
      "municipality", "employer_ring");

  private EmployersCsv() {}

  /**
   * Reads an employers file.
   *
   * @param path the file; its name as given is the problems' source
   * @return the result: the accepted employers in file order, and every problem
   * @throws org.esfkit.core.ImportException if the file cannot be opened or read (I/O failure)
   */
  public static ReadResult<List<Employer>> read(Path path) {
    return Inputs.read(path, EmployersCsv::read);
  }

  /**
   * Reads a file in a named encoding (instead of detecting it).
   *
   * @param path the file; its name as given is the problems' source
   * @param charset the file's encoding, e.g. {@code Charset.forName("windows-1252")}
   * @return the result: the accepted employers in file order, and every problem
   * @throws org.esfkit.core.ImportException if the file cannot be opened or read (I/O failure)
   */
  public static ReadResult<List<Employer>> read(Path path, Charset charset) {
    Objects.requireNonNull(charset, "charset");
    return Inputs.read(path, (in, source) -> read(in, source, charset));
  }

  /**
   * Reads employers from a stream (which the caller closes).
   *
   * @param in the CSV bytes (UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252; detected)
   * @param sourceName the name problems are reported under
   * @return the result: the accepted employers in file order, and every problem
   * @throws org.esfkit.core.ImportException if the stream cannot be read (I/O failure)
   */
  public static ReadResult<List<Employer>> read(InputStream in, String sourceName) {
    return read(in, sourceName, (Charset) null);
  }

  /**
   * Reads from a stream (which the caller closes) in a named encoding, instead of detecting it.
   *
   * @param in the CSV bytes
   * @param sourceName the name problems are reported under
   * @param charset the encoding; null to detect it
   * @return the result: the accepted employers in file order, and every problem
   * @throws org.esfkit.core.ImportException if the stream cannot be read (I/O failure)
   */
  public static ReadResult<List<Employer>> read(InputStream in, String sourceName, @Nullable Charset charset) {
    Map<String, Long> firstLine = new HashMap<>();
    return CsvTable.readAll(in, sourceName, charset, REQUIRED, OPTIONAL, Set.of(), row -> {
      String id = row.uniqueId("employer_id", "employer id", firstLine);
      String name = row.text("name");
      OrganisationNumber number = row.coded("organisation_number", OrganisationNumber::parse);
      String sector = row.text("sector");
      String municipality = row.text("municipality");
      Boolean ring = row.yesNo("employer_ring");
      return row.build(ALL, () -> Employer.builder().id(id).name(name).organisationNumber(number).sector(sector)
          .municipality(municipality).employerRingMember(Boolean.TRUE.equals(ring)).build());
    }, List::copyOf);
  }

  /**
   * Writes employers as CSV text (comma-separated, LF).
   *
   * @param employers the employers
   * @return the CSV text
   */
  public static String write(List<Employer> employers) {
    StringWriter w = new StringWriter();
    write(employers, w);
    return w.toString();
  }

  /**
   * Writes employers as CSV to a writer (which the caller closes).
   *
   * @param employers the employers
   * @param out where the text goes
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(List<Employer> employers, Writer out) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Employer e : employers) {
      Map<String, String> c = new HashMap<>();
      c.put("employer_id", e.id());
      c.put("name", CsvOut.text(e.name()));
      c.put("organisation_number", CsvOut.text(e.organisationNumber()));
      c.put("sector", CsvOut.text(e.sector()));
      c.put("municipality", CsvOut.text(e.municipality()));
      c.put("employer_ring", CsvOut.yesNo(e.employerRingMember()));
      rows.add(c);
    }
    CsvOut.table(out, ALL, List.of(), rows);
  }
}
