package org.esfkit.core.io;

import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.ImmutablePathway;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Register;
import org.esfkit.core.TargetGroup;
import org.esfkit.core.ValidationException;
import org.esfkit.core.internal.Sensitive;
import org.esfkit.core.io.internal.CsvOut;
import org.esfkit.core.io.internal.CsvRow;
import org.esfkit.core.io.internal.CsvTable;
import org.esfkit.core.io.internal.Inputs;

/**
 * The participant register (CSV, one row per participant), as it comes out of case-management
 * systems and Swedish Excel. See {@code docs/formats.md}.
 *
 * <pre>{@code
 * ReadResult<Register> r = RegisterCsv.read(Path.of("participants.csv"));
 * r.problems().forEach(p -> show(p.toString()));   // FILE:LINE:COLUMN: message
 * Register register = r.value();               // throws ImportException unless clean
 * }</pre>
 *
 * <p>Each row becomes a {@link Participant} and a {@link Pathway}: {@code enrolled} on
 * {@code enrolled_on}; {@code exited} on {@code exited_on} with {@code exit_status} and
 * {@code qualification_gained}; {@code survey_answered} dated on the exit date when
 * {@code perceived_improvement} is given; {@code followed_up} on {@code follow_up_on} with
 * {@code follow_up_status}. Every problem in every row is reported; a row with a problem is
 * rejected, and {@code rowsAccepted + rowsRejected = rowsRead}.
 */
public final class RegisterCsv {
  /** Columns every register has. */
  static final List<String> REQUIRED = List.of("participant_id", "gender", "enrolled_on");
  /** The base columns, in the order written. */
  static final List<String> BASE = List.of("participant_id", "gender", "birth_year", "site", "enrolled_on",
      "exited_on", "exit_status", "follow_up_on", "follow_up_status", "perceived_improvement", "target_groups");
  /** The optional ESF+ characteristics, in the order written. */
  static final List<String> ESF_PLUS = List.of("labour_status_at_entry", "isced", "disability",
      "foreign_background", "third_country_national", "minority", "qualification_gained");
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
   * Reads a register from a stream (which the caller closes).
   *
   * @param in the CSV bytes (UTF-8, with or without BOM)
   * @param sourceName the name problems are reported under
   * @return the result: the register of accepted rows, and every problem
   * @throws org.esfkit.core.ImportException if the stream cannot be read (I/O failure)
   */
  public static ReadResult<Register> read(InputStream in, String sourceName) {
    Map<String, Long> firstLine = new HashMap<>();
    return CsvTable.readAll(in, sourceName, REQUIRED, OPTIONAL, SENSITIVE, row -> row(row, firstLine),
        rows -> Register.builder()
            .participants(rows.stream().map(Row::participant).collect(Collectors.toList()))
            .pathways(rows.stream().map(Row::pathway).collect(Collectors.toList()))
            .build());
  }

  /** One accepted row. */
  private record Row(Participant participant, Pathway pathway) {}

  /** Reads one row into a participant and a pathway, or null if the row has problems. */
  private static @org.jspecify.annotations.Nullable Row row(CsvRow row, Map<String, Long> firstLine) {
    String id = row.uniqueId("participant_id", "participant id", firstLine);
    Gender gender = row.requiredCoded("gender", Gender::fromCode);
    Integer birthYear = row.integer("birth_year");
    String site = row.text("site");
    String referral = row.text("referral");
    LocalDate enrolled = row.requiredDate("enrolled_on");
    LocalDate exited = row.date("exited_on");
    OutcomeStatus exitStatus = row.coded("exit_status", OutcomeStatus::fromCode);
    LocalDate followUp = row.date("follow_up_on");
    OutcomeStatus followUpStatus = row.coded("follow_up_status", OutcomeStatus::fromCode);
    Boolean perceived = row.yesNo("perceived_improvement");
    Set<TargetGroup> groups = row.codes("target_groups", TargetGroup::fromCode);
    LabourStatus labour = row.coded("labour_status_at_entry", LabourStatus::fromCode);
    Integer isced = row.integer("isced");
    Boolean disability = row.yesNo("disability");
    Boolean foreign = row.yesNo("foreign_background");
    Boolean thirdCountry = row.yesNo("third_country_national");
    Boolean minority = row.yesNo("minority");
    Boolean qualification = row.yesNo("qualification_gained");

    boolean hasExit = row.present("exited_on");
    if (birthYear != null && enrolled != null && birthYear > enrolled.getYear()) {
      row.problem("birth_year", "birth_year is after the year of enrolled_on");
    }
    if (exited != null && enrolled != null && exited.isBefore(enrolled)) {
      row.problem("exited_on", "exited_on " + exited + " is before enrolled_on " + enrolled);
    }
    if (hasExit && !row.present("exit_status")) {
      row.problem("exit_status", "exit_status is required when exited_on is given");
    }
    if (!hasExit && row.present("exit_status")) {
      row.problem("exited_on", "exited_on is required when exit_status is given");
    }
    if (row.present("follow_up_on") && !hasExit) {
      row.problem("follow_up_on", "a follow-up needs an exit, but exited_on is empty");
    }
    if (followUp != null && exited != null && followUp.isBefore(exited)) {
      row.problem("follow_up_on", "follow_up_on " + followUp + " is before exited_on " + exited);
    }
    if (row.present("follow_up_on") && !row.present("follow_up_status")) {
      row.problem("follow_up_status", "follow_up_status is required when follow_up_on is given");
    }
    if (!row.present("follow_up_on") && row.present("follow_up_status")) {
      row.problem("follow_up_on", "follow_up_on is required when follow_up_status is given");
    }
    if (row.present("perceived_improvement") && !hasExit) {
      row.problem("perceived_improvement", "a survey answer is dated at exit, but exited_on is empty");
    }
    if (row.present("qualification_gained") && !hasExit) {
      row.problem("qualification_gained", "qualification_gained is recorded at exit, but exited_on is empty");
    }
    Participant participant = row.build(ALL, () -> Participant.builder()
        .id(id).gender(gender).birthYear(birthYear).site(site).referral(referral).targetGroups(groups)
        .labourStatusAtEntry(labour).isced(isced).disability(disability).foreignBackground(foreign)
        .thirdCountryNational(thirdCountry).minority(minority).build());
    Pathway pathway = row.build(ALL, () -> {
      ImmutablePathway.Builder b = Pathway.builder().participantId(id)
          .addEvents(PathwayEvent.of(EventType.ENROLLED, enrolled));
      if (exited != null) {
        b.addEvents(PathwayEvent.builder().type(EventType.EXITED).on(exited).status(exitStatus)
            .qualificationGained(qualification).build());
        if (perceived != null) {
          b.addEvents(PathwayEvent.builder().type(EventType.SURVEY_ANSWERED).on(exited)
              .perceivedImprovement(perceived).build());
        }
        if (followUp != null) {
          b.addEvents(PathwayEvent.followedUp(followUp, followUpStatus));
        }
      }
      return b.build();
    });
    return participant == null || pathway == null ? null : new Row(participant, pathway);
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
      rows.add(cells(register.participants().get(i), register.pathways().get(i)));
    }
    CsvOut.table(out, BASE, concat(ESF_PLUS, OTHER), rows);
  }

  private static Map<String, String> cells(Participant p, Pathway pathway) {
    checkProfile(p);
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
    List<PathwayEvent> ev = pathway.events();
    c.put("enrolled_on", ev.get(0).on().toString());
    LocalDate exit = null;
    for (int i = 1; i < ev.size(); i++) {
      PathwayEvent e = ev.get(i);
      if (e.type() == EventType.EXITED && i == 1) {
        exit = e.on();
        c.put("exited_on", e.on().toString());
        c.put("exit_status", e.status().code());
        c.put("qualification_gained", CsvOut.yesNo(e.qualificationGained()));
      } else if (e.type() == EventType.SURVEY_ANSWERED && i == 2 && e.on().equals(exit)) {
        c.put("perceived_improvement", CsvOut.yesNo(e.perceivedImprovement()));
      } else if (e.type() == EventType.FOLLOWED_UP && i == ev.size() - 1 && c.get("follow_up_on").isEmpty()) {
        c.put("follow_up_on", e.on().toString());
        c.put("follow_up_status", e.status().code());
      } else {
        throw new ValidationException(pathway.describe(i, "does not fit a register row, which holds an enrolment, "
            + "an exit, a survey answer at exit and one follow-up; write this pathway as pathway JSON"));
      }
    }
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
