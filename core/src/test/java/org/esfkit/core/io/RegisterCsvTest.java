package org.esfkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.ImportException;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.PathwayPhase;
import org.esfkit.core.Register;
import org.esfkit.core.ValidationException;
import org.junit.jupiter.api.Test;

class RegisterCsvTest {
  static final String HEADER = "participant_id,gender,birth_year,site,enrolled_on,exited_on,exit_status,"
      + "follow_up_on,follow_up_status,perceived_improvement,target_groups\n";

  static ReadResult<Register> read(String csv) {
    return RegisterCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "r.csv");
  }

  static List<String> lines(ReadResult<?> r) {
    return r.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  /** The bad register of the CLI contract: seven bad rows among clean ones. */
  static final String BAD = HEADER
      + "P01,woman,1980,A,2020-01-10,2020-06-01,employment,2020-09-01,employment,yes,long_term_unemployed\n"
      + "P02,man,1975,A,2020-02-30,,,,,,\n"
      + "P03,kvinna,1990,B,2020-01-15,,,,,,\n"
      + "P01,woman,1980,B,2020-01-20,,,,,,\n"
      + "P04,man,1985,B,2020-01-20,2020-05-01,retired,,,,\n"
      + "P05,woman,1970,A,2020-03-01,2020-02-01,studies,,,,\n"
      + "P06,woman,1971,A,2020-03-01,2020-04-01,,,,,\n"
      + "P07,alien,1972,A,2020-03-01,,,,,,\n"
      + "P08,icke-binär,1973,B,2020-03-01,2020-08-01,job_seeking,2020-07-01,employment,no,young\n"
      + "P09,ej angivet,,,2020-03-02,,,,,,\n";

  @Test
  void everyBadRowIsReportedAndCleanRowsAccepted() {
    ReadResult<Register> r = read(BAD);
    assertThat(lines(r)).containsExactly(
        "r.csv:3:enrolled_on: '2020-02-30' is not a date (YYYY-MM-DD)",
        "r.csv:5:enrolled_on: participant id P01 appears twice with overlapping spells; first on line 2 "
            + "(2020-01-10 to 2020-06-01); a participant who comes back has a row for each spell, each after the "
            + "last one's exit",
        "r.csv:6:exit_status: unknown outcome status 'retired'; expected one of employment, self_employment, "
            + "subsidised_employment, studies, internship, work_rehabilitation, job_seeking, social_enterprise, "
            + "other, dropped_out, unknown",
        "r.csv:7:exited_on: exited_on 2020-02-01 is before enrolled_on 2020-03-01",
        "r.csv:8:exit_status: exit_status is required when exited_on is given",
        "r.csv:9:gender: unknown gender; expected one of woman, man, non_binary, not_reported",
        "r.csv:10:follow_up_on: follow_up_on 2020-07-01 is before exited_on 2020-08-01");
    assertThat(r.rowsRead()).isEqualTo(10);
    assertThat(r.rowsAccepted()).isEqualTo(3);
    assertThat(r.rowsRejected()).isEqualTo(7);
    assertThat(r.recordLines()).containsExactly(2L, 4L, 11L);
    assertThat(r.acceptedValue().participants()).extracting(Participant::id).containsExactly("P01", "P03", "P09");
    assertThatThrownBy(r::value).isInstanceOf(ImportException.class).hasMessageContaining("7 problem(s)");
  }

  @Test
  void birthDateAndHouseholdSituationAreReadAndWrittenBack() {
    ReadResult<Register> r = read("participant_id,gender,birth_year,enrolled_on,birth_date,jobless_household,"
        + "dependent_children,single_adult_household\n"
        + "P1,woman,,2022-03-01,1967-03-02,yes,no,\n"
        + "P2,man,1990,2022-03-01,,,,\n");
    Participant p1 = r.value().participants().get(0);
    assertThat(p1.birthDate()).isEqualTo(LocalDate.of(1967, 3, 2));
    assertThat(p1.birthYear()).as("the year comes from the birth date").isEqualTo(1967);
    assertThat(p1.joblessHousehold()).isTrue();
    assertThat(p1.dependentChildren()).isFalse();
    assertThat(p1.singleAdultHousehold()).isNull();
    assertThat(r.value().participants().get(1).birthDate()).isNull();
    String written = RegisterCsv.write(r.value());
    assertThat(written.lines().findFirst().orElseThrow())
        .as("a column no participant has a value for is left out")
        .endsWith(",target_groups,birth_date,jobless_household,dependent_children");
    assertThat(read(written).value()).isEqualTo(r.value());
    assertThat(RegisterCsv.write(read("participant_id,gender,enrolled_on\nP1,woman,2022-03-01\n").value()))
        .as("the new columns are written only when some participant has a value")
        .doesNotContain("birth_date").doesNotContain("household");
  }

  @Test
  void yesAndNoAreReadInEitherCaseInSwedishAndEnglish() {
    // Swedish Excel users write "Ja" and "Nej"; "JA" was once read as no by the fast path
    String[] yes = {"ja", "Ja", "JA", "jA", "yes", "Yes", "YES", "true", "True"};
    String[] no = {"nej", "Nej", "NEJ", "no", "No", "NO", "false", "FALSE"};
    StringBuilder csv = new StringBuilder("participant_id,gender,enrolled_on,disability,jobless_household\n");
    for (int i = 0; i < yes.length; i++) {
      csv.append("Y").append(i).append(",woman,2022-03-01,").append(yes[i]).append(',').append(no[i % no.length])
          .append('\n');
    }
    ReadResult<Register> r = read(csv.toString());
    assertThat(r.problems()).isEmpty();
    for (int i = 0; i < yes.length; i++) {
      Participant p = r.value().participants().get(i);
      assertThat(p.disability()).as(yes[i]).isTrue();
      assertThat(p.joblessHousehold()).as(no[i % no.length]).isFalse();
    }
  }

  @Test
  void birthDateMustAgreeWithBirthYearAndPrecedeEntryWithoutEchoingIt() {
    ReadResult<Register> r = read("participant_id,gender,birth_year,enrolled_on,birth_date,jobless_household\n"
        + "P1,woman,1968,2022-03-01,1967-03-02,\n"
        + "P2,woman,,2022-03-01,2022-03-02,\n"
        + "P3,woman,,2022-03-01,1967-02-30,\n"
        + "P4,woman,,2022-03-01,,maybe\n");
    assertThat(lines(r)).containsExactly(
        "r.csv:2:birth_date: birth_date and birth_year disagree on the year",
        "r.csv:3:birth_date: birth_date is after enrolled_on",
        "r.csv:4:birth_date: not a date (YYYY-MM-DD)",
        "r.csv:5:jobless_household: not yes or no");
    assertThat(String.join("\n", lines(r))).doesNotContain("1967").doesNotContain("maybe");
  }

  @Test
  void everyProblemOfOneRowIsReported() {
    ReadResult<Register> r = read(HEADER + ",x,19y0,A,2020-1-1,2020-01-05,,,dropped_out,maybe,young|old\n");
    assertThat(lines(r)).containsExactly(
        "r.csv:2:participant_id: participant_id is required",
        "r.csv:2:gender: unknown gender; expected one of woman, man, non_binary, not_reported",
        "r.csv:2:birth_year: not a whole number",
        "r.csv:2:enrolled_on: '2020-1-1' is not a date (YYYY-MM-DD)",
        "r.csv:2:perceived_improvement: 'maybe' is not yes or no",
        "r.csv:2:target_groups: unknown target group; expected one of long_term_unemployed, unemployed, young, "
            + "newly_arrived, foreign_born, low_schooling, disability, sick_listed, no_sickness_benefit, "
            + "social_assistance, substance_abuse_history, pre_rehabilitation, study_to_work_transition",
        "r.csv:2:exit_status: exit_status is required when exited_on is given",
        "r.csv:2:follow_up_on: follow_up_on is required when follow_up_status is given");
    assertThat(r.rowsRead()).isEqualTo(1);
    assertThat(r.rowsAccepted()).isZero();
  }

  @Test
  void statusWithoutExitAndFollowUpWithoutExitAreProblems() {
    ReadResult<Register> r = read(HEADER
        + "P1,man,,,2020-01-01,,studies,,,,\n"
        + "P2,man,,,2020-01-01,,,2020-05-01,employment,,\n"
        + "P3,man,,,2020-01-01,2020-03-01,studies,2020-05-01,,,\n"
        + "P4,man,,,2020-01-01,,,,,yes,\n");
    assertThat(lines(r)).containsExactly(
        "r.csv:2:exited_on: exited_on is required when exit_status is given",
        "r.csv:3:follow_up_on: a follow-up needs an exit, but exited_on is empty",
        "r.csv:4:follow_up_status: follow_up_status is required when follow_up_on is given",
        "r.csv:5:perceived_improvement: a survey answer is dated at exit, but exited_on is empty");
  }

  @Test
  void modelRulesBecomeProblemsInTheirColumn() {
    ReadResult<Register> r = read(HEADER + "P1,man,1850,,2020-01-01,,,,,,\n");
    assertThat(lines(r)).containsExactly("r.csv:2:birth_year: participant P1: birth_year must lie in 1900..2100");
  }

  @Test
  void headerProblemsAreOnLineOneWithTheColumnName() {
    ReadResult<Register> r = read("participant_id,gender,shoe_size\nP1,man,42\n");
    assertThat(lines(r)).containsExactly(
        "r.csv:1:shoe_size: unknown column; expected some of participant_id, gender, enrolled_on, birth_year, site, "
            + "exited_on, exit_status, follow_up_on, follow_up_status, perceived_improvement, target_groups, "
            + "labour_status_at_entry, isced, disability, foreign_background, third_country_national, minority, "
            + "qualification_gained, birth_date, jobless_household, dependent_children, single_adult_household, "
            + "referral",
        "r.csv:1:enrolled_on: required column missing");
    assertThat(r.rowsRead()).isEqualTo(1);
    assertThat(r.rowsAccepted()).isZero();
  }

  @Test
  void rowWithTheWrongNumberOfFieldsIsRejected() {
    ReadResult<Register> r = read("participant_id,gender,enrolled_on\nP1,man\nP2,woman,2020-01-01\n");
    assertThat(lines(r)).containsExactly("r.csv:2:-: the row has 2 fields; the header has 3");
    assertThat(r.rowsAccepted()).isEqualTo(1);
  }

  @Test
  void semicolonsBomCrlfQuotesAndSwedishGendersAreRead() {
    String csv = "\uFEFFparticipant_id;gender;site;enrolled_on;exited_on;exit_status;qualification_gained\r\n"
        + "P1;kvinna;\"Småland; öarna\";2020-01-01;2020-02-01;studies;ja\r\n"
        + "\r\n"
        + "P2;\"ej angivet\";\"multi\r\nline\";2020-01-01;;;\r\n"
        + "P3;man;;2020-01-01;;;\r\n";
    ReadResult<Register> r = read(csv);
    assertThat(r.problems()).isEmpty();
    Register reg = r.value();
    assertThat(reg.participants().get(0).gender()).isEqualTo(Gender.WOMAN);
    assertThat(reg.participants().get(0).site()).isEqualTo("Småland; öarna");
    assertThat(reg.participants().get(1).gender()).isEqualTo(Gender.NOT_REPORTED);
    assertThat(reg.participants().get(1).site()).isEqualTo("multi\r\nline");
    assertThat(reg.pathways().get(0).asOf(LocalDate.of(2021, 1, 1)).qualificationGained()).isTrue();
    assertThat(r.recordLines()).containsExactly(2L, 4L, 6L);
  }

  @Test
  void unterminatedQuoteIsAFileProblem() {
    ReadResult<Register> r = read("participant_id,gender,enrolled_on\nP1,\"man,2020-01-01\n");
    assertThat(lines(r)).containsExactly("r.csv:2:2: a quoted field is never closed");
    assertThat(r.rowsRead()).isZero();
    assertThat(r.acceptedValue()).isNull();
  }

  @Test
  void invalidUtf8IsReportedWithItsLine() {
    byte[] bytes = "participant_id,gender,enrolled_on\nP1,man,2020-01-01\nP2,\u00ff".getBytes(StandardCharsets.ISO_8859_1);
    ReadResult<Register> r = RegisterCsv.read(new ByteArrayInputStream(bytes), "r.csv", StandardCharsets.UTF_8);
    assertThat(lines(r)).containsExactly("r.csv:3:-: not valid UTF-8 (byte 56)");
    assertThat(r.encoding()).isNull();
  }

  @Test
  void emptyFileHasNoHeader() {
    assertThat(lines(read(""))).containsExactly("r.csv:1:-: the first line must be the header");
  }

  @Test
  void writerWritesOptionalColumnsOnlyWhenUsed() {
    Register reg = Register.builder()
        .add(Participant.builder().id("P1").gender(Gender.WOMAN).site("Gävle, norr").build(),
            Pathway.builder().participantId("P1")
            .addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.of(2020, 1, 1))).build())
        .build();
    assertThat(RegisterCsv.write(reg)).isEqualTo(HEADER + "P1,woman,,\"Gävle, norr\",2020-01-01,,,,,,\n");
    Register withEsfPlus = Register.builder()
        .add(Participant.builder().id("P1").gender(Gender.MAN).labourStatusAtEntry(LabourStatus.INACTIVE).build(),
            reg.pathways().get(0))
        .build();
    assertThat(RegisterCsv.write(withEsfPlus)).isEqualTo(
        HEADER.replace("\n", ",labour_status_at_entry\n") + "P1,man,,,2020-01-01,,,,,,,inactive\n");
  }

  @Test
  void referralIsAnOptionalFreeTextColumnReadAndWrittenBack() {
    ReadResult<Register> r = read("participant_id,gender,enrolled_on,referral\n"
        + "P1,woman,2020-01-01,socialtjänsten\nP2,man,2020-01-02,\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.value().participants().get(0).referral()).isEqualTo("socialtjänsten");
    assertThat(r.value().participants().get(1).referral()).isNull();
    assertThat(r.value().participants().get(0).toString()).doesNotContain("socialtjänsten");
    String written = RegisterCsv.write(r.value());
    assertThat(written).startsWith(HEADER.replace("\n", ",referral\n"))
        .contains("P1,woman,,,2020-01-01,,,,,,,socialtjänsten\n");
    assertThat(read(written).value()).isEqualTo(r.value());
  }

  @Test
  void writerRejectsPathwaysARowCannotHold() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    Register reg = Register.builder()
        .add(Participant.builder().id("P1").gender(Gender.WOMAN).build(),
            Pathway.builder().participantId("P1")
            .addEvents(PathwayEvent.of(EventType.ENROLLED, d))
            .addEvents(PathwayEvent.builder().type(EventType.PHASE_STARTED).on(d).phase(PathwayPhase.MAPPING).build())
            .build())
        .build();
    assertThatThrownBy(() -> RegisterCsv.write(reg)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("participant P1: event 2 (phase_started on 2020-01-01) does not fit a register row");
    Register twoFollowUps = Register.builder()
        .add(Participant.builder().id("P2").gender(Gender.WOMAN).build(),
            Pathway.builder().participantId("P2")
            .addEvents(PathwayEvent.of(EventType.ENROLLED, d))
            .addEvents(PathwayEvent.exited(d.plusDays(10), OutcomeStatus.STUDIES))
            .addEvents(PathwayEvent.followedUp(d.plusDays(20), OutcomeStatus.STUDIES))
            .addEvents(PathwayEvent.followedUp(d.plusDays(30), OutcomeStatus.STUDIES))
            .build())
        .build();
    assertThatThrownBy(() -> RegisterCsv.write(twoFollowUps)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("participant P2: event 4 (followed_up on 2020-01-31) does not fit a register row");
  }

  @Test
  void writerRejectsMatchingProfiles() {
    Register reg = Register.builder()
        .add(Participant.builder().id("P1").gender(Gender.WOMAN).addCompetences("cleaning").build(),
            Pathway.builder().participantId("P1")
            .addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.of(2020, 1, 1))).build())
        .build();
    assertThatThrownBy(() -> RegisterCsv.write(reg)).isInstanceOf(ValidationException.class)
        .hasMessage("participant P1 has a matching profile a register row cannot hold (competences); "
            + "write it as participants JSON");
  }

  @Test
  void codesAndYesNoInAnyCaseReadAsTheirLowerCaseAndUnknownOnesAreNamedAsBefore() {
    String header = "participant_id,gender,enrolled_on,exited_on,exit_status,perceived_improvement,target_groups\n";
    ReadResult<Register> lower = RegisterCsv.read(new java.io.ByteArrayInputStream((header
        + "P1,woman,2022-01-03,2022-06-30,employment,yes,long_term_unemployed|newly_arrived\n"
        + "P2,kvinna,2022-01-03,2022-06-30,studies,nej,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)), "a.csv");
    ReadResult<Register> mixed = RegisterCsv.read(new java.io.ByteArrayInputStream((header
        + "P1,Woman,2022-01-03,2022-06-30,EMPLOYMENT,Yes,Long_Term_Unemployed | NEWLY_ARRIVED\n"
        + "P2,KVINNA,2022-01-03,2022-06-30,Studies,NEJ,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)), "a.csv");
    assertThat(lower.problems()).isEmpty();
    assertThat(mixed.problems()).isEmpty();
    assertThat(mixed.value()).isEqualTo(lower.value());
    ReadResult<Register> unknown = RegisterCsv.read(new java.io.ByteArrayInputStream((header
        + "P1,womn,2022-01-03,2022-06-30,employed,maybe,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)), "a.csv");
    assertThat(unknown.problems()).extracting(Problem::column).containsExactly("gender", "exit_status",
        "perceived_improvement");
    assertThat(unknown.problems().get(1).message()).startsWith("unknown outcome status 'employed'; expected one of "
        + "employment, ");
  }
}
