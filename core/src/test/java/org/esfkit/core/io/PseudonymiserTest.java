package org.esfkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.esfkit.core.Register;
import org.esfkit.core.ValidationException;
import org.junit.jupiter.api.Test;

/** Personnummer replaced by keyed pseudonyms at the boundary, and refused anywhere else. */
class PseudonymiserTest {
  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private final Pseudonymiser p = Pseudonymiser.withKey(KEY);

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> lines(ReadResult<?> r) {
    return r.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void thePseudonymIsTheKeyedHashOfTheTwelveDigitsWhateverTheirForm() {
    // HMAC-SHA-256("0123…ef", "191212121212"), first 10 bytes in base32 (computed independently)
    assertThat(p.pseudonym("19121212-1212")).isEqualTo("P-3LDW3YMO5TX3UTEC");
    assertThat(p.pseudonym("191212121212")).isEqualTo("P-3LDW3YMO5TX3UTEC");
    // ten digits: the century that makes the person under 100; + for 100 or older
    assertThat(p.pseudonym("121212+1212")).isEqualTo("P-3LDW3YMO5TX3UTEC");
    assertThat(p.pseudonym("121212-1212")).isNotEqualTo("P-3LDW3YMO5TX3UTEC").isEqualTo(p.pseudonym("20121212-1212"));
    assertThat(p.pseudonym("811218-9876")).isEqualTo(p.pseudonym("8112189876")).isEqualTo(p.pseudonym("198112189876"));
    // a samordningsnummer: the day plus 60
    assertThat(p.pseudonym("701063-2391")).startsWith("P-").hasSize(18);
    // another key, another pseudonym
    assertThat(Pseudonymiser.withKey("another key, 16+ bytes".getBytes(StandardCharsets.US_ASCII))
        .pseudonym("19121212-1212")).isNotEqualTo("P-3LDW3YMO5TX3UTEC");
  }

  @Test
  void badNumbersAndShortKeysAreRefusedWithoutRepeatingThem() {
    for (String bad : List.of("19121212-1213", "121213-1212", "19121232-1212", "1212121212121", "12121-21212")) {
      assertThatThrownBy(() -> p.pseudonym(bad)).as(bad).isInstanceOf(ValidationException.class)
          .hasMessageNotContaining(bad).hasMessageStartingWith("not a valid personnummer");
    }
    assertThatThrownBy(() -> Pseudonymiser.withKey(new byte[15])).isInstanceOf(ValidationException.class)
        .hasMessageContaining("at least 16");
    assertThat(p.toString()).doesNotContain("0123");
  }

  @Test
  void aCsvFilesPersonnummerColumnBecomesParticipantId() {
    ReadResult<String> r = p.pseudonymise(in("Personnummer;gender;enrolled_on\r\n"
        + "19121212-1212;kvinna;2022-01-07\r\n"
        + "811218-9876;man;2022-01-10\r\n"
        + ";;\r\n"
        + "121212+1212;kvinna;2022-02-01\r\n"), "export.csv", null);
    assertThat(r.problems()).isEmpty();
    assertThat(r.value()).isEqualTo("participant_id,gender,enrolled_on\n"
        + "P-3LDW3YMO5TX3UTEC,kvinna,2022-01-07\n"
        + p.pseudonym("811218-9876") + ",man,2022-01-10\n"
        + "P-3LDW3YMO5TX3UTEC,kvinna,2022-02-01\n");
    assertThat(r.rowsRead()).isEqualTo(3);
    // the output is a register esfkit reads (the person who came back on 2022-02-01 overlaps: no exit)
    ReadResult<Register> reg = RegisterCsv.read(in(r.value()), "participants.csv");
    assertThat(lines(reg)).hasSize(1).allMatch(l -> l.contains("overlapping spells"));
  }

  @Test
  void badNumbersAreReportedAtTheirLineAndNothingIsWritten() {
    ReadResult<String> r = p.pseudonymise(in("personnummer,gender,note\n"
        + "19121212-1213,woman,\n"
        + ",man,\n"
        + "811218-9876,man,19121212-1212\n"), "export.csv", null);
    assertThat(lines(r)).containsExactly(
        "export.csv:2:personnummer: not a valid personnummer (a date and a check digit, as YYYYMMDD-XXXX or "
            + "YYMMDD-XXXX)",
        "export.csv:3:personnummer: personnummer is required",
        "export.csv:4:note: holds what looks like a personnummer outside the personnummer column; remove it or move "
            + "it there");
    assertThat(String.join("\n", lines(r))).doesNotContain("1213").doesNotContain("9876");
    assertThat(r.acceptedValue()).isNull();
    assertThat(p.pseudonymise(in("participant_id,gender\nP1,man\n"), "x.csv", null).problems())
        .extracting(Problem::toString).containsExactly("x.csv:1:personnummer: no personnummer column to pseudonymise");
  }

  @Test
  void aRegisterHoldingPersonnummerIsRefusedPointingToTheCommand() {
    ReadResult<Register> r = RegisterCsv.read(in("participant_id,gender,site,enrolled_on\n"
        + "19121212-1212,woman,A,2022-01-07\n"
        + "P2,man,811218-9876,2022-01-07\n"
        + "P3,man,A,2022-01-07\n"
        + "4402031234,man,A,2022-01-07\n"), "r.csv");
    assertThat(lines(r)).containsExactly(
        "r.csv:2:participant_id: holds what looks like a personnummer, which esfkit must never store; replace the "
            + "column with pseudonyms first: esfkit pseudonymise --key-file KEY IN.csv OUT.csv",
        "r.csv:3:site: holds what looks like a personnummer, which esfkit must never store; replace the column with "
            + "pseudonyms first: esfkit pseudonymise --key-file KEY IN.csv OUT.csv");
    // 4402031234 has no valid check digit: an id like any other
    assertThat(r.rowsAccepted()).isEqualTo(2);
    assertThat(lines(RegisterCsv.read(in("personnummer,participant_id,gender,enrolled_on\n"), "r.csv")))
        .first().isEqualTo("r.csv:1:personnummer: a personnummer column; esfkit must never store one: replace it "
            + "with pseudonyms first: esfkit pseudonymise --key-file KEY IN.csv OUT.csv");
  }
}
