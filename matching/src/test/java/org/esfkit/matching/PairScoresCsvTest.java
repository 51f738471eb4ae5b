package org.esfkit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.esfkit.core.ImportException;
import org.esfkit.core.io.Problem;
import org.esfkit.core.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PairScoresCsv} through core's CSV reader: its dialect, its bounds, its problems. */
class PairScoresCsvTest {
  private static final String CAPS = "task_id,capacity\nT00,1\nT01,2\n";

  private static ReadResult<PairScores> read(String scores, String capacities) {
    return PairScoresCsv.read(new ByteArrayInputStream(scores.getBytes(StandardCharsets.UTF_8)), "s.csv",
        new ByteArrayInputStream(capacities.getBytes(StandardCharsets.UTF_8)), "c.csv");
  }

  @Test
  void aQuotedFieldMaySpanLinesAndLaterRowsKeepTheirLineNumbers() {
    // the second record starts on line 2 and ends on line 3; the bad score is on line 4
    ReadResult<PairScores> r = read("participant_id,task_id,score\n\"P\n1\",T00,0.5\nP2,T01,1.5\nP3,T01,\"0.25\"\n", CAPS);
    assertThat(r.problems()).extracting(Problem::toString).containsExactly("s.csv:4:score: '1.5' is outside [0, 1]");
    assertThat(r.rowsRead()).isEqualTo(5);       // two capacities, three pairs
    assertThat(r.rowsAccepted()).isEqualTo(4);
    assertThat(r.acceptedValue()).isNull();      // nothing half-built
    PairScores ok = read("participant_id,task_id,score\n\"P\n1\",T00,0.5\nP3,T01,\"0.25\"\n", CAPS).value();
    assertThat(ok.pairs()).extracting(PairScores.Pair::participantId).containsExactly("P\n1", "P3");
  }

  @Test
  void semicolonsCommaDecimalsRanksAndBomAreRead() {
    PairScores t = read("\uFEFFparticipant_id;task_id;score;participant_rank;task_rank\r\nP1;T00;0,75;1;\r\nP1;T01;.5;2;3\r\n",
        CAPS).value();
    assertThat(t.pairs()).extracting(PairScores.Pair::score).containsExactly(0.75, 0.5);
    assertThat(t.pairs()).extracting(PairScores.Pair::participantRank, PairScores.Pair::taskRank)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0), org.assertj.core.groups.Tuple.tuple(2, 3));
  }

  @Test
  void everyBadRowOfBothFilesIsReportedAndNoCapacityIsCheckedOnlyAgainstCleanCapacities() {
    ReadResult<PairScores> r = read("participant_id,task_id,score,task_rank\nP1,T00,x,0\n\" \",T01,0.1,\nP1,T00,0.2,\n",
        "task_id,capacity\nT00,-1\nT00,1\n");
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        "c.csv:2:capacity: '-1' must be at least 0",
        "c.csv:3:task_id: task T00 is given a capacity twice; first on line 2",
        "s.csv:2:score: 'x' is not a number",
        "s.csv:2:task_rank: '0' must be at least 1",
        "s.csv:3:participant_id: participant_id must not be blank",
        "s.csv:4:task_id: pair (P1, T00) already given on line 2");
    ReadResult<PairScores> unknown = read("participant_id,task_id,score\nP1,T99,0.5\n", CAPS);
    assertThat(unknown.problems()).extracting(Problem::toString)
        .containsExactly("s.csv:2:task_id: task T99 has no capacity in c.csv");
  }

  @Test
  void headerProblemsAndBadBytesAreFileLineColumn() {
    ReadResult<PairScores> r = read("participant_id,task_id,points\nP1,T00,1\n", "task_id,capacity\nT00,1\n");
    assertThat(r.problems()).extracting(Problem::toString).contains("s.csv:1:score: required column missing");
    // Latin-1 / Windows-1252 bytes are read as such, with a note
    ReadResult<PairScores> latin = PairScoresCsv.read(
        new ByteArrayInputStream("participant_id,task_id,score\nP\u00e51,T00,1\n".getBytes(StandardCharsets.ISO_8859_1)),
        "s.csv", new ByteArrayInputStream(CAPS.getBytes(StandardCharsets.UTF_8)), "c.csv");
    assertThat(latin.problems()).extracting(Problem::toString).containsExactly("s.csv:0:-: note: read as Windows-1252,"
        + " since it is not valid UTF-8 (line 2, byte 31); name the file's encoding if that is wrong");
    // a note does not stop the table
    assertThat(latin.value().participantIds()).containsExactly("P\u00e51");
    // 0x81 is neither UTF-8 here nor a Windows-1252 character
    ReadResult<PairScores> bytes = PairScoresCsv.read(
        new ByteArrayInputStream(new byte[] {'p', 'a', 'r', 't', 'i', 'c', 'i', 'p', 'a', 'n', 't', '_', 'i', 'd', ',',
            't', 'a', 's', 'k', '_', 'i', 'd', ',', 's', 'c', 'o', 'r', 'e', '\n', 'P', (byte) 0x81, '1', ',', 'T', '0',
            '0', ',', '1', '\n'}),
        "s.csv", new ByteArrayInputStream(CAPS.getBytes(StandardCharsets.UTF_8)), "c.csv");
    assertThat(bytes.problems()).extracting(Problem::toString).singleElement().asString()
        .startsWith("s.csv:2:-: neither UTF-8 nor Windows-1252");   // 29 header bytes, P, then 0x81
  }

  @Test
  void missingFilesAreOneProblemEachNotAnIoException(@TempDir Path dir) throws IOException {
    Path scores = dir.resolve("nope.csv");
    Path caps = dir.resolve("caps.csv");
    ImportException both = catchThrowableOfType(() -> PairScoresCsv.read(scores, dir.resolve("none.csv")),
        ImportException.class);
    assertThat(both.problems()).extracting(Problem::toString).containsExactly(
        dir.resolve("none.csv") + ":0:-: cannot read the file: no such file",
        scores + ":0:-: cannot read the file: no such file");
    Files.writeString(caps, CAPS);
    Files.writeString(scores, "participant_id,task_id,score\nP1,T01,1\n");
    assertThat(PairScoresCsv.read(scores, caps).value().pairs()).hasSize(1);
  }
}
