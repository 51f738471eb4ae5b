package org.esfkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  String project;
  String participants;
  String placements;

  @BeforeEach
  void copySamples() throws Exception {
    project = copy("project.json");
    participants = copy("participants.csv");
    placements = copy("placements.csv");
  }

  private String copy(String name) throws Exception {
    Path target = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/samples/metrics/" + name)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target.toString();
  }

  private int run(String... argv) {
    return Esfkit.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void aRepeatedOptionIsAUsageErrorNamingIt() {
    assertThat(run("validate", "--project", project, "--project", project)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("esfkit validate: option --project given twice");
  }

  @Test
  void bareEsfkitPrintsUsageOnStandardErrorLikeAnUnknownCommand() {
    assertThat(run()).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: esfkit COMMAND");
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: esfkit COMMAND");
  }

  private List<String> errLines() {
    return err.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void sampleFilesAreValid() {
    int code = run("validate", "--project", project, "--participants", participants, "--placements", placements);
    assertThat(errLines()).isEmpty();
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
        participants + ": 48 rows read = 48 accepted + 0 rejected\n"
            + placements + ": 25 rows read = 25 accepted + 0 rejected\n"
            + "valid: project 2012/00001 (7 targets), 48 participants, 25 placements\n");
  }

  @Test
  void badRegisterReportsEveryBadRowAndExitsTwo() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "participant_id;gender;birth_year;site;enrolled_on;exited_on;exit_status;"
        + "follow_up_on;follow_up_status;perceived_improvement;target_groups\r\n"
        + "P01;kvinna;1980;Avesta;2013-01-10;2013-06-01;employment;2013-09-01;employment;yes;young\r\n"
        + "P02;man;1975;Avesta;2013-02-30;;;;;;\r\n"
        + "P03;woman;1990;Hedemora;2013-01-15;;;;;;\r\n"
        + "P01;kvinna;1980;Hedemora;2013-01-20;;;;;;\r\n"
        + "P04;man;1985;Hedemora;2013-01-20;2013-05-01;retired;;;;\r\n"
        + "P05;woman;1970;Avesta;2013-03-01;2013-02-01;studies;;;;\r\n"
        + "P06;woman;1971;Avesta;2013-03-01;2013-04-01;;;;;\r\n"
        + "P07;alien;1972;Avesta;2013-03-01;;;;;;\r\n"
        + "P08;man;1973;Hedemora;2013-03-01;2013-08-01;job_seeking;2013-07-01;employment;no;\r\n",
        StandardCharsets.UTF_8);
    String file = bad.toString();
    int code = run("validate", "--project", project, "--participants", file);
    assertThat(errLines()).containsExactly(
        file + ":3:enrolled_on: '2013-02-30' is not a date (YYYY-MM-DD)",
        file + ":5:enrolled_on: participant id P01 appears twice with overlapping spells; first on line 2 "
            + "(2013-01-10 to 2013-06-01); a participant who comes back has a row for each spell, each after the "
            + "last one's exit",
        file + ":6:exit_status: unknown outcome status 'retired'; expected one of employment, self_employment, "
            + "subsidised_employment, studies, internship, work_rehabilitation, job_seeking, social_enterprise, "
            + "other, dropped_out, unknown",
        file + ":7:exited_on: exited_on 2013-02-01 is before enrolled_on 2013-03-01",
        file + ":8:exit_status: exit_status is required when exited_on is given",
        file + ":9:gender: unknown gender; expected one of woman, man, non_binary, not_reported",
        file + ":10:follow_up_on: follow_up_on 2013-07-01 is before exited_on 2013-08-01",
        file + ": 9 rows read = 2 accepted + 7 rejected",
        "7 errors");
    assertThat(code).isEqualTo(2);
    assertThat(out.size()).isZero();
  }

  @Test
  void crossFileProblemsAreReported() throws Exception {
    Path reg = dir.resolve("r.csv");
    Files.writeString(reg, "participant_id,gender,site,enrolled_on,exited_on,exit_status\n"
        + "P1,man,Avesta,2011-12-01,2012-03-01,studies\n"
        + "P2,woman,Borlänge,2013-01-01,,\n", StandardCharsets.UTF_8);
    Path pl = dir.resolve("pl.csv");
    Files.writeString(pl, "participant_id,employer_id,task_id,kind,started_on,ended_on,gender_breaking\n"
        + "P1,E1,,internship,2012-02-01,2012-04-01,no\n"
        + "P9,E1,,internship,2013-02-01,2013-03-01,no\n", StandardCharsets.UTF_8);
    int code = run("validate", "--project", project, "--participants", reg.toString(), "--placements", pl.toString());
    assertThat(errLines()).containsExactly(
        reg + ":2:enrolled_on: participant P1: event 1 (enrolled on 2011-12-01) lies outside the project period "
            + "2012-01-16..2014-06-30",
        reg + ":3:site: warning: participant P2: site is not among the project's planned sites (Avesta, Hedemora); "
            + "counted in the total and under its own name with 0 planned",
        pl + ":2:ended_on: placement ends 2012-04-01, after participant P1 exited on 2012-03-01",
        pl + ":3:participant_id: participant P9 is not in the register",
        reg + ": 2 rows read = 2 accepted + 0 rejected",
        pl + ": 2 rows read = 2 accepted + 0 rejected",
        "3 errors, 1 warning");
    assertThat(code).isEqualTo(2);
  }

  @Test
  void warningsAloneExitZeroAndStrictMakesThemErrors() throws Exception {
    Path reg = dir.resolve("r.csv");
    Files.writeString(reg, "participant_id,gender,site,enrolled_on\n"
        + "P1,man,Avesta,2013-01-01\n"
        + "P2,woman,Borlänge,2013-01-01\n", StandardCharsets.UTF_8);
    String warning = reg + ":3:site: warning: participant P2: site is not among the project's planned sites "
        + "(Avesta, Hedemora); counted in the total and under its own name with 0 planned";
    assertThat(run("validate", "--project", project, "--participants", reg.toString())).isZero();
    assertThat(errLines()).containsExactly(warning);
    assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("2 participants; 1 warning\n");
    err.reset();
    assertThat(run("validate", "--project", project, "--participants", reg.toString(), "--strict")).isEqualTo(2);
    assertThat(errLines()).containsExactly(warning.replace(": warning: ", ": "),
        reg + ": 2 rows read = 2 accepted + 0 rejected", "1 error");
  }

  @Test
  void aWindows1252FileIsSaidOnStandardErrorAndEncodingNamesIt() throws Exception {
    Path reg = dir.resolve("r.csv");
    Files.write(reg, ("participant_id;gender;site;enrolled_on\r\n"
        + "P1;kvinna;Hedemora;2013-01-01\r\n"
        + ";;;\r\n"
        + "P2;man;Avesta;2013-01-07 00:00\r\n"
        + "Ö3;man;Avesta;2013-01-08\r\n").getBytes("windows-1252"));
    assertThat(run("validate", "--project", project, "--participants", reg.toString())).isZero();
    assertThat(errLines()).containsExactly(reg + ":0:-: note: read as Windows-1252, since it is not valid UTF-8 "
        + "(line 5, byte 109); name the file's encoding if that is wrong");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(reg + ": 3 rows read = 3 accepted + 0 rejected\n");
    err.reset();
    assertThat(run("validate", "--project", project, "--participants", reg.toString(), "--encoding", "windows-1252"))
        .isZero();
    assertThat(errLines()).isEmpty();
    err.reset();
    assertThat(run("validate", "--project", project, "--participants", reg.toString(), "--encoding", "UTF-8"))
        .isEqualTo(2);
    assertThat(errLines()).first().isEqualTo(reg + ":5:-: not valid UTF-8 (byte 109)");
    err.reset();
    assertThat(run("validate", "--project", project, "--participants", reg.toString(), "--encoding", "klingon"))
        .isEqualTo(2);
    assertThat(errLines().get(0)).isEqualTo("esfkit validate: option --encoding: 'klingon' is not an encoding this "
        + "Java knows (e.g. UTF-8, UTF-16, windows-1252)");
  }

  @Test
  void missingFileIsAProblemWithExitTwo() {
    String missing = dir.resolve("nope.json").toString();
    int code = run("validate", "--project", missing);
    assertThat(errLines()).containsExactly(missing + ":0:-: cannot read the file: no such file", "1 error");
    assertThat(code).isEqualTo(2);
  }

  @Test
  void helpExitsZero() {
    assertThat(run("validate", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: esfkit validate --project P.json");
  }

  @Test
  void missingProjectIsAUsageError() {
    assertThat(run("validate")).isEqualTo(2);
    assertThat(errLines().get(0)).isEqualTo("esfkit validate: missing option --project");
  }
}
