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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.esfkit.core.Accessibility;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.internal.RegisterColumns;
import org.esfkit.core.internal.Sensitive;
import org.esfkit.core.io.internal.CsvOut;
import org.esfkit.core.io.internal.CsvRow;
import org.esfkit.core.io.internal.CsvTable;
import org.esfkit.core.io.internal.Inputs;
import org.jspecify.annotations.Nullable;

/**
 * Placements (CSV, one row per placement): internships, work trials, apprenticeships, employments
 * at employers. Columns {@code participant_id}, {@code employer_id}, {@code kind} and
 * {@code started_on} are required; {@code task_id} (empty when the placement did not come from an
 * identified task), {@code ended_on} (empty while ongoing), {@code gender_breaking} (yes / no,
 * empty = no), {@code hours_per_week}, {@code supervisor_trained} and
 * {@code adaptations_provided} ({@code |}-separated accessibility codes) are optional. Same CSV
 * dialect and problem reporting as {@link RegisterCsv}. A placement is listed once: a row that
 * repeats an accepted one, exactly or by participant, employer, task, kind and start date, is
 * rejected.
 */
public final class PlacementsCsv {
  static final List<String> REQUIRED = List.of("participant_id", "employer_id", "kind", "started_on");
  static final List<String> BASE = List.of("participant_id", "employer_id", "task_id", "kind", "started_on",
      "ended_on", "gender_breaking");
  static final List<String> EXTRA = List.of("hours_per_week", "supervisor_trained", "adaptations_provided");
  private static final List<String> OPTIONAL = List.of("task_id", "ended_on", "gender_breaking", "hours_per_week",
      "supervisor_trained", "adaptations_provided");
  private static final List<String> ALL = List.of("participant_id", "employer_id", "task_id", "kind", "started_on",
      "ended_on", "gender_breaking", "hours_per_week", "supervisor_trained", "adaptations_provided");

  private PlacementsCsv() {}

  /**
   * Reads a placements file.
   *
   * @param path the file; its name as given is the problems' source
   * @return the result: the accepted placements in file order, and every problem
   * @throws org.esfkit.core.ImportException if the file cannot be opened or read (I/O failure)
   */
  public static ReadResult<List<Placement>> read(Path path) {
    return Inputs.read(path, PlacementsCsv::read);
  }

  /**
   * Reads a file in a named encoding (instead of detecting it).
   *
   * @param path the file; its name as given is the problems' source
   * @param charset the file's encoding, e.g. {@code Charset.forName("windows-1252")}
   * @return the result: the accepted placements in file order, and every problem
   * @throws org.esfkit.core.ImportException if the file cannot be opened or read (I/O failure)
   */
  public static ReadResult<List<Placement>> read(Path path, Charset charset) {
    Objects.requireNonNull(charset, "charset");
    return Inputs.read(path, (in, source) -> read(in, source, charset));
  }

  /**
   * Reads placements from a stream (which the caller closes).
   *
   * @param in the CSV bytes (UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252; detected)
   * @param sourceName the name problems are reported under
   * @return the result: the accepted placements in file order, and every problem
   * @throws org.esfkit.core.ImportException if the stream cannot be read (I/O failure)
   */
  public static ReadResult<List<Placement>> read(InputStream in, String sourceName) {
    return read(in, sourceName, (Charset) null);
  }

  /**
   * Reads from a stream (which the caller closes) in a named encoding, instead of detecting it.
   *
   * @param in the CSV bytes
   * @param sourceName the name problems are reported under
   * @param charset the encoding; null to detect it
   * @return the result: the accepted placements in file order, and every problem
   * @throws org.esfkit.core.ImportException if the stream cannot be read (I/O failure)
   */
  public static ReadResult<List<Placement>> read(InputStream in, String sourceName, @Nullable Charset charset) {
    Map<Key, First> seen = new HashMap<>();
    return CsvTable.readAll(in, sourceName, charset, REQUIRED, OPTIONAL, Sensitive.FIELDS, row -> {
      String participant = row.required("participant_id");
      String employer = row.required("employer_id");
      String task = row.text("task_id");
      // codes and yes/no read from the characters (no String per cell), with the same messages
      PlacementKind kind = row.coded("kind", PlacementKind.class);
      if (kind == null && !row.present("kind")) {
        row.problem("kind", "kind is required");
      }
      LocalDate started = row.requiredDate("started_on");
      LocalDate ended = row.date("ended_on");
      boolean genderBreaking = row.yesNoCode("gender_breaking") == RegisterColumns.YES;
      Integer hours = row.integer("hours_per_week");
      Boolean trained = RegisterColumns.bool(row.yesNoCode("supervisor_trained"));
      Set<Accessibility> adaptations = row.codes("adaptations_provided", Accessibility::fromCode);
      Placement p = row.build(ALL, () -> Placement.builder().participantId(participant).employerId(employer)
          .taskId(task).kind(kind).startedOn(started).endedOn(ended)
          .genderBreaking(genderBreaking).hoursPerWeek(hours).supervisorTrained(trained)
          .adaptationsProvided(adaptations).build());
      return p == null ? null : unique(row, p, seen);
    }, List::copyOf);
  }

  /** What makes a placement one placement: who, where, for which task, what kind, from when. */
  private record Key(String participant, String employer, @Nullable String task, PlacementKind kind,
      LocalDate started) {
    @Override
    public String toString() {
      return "a placement's key"; // it holds a participant id, which is never printed
    }
  }

  /** The first accepted placement of a key, and its line. */
  private record First(Placement placement, long line) {}

  /**
   * Keeps a placement once: a row repeating an accepted one exactly is left out with a warning (it
   * is counted once); one with the same participant, employer, task, kind and start date as an
   * accepted one but otherwise different is an error (it would count twice). One map, keyed by
   * those five, serves both: the earlier row is the first accepted one of the key.
   */
  private static @Nullable Placement unique(CsvRow row, Placement p, Map<Key, First> seen) {
    First first = seen.putIfAbsent(new Key(p.participantId(), p.employerId(), p.taskId(), p.kind(), p.startedOn()),
        new First(p, row.line()));
    if (first == null) {
      return p;
    }
    if (first.placement().equals(p)) {
      // an exact repeat (a row pasted twice) is counted once and reported; it is left out
      row.warning("-", "the row repeats the placement on line " + first.line() + " exactly; it is counted once");
    } else {
      row.problem("started_on", "participant " + p.participantId() + " already has a " + p.kind().code()
          + " placement at employer " + p.employerId() + (p.taskId() == null ? "" : " for task " + p.taskId())
          + " starting on " + p.startedOn() + " (line " + first.line() + ")");
    }
    return null;
  }

  /**
   * Writes placements as CSV text (comma-separated, LF): the base columns, and the optional ones
   * some placement has a value for.
   *
   * @param placements the placements
   * @return the CSV text
   */
  public static String write(List<Placement> placements) {
    StringWriter w = new StringWriter();
    write(placements, w);
    return w.toString();
  }

  /**
   * Writes placements as CSV to a writer (which the caller closes).
   *
   * @param placements the placements
   * @param out where the text goes
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(List<Placement> placements, Writer out) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Placement p : placements) {
      Map<String, String> c = new HashMap<>();
      c.put("participant_id", p.participantId());
      c.put("employer_id", p.employerId());
      c.put("task_id", CsvOut.text(p.taskId()));
      c.put("kind", p.kind().code());
      c.put("started_on", p.startedOn().toString());
      c.put("ended_on", CsvOut.text(p.endedOn()));
      c.put("gender_breaking", CsvOut.yesNo(p.genderBreaking()));
      c.put("hours_per_week", CsvOut.text(p.hoursPerWeek()));
      c.put("supervisor_trained", CsvOut.yesNo(p.supervisorTrained()));
      c.put("adaptations_provided", p.adaptationsProvided().stream().sorted(Comparator.naturalOrder())
          .map(Accessibility::code).collect(Collectors.joining("|")));
      rows.add(c);
    }
    CsvOut.table(out, BASE, EXTRA, rows);
  }
}
