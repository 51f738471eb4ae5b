package org.esfkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymiseCommandTest {
  @TempDir Path dir;
  Path key;
  Path export;

  /** Exit code, stdout, stderr. */
  private record Run(int code, String out, String err) {}

  private static Run run(String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Esfkit.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeEach
  void files() throws Exception {
    key = dir.resolve("esfkit.key");
    Files.writeString(key, "0123456789abcdef0123456789abcdef\n", StandardCharsets.US_ASCII);
    export = dir.resolve("export.csv");
    Files.write(export, ("personnummer;gender;site;enrolled_on\r\n"
        + "19121212-1212;kvinna;Avesta;2013-01-10\r\n"
        + "8112189876;man;Hedemora;2013-02-01\r\n").getBytes("windows-1252"));
  }

  @Test
  void theSamePersonGetsTheSameIdInEveryRunAndTheOutputValidates() throws Exception {
    Path out1 = dir.resolve("participants.csv");
    Run r = run("pseudonymise", "--key-file", key.toString(), export.toString(), out1.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("wrote " + out1 + ": 2 rows, personnummer replaced by participant_id\n");
    assertThat(Files.readString(out1)).startsWith("participant_id,gender,site,enrolled_on\nP-3LDW3YMO5TX3UTEC,kvinna,");
    // next month's export writes the numbers another way: the same ids
    Path next = dir.resolve("next.csv");
    Files.writeString(next, "personnummer,gender,site,enrolled_on\n191212121212,kvinna,Avesta,2013-01-10\n"
        + "811218-9876,man,Hedemora,2013-02-01\n");
    Path out2 = dir.resolve("participants2.csv");
    assertThat(run("pseudonymise", "--key-file", key.toString(), next.toString(), out2.toString()).code()).isZero();
    assertThat(Files.readString(out2)).isEqualTo(Files.readString(out1));
    String project = Path.of(getClass().getResource("/samples/metrics/project.json").toURI()).toString();
    Run v = run("validate", "--project", project, "--participants", out1.toString());
    assertThat(v.err()).isEmpty();
    assertThat(v.code()).isZero();
  }

  @Test
  void badNumbersAreReportedWithoutTheirValueAndNothingIsWritten() throws Exception {
    Files.writeString(export, "personnummer,gender\n19121212-1213,woman\n811218-9876,man\n");
    Path out = dir.resolve("participants.csv");
    Run r = run("pseudonymise", "--key-file", key.toString(), export.toString(), out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(export + ":2:personnummer: not a valid personnummer (a date and a check digit, "
        + "as YYYYMMDD-XXXX or YYMMDD-XXXX)\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void aRegisterWithPersonnummerIsRefusedPointingToTheCommand() {
    String project = export.toString().replace("export.csv", "p.json");
    Run r = run("metrics", "--project", project, "--participants", export.toString());
    assertThat(r.code()).isEqualTo(2);
    Run v = run("indicators", "--participants", export.toString());
    assertThat(v.code()).isEqualTo(2);
    assertThat(v.err()).contains(export + ":1:personnummer: a personnummer column; esfkit must never store one: "
        + "replace it with pseudonyms first: esfkit pseudonymise --key-file KEY IN.csv OUT.csv");
  }

  @Test
  void usageErrors() {
    assertThat(run("pseudonymise", "--key-file", key.toString(), export.toString()).code()).isEqualTo(2);
    Run same = run("pseudonymise", "--key-file", key.toString(), export.toString(), export.toString());
    assertThat(same.code()).isEqualTo(2);
    assertThat(same.err()).startsWith("esfkit pseudonymise: the output must be another file than the input");
    Run noKey = run("pseudonymise", "--key-file", dir.resolve("none").toString(), export.toString(),
        dir.resolve("o.csv").toString());
    assertThat(noKey.code()).isEqualTo(2);
    assertThat(noKey.err()).contains("cannot read the key file");
  }
}
