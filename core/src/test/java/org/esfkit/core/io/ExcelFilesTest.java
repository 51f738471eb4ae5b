package org.esfkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.esfkit.core.Accessibility;
import org.esfkit.core.Gender;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.Register;
import org.esfkit.core.internal.PlacementColumns;
import org.junit.jupiter.api.Test;

/**
 * Files as Swedish Excel writes them ("CSV (semikolonavgränsad)"): Windows-1252, CRLF, {@code ;},
 * a row of only delimiters, no-break spaces after values, date cells reformatted with a midnight
 * time, decimal commas. The fixtures under {@code org/esfkit/core/io/excel} are those bytes.
 */
class ExcelFilesTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static InputStream fixture(String name) {
    return ExcelFilesTest.class.getResourceAsStream("excel/" + name);
  }

  private static List<String> lines(ReadResult<?> r) {
    return r.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void excelRegisterIsReadAsWindows1252AndSaysSo() {
    ReadResult<Register> r = RegisterCsv.read(fixture("register-cp1252.csv"), "r.csv");
    assertThat(lines(r)).containsExactly("r.csv:0:-: note: read as Windows-1252, since it is not valid UTF-8 "
        + "(line 2, byte 153); name the file's encoding if that is wrong");
    assertThat(r.encoding()).isEqualTo(CP1252);
    assertThat(r.isClean()).isTrue();
    // the row of only delimiters is a blank line, not a row
    assertThat(r.rowsRead()).isEqualTo(4);
    assertThat(r.rowsAccepted()).isEqualTo(4);
    assertThat(r.recordLines()).containsExactly(2L, 3L, 5L, 6L);
    Register reg = r.value();
    List<Participant> ps = reg.participants();
    // "Kvinna" + NBSP is a woman; å/ä/ö come through; a narrow no-break space after a site is dropped
    assertThat(ps).extracting(Participant::gender)
        .containsExactly(Gender.WOMAN, Gender.MAN, Gender.NOT_REPORTED, Gender.WOMAN);
    assertThat(ps).extracting(Participant::site).containsExactly("Jönköping", "Visby", "Jönköping", "Västerås");
    // "2022-01-07 00:00" and "2022-02-01 00:00:00" are dates; "2022-08-15" + NBSP too
    assertThat(reg.pathways().get(0).enrolledOn()).isEqualTo(LocalDate.of(2022, 1, 7));
    assertThat(reg.pathways().get(2).enrolledOn()).isEqualTo(LocalDate.of(2022, 2, 1));
    assertThat(reg.pathways().get(2).asOf(LocalDate.MAX).exitedOn()).isEqualTo(LocalDate.of(2022, 8, 15));
    assertThat(reg.pathways().get(2).asOf(LocalDate.MAX).exitStatus()).isEqualTo(OutcomeStatus.STUDIES);
  }

  @Test
  void namingTheEncodingReadsWithoutANote() {
    ReadResult<Register> r = RegisterCsv.read(fixture("register-cp1252.csv"), "r.csv", CP1252);
    assertThat(r.problems()).isEmpty();
    assertThat(r.encoding()).isEqualTo(CP1252);
    assertThat(r.value().participants().get(0).site()).isEqualTo("Jönköping");
    // naming the wrong one is an error at the first byte that does not fit, not a guess
    ReadResult<Register> utf8 = RegisterCsv.read(fixture("register-cp1252.csv"), "r.csv", StandardCharsets.UTF_8);
    assertThat(lines(utf8)).containsExactly("r.csv:2:-: not valid UTF-8 (byte 153)");
  }

  @Test
  void excelTasksTakeDecimalCommasInASemicolonFile() {
    ReadResult<List<LowThresholdTask>> r = TasksCsv.read(fixture("tasks-cp1252.csv"), "t.csv");
    assertThat(r.isClean()).isTrue();
    assertThat(r.rowsRead()).isEqualTo(2);
    List<LowThresholdTask> tasks = r.value();
    assertThat(tasks.get(0).title()).isEqualTo("Städning av kontor");
    assertThat(tasks.get(0).identifiedOn()).isEqualTo(LocalDate.of(2022, 1, 7));
    assertThat(tasks.get(0).location().latitude()).isEqualTo(62.629);
    assertThat(tasks.get(1).location().longitude()).isEqualTo(14.1618);
  }

  @Test
  void aDecimalCommaIsNotANumberInACommaFile() {
    String csv = "task_id,employer_id,title,identified_on,capacity,latitude,longitude\n"
        + "T1,E1,Sorting,2022-01-07,1,\"62,629\",17.9\n";
    ReadResult<List<LowThresholdTask>> r = TasksCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "t.csv");
    assertThat(lines(r)).containsExactly("t.csv:2:latitude: '62,629' is not a number");
  }

  @Test
  void utf16WithByteOrderMarkAndUtf8WithBomAreDetected() {
    String csv = "participant_id\tgender;enrolled_on\r\n".replace("\t", ";") + "Ö1;kvinna;2022-01-07\r\n";
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_8)) {
      ReadResult<Register> r = RegisterCsv.read(new ByteArrayInputStream(("\uFEFF" + csv).getBytes(cs)), "r.csv");
      assertThat(r.problems()).as(cs.name()).isEmpty();
      assertThat(r.encoding()).isEqualTo(cs);
      assertThat(r.value().participants().get(0).id()).isEqualTo("Ö1");
    }
  }

  @Test
  void onlyAMidnightTimeMayFollowADate() {
    String csv = "participant_id;gender;enrolled_on\n"
        + "P1;man;2022-01-07 13:45\n"
        + "P2;man;07/01/2022\n"
        + "P3;man;2022-01-07 00:00:01\n"
        + "P4;man;2022-01-07T00:00\n";
    ReadResult<Register> r = RegisterCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "r.csv");
    assertThat(lines(r)).containsExactly(
        "r.csv:2:enrolled_on: '2022-01-07 13:45' is not a date (YYYY-MM-DD)",
        "r.csv:3:enrolled_on: '07/01/2022' is not a date (YYYY-MM-DD)",
        "r.csv:4:enrolled_on: '2022-01-07 00:00:01' is not a date (YYYY-MM-DD)",
        "r.csv:5:enrolled_on: '2022-01-07T00:00' is not a date (YYYY-MM-DD)");
  }

  @Test
  void everyKindOfUnicodeSpaceIsTrimmedButNotInsideQuotes() {
    String spaces = "\u00a0\u2009\u202f\u2007\u3000\t ";
    String csv = "participant_id,gender,site,enrolled_on\n"
        + spaces + "P1" + spaces + ",man" + spaces + "," + spaces + "Umeå" + spaces + ",2022-01-07\u00a0\n"
        + "P2,man,\" Umeå \",2022-01-07\n";
    ReadResult<Register> r = RegisterCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "r.csv");
    assertThat(r.problems()).isEmpty();
    assertThat(r.value().participants()).extracting(Participant::id).containsExactly("P1", "P2");
    assertThat(r.value().participants()).extracting(Participant::site).containsExactly("Umeå", " Umeå ");
  }

  @Test
  void oneColumnsSameErrorOnManyLinesIsSummedUpAfterEveryLine() {
    StringBuilder csv = new StringBuilder("participant_id;gender;enrolled_on\n");
    for (int i = 1; i <= 6; i++) {
      csv.append("P").append(i).append(";man;2022/01/0").append(i).append('\n');
    }
    csv.append("P7;robot;2022-01-01\n");
    ReadResult<Register> r = RegisterCsv.read(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
        "r.csv");
    List<String> lines = lines(r);
    assertThat(lines).hasSize(8);
    assertThat(lines.subList(0, 6)).allMatch(l -> l.matches("r\\.csv:\\d:enrolled_on: '2022/01/0\\d' is not a date "
        + "\\(YYYY-MM-DD\\)"));
    assertThat(lines.get(6)).startsWith("r.csv:8:gender: unknown gender");
    assertThat(lines.get(7)).isEqualTo(
        "r.csv:0:enrolled_on: note: the same error on 6 lines, from line 2 to line 7: '…' is not a date (YYYY-MM-DD)");
    assertThat(r.rowsRejected()).isEqualTo(7);
  }
  @Test
  void excelPlacementsAreReadIntoColumnsWithEveryProblemWhereItIs() {
    ReadResult<List<Placement>> r = PlacementsCsv.read(fixture("placements-cp1252.csv"), "pl.csv");
    assertThat(lines(r)).containsExactly(
        "pl.csv:0:-: note: read as Windows-1252, since it is not valid UTF-8 (line 2, byte 141); name the file's "
            + "encoding if that is wrong",
        "pl.csv:5:kind: kind is required",
        // "JA", "Nej", a midnight time, a no-break space and another order of the adaptations: the same placement
        "pl.csv:6:-: warning: the row repeats the placement on line 2 exactly; it is counted once",
        "pl.csv:7:started_on: participant SM-001 already has a placement of kind internship at employer Jönköpings kommun "
            + "for task T-1 starting on 2022-01-10 (line 2)",
        // a repeat of the conflicting row conflicts with the accepted one, as that row did
        "pl.csv:8:started_on: participant SM-001 already has a placement of kind internship at employer Jönköpings kommun "
            + "for task T-1 starting on 2022-01-10 (line 2)",
        // the model's own messages, in the column they name (none for the hours)
        "pl.csv:9:ended_on: placement of SM-004 at Åre Buss AB: ended_on 2022-02-28 is before started_on 2022-03-01",
        "pl.csv:10:-: placement of SM-005: hours 0 is outside 1-168");
    assertThat(r.problems()).extracting(Problem::severity).containsExactly(Problem.Severity.NOTE,
        Problem.Severity.ERROR, Problem.Severity.WARNING, Problem.Severity.ERROR, Problem.Severity.ERROR,
        Problem.Severity.ERROR, Problem.Severity.ERROR);
    // the rows of only delimiters are blank lines, not rows
    assertThat(r.rowsRead()).isEqualTo(9);
    assertThat(r.rowsAccepted()).isEqualTo(3);
    assertThat(r.recordLines()).containsExactly(2L, 4L, 11L);
    List<Placement> ps = r.acceptedValue();
    assertThat(ps).isInstanceOf(PlacementColumns.class).hasToString("Placements{placements=3}");
    assertThat(ps.get(0)).isEqualTo(Placement.builder().participantId("SM-001").employerId("Jönköpings kommun")
        .taskId("T-1").kind(PlacementKind.INTERNSHIP).startedOn(LocalDate.of(2022, 1, 10))
        .endedOn(LocalDate.of(2022, 3, 31)).genderBreaking(true).hoursPerWeek(20).supervisorTrained(false)
        .addAdaptationsProvided(Accessibility.PHYSICAL, Accessibility.COMMUNICATIVE).build());
    assertThat(ps.get(1)).isEqualTo(Placement.builder().participantId("SM-002").employerId("Västerås stad")
        .kind(PlacementKind.WORK_TRIAL).startedOn(LocalDate.of(2022, 2, 1)).genderBreaking(false)
        .supervisorTrained(true).build());
    assertThat(ps.get(2)).isEqualTo(Placement.builder().participantId("SM-006").employerId("Västerås stad")
        .kind(PlacementKind.APPRENTICESHIP).startedOn(LocalDate.of(2022, 4, 1)).genderBreaking(true)
        .hoursPerWeek(37).supervisorTrained(false).build());
    assertThat(ps.get(1).taskId()).isNull();
    assertThat(ps.get(1).endedOn()).isNull();
    assertThat(ps.get(1).hoursPerWeek()).isNull();
    assertThat(ps.get(1).adaptationsProvided()).isEmpty();
    // the columns: three participants, two employers and one task, each held once
    PlacementColumns c = (PlacementColumns) ps;
    assertThat(c.participantCount()).isEqualTo(3);
    assertThat(c.employerIds).containsExactly("Jönköpings kommun", "Västerås stad");
    assertThat(c.taskIds).containsExactly("T-1");
    assertThat(c.task).containsExactly(0, -1, -1);
    assertThat(c.hours).containsExactly(20, PlacementColumns.NO_HOURS, 37);
    assertThat(c.ended).containsExactly((int) LocalDate.of(2022, 3, 31).toEpochDay(), PlacementColumns.NO_DATE,
        PlacementColumns.NO_DATE);
  }
}
