package org.esfkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esfkit.core.io.CrossCheckTest.PROJECT;
import static org.esfkit.core.io.CrossCheckTest.in;

import java.util.List;
import java.util.Map;
import org.esfkit.core.ImportException;
import org.esfkit.core.Participant;
import org.esfkit.core.Placement;
import org.junit.jupiter.api.Test;

/** The three policies over a project's files: stop on errors, stop on warnings too, keep going. */
class ProjectFilesTest {
  // line 3: a bad date; line 4: unknown gender; P4 (lines 5, 7) came back, enrolled outside the
  // period the second time; line 6: a site the plan does not name (a warning)
  static final String REGISTER = "participant_id,gender,site,enrolled_on,exited_on,exit_status\n"
      + "P1,man,Avesta,2012-02-01,2012-06-01,studies\n"
      + "P2,man,Avesta,2012-02-30,,\n"
      + "P3,robot,Avesta,2012-03-01,,\n"
      + "P4,woman,Avesta,2012-01-10,2012-02-01,other\n"
      + "P5,woman,Visby,2012-03-01,,\n"
      + "P4,woman,Avesta,2015-01-10,,\n";
  // line 3: P4's placement goes with P4; line 4: P2 was rejected by the reader; line 5: a bad kind
  static final String PLACEMENTS = "participant_id,employer_id,kind,started_on,ended_on\n"
      + "P1,E1,internship,2012-03-01,2012-04-01\n"
      + "P4,E1,internship,2012-01-15,2012-01-30\n"
      + "P2,E2,internship,2012-03-01,2012-04-01\n"
      + "P5,E2,party,2012-03-10,\n";

  private static ProjectFiles check(String register, ProjectFiles.Policy policy) {
    return ProjectFiles.check(ProjectJson.read(in(PROJECT), "p.json"), RegisterCsv.read(in(register), "r.csv"),
        PlacementsCsv.read(in(PLACEMENTS), "pl.csv"), null, policy);
  }

  @Test
  void byDefaultErrorsStop() {
    assertThatThrownBy(() -> check(REGISTER, ProjectFiles.Policy.DEFAULT)).isInstanceOf(ImportException.class)
        .satisfies(e -> assertThat(((ImportException) e).problems()).extracting(Problem::toString).contains(
            "r.csv:3:enrolled_on: '2012-02-30' is not a date (YYYY-MM-DD)",
            "pl.csv:5:kind: unknown placement kind 'party'; expected one of internship, work_trial, apprenticeship, "
                + "employment, subsidised_employment, social_enterprise"));
  }

  @Test
  void keepingGoingLeavesOutTheRowsWithErrorsAndSaysWhy() {
    ProjectFiles files = check(REGISTER, ProjectFiles.Policy.KEEP_GOING);
    assertThat(files.register().participants()).extracting(Participant::id).containsExactly("P1", "P5");
    assertThat(files.placements()).extracting(Placement::participantId).containsExactly("P1");
    // r.csv: P2 and P3 rejected by the reader; P4's two rows left out by the check across files
    // pl.csv: the party row rejected by the reader; P4's and P2's placements go with them
    assertThat(files.excludedRows()).containsExactly(
        ExcludedRows.of("r.csv", 4, Map.of("enrolled_on", 3L, "gender", 1L)),
        ExcludedRows.of("pl.csv", 3, Map.of("kind", 1L, "participant_id", 2L)));
    assertThat(files.problems()).extracting(Problem::toString).contains(
        "r.csv:5:enrolled_on: participant P4: event 3 (re_enrolled on 2015-01-10) lies outside the project period "
            + "2012-01-01..2014-12-31",
        "r.csv:6:site: warning: participant P5: site is not among the project's planned sites (Avesta); counted in "
            + "the total and under its own name with 0 planned",
        "pl.csv:3:participant_id: participant P4 is left out of the register, so this placement is left out too",
        "pl.csv:4:participant_id: participant P2 is not in the register");
  }

  @Test
  void strictStopsOnWarningsAsErrors() {
    String clean = "participant_id,gender,site,enrolled_on\nP1,man,Avesta,2012-02-01\nP5,woman,Visby,2012-03-01\n";
    ProjectFiles files = ProjectFiles.check(ProjectJson.read(in(PROJECT), "p.json"), RegisterCsv.read(in(clean), "r.csv"),
        null, null, ProjectFiles.Policy.DEFAULT);
    assertThat(files.problems()).hasSize(1).allMatch(p -> p.severity() == Problem.Severity.WARNING);
    assertThat(files.excludedRows()).isEmpty();
    assertThatThrownBy(() -> ProjectFiles.check(ProjectJson.read(in(PROJECT), "p.json"),
        RegisterCsv.read(in(clean), "r.csv"), null, null, ProjectFiles.Policy.STRICT))
        .isInstanceOf(ImportException.class)
        .satisfies(e -> assertThat(((ImportException) e).problems()).extracting(Problem::toString).containsExactly(
            "r.csv:3:site: participant P5: site is not among the project's planned sites (Avesta); counted in the "
                + "total and under its own name with 0 planned"));
  }

  @Test
  void aFileWithoutItsRequiredColumnsCannotBeKeptGoingWith() {
    assertThatThrownBy(() -> check("participant_id,site\nP1,Avesta\n", ProjectFiles.Policy.KEEP_GOING))
        .isInstanceOf(ImportException.class).hasMessageContaining("r.csv:1:gender: required column missing");
  }

  @Test
  void accountsAddUp() {
    ReadResult<?> r = RegisterCsv.read(in(REGISTER), "r.csv");
    ProjectFiles files = check(REGISTER, ProjectFiles.Policy.KEEP_GOING);
    long used = files.register().pathways().stream()
        .mapToLong(p -> p.events().stream().filter(e -> e.type().code().endsWith("enrolled")).count()).sum();
    assertThat(used + files.excludedRows().get(0).rows()).isEqualTo(r.rowsRead());
    assertThat(List.of(r.rowsAccepted(), r.rowsRejected())).containsExactly(4L, 2L);
  }
}
