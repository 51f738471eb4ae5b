package org.esfkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Laws: for every format, reading what was written gives back an equal value, with no problems. */
class RoundTripPropertiesTest {
  static final int EXAMPLES = 200;

  static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static <T> T clean(ReadResult<T> r) {
    assertThat(r.problems()).isEmpty();
    assertThat(r.rowsAccepted()).isEqualTo(r.rowsRead());
    return r.value();
  }

  @Test
  void projectJsonRoundTripIsLossless() {
    qt().withExamples(EXAMPLES).forAll(ModelGen.projects()).checkAssert(p ->
        assertThat(clean(ProjectJson.read(bytes(ProjectJson.write(p)), "p.json"))).isEqualTo(p));
  }

  @Test
  void registerCsvRoundTripIsLossless() {
    qt().withExamples(EXAMPLES).forAll(ModelGen.registers()).checkAssert(reg ->
        assertThat(clean(RegisterCsv.read(bytes(RegisterCsv.write(reg)), "r.csv"))).isEqualTo(reg));
  }

  @Test
  void placementsCsvRoundTripIsLossless() {
    qt().withExamples(EXAMPLES).forAll(ModelGen.placements()).checkAssert(ps ->
        assertThat(clean(PlacementsCsv.read(bytes(PlacementsCsv.write(ps)), "pl.csv"))).isEqualTo(ps));
  }

  @Test
  void tasksCsvRoundTripIsLossless() {
    qt().withExamples(EXAMPLES).forAll(ModelGen.tasks()).checkAssert(ts ->
        assertThat(clean(TasksCsv.read(bytes(TasksCsv.write(ts)), "t.csv"))).isEqualTo(ts));
  }

  @Test
  void tasksJsonRoundTripIsLossless() {
    qt().withExamples(EXAMPLES).forAll(ModelGen.tasks()).checkAssert(ts ->
        assertThat(clean(TasksJson.read(bytes(TasksJson.write(ts)), "t.json"))).isEqualTo(ts));
  }

  @Test
  void participantsJsonRoundTripIsLossless() {
    qt().withExamples(EXAMPLES).forAll(ModelGen.profiles()).checkAssert(ps ->
        assertThat(clean(ParticipantsJson.read(bytes(ParticipantsJson.write(ps)), "p.json"))).isEqualTo(ps));
  }

  @Test
  void pathwayJsonRoundTripIsLossless() {
    qt().withExamples(EXAMPLES).forAll(ModelGen.pathways()).checkAssert(ps ->
        assertThat(clean(PathwayJson.read(bytes(PathwayJson.write(ps)), "pw.json"))).isEqualTo(ps));
  }

  @Test
  void employersCsvRoundTripIsLossless() {
    qt().withExamples(EXAMPLES).forAll(ModelGen.employers()).checkAssert(es ->
        assertThat(clean(EmployersCsv.read(bytes(EmployersCsv.write(es)), "e.csv"))).isEqualTo(es));
  }

  @Test
  void registerWrittenWithSemicolonsBomAndCrlfReadsTheSame() {
    qt().withExamples(100).forAll(ModelGen.registers()).checkAssert(reg -> {
      String excel = "\uFEFF" + RegisterCsv.write(reg).replace("\n", "\r\n");
      // quoted line breaks inside cells become CRLF too, so compare ids and row count only here
      ReadResult<org.esfkit.core.Register> r = RegisterCsv.read(bytes(excel), "r.csv");
      assertThat(r.problems()).isEmpty();
      assertThat(r.value().participants()).extracting(org.esfkit.core.Participant::id)
          .containsExactlyElementsOf(reg.participants().stream().map(org.esfkit.core.Participant::id).toList());
    });
  }
}
