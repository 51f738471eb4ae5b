package org.esfkit.core.io;

import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.ImmutableParticipant;
import org.esfkit.core.ImmutablePathway;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Register;
import org.esfkit.core.TargetGroup;
import org.esfkit.core.ValidationException;
import org.esfkit.core.internal.Bounds;
import org.esfkit.core.internal.Dates;
import org.esfkit.core.internal.RegisterColumns;
import org.esfkit.core.internal.Sensitive;
import org.esfkit.core.io.internal.CsvOut;
import org.esfkit.core.io.internal.CsvRow;
import org.esfkit.core.io.internal.CsvTable;
import org.esfkit.core.io.internal.Inputs;
import org.esfkit.core.io.internal.LongList;
import org.jspecify.annotations.Nullable;

/**
 * The participant register (CSV, one row per participant and spell), as it comes out of
 * case-management systems and Swedish Excel. See {@code docs/formats.md}.
 *
 * <pre>{@code
 * ReadResult<Register> r = RegisterCsv.read(Path.of("participants.csv"));
 * r.problems().forEach(p -> show(p.toString()));   // FILE:LINE:COLUMN: message
 * Register register = r.value();               // throws ImportException unless clean
 * }</pre>
 *
 * <p>The file is read as a stream, a block at a time, each row straight into the register's
 * primitive columns (no object per row or per cell), so a register of millions of rows takes
 * little memory; there is no limit on its size or rows. Read as objects
 * ({@link Register#participants()}, {@link Register#pathways()}), each row is a
 * {@link Participant} and a {@link Pathway}: {@code enrolled} on
 * {@code enrolled_on}; {@code exited} on {@code exited_on} with {@code exit_status} and
 * {@code qualification_gained}; {@code survey_answered} dated on the exit date when
 * {@code perceived_improvement} is given; {@code followed_up} on {@code follow_up_on} with
 * {@code follow_up_status}. Every problem in every row is reported; a row with a problem is
 * rejected, and {@code rowsAccepted + rowsRejected = rowsRead}.
 *
 * <p><b>Re-entries.</b> Rows with the same id are one participant who left and came back, when
 * their spells (enrolment to exit) do not overlap and their gender and birth year agree: enrolled
 * at the first entry, each later spell starting with {@code re_enrolled}, and the characteristics
 * of the first entry (a later row whose characteristics differ is a warning). Overlapping spells,
 * another gender or birth year, or a follow-up on or after the next spell's exit reject the later
 * row. The writer writes such a participant as one row per spell.
 */
public final class RegisterCsv {
  /** Columns every register has. */
  static final List<String> REQUIRED = List.of("participant_id", "gender", "enrolled_on");
  /** The base columns, in the order written. */
  static final List<String> BASE = List.of("participant_id", "gender", "birth_year", "site", "enrolled_on",
      "exited_on", "exit_status", "follow_up_on", "follow_up_status", "perceived_improvement", "target_groups");
  /**
   * The optional characteristics (ESF+, the exact birth date, the ESF 2014-2020 household
   * situation), in the order written; a column is written when some participant has a value.
   */
  static final List<String> ESF_PLUS = List.of("labour_status_at_entry", "isced", "disability",
      "foreign_background", "third_country_national", "minority", "qualification_gained", "birth_date",
      "jobless_household", "dependent_children", "single_adult_household");
  /** Further optional columns, written when any row has a value. */
  static final List<String> OTHER = List.of("referral");
  private static final List<String> ALL = concat(concat(BASE, ESF_PLUS), OTHER);
  private static final List<String> OPTIONAL =
      ALL.stream().filter(c -> !REQUIRED.contains(c)).collect(Collectors.toList());
  /** Columns holding personal characteristics, never echoed in messages: the one rule of esfkit. */
  private static final Set<String> SENSITIVE = Sensitive.FIELDS;

  private RegisterCsv() {}

  /**
   * Reads a register file.
   *
   * @param path the file; its name as given is the problems' source
   * @return the result: the register of accepted rows, and every problem
   * @throws org.esfkit.core.ImportException if the file cannot be opened or read (I/O failure)
   */
  public static ReadResult<Register> read(Path path) {
    return Inputs.read(path, RegisterCsv::read);
  }

  /**
   * Reads a file in a named encoding (instead of detecting it).
   *
   * @param path the file; its name as given is the problems' source
   * @param charset the file's encoding, e.g. {@code Charset.forName("windows-1252")}
   * @return the result: the register of accepted rows, and every problem
   * @throws org.esfkit.core.ImportException if the file cannot be opened or read (I/O failure)
   */
  public static ReadResult<Register> read(Path path, Charset charset) {
    Objects.requireNonNull(charset, "charset");
    return Inputs.read(path, (in, source) -> read(in, source, charset));
  }

  /**
   * Reads a register from a stream (which the caller closes).
   *
   * @param in the CSV bytes (UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252; detected)
   * @param sourceName the name problems are reported under
   * @return the result: the register of accepted rows, and every problem
   * @throws org.esfkit.core.ImportException if the stream cannot be read (I/O failure)
   */
  public static ReadResult<Register> read(InputStream in, String sourceName) {
    return read(in, sourceName, (Charset) null);
  }

  /**
   * Reads from a stream (which the caller closes) in a named encoding, instead of detecting it.
   *
   * @param in the CSV bytes
   * @param sourceName the name problems are reported under
   * @param charset the encoding; null to detect it
   * @return the result: the register of accepted rows, and every problem
   * @throws org.esfkit.core.ImportException if the stream cannot be read (I/O failure)
   */
  public static ReadResult<Register> read(InputStream in, String sourceName, @Nullable Charset charset) {
    Rows rows = new Rows();
    return CsvTable.stream(in, sourceName, charset, REQUIRED, OPTIONAL, SENSITIVE, rows::row, accepted -> rows.assemble());
  }

  /**
   * The accepted rows of one file, streamed into columns (one row each, as read), with what joining
   * the rows of an id that came back needs.
   */
  private static final class Rows {
    private final RegisterColumns.Builder columns = RegisterColumns.columnsBuilder();
    private final RegisterColumns.Row values = new RegisterColumns.Row();
    private long[] lines = new long[1024];
    /** For each id that appears again: its first row, then its later rows. */
    private final Map<Integer, List<Integer>> again = new LinkedHashMap<>();

    private static final int UNREAD = Integer.MIN_VALUE;
    // the cells of the row being read, as read (UNREAD or NO_DATE where empty)
    private java.nio.@Nullable CharBuffer id;
    private @Nullable Gender gender;
    private int birthYear;
    private int birthDate;
    private int enrolled;
    private int exited;
    private int followUp;
    private int isced;
    private @Nullable OutcomeStatus exitStatus;
    private @Nullable OutcomeStatus followUpStatus;
    private @Nullable LabourStatus labour;

    /** The cells of the register's columns in this file, found on its first row (-1: absent). */
    private boolean found;
    private int atBirthDate;
    private int atBirthYear;
    private int atDependentChildren;
    private int atDisability;
    private int atEnrolledOn;
    private int atExitStatus;
    private int atExitedOn;
    private int atFollowUpOn;
    private int atFollowUpStatus;
    private int atForeignBackground;
    private int atGender;
    private int atIsced;
    private int atJoblessHousehold;
    private int atLabourStatusAtEntry;
    private int atMinority;
    private int atParticipantId;
    private int atPerceivedImprovement;
    private int atQualificationGained;
    private int atReferral;
    private int atSingleAdultHousehold;
    private int atSite;
    private int atTargetGroups;
    private int atThirdCountryNational;

    private void findCells(CsvRow row) {
      atBirthDate = row.cellOf("birth_date");
      atBirthYear = row.cellOf("birth_year");
      atDependentChildren = row.cellOf("dependent_children");
      atDisability = row.cellOf("disability");
      atEnrolledOn = row.cellOf("enrolled_on");
      atExitStatus = row.cellOf("exit_status");
      atExitedOn = row.cellOf("exited_on");
      atFollowUpOn = row.cellOf("follow_up_on");
      atFollowUpStatus = row.cellOf("follow_up_status");
      atForeignBackground = row.cellOf("foreign_background");
      atGender = row.cellOf("gender");
      atIsced = row.cellOf("isced");
      atJoblessHousehold = row.cellOf("jobless_household");
      atLabourStatusAtEntry = row.cellOf("labour_status_at_entry");
      atMinority = row.cellOf("minority");
      atParticipantId = row.cellOf("participant_id");
      atPerceivedImprovement = row.cellOf("perceived_improvement");
      atQualificationGained = row.cellOf("qualification_gained");
      atReferral = row.cellOf("referral");
      atSingleAdultHousehold = row.cellOf("single_adult_household");
      atSite = row.cellOf("site");
      atTargetGroups = row.cellOf("target_groups");
      atThirdCountryNational = row.cellOf("third_country_national");
      found = true;
    }

    /**
     * Reads one row into {@link #values} and, if it is clean, into the columns. Its cells are read
     * ({@link #cells}) and checked against each other ({@link #check}) in methods of their own,
     * each larger than the JIT's limit for inlining a hot method (325 bytes of bytecode): C2
     * compiles each once, on its own, instead of compiling them again inside every caller.
     */
    boolean row(CsvRow row) {
      if (!found) {
        findCells(row);
      }
      row.refusePersonnummer();
      cells(row);
      check(row);
      if (!row.ok()) {
        return false;
      }
      RegisterColumns.Row v = values;
      CharBuffer id = v.id;
      int first = columns.rowOf(id);
      if (first >= 0) {
        List<Integer> earlier = new ArrayList<>();
        earlier.add(first);
        List<Integer> later = again.get(first);
        if (later != null) {
          earlier.addAll(later.subList(1, later.size()));
        }
        if (!checkReentry(row, earlier)) {
          return false;
        }
      }
      int i = columns.addRow(v);
      if (i == lines.length) {
        lines = java.util.Arrays.copyOf(lines, i * 2);
      }
      lines[i] = row.line();
      if (first >= 0) {
        again.computeIfAbsent(first, k -> new ArrayList<>(List.of(first))).add(i);
      }
      return true;
    }

    /** Reads the row's cells into {@link #values}, and into fields those the checks compare. */
    private void cells(CsvRow row) {
      RegisterColumns.Row v = values;
      id = row.requiredChars(atParticipantId, "participant_id");
      gender = row.coded(atGender, "gender", Gender.class);
      if (gender == null && !row.present(atGender, "gender")) {
        row.problem("gender", "gender is required");
      }
      birthYear = row.number(atBirthYear, "birth_year", UNREAD);
      birthDate = row.day(atBirthDate, "birth_date");
      enrolled = row.requiredDay(atEnrolledOn, "enrolled_on");
      exited = row.day(atExitedOn, "exited_on");
      exitStatus = row.coded(atExitStatus, "exit_status", OutcomeStatus.class);
      followUp = row.day(atFollowUpOn, "follow_up_on");
      followUpStatus = row.coded(atFollowUpStatus, "follow_up_status", OutcomeStatus.class);
      v.survey = row.yesNoCode(atPerceivedImprovement, "perceived_improvement");
      v.targetGroups = row.codeBits(atTargetGroups, "target_groups", TargetGroup.class);
      labour = row.coded(atLabourStatusAtEntry, "labour_status_at_entry", LabourStatus.class);
      isced = row.number(atIsced, "isced", UNREAD);
      v.disability = row.yesNoCode(atDisability, "disability");
      v.foreignBackground = row.yesNoCode(atForeignBackground, "foreign_background");
      v.thirdCountry = row.yesNoCode(atThirdCountryNational, "third_country_national");
      v.minority = row.yesNoCode(atMinority, "minority");
      v.qualification = row.yesNoCode(atQualificationGained, "qualification_gained");
      v.joblessHousehold = row.yesNoCode(atJoblessHousehold, "jobless_household");
      v.dependentChildren = row.yesNoCode(atDependentChildren, "dependent_children");
      v.singleAdultHousehold = row.yesNoCode(atSingleAdultHousehold, "single_adult_household");
      v.site = row.recurring(atSite, "site");
      v.referral = row.recurring(atReferral, "referral");
      // the values as the columns keep them (used only if the row turns out clean)
      final int none = RegisterColumns.NO_DATE;
      v.id = id;
      v.gender = gender == null ? RegisterColumns.MISSING : (byte) gender.ordinal();
      v.birthYear = birthYear != UNREAD ? birthYear : birthDate != none ? Dates.yearOf(birthDate) : 0;
      v.birthDate = birthDate;
      v.labourStatus = labour == null ? RegisterColumns.MISSING : (byte) labour.ordinal();
      v.isced = isced == UNREAD ? RegisterColumns.MISSING : (byte) isced;
      v.enrolled = enrolled;
      v.exited = exited;
      v.exitStatus = exitStatus == null ? RegisterColumns.MISSING : (byte) exitStatus.ordinal();
      v.followOn = followUp;
      v.followStatus = followUpStatus == null ? RegisterColumns.MISSING : (byte) followUpStatus.ordinal();
    }

    /** Checks the row's cells against each other and against the model's ranges. */
    private void check(CsvRow row) {
      final int none = RegisterColumns.NO_DATE;
      boolean hasExit = row.present(atExitedOn, "exited_on");
      if (birthYear != UNREAD && enrolled != none && birthYear > Dates.yearOf(enrolled)) {
        row.problem("birth_year", "birth_year is after the year of enrolled_on");
      }
      if (birthDate != none && birthYear != UNREAD && Dates.yearOf(birthDate) != birthYear) {
        row.problem("birth_date", "birth_date and birth_year disagree on the year");
      }
      if (birthDate != none && enrolled != none && birthDate > enrolled) {
        row.problem("birth_date", "birth_date is after enrolled_on");
      }
      if (exited != none && enrolled != none && exited < enrolled) {
        row.problem("exited_on", "exited_on " + day(exited) + " is before enrolled_on " + day(enrolled));
      }
      if (hasExit && !row.present(atExitStatus, "exit_status")) {
        row.problem("exit_status", "exit_status is required when exited_on is given");
      }
      if (!hasExit && row.present(atExitStatus, "exit_status")) {
        row.problem("exited_on", "exited_on is required when exit_status is given");
      }
      if (row.present(atFollowUpOn, "follow_up_on") && !hasExit) {
        row.problem("follow_up_on", "a follow-up needs an exit, but exited_on is empty");
      }
      if (followUp != none && exited != none && followUp < exited) {
        row.problem("follow_up_on", "follow_up_on " + day(followUp) + " is before exited_on " + day(exited));
      }
      if (row.present(atFollowUpOn, "follow_up_on") && !row.present(atFollowUpStatus, "follow_up_status")) {
        row.problem("follow_up_status", "follow_up_status is required when follow_up_on is given");
      }
      if (!row.present(atFollowUpOn, "follow_up_on") && row.present(atFollowUpStatus, "follow_up_status")) {
        row.problem("follow_up_on", "follow_up_on is required when follow_up_status is given");
      }
      if (row.present(atPerceivedImprovement, "perceived_improvement") && !hasExit) {
        row.problem("perceived_improvement", "a survey answer is dated at exit, but exited_on is empty");
      }
      if (row.present(atQualificationGained, "qualification_gained") && !hasExit) {
        row.problem("qualification_gained", "qualification_gained is recorded at exit, but exited_on is empty");
      }
      if ((birthYear != UNREAD && (birthYear < Bounds.MIN_BIRTH_YEAR || birthYear > Bounds.MAX_BIRTH_YEAR))
          || (isced != UNREAD && (isced < 0 || isced > 8))) {
        // out of the model's range: the model's own check says so (the values are not echoed)
        Integer born = birthYear == UNREAD ? null : birthYear;
        Integer level = isced == UNREAD ? null : isced;
        String text = id == null ? null : id.toString();
        Gender g = gender;
        row.build(ALL, () -> Participant.builder().id(text).gender(g).birthYear(born).isced(level).build());
      }
    }

    /**
     * Checks a row (in {@link #values}) against the earlier accepted rows of its id: one person
     * (gender and birth year agree), spells that do not overlap, and each spell's follow-up before
     * the next spell's exit. Characteristics at entry that differ are a warning (the first entry's
     * are used).
     */
    private boolean checkReentry(CsvRow row, List<Integer> earlier) {
      RegisterColumns.Row v = values;
      RegisterColumns.Builder c = columns;
      String id = v.id.toString();
      for (int o : earlier) {
        if (c.gender(o) != v.gender) {
          row.problem("gender", "participant id " + id + " appears again with another gender than on line " + lines[o]
              + "; the rows of one id must be one person");
        }
        if (c.birthYear(o) != 0 && v.birthYear != 0 && c.birthYear(o) != v.birthYear) {
          row.problem("birth_year", "participant id " + id + " appears again with another birth_year than on line "
              + lines[o] + "; the rows of one id must be one person");
        }
        boolean thisFirst = c.enrolled(o) > v.enrolled;
        int earlyExit = thisFirst ? v.exited : c.exit(o);
        int earlyFollow = thisFirst ? v.followOn : c.followUp(o);
        int earlyEntry = thisFirst ? v.enrolled : c.enrolled(o);
        long earlyLine = thisFirst ? row.line() : lines[o];
        int lateEntry = thisFirst ? c.enrolled(o) : v.enrolled;
        int lateExit = thisFirst ? c.exit(o) : v.exited;
        long lateLine = thisFirst ? lines[o] : row.line();
        if (earlyExit == RegisterColumns.NO_DATE || earlyExit >= lateEntry) {
          row.problem("enrolled_on", "participant id " + id + " appears twice with overlapping spells; first on line "
              + lines[o] + " (" + day(c.enrolled(o)) + " to " + (c.exit(o) == RegisterColumns.NO_DATE ? "no exit"
              : day(c.exit(o))) + "); a participant who comes back has a row for each spell, each after the last "
              + "one's exit");
        } else if (earlyFollow != RegisterColumns.NO_DATE && lateExit != RegisterColumns.NO_DATE
            && earlyFollow >= lateExit) {
          row.problem("follow_up_on", "participant id " + id + ": the follow-up on " + day(earlyFollow) + " of the spell "
              + "enrolled on " + day(earlyEntry) + " (line " + earlyLine + ") is not before the exit of the "
              + "spell enrolled on " + day(lateEntry) + " (line " + lateLine + ")");
        }
      }
      if (!row.ok()) {
        return false;
      }
      // the row is not added yet: compare it as the columns will hold it
      int candidate = columns.addRow(v);
      List<String> differ = List.of();
      for (int o : earlier) {
        differ = columns.differences(o, candidate);
        if (!differ.isEmpty()) {
          row.warning(differ.get(0), "participant " + id + ": " + String.join(", ", differ)
              + (differ.size() == 1 ? " differs" : " differ") + " from line " + lines[o]
              + "; the characteristics at first entry are used");
          break;
        }
      }
      columns.removeLast();
      return true;
    }

    private static LocalDate day(int epochDay) {
      return LocalDate.ofEpochDay(epochDay);
    }

    /**
     * The register: each row a participant, in file order; or, when some ids came back, the rows
     * of each id joined into one participant (the characteristics of the first entry, and one
     * pathway of the spells in date order, each later spell starting with {@code re_enrolled}),
     * in the order ids first appear.
     */
    CsvTable.Assembled<Register> assemble() {
      int n = columns.size();
      if (again.isEmpty()) {
        return new CsvTable.Assembled<>(columns.build(), new LongList(java.util.Arrays.copyOf(lines, n)));
      }
      RegisterColumns rows = columns.rows();
      boolean[] later = new boolean[n];
      for (List<Integer> spells : again.values()) {
        for (int k = 1; k < spells.size(); k++) {
          later[spells.get(k)] = true;
        }
      }
      RegisterColumns.Builder b = RegisterColumns.columnsBuilder();
      long[] firstLines = new long[n];
      int m = 0;
      for (int r = 0; r < n; r++) {
        if (later[r]) {
          continue;
        }
        List<Integer> spells = again.get(r);
        firstLines[m++] = lines[spells == null ? r : join(rows, spells, b)];
        if (spells == null) {
          b.copy(rows, r);
        }
      }
      return new CsvTable.Assembled<>(b.build(), new LongList(java.util.Arrays.copyOf(firstLines, m)));
    }

    /**
     * Joins the rows of one id into one participant and one pathway.
     *
     * @return the row of the first entry
     */
    private static int join(RegisterColumns rows, List<Integer> spellRows, RegisterColumns.Builder b) {
      List<Integer> order = new ArrayList<>(spellRows);
      order.sort(Comparator.comparingInt(r -> rows.enrolled[r]));
      Participant p = rows.participant(order.get(0));
      if (p.birthYear() == null) {
        Integer born = order.stream().map(r -> rows.participant(r).birthYear()).filter(Objects::nonNull).findFirst()
            .orElse(null);
        p = ImmutableParticipant.copyOf(p).withBirthYear(born);
      }
      // events of all spells by date; on one day, an earlier spell's events come first
      List<PathwayEvent> events = new ArrayList<>();
      for (int k = 0; k < order.size(); k++) {
        List<PathwayEvent> own = rows.pathway(order.get(k)).events();
        events.add(k == 0 ? own.get(0) : PathwayEvent.of(EventType.RE_ENROLLED, own.get(0).on()));
        events.addAll(own.subList(1, own.size()));
      }
      events.sort(Comparator.comparing(PathwayEvent::on));
      b.add(p, Pathway.builder().participantId(p.id()).events(events).build());
      return order.get(0);
    }
  }

  /**
   * Writes a register as CSV text: comma-separated, UTF-8, LF, the base columns and those ESF+
   * columns that some participant has a value for. Sensitive characteristics present in the
   * register are written: this is the register's own interchange format, not a report.
   *
   * @param register the register
   * @return the CSV text
   * @throws ValidationException naming the participant if a pathway or profile does not fit a
   *     register row (write those as pathway or participants JSON)
   */
  public static String write(Register register) {
    StringWriter w = new StringWriter();
    write(register, w);
    return w.toString();
  }

  /**
   * Writes a register as CSV to a writer (which the caller closes).
   *
   * @param register the register
   * @param out where the text goes
   * @throws ValidationException naming the participant if a pathway or profile does not fit a
   *     register row (write those as pathway or participants JSON)
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(Register register, Writer out) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < register.participants().size(); i++) {
      rows.addAll(cells(register.participants().get(i), register.pathways().get(i)));
    }
    CsvOut.table(out, BASE, concat(ESF_PLUS, OTHER), rows);
  }

  /** The rows of a participant: one per spell (more than one for a participant who came back). */
  private static List<Map<String, String>> cells(Participant p, Pathway pathway) {
    checkProfile(p);
    List<Map<String, String>> rows = new ArrayList<>();
    List<PathwayEvent> ev = pathway.events();
    Map<String, String> c = null;
    // the row of the last spell that exited: the one a follow-up belongs to
    Map<String, String> exitedRow = null;
    for (int i = 0; i < ev.size(); i++) {
      PathwayEvent e = ev.get(i);
      if (e.type() == EventType.ENROLLED || e.type() == EventType.RE_ENROLLED) {
        c = personal(p);
        c.put("enrolled_on", e.on().toString());
        rows.add(c);
      } else if (e.type() == EventType.EXITED && c.get("exited_on").isEmpty()) {
        c.put("exited_on", e.on().toString());
        c.put("exit_status", e.status().code());
        c.put("qualification_gained", CsvOut.yesNo(e.qualificationGained()));
        exitedRow = c;
      } else if (e.type() == EventType.SURVEY_ANSWERED && ev.get(i - 1).type() == EventType.EXITED
          && e.on().equals(ev.get(i - 1).on()) && c.get("perceived_improvement").isEmpty()) {
        c.put("perceived_improvement", CsvOut.yesNo(e.perceivedImprovement()));
      } else if (e.type() == EventType.FOLLOWED_UP && exitedRow != null && exitedRow.get("follow_up_on").isEmpty()) {
        exitedRow.put("follow_up_on", e.on().toString());
        exitedRow.put("follow_up_status", e.status().code());
      } else {
        throw new ValidationException(pathway.describe(i, "does not fit a register row, which holds an enrolment, "
            + "an exit, a survey answer at exit and one follow-up; write this pathway as pathway JSON"));
      }
    }
    return rows;
  }

  /** A row's cells with the participant's characteristics and nothing else. */
  private static Map<String, String> personal(Participant p) {
    Map<String, String> c = new HashMap<>();
    for (String col : ALL) {
      c.put(col, "");
    }
    c.put("participant_id", p.id());
    c.put("gender", p.gender().code());
    c.put("birth_year", CsvOut.text(p.birthYear()));
    c.put("site", CsvOut.text(p.site()));
    c.put("referral", CsvOut.text(p.referral()));
    c.put("target_groups", p.targetGroups().stream().sorted(Comparator.naturalOrder())
        .map(TargetGroup::code).collect(Collectors.joining("|")));
    c.put("labour_status_at_entry", p.labourStatusAtEntry() == null ? "" : p.labourStatusAtEntry().code());
    c.put("isced", CsvOut.text(p.isced()));
    c.put("disability", CsvOut.yesNo(p.disability()));
    c.put("foreign_background", CsvOut.yesNo(p.foreignBackground()));
    c.put("third_country_national", CsvOut.yesNo(p.thirdCountryNational()));
    c.put("minority", CsvOut.yesNo(p.minority()));
    c.put("birth_date", p.birthDate() == null ? "" : p.birthDate().toString());
    c.put("jobless_household", CsvOut.yesNo(p.joblessHousehold()));
    c.put("dependent_children", CsvOut.yesNo(p.dependentChildren()));
    c.put("single_adult_household", CsvOut.yesNo(p.singleAdultHousehold()));
    return c;
  }

  private static void checkProfile(Participant p) {
    List<String> profile = new ArrayList<>();
    Map<String, Boolean> fields = Map.of("competences", !p.competences().isEmpty(), "interests",
        !p.interests().isEmpty(), "language_level", p.languageLevel() != null, "hours_available",
        p.hoursAvailable() != null, "location", p.location() != null, "accessibility_needs",
        !p.accessibilityNeeds().isEmpty(), "preferences", !p.preferences().isEmpty(), "wants_gender_breaking",
        p.wantsGenderBreaking());
    fields.forEach((k, v) -> {
      if (v) {
        profile.add(k);
      }
    });
    if (!profile.isEmpty()) {
      profile.sort(Comparator.naturalOrder());
      throw new ValidationException("participant " + p.id() + " has a matching profile a register row cannot hold ("
          + String.join(", ", profile) + "); write it as participants JSON");
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
