package org.esfkit.benchmarks.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.esfkit.core.Gender;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.Evaluation;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.spi.Codes;
import org.junit.jupiter.api.Test;

/** The benchmark compares like with like: the plain loop and esfkit compute the same numbers. */
class PlainLoopAgreesTest {
  @Test
  void plainLoopComputesTheSameNumbersAsEsfkit() {
    Cohort cohort = SyntheticRegister.cohort(20_000, 7);
    PlainLoop plain = new PlainLoop(cohort);
    for (LocalDate asOf : new LocalDate[] {LocalDate.of(2020, 6, 30), LocalDate.of(2022, 12, 31)}) {
      Evaluation ev = MetricsEngine.standard().evaluate(cohort, asOf);
      Map<String, long[]> numbers = plain.run(asOf);
      assertThat(numbers.keySet()).containsExactlyInAnyOrderElementsOf(
          ev.results().stream().map(TargetResult::id).toList());
      for (TargetResult r : ev.results()) {
        assertThat(numbers.get(r.id())).as(r.id()).containsExactly(layout(r, plain.siteNames()));
      }
    }
  }

  private static long[] layout(TargetResult r, String[] sites) {
    if (r instanceof ShareResult share) {
      long[] out = new long[9];
      for (Gender g : Gender.values()) {
        out[Codes.of(g)] = share.shareFor(g).numerator();
        out[4 + Codes.of(g)] = share.shareFor(g).denominator();
      }
      out[8] = share.pending();
      return out;
    }
    if (r instanceof EnrolmentResult e) {
      long[] out = new long[4 + sites.length];
      for (Gender g : Gender.values()) {
        out[Codes.of(g)] = e.byGender().get(g);
      }
      for (int s = 0; s < sites.length; s++) {
        out[4 + s] = e.bySite().get(sites[s]).enrolled();
      }
      return out;
    }
    return new long[] {r instanceof CountResult c ? c.count() : ((GrowthResult) r).count()};
  }
}
