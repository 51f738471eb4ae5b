package org.esfkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CrossCheckTest {
  static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static final String PROJECT = "{\"project_number\": \"1\", \"name\": \"n\","
      + " \"period\": {\"start\": \"2012-01-01\", \"end\": \"2014-12-31\"},"
      + " \"planned_participants_by_site\": {\"Avesta\": 10}}";

  @Test
  void findsWhatNoSingleFileShows() {
    var project = ProjectJson.read(in(PROJECT), "p.json");
    var register = RegisterCsv.read(in("participant_id,gender,site,enrolled_on,exited_on,exit_status,follow_up_on,"
        + "follow_up_status\n"
        + "P1,man,Avesta,2012-02-01,2013-05-01,studies,2015-06-01,studies\n"
        + "P2,woman,,2012-02-01,2015-01-01,other,,\n"
        + "P3,woman,Hedemora,2012-02-01,,,,\n"), "r.csv");
    var tasks = TasksCsv.read(in("task_id,employer_id,title,identified_on,capacity\n"
        + "T1,E2,Sorting,2012-01-01,1\n"), "t.csv");
    var placements = PlacementsCsv.read(in("participant_id,employer_id,task_id,kind,started_on,ended_on\n"
        + "P1,E1,,internship,2012-01-15,2012-03-01\n"
        + "P1,E1,,internship,2013-04-01,\n"
        + "P1,E1,T9,internship,2012-03-01,2012-04-01\n"
        + "P1,E1,T1,internship,2012-03-01,2012-04-01\n"
        + "P3,E2,T1,work_trial,2012-03-01,2012-04-01\n"), "pl.csv");
    assertThat(register.problems()).isEmpty();
    List<String> problems = CrossCheck.check(project, register, placements, tasks).stream()
        .map(Problem::toString).collect(Collectors.toList());
    assertThat(problems).containsExactly(
        "r.csv:3:exited_on: participant P2: event 2 (exited on 2015-01-01) lies outside the project period "
            + "2012-01-01..2014-12-31",
        "r.csv:4:site: warning: participant P3: site is not among the project's planned sites (Avesta); "
            + "counted in the total and under its own name with 0 planned",
        "pl.csv:2:started_on: placement starts 2012-01-15, before participant P1 enrolled on 2012-02-01",
        "pl.csv:3:ended_on: warning: placement has no end, but participant P1 exited on 2013-05-01",
        "pl.csv:4:task_id: task T9 is not in the tasks file",
        "pl.csv:5:employer_id: placement at employer E1, but task T1 belongs to employer E2");
  }

  @Test
  void aPlacementOfAParticipantWhoCameBackIsCheckedAgainstTheSpellItStartsIn() {
    var project = ProjectJson.read(in(PROJECT), "p.json");
    var register = RegisterCsv.read(in("participant_id,gender,site,enrolled_on,exited_on,exit_status\n"
        + "P1,man,Avesta,2012-02-01,2012-06-30,other\n"
        + "P2,woman,Avesta,2012-02-01,,\n"
        + "P1,man,Avesta,2013-01-10,2013-09-30,studies\n"), "r.csv");
    assertThat(register.problems()).isEmpty();
    var placements = PlacementsCsv.read(in("participant_id,employer_id,task_id,kind,started_on,ended_on\n"
        + "P1,E1,,internship,2012-03-01,2012-05-01\n" // within the first spell
        + "P1,E1,,internship,2012-08-01,2012-09-01\n" // between the spells
        + "P1,E1,,internship,2013-02-01,2013-12-01\n" // ends after the second exit
        + "P1,E1,,internship,2013-10-15,2013-11-01\n" // after the last exit
        + "P1,E1,,internship,2012-01-15,2012-03-01\n" // before the first enrolment
        + "P1,E1,,internship,2013-01-10,\n" // open, though the second spell has ended
        + "P2,E1,,internship,2012-05-01,\n" // open, and so is P2's spell
        + "P9,E1,,internship,2012-05-01,2012-06-01\n"), "pl.csv");
    assertThat(placements.problems()).isEmpty();
    List<String> problems = CrossCheck.check(project, register, placements, null).stream()
        .map(Problem::toString).collect(Collectors.toList());
    assertThat(problems).containsExactly(
        "pl.csv:3:started_on: placement starts 2012-08-01, after participant P1 exited on 2012-06-30 and before "
            + "they came back on 2013-01-10",
        "pl.csv:4:ended_on: placement ends 2013-12-01, after participant P1 exited on 2013-09-30",
        "pl.csv:5:started_on: placement starts 2013-10-15, after participant P1 exited on 2013-09-30",
        "pl.csv:6:started_on: placement starts 2012-01-15, before participant P1 enrolled on 2012-02-01",
        "pl.csv:7:ended_on: warning: placement has no end, but participant P1 exited on 2013-09-30",
        "pl.csv:9:participant_id: participant P9 is not in the register");
  }

  @Test
  void withoutPlannedSitesOrOtherFilesThereIsNothingToCheck() {
    var project = ProjectJson.read(in(PROJECT.replace(", \"planned_participants_by_site\": {\"Avesta\": 10}", "")),
        "p.json");
    var register = RegisterCsv.read(in("participant_id,gender,site,enrolled_on\nP3,woman,Hedemora,2012-02-01\n"),
        "r.csv");
    assertThat(CrossCheck.check(project, register, null, null)).isEmpty();
  }

  @Test
  void aRecordedLabourStatusOutsideTheOperationTargetGroupIsAWarningOnItsLineAndColumn() {
    var project = ProjectJson.read(in(PROJECT.replace("}}", "}, \"operation_target_group\": \"unemployed\"}")),
        "p.json");
    assertThat(project.problems()).isEmpty();
    var register = RegisterCsv.read(in("participant_id,gender,site,enrolled_on,labour_status_at_entry\n"
        + "P1,woman,Avesta,2012-02-01,unemployed\n" // the group itself
        + "P2,man,Avesta,2012-02-01,long_term_unemployed\n" // within the unemployed
        + "P3,woman,Avesta,2012-02-01,employed\n" // outside
        + "P4,man,Avesta,2012-02-01,\n" // not recorded: the group supplies it, nothing to say
        + "P5,woman,Avesta,2012-02-01,inactive\n"), "r.csv"); // outside
    assertThat(register.problems()).isEmpty();
    List<String> problems = CrossCheck.check(project, register, null, null).stream().map(Problem::toString)
        .collect(Collectors.toList());
    assertThat(problems).containsExactly(
        "r.csv:4:labour_status_at_entry: warning: participant P3: labour-market status at entry is outside the "
            + "project's operation_target_group (unemployed); the indicators on labour-market status count the "
            + "participant as unemployed",
        "r.csv:6:labour_status_at_entry: warning: participant P5: labour-market status at entry is outside the "
            + "project's operation_target_group (unemployed); the indicators on labour-market status count the "
            + "participant as unemployed");
  }

  @Test
  void anUnemployedRecordIsOutsideAGroupOfTheLongTermUnemployedAndTheWarningNeverEchoesTheRecordsValue() {
    var project = ProjectJson.read(in(PROJECT.replace("}}", "}, \"operation_target_group\": "
        + "\"long_term_unemployed\"}")), "p.json");
    var register = RegisterCsv.read(in("participant_id,gender,site,enrolled_on,labour_status_at_entry\n"
        + "P1,woman,Avesta,2012-02-01,long_term_unemployed\n"
        + "P2,man,Avesta,2012-02-01,unemployed\n"
        + "P3,woman,Avesta,2012-02-01,inactive\n"), "r.csv");
    List<Problem> problems = CrossCheck.check(project, register, null, null);
    assertThat(problems).extracting(Problem::toString).allSatisfy(m -> assertThat(m).startsWith("r.csv:")
        .contains(":labour_status_at_entry: warning: participant P").doesNotContain("inactive"));
    assertThat(problems).extracting(Problem::toString).extracting(m -> m.substring(0, m.indexOf(": warning")))
        .containsExactly("r.csv:3:labour_status_at_entry", "r.csv:4:labour_status_at_entry");
  }
}
