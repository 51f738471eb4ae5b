package org.esfkit.core.io;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.esfkit.core.Accessibility;
import org.esfkit.core.CefrLevel;
import org.esfkit.core.Gender;
import org.esfkit.core.GeoPoint;
import org.esfkit.core.ImmutableLowThresholdTask;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.io.internal.CsvOut;
import org.esfkit.core.io.internal.CsvTable;
import org.esfkit.core.io.internal.Inputs;
import org.jspecify.annotations.Nullable;

/**
 * Low-threshold tasks (CSV, one row per task). Required columns: {@code task_id},
 * {@code employer_id}, {@code title}, {@code identified_on}, {@code capacity}; optional:
 * {@code occupation_code}, {@code required_competences} and {@code demands} ({@code |}-separated
 * tags), {@code language_level} ({@code a1}..{@code c2}), {@code hours_per_week},
 * {@code latitude} and {@code longitude} (both or neither), {@code adaptations}
 * ({@code |}-separated accessibility codes), {@code open_to_all_genders} (yes / no, empty = yes),
 * {@code dominant_gender}. Task ids must be unique; a repeated id rejects the later row. Same CSV
 * dialect and problem reporting as {@link RegisterCsv}.
 */
public final class TasksCsv {
  static final List<String> REQUIRED = List.of("task_id", "employer_id", "title", "identified_on", "capacity");
  static final List<String> OPTIONAL = List.of("occupation_code", "required_competences", "demands",
      "language_level", "hours_per_week", "latitude", "longitude", "adaptations", "open_to_all_genders",
      "dominant_gender");
  private static final List<String> ALL = List.of("task_id", "employer_id", "title", "identified_on", "capacity",
      "occupation_code", "required_competences", "demands", "language_level", "hours_per_week", "latitude",
      "longitude", "adaptations", "open_to_all_genders", "dominant_gender");

  private TasksCsv() {}

  /**
   * Reads a tasks file.
   *
   * @param path the file; its name as given is the problems' source
   * @return the result: the accepted tasks in file order, and every problem
   * @throws org.esfkit.core.ImportException if the file cannot be opened or read (I/O failure)
   */
  public static ReadResult<List<LowThresholdTask>> read(Path path) {
    return Inputs.read(path, TasksCsv::read);
  }

  /**
   * Reads a file in a named encoding (instead of detecting it).
   *
   * @param path the file; its name as given is the problems' source
   * @param charset the file's encoding, e.g. {@code Charset.forName("windows-1252")}
   * @return the result: the accepted tasks in file order, and every problem
   * @throws org.esfkit.core.ImportException if the file cannot be opened or read (I/O failure)
   */
  public static ReadResult<List<LowThresholdTask>> read(Path path, Charset charset) {
    Objects.requireNonNull(charset, "charset");
    return Inputs.read(path, (in, source) -> read(in, source, charset));
  }

  /**
   * Reads tasks from a stream (which the caller closes).
   *
   * @param in the CSV bytes (UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252; detected)
   * @param sourceName the name problems are reported under
   * @return the result: the accepted tasks in file order, and every problem
   * @throws org.esfkit.core.ImportException if the stream cannot be read (I/O failure)
   */
  public static ReadResult<List<LowThresholdTask>> read(InputStream in, String sourceName) {
    return read(in, sourceName, (Charset) null);
  }

  /**
   * Reads from a stream (which the caller closes) in a named encoding, instead of detecting it.
   *
   * @param in the CSV bytes
   * @param sourceName the name problems are reported under
   * @param charset the encoding; null to detect it
   * @return the result: the accepted tasks in file order, and every problem
   * @throws org.esfkit.core.ImportException if the stream cannot be read (I/O failure)
   */
  public static ReadResult<List<LowThresholdTask>> read(InputStream in, String sourceName, @Nullable Charset charset) {
    Map<String, Long> firstLine = new HashMap<>();
    return CsvTable.readAll(in, sourceName, charset, REQUIRED, OPTIONAL, Set.of(), row -> {
      String id = row.uniqueId("task_id", "task id", firstLine);
      String employer = row.required("employer_id");
      String title = row.required("title");
      LocalDate identified = row.requiredDate("identified_on");
      Integer capacity = row.integer("capacity");
      String occupation = row.text("occupation_code");
      Set<String> competences = new LinkedHashSet<>(row.list("required_competences"));
      Set<String> demands = new LinkedHashSet<>(row.list("demands"));
      CefrLevel language = row.coded("language_level", CefrLevel::fromCode);
      Integer hours = row.integer("hours_per_week");
      Double lat = row.real("latitude");
      Double lon = row.real("longitude");
      if (row.present("latitude") != row.present("longitude")) {
        row.problem(row.present("latitude") ? "longitude" : "latitude", "latitude and longitude go together");
      }
      Set<Accessibility> adaptations = row.codes("adaptations", Accessibility::fromCode);
      Boolean open = row.yesNo("open_to_all_genders");
      Gender dominant = row.coded("dominant_gender", Gender::fromCode);
      return row.build(ALL, () -> {
        ImmutableLowThresholdTask.Builder b = LowThresholdTask.builder().id(id).employerId(employer).title(title)
            .identifiedOn(identified).occupationCode(occupation).requiredCompetences(competences)
            .demands(demands).languageLevel(language).hoursPerWeek(hours)
            .location(lat == null || lon == null ? null : GeoPoint.of(lat, lon))
            .adaptations(adaptations).dominantGender(dominant);
        if (capacity != null) {
          b.capacity(capacity);
        }
        if (open != null) {
          b.openToAllGenders(open);
        }
        return b.build();
      });
    }, List::copyOf);
  }

  /**
   * Writes tasks as CSV text (comma-separated, LF): the required columns, and the optional ones
   * some task has a value for.
   *
   * @param tasks the tasks
   * @return the CSV text
   * @throws org.esfkit.core.ValidationException if a tag contains {@code |} or surrounding blanks
   */
  public static String write(List<LowThresholdTask> tasks) {
    StringWriter w = new StringWriter();
    write(tasks, w);
    return w.toString();
  }

  /**
   * Writes tasks as CSV to a writer (which the caller closes).
   *
   * @param tasks the tasks
   * @param out where the text goes
   * @throws org.esfkit.core.ValidationException if a tag contains {@code |} or surrounding blanks
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(List<LowThresholdTask> tasks, Writer out) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (LowThresholdTask t : tasks) {
      String owner = "task " + t.id();
      Map<String, String> c = new HashMap<>();
      c.put("task_id", t.id());
      c.put("employer_id", t.employerId());
      c.put("title", t.title());
      c.put("identified_on", t.identifiedOn().toString());
      c.put("capacity", String.valueOf(t.capacity()));
      c.put("occupation_code", CsvOut.text(t.occupationCode()));
      c.put("required_competences", CsvOut.joined(owner, "required_competences", t.requiredCompetences()));
      c.put("demands", CsvOut.joined(owner, "demands", t.demands()));
      c.put("language_level", t.languageLevel() == null ? "" : t.languageLevel().code());
      c.put("hours_per_week", CsvOut.text(t.hoursPerWeek()));
      c.put("latitude", t.location() == null ? "" : String.valueOf(t.location().latitude()));
      c.put("longitude", t.location() == null ? "" : String.valueOf(t.location().longitude()));
      c.put("adaptations", t.adaptations().stream().sorted(Comparator.naturalOrder()).map(Accessibility::code)
          .collect(Collectors.joining("|")));
      c.put("open_to_all_genders", t.openToAllGenders() ? "" : "no");
      c.put("dominant_gender", t.dominantGender() == null ? "" : t.dominantGender().code());
      rows.add(c);
    }
    CsvOut.table(out, REQUIRED, OPTIONAL, rows);
  }
}
