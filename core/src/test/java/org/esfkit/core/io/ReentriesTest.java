package org.esfkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.esfkit.core.EventType;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.PathwayState;
import org.esfkit.core.Register;
import org.esfkit.core.ValidationException;
import org.junit.jupiter.api.Test;

/** A participant who leaves and comes back is one participant with several spells. */
class ReentriesTest {
  static final String HEADER = "participant_id,gender,birth_year,site,enrolled_on,exited_on,exit_status,"
      + "follow_up_on,follow_up_status,perceived_improvement\n";

  private static ReadResult<Register> read(String csv) {
    return RegisterCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "r.csv");
  }

  private static List<String> lines(ReadResult<?> r) {
    return r.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  // P1's second spell comes first in the file; the follow-up of the first spell (2022-05-20) lies
  // inside the second spell, which starts 2022-05-01
  static final String TWO_SPELLS = HEADER
      + "P2,man,1990,A,2022-01-05,,,,,\n"
      + "P1,woman,1980,A,2022-05-01,2022-09-30,employment,2022-12-30,employment,yes\n"
      + "P1,woman,,A,2022-01-10,2022-03-31,job_seeking,2022-05-20,studies,no\n";

  @Test
  void rowsOfOneIdWhoseSpellsDoNotOverlapAreOneParticipant() {
    ReadResult<Register> r = read(TWO_SPELLS);
    assertThat(r.problems()).isEmpty();
    assertThat(r.rowsRead()).isEqualTo(3);
    assertThat(r.rowsAccepted()).isEqualTo(3);
    Register reg = r.value();
    assertThat(reg.participants()).hasSize(2);
    // one record line per participant: P1's first entry is on line 4
    assertThat(r.recordLines()).containsExactly(2L, 4L);
    assertThat(reg.participants().get(1).birthYear()).isEqualTo(1980);
    Pathway p1 = reg.pathways().get(1);
    assertThat(p1.events()).extracting(PathwayEvent::type).containsExactly(EventType.ENROLLED, EventType.EXITED,
        EventType.SURVEY_ANSWERED, EventType.RE_ENROLLED, EventType.FOLLOWED_UP, EventType.EXITED,
        EventType.SURVEY_ANSWERED, EventType.FOLLOWED_UP);
    assertThat(p1.enrolledOn()).isEqualTo(d("2022-01-10"));
  }

  @Test
  void asOfADateTheSpellInForceGivesTheExitAndFollowUps() {
    Pathway p1 = read(TWO_SPELLS).value().pathways().get(1);
    // first spell exited: 2022-01-10 .. 2022-03-31 = 80 days
    PathwayState april = p1.asOf(d("2022-04-15"));
    assertThat(april.exitedOn()).isEqualTo(d("2022-03-31"));
    assertThat(april.exitStatus()).isEqualTo(OutcomeStatus.JOB_SEEKING);
    assertThat(april.perceivedImprovement()).isFalse();
    assertThat(april.spells()).isEqualTo(1);
    assertThat(april.daysInProject()).isEqualTo(80);
    // back in the project: active again, no exit, and the first spell's follow-up is not in force
    PathwayState june = p1.asOf(d("2022-06-01"));
    assertThat(june.isActive()).isTrue();
    assertThat(june.exitedOn()).isNull();
    assertThat(june.exitStatus()).isNull();
    assertThat(june.perceivedImprovement()).isNull();
    assertThat(june.followUps()).isEmpty();
    assertThat(june.enrolledOn()).isEqualTo(d("2022-01-10"));
    assertThat(june.reEnrolledOn()).isEqualTo(d("2022-05-01"));
    assertThat(june.spells()).isEqualTo(2);
    assertThat(june.daysInProject()).isEqualTo(80 + 31);
    // final exit: 80 + (2022-05-01 .. 2022-09-30 = 152) days
    PathwayState end = p1.asOf(d("2023-01-31"));
    assertThat(end.exitedOn()).isEqualTo(d("2022-09-30"));
    assertThat(end.exitStatus()).isEqualTo(OutcomeStatus.EMPLOYMENT);
    assertThat(end.followUps()).extracting(PathwayEvent::on).containsExactly(d("2022-12-30"));
    assertThat(end.daysInProject()).isEqualTo(80 + 152);
  }

  @Test
  void theWriterWritesARowPerSpellAndReadsBackTheSame() {
    Register reg = read(TWO_SPELLS).value();
    String csv = RegisterCsv.write(reg);
    assertThat(csv).contains("P1,woman,1980,A,2022-01-10,2022-03-31,job_seeking,2022-05-20,studies,no,\n"
        + "P1,woman,1980,A,2022-05-01,2022-09-30,employment,2022-12-30,employment,yes,\n");
    assertThat(read(csv).value()).isEqualTo(reg);
  }

  @Test
  void overlappingSpellsAndAnotherPersonUnderTheSameIdAreErrors() {
    ReadResult<Register> r = read(HEADER
        + "P1,woman,1980,A,2022-01-10,2022-03-31,job_seeking,,,\n"
        + "P1,woman,1980,A,2022-03-31,,,,,\n"          // starts on the day of the exit: overlaps
        + "P1,man,1980,A,2022-06-01,,,,,\n"            // another gender
        + "P1,woman,1981,A,2022-07-01,,,,,\n"          // another birth year
        + "P2,man,1990,A,2022-01-10,,,,,\n"
        + "P2,man,1990,A,2022-05-01,2022-06-01,other,,,\n" // P2's first spell has no exit
        + "P3,man,1990,A,2022-01-10,2022-02-01,other,2022-07-01,other,\n"
        + "P3,man,1990,A,2022-03-01,2022-06-01,other,,,\n"); // P3's follow-up comes after this exit
    assertThat(lines(r)).containsExactly(
        "r.csv:3:enrolled_on: participant id P1 appears twice with overlapping spells; first on line 2 "
            + "(2022-01-10 to 2022-03-31); a participant who comes back has a row for each spell, each after the "
            + "last one's exit",
        "r.csv:4:gender: participant id P1 appears again with another gender than on line 2; the rows of one id "
            + "must be one person",
        "r.csv:5:birth_year: participant id P1 appears again with another birth_year than on line 2; the rows of "
            + "one id must be one person",
        "r.csv:7:enrolled_on: participant id P2 appears twice with overlapping spells; first on line 6 "
            + "(2022-01-10 to no exit); a participant who comes back has a row for each spell, each after the last "
            + "one's exit",
        "r.csv:9:follow_up_on: participant id P3: the follow-up on 2022-07-01 of the spell enrolled on 2022-01-10 "
            + "(line 8) is not before the exit of the spell enrolled on 2022-03-01 (line 9)");
    assertThat(r.rowsAccepted()).isEqualTo(3);
    assertThat(r.rowsRejected()).isEqualTo(5);
    assertThat(r.acceptedValue().participants()).hasSize(3);
  }

  @Test
  void characteristicsThatDifferAreAWarningAndTheFirstEntrysAreUsed() {
    ReadResult<Register> r = read(HEADER
        + "P1,woman,1980,Visby,2022-05-01,,,,,\n"
        + "P1,woman,1980,Jönköping,2022-01-10,2022-03-31,job_seeking,,,\n");
    assertThat(lines(r)).containsExactly("r.csv:3:site: warning: participant P1: site differs from line 2; the "
        + "characteristics at first entry are used");
    assertThat(r.isClean()).isTrue();
    assertThat(r.value().participants().get(0).site()).isEqualTo("Jönköping");
  }

  @Test
  void aPathwayReEnrolsOnlyAfterAnExitAndAfterItsDay() {
    LocalDate d = d("2022-01-10");
    assertThatThrownBy(() -> Pathway.builder().participantId("P1")
        .addEvents(PathwayEvent.of(EventType.ENROLLED, d))
        .addEvents(PathwayEvent.of(EventType.RE_ENROLLED, d.plusDays(5))).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("participant P1: event 2 (re_enrolled on 2022-01-15) is a re-enrolment while still enrolled; "
            + "it comes after an exit");
    assertThatThrownBy(() -> Pathway.builder().participantId("P1")
        .addEvents(PathwayEvent.of(EventType.ENROLLED, d))
        .addEvents(PathwayEvent.exited(d.plusDays(5), OutcomeStatus.OTHER))
        .addEvents(PathwayEvent.of(EventType.RE_ENROLLED, d.plusDays(5))).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("re-enrols on the day of the exit");
    assertThatThrownBy(() -> Pathway.builder().participantId("P1")
        .addEvents(PathwayEvent.of(EventType.ENROLLED, d))
        .addEvents(PathwayEvent.exited(d.plusDays(5), OutcomeStatus.OTHER))
        .addEvents(PathwayEvent.exited(d.plusDays(9), OutcomeStatus.OTHER)).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("is a second exit");
  }
}
