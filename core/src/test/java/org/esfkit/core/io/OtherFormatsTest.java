package org.esfkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.esfkit.core.Accessibility;
import org.esfkit.core.CefrLevel;
import org.esfkit.core.Employer;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.GeoPoint;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.OrganisationNumber;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayPhase;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.ValidationException;
import org.junit.jupiter.api.Test;

class OtherFormatsTest {
  static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> lines(ReadResult<?> r) {
    return r.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void placementsReadOptionalColumnsAndReportBadRows() {
    ReadResult<List<Placement>> r = PlacementsCsv.read(in(
        "participant_id;employer_id;task_id;kind;started_on;ended_on;gender_breaking;hours_per_week;"
            + "supervisor_trained;adaptations_provided\n"
            + "P1;E1;T1;internship;2020-01-01;;yes;20;yes;physical|attitudinal\n"
            + "P2;E1;;holiday;2020-01-01;2019-12-01;perhaps;;;\n"
            + "P3;E2;;work_trial;2020-03-01;2020-02-01;no;200;;\n"
            + "P4;E3;;;2020-01-01;;ja;;;\n"
            + "P5;E3;;Employment;2020-01-01;;JA;;Nej;\n"
            + "P6;E3;;work_trial;2020-01-01;;;;false;\n"), "pl.csv");
    assertThat(lines(r)).containsExactly(
        "pl.csv:3:kind: unknown placement kind 'holiday'; expected one of internship, work_trial, apprenticeship, "
            + "employment, subsidised_employment, social_enterprise",
        "pl.csv:3:gender_breaking: 'perhaps' is not yes or no",
        "pl.csv:4:ended_on: placement of P3 at E2: ended_on 2020-02-01 is before started_on 2020-03-01",
        "pl.csv:5:kind: kind is required");
    assertThat(r.rowsRead()).isEqualTo(6);
    assertThat(r.rowsAccepted()).isEqualTo(3);
    Placement p = r.acceptedValue().get(0);
    assertThat(p.taskId()).isEqualTo("T1");
    assertThat(p.endedOn()).isNull();
    assertThat(p.hoursPerWeek()).isEqualTo(20);
    assertThat(p.supervisorTrained()).isTrue();
    assertThat(p.adaptationsProvided()).containsExactlyInAnyOrder(Accessibility.PHYSICAL, Accessibility.ATTITUDINAL);
    // codes in any case, yes/no in Swedish or as true/false, and an empty yes/no
    Placement p5 = r.acceptedValue().get(1);
    assertThat(p5.kind()).isEqualTo(PlacementKind.EMPLOYMENT);
    assertThat(p5.genderBreaking()).isTrue();
    assertThat(p5.supervisorTrained()).isFalse();
    Placement p6 = r.acceptedValue().get(2);
    assertThat(p6.genderBreaking()).isFalse();
    assertThat(p6.supervisorTrained()).isFalse();
    assertThat(r.acceptedValue().get(0).genderBreaking()).isTrue();
  }

  @Test
  void placementWriterLeavesUnusedOptionalColumnsOut() {
    Placement p = Placement.builder().participantId("P1").employerId("E1").kind(PlacementKind.EMPLOYMENT)
        .startedOn(LocalDate.of(2020, 1, 1)).build();
    assertThat(PlacementsCsv.write(List.of(p))).isEqualTo(
        "participant_id,employer_id,task_id,kind,started_on,ended_on,gender_breaking\n"
            + "P1,E1,,employment,2020-01-01,,no\n");
  }

  @Test
  void tasksCsvReadsProfilesAndRejectsDuplicateIds() {
    ReadResult<List<LowThresholdTask>> r = TasksCsv.read(in(
        "task_id,employer_id,title,identified_on,capacity,required_competences,language_level,latitude,longitude,"
            + "adaptations,open_to_all_genders,dominant_gender\n"
            + "T1,E1,Sorting returns,2021-03-01,2,sorting|lifting,a2,62.39,17.31,physical,no,man\n"
            + "T1,E2,Again,2021-03-01,1,,,,,,,\n"
            + "T2,E2,Café,2021-03-01,0,,z9,62.4,,,,\n"), "t.csv");
    assertThat(lines(r)).containsExactly(
        "t.csv:3:task_id: task id T1 appears twice; first on line 2",
        "t.csv:4:language_level: unknown cefr level 'z9'; expected one of a1, a2, b1, b2, c1, c2",
        "t.csv:4:longitude: latitude and longitude go together");
    LowThresholdTask t = r.acceptedValue().get(0);
    assertThat(t.capacity()).isEqualTo(2);
    assertThat(t.requiredCompetences()).containsExactly("sorting", "lifting");
    assertThat(t.languageLevel()).isEqualTo(CefrLevel.A2);
    assertThat(t.location()).isEqualTo(GeoPoint.of(62.39, 17.31));
    assertThat(t.openToAllGenders()).isFalse();
    assertThat(t.dominantGender()).isEqualTo(Gender.MAN);
    assertThat(TasksCsv.read(in(TasksCsv.write(List.of(t))), "w").value()).containsExactly(t);
  }

  @Test
  void tasksCsvCapacityRuleComesFromTheModel() {
    ReadResult<List<LowThresholdTask>> r = TasksCsv.read(in(
        "task_id,employer_id,title,identified_on,capacity\nT2,E2,Café,2021-03-01,0\n"), "t.csv");
    assertThat(lines(r)).containsExactly("t.csv:2:capacity: task T2: capacity 0 must be at least 1");
  }

  @Test
  void taskWriterRejectsTagsThatCannotBeReadBack() {
    LowThresholdTask t = LowThresholdTask.builder().id("T1").employerId("E1").title("x")
        .identifiedOn(LocalDate.of(2021, 1, 1)).addRequiredCompetences("a|b").build();
    assertThatThrownBy(() -> TasksCsv.write(List.of(t))).isInstanceOf(ValidationException.class)
        .hasMessage("task T1: required_competences value 'a|b' cannot be written in a |-separated cell");
  }

  @Test
  void tasksJsonReportsPathsAndDuplicates() {
    ReadResult<List<LowThresholdTask>> r = TasksJson.read(in("[\n"
        + " {\"task_id\": \"T1\", \"employer_id\": \"E1\", \"title\": \"Sorting\", \"identified_on\": \"2021-03-01\",\n"
        + "  \"capacity\": 2, \"location\": {\"latitude\": 62.39, \"longitude\": 17.31}, \"adaptations\": [\"physical\"]},\n"
        + " {\"task_id\": \"T1\", \"employer_id\": \"E1\", \"title\": \"Again\", \"identified_on\": \"2021-03-01\"},\n"
        + " {\"task_id\": \"T2\", \"employer_id\": \"E1\", \"title\": \"Far\", \"identified_on\": \"2021-03-01\",\n"
        + "  \"location\": {\"latitude\": 95, \"longitude\": 17}, \"hours\": 5}\n"
        + "]"), "t.json");
    assertThat(lines(r)).containsExactly(
        "t.json:4:$[1].task_id: task id T1 appears twice; first at $[0]",
        "t.json:6:$[2].hours: unknown field 'hours'",
        "t.json:6:$[2].location.latitude: latitude 95.0 is outside [-90, 90]");
    assertThat(r.rowsRead()).isEqualTo(3);
    assertThat(r.rowsAccepted()).isEqualTo(1);
    assertThat(r.recordLines()).containsExactly(2L);
    assertThat(r.acceptedValue().get(0).location()).isEqualTo(GeoPoint.of(62.39, 17.31));
  }

  @Test
  void participantsJsonReadsFullProfiles() {
    ReadResult<List<Participant>> r = ParticipantsJson.read(in("[{\"participant_id\": \"P1\", \"gender\": \"kvinna\","
        + " \"birth_year\": 1990, \"competences\": [\"cleaning\"], \"language_level\": \"b1\", \"hours_available\": 20,"
        + " \"location\": {\"latitude\": 57.78, \"longitude\": 14.16}, \"accessibility_needs\": [\"communicative\"],"
        + " \"preferences\": [\"T3\", \"T1\"], \"wants_gender_breaking\": true, \"disability\": true},"
        + " {\"participant_id\": \"P2\", \"gender\": \"man\", \"isced\": 9, \"minority\": \"yes\"}]"), "p.json");
    assertThat(lines(r)).containsExactly(
        "p.json:1:$[1].minority: expected true or false, found a string");
    Participant p = r.acceptedValue().get(0);
    assertThat(p.gender()).isEqualTo(Gender.WOMAN);
    assertThat(p.preferences()).containsExactly("T3", "T1");
    assertThat(p.wantsGenderBreaking()).isTrue();
    assertThat(p.disability()).isTrue();
    assertThat(ParticipantsJson.read(in(ParticipantsJson.write(List.of(p))), "w").value()).containsExactly(p);
  }

  @Test
  void pathwayJsonPointsImpossibleHistoriesAtTheEvent() {
    ReadResult<List<Pathway>> r = PathwayJson.read(in("[\n"
        + " {\"participant_id\": \"P1\", \"events\": [\n"
        + "   {\"type\": \"enrolled\", \"on\": \"2020-09-14\"},\n"
        + "   {\"type\": \"phase_started\", \"on\": \"2020-09-20\", \"phase\": \"mapping\"},\n"
        + "   {\"type\": \"exited\", \"on\": \"2021-03-01\", \"status\": \"employment\", \"qualification_gained\": true},\n"
        + "   {\"type\": \"followed_up\", \"on\": \"2021-06-01\", \"status\": \"employment\"}]},\n"
        + " {\"participant_id\": \"P2\", \"events\": [\n"
        + "   {\"type\": \"enrolled\", \"on\": \"2020-09-14\"},\n"
        + "   {\"type\": \"followed_up\", \"on\": \"2020-10-01\", \"status\": \"studies\"}]},\n"
        + " {\"participant_id\": \"P3\", \"events\": [\n"
        + "   {\"type\": \"enrolled\", \"on\": \"2020-09-14\"},\n"
        + "   {\"type\": \"exited\", \"on\": \"2020-10-01\"},\n"
        + "   {\"type\": \"party\", \"on\": \"2020-10-02\"}]}\n"
        + "]"), "pw.json");
    assertThat(lines(r)).containsExactly(
        "pw.json:9:$[1].events[1]: participant P2: event 2 (followed_up on 2020-10-01) is a follow-up before exit",
        "pw.json:12:$[2].events[1].status: event exited on 2020-10-01 needs a status",
        "pw.json:13:$[2].events[2].type: unknown event type 'party'; expected one of enrolled, action_plan_approved, "
            + "phase_started, activity, placement_started, placement_ended, survey_answered, exited, followed_up, "
            + "re_enrolled");
    assertThat(r.rowsAccepted()).isEqualTo(1);
    Pathway p1 = r.acceptedValue().get(0);
    assertThat(p1.asOf(LocalDate.of(2020, 12, 31)).phase()).isEqualTo(PathwayPhase.MAPPING);
    assertThat(p1.events().get(2).type()).isEqualTo(EventType.EXITED);
    assertThat(p1.asOf(LocalDate.of(2021, 12, 31)).followUps().get(0).status()).isEqualTo(OutcomeStatus.EMPLOYMENT);
    assertThat(PathwayJson.read(in(PathwayJson.write(List.of(p1))), "w").value()).containsExactly(p1);
  }

  @Test
  void employersCsvChecksOrganisationNumbers() {
    ReadResult<List<Employer>> r = EmployersCsv.read(in("employer_id,name,organisation_number,employer_ring\n"
        + "E1,Sundsvalls kommun,212000-2411,yes\n"
        + "E2,Fel AB,212000-2412,no\n"), "e.csv");
    assertThat(lines(r)).containsExactly(
        "e.csv:3:organisation_number: organisation number '2120002412' has a wrong check digit (expected 1)");
    Employer e = r.acceptedValue().get(0);
    assertThat(e.organisationNumber()).isEqualTo(OrganisationNumber.parse("2120002411"));
    assertThat(e.employerRingMember()).isTrue();
    assertThat(EmployersCsv.read(in(EmployersCsv.write(List.of(e))), "w").value()).containsExactly(e);
  }
}
