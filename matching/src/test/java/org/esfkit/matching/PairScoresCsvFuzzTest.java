package org.esfkit.matching;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.esfkit.core.ImportException;
import org.esfkit.core.io.ReadResult;

/**
 * Feeds {@link PairScoresCsv} arbitrary bytes, as core's {@code ReaderFuzzTest} does its readers:
 * the bytes up to the first NUL are the capacities file, the rest the scores file. The reader may
 * report problems or throw {@link ImportException}; anything else escaping (a
 * {@code ValidationException} from building the table, a {@code NullPointerException}) fails the
 * test, as does a row not accounted for or a clean result whose table cannot be matched. Without
 * {@code JAZZER_FUZZ} set, it runs over its seeds in {@code PairScoresCsvFuzzTestInputs/pairScoresCsv/};
 * with it, Jazzer fuzzes.
 */
class PairScoresCsvFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void pairScoresCsv(byte[] data) {
    int nul = 0;
    while (nul < data.length && data[nul] != 0) {
      nul++;
    }
    byte[] capacities = Arrays.copyOfRange(data, 0, nul);
    byte[] scores = Arrays.copyOfRange(data, Math.min(nul + 1, data.length), data.length);
    try {
      ReadResult<PairScores> r = PairScoresCsv.read(new ByteArrayInputStream(scores), "scores",
          new ByteArrayInputStream(capacities), "capacities");
      if (r.rowsAccepted() + r.rowsRejected() != r.rowsRead()) {
        throw new AssertionError("rows not accounted for: " + r);
      }
      if (r.rowsRejected() > 0 && r.problems().isEmpty()) {
        throw new AssertionError("rows rejected without a problem");
      }
      if (r.isClean()) {
        MatchingProblem.of(r.value()).match(MatchingStrategies.greedy());
      }
    } catch (ImportException e) {
      if (e.getClass() != ImportException.class) {
        throw new AssertionError("undocumented ImportException subtype", e);
      }
    }
  }
}
