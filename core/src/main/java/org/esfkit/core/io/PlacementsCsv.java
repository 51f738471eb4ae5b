package org.esfkit.core.io;

import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.esfkit.core.Accessibility;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.internal.PlacementColumns;
import org.esfkit.core.internal.RegisterColumns;
import org.esfkit.core.internal.Sensitive;
import org.esfkit.core.io.internal.CsvOut;
import org.esfkit.core.io.internal.CsvRow;
import org.esfkit.core.io.internal.CsvTable;
import org.esfkit.core.io.internal.Inputs;
import org.esfkit.core.io.internal.LongList;
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
 *
 * <p>The file is read as a stream, each row straight into primitive columns (ids as characters,
 * each distinct id held once; no object per row), as registers are; the list read builds each
 * {@link Placement} when it is read, and its {@code toString()} gives the number of placements
 * only.
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
    Rows rows = new Rows();
    return CsvTable.stream(in, sourceName, charset, REQUIRED, OPTIONAL, Sensitive.FIELDS, rows::row,
        accepted -> rows.assemble());
  }

  /**
   * The accepted rows of one file, streamed into columns: ids as characters into tables of distinct
   * ids, codes, dates and yes/no from the characters read (no {@code Placement}, {@code LocalDate}
   * or {@code String} per row). A row that fails a check the model makes is handed to the model,
   * so that the model's own message is reported.
   */
  private static final class Rows {
    /** Hours not read: an empty cell, or a bad one (with a problem). */
    private static final int UNREAD = Integer.MIN_VALUE;
    private final PlacementColumns.Builder columns = PlacementColumns.builder();
    private long[] lines = new long[1024];

    /** Reads one row and, if it is clean and not a repeat, adds it to the columns. */
    boolean row(CsvRow row) {
      // the ids are required here, in the columns' order; their characters are read where they are
      // used, each view before the next (the view is reused)
      row.requiredChars("participant_id");
      row.requiredChars("employer_id");
      // codes and yes/no read from the characters (no String per cell), with the same messages
      PlacementKind kind = row.coded("kind", PlacementKind.class);
      if (kind == null && !row.present("kind")) {
        row.problem("kind", "kind is required");
      }
      int started = row.requiredDay("started_on");
      int ended = row.day("ended_on");
      boolean genderBreaking = row.yesNoCode("gender_breaking") == RegisterColumns.YES;
      int problems = row.problems().size();
      int hours = row.number("hours_per_week", UNREAD);
      // an empty cell, or a bad one (which is a problem): else a number, Integer.MIN_VALUE too
      boolean hasHours = row.present("hours_per_week") && row.problems().size() == problems;
      byte trained = row.yesNoCode("supervisor_trained");
      int adaptations = row.codeBits("adaptations_provided", Accessibility.class);
      if (!row.ok()) {
        return false;
      }
      if (blank(row.chars("participant_id")) || blank(row.chars("employer_id"))
          || (ended != RegisterColumns.NO_DATE && ended < started) || (hasHours && (hours < 1 || hours > 168))) {
        // the model's check says what is wrong, in its own words (the cells passed the text rule
        // and the dates their bounds, which the model checks too)
        String participant = row.text("participant_id");
        String employer = row.text("employer_id");
        String task = row.text("task_id");
        Integer perWeek = hasHours ? hours : null;
        row.build(ALL, () -> Placement.builder().participantId(participant).employerId(employer)
            .taskId(task).kind(kind).startedOn(LocalDate.ofEpochDay(started))
            .endedOn(ended == RegisterColumns.NO_DATE ? null : LocalDate.ofEpochDay(ended))
            .genderBreaking(genderBreaking).hoursPerWeek(perWeek).supervisorTrained(RegisterColumns.bool(trained))
            .adaptationsProvided(PlacementColumns.adaptations(adaptations)).build());
        if (!row.ok()) {
          return false;
        }
      }
      PlacementColumns.Builder c = columns;
      int p = c.participant(row.chars("participant_id"));
      int e = c.employer(row.chars("employer_id"));
      CharBuffer task = row.chars("task_id");
      int t = task == null ? -1 : c.task(task);
      byte k = (byte) kind.ordinal();
      int perWeek = hasHours ? hours : PlacementColumns.NO_HOURS;
      int first = c.firstWithKey(p, e, t, k, started);
      if (first >= 0) {
        // a placement is listed once: a row repeating an accepted one exactly is left out with a
        // warning (it is counted once); one with the same participant, employer, task, kind and
        // start date but otherwise different is an error (it would count twice); the earlier row
        // is the first accepted one of the key
        if (c.holds(first, ended, genderBreaking, perWeek, trained, adaptations)) {
          row.warning("-", "the row repeats the placement on line " + lines[first] + " exactly; it is counted once");
        } else {
          row.problem("started_on", "participant " + c.participantId(p) + " already has a placement of kind "
              + kind.code() + " at employer " + c.employerId(e) + (t < 0 ? "" : " for task " + c.taskId(t))
              + " starting on " + LocalDate.ofEpochDay(started) + " (line " + lines[first] + ")");
        }
        return false;
      }
      int i = c.addRow(p, e, t, k, started, ended, genderBreaking, perWeek, trained, adaptations);
      if (i == lines.length) {
        lines = Arrays.copyOf(lines, i * 2);
      }
      lines[i] = row.line();
      return true;
    }

    /** Whether an id is blank as {@link String#isBlank} has it (a quoted cell is not trimmed). */
    private static boolean blank(CharBuffer id) {
      for (int i = id.position(); i < id.limit(); i++) {
        if (!Character.isWhitespace(id.get(i))) {
          return false;
        }
      }
      return true;
    }

    CsvTable.Assembled<List<Placement>> assemble() {
      int n = columns.size();
      return new CsvTable.Assembled<>(columns.build(), new LongList(Arrays.copyOf(lines, n)));
    }
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
