package org.esfkit.reporting.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.esfkit.core.DateRange;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.TargetType;
import org.esfkit.reporting.GenderCount;
import org.esfkit.reporting.IndicatorRow;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ProjectFacts;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.TargetRow;
import org.esfkit.reporting.TargetStatus;
import org.junit.jupiter.api.Test;

/** Laws of small-cell suppression over random breakdowns. */
class CellsPropertyTest {
  private static final ReportOptions SHARED = ReportOptions.defaults();

  private static ProgressReport report(int w, int m, int nb, int nr, int ws, int ms, int nbs, int nrs) {
    int sw = Math.min(ws, w);
    int sm = Math.max(0, Math.min(ms, m));
    int snb = Math.min(nbs, nb);
    int snr = Math.min(nrs, nr);
    TargetRow share = TargetRow.builder().id("t").type(TargetType.SHARE).measure(Measure.EXIT_STATUS)
        .status(TargetStatus.ACHIEVED).numerator(sw + sm + snb + snr).denominator(w + m + nb + nr)
        .putAllByGender(Map.of(Gender.WOMAN, GenderCount.of(sw, w), Gender.MAN, GenderCount.of(sm, m),
            Gender.NON_BINARY, GenderCount.of(snb, nb), Gender.NOT_REPORTED, GenderCount.of(snr, nr)))
        .build();
    IndicatorRow ind = IndicatorRow.builder().code("EECO01").name("n").total(w + m + nb + nr)
        .putByGender(Gender.WOMAN, w).putByGender(Gender.MAN, m).putByGender(Gender.NON_BINARY, nb)
        .putByGender(Gender.NOT_REPORTED, nr).build();
    return ProgressReport.builder().asOf(LocalDate.of(2022, 1, 1))
        .facts(ProjectFacts.builder().projectNumber("p").name("p").enrolledParticipants(w + m + nb + nr)
            .period(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1))).build())
        .addTargets(share).addIndicators(ind).build();
  }

  private static List<List<String>> groups() {
    List<List<String>> groups = new ArrayList<>();
    for (String kind : List.of("numerator", "denominator", "failures")) {
      List<String> g = new ArrayList<>();
      g.add("target/t/" + kind + "/total");
      for (Gender gender : Gender.values()) {
        g.add("target/t/" + kind + "/" + gender.code());
      }
      groups.add(g);
    }
    for (String row : List.of("total", "woman", "man", "non_binary", "not_reported")) {
      groups.add(List.of("target/t/denominator/" + row, "target/t/numerator/" + row, "target/t/failures/" + row));
    }
    List<String> ind = new ArrayList<>();
    ind.add(Cells.indicator("EECO01", Cells.TOTAL));
    for (Gender gender : Gender.values()) {
      ind.add(Cells.indicator("EECO01", gender.code()));
    }
    groups.add(ind);
    return groups;
  }

  @Test
  void noGroupIsLeftWithExactlyOneHiddenCell() {
    qt().withExamples(300).forAll(integers().between(0, 40), integers().between(0, 40), integers().between(0, 12),
            integers().between(0, 12))
        .checkAssert((w, m, nb, nr) -> {
          Cells cells = Cells.of(report(w, m, nb, nr, w / 2, m - 1, nb, nr / 3), SHARED);
          for (List<String> g : groups()) {
            long hidden = g.stream().filter(cells::hidden).count();
            org.assertj.core.api.Assertions.assertThat(hidden).as("hidden cells in %s", g).isNotEqualTo(1L);
          }
        });
  }

  @Test
  void everyCountBelowTheThresholdIsHiddenAndInternalModeHidesNothing() {
    qt().withExamples(300).forAll(integers().between(0, 40), integers().between(0, 40), integers().between(0, 12),
            integers().between(0, 12))
        .checkAssert((w, m, nb, nr) -> {
          ProgressReport r = report(w, m, nb, nr, w / 3, m / 2, nb / 2, nr);
          Cells shared = Cells.of(r, SHARED);
          Cells internal = Cells.of(r, ReportOptions.builder().internal(true).build());
          int[] values = {w, m, nb, nr};
          Gender[] genders = Gender.values();
          for (int i = 0; i < 4; i++) {
            String key = Cells.indicator("EECO01", genders[i].code());
            org.assertj.core.api.Assertions.assertThat(shared.hidden(key)).as(key).isEqualTo(
                values[i] < 5 || shared.hidden(key));
            if (values[i] < 5) {
              org.assertj.core.api.Assertions.assertThat(shared.mask(key, "hidden")).isEqualTo("<5");
            }
            org.assertj.core.api.Assertions.assertThat(internal.hidden(key)).isFalse();
          }
        });
  }
}
