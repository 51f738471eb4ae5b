package org.esfkit.reporting.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.esfkit.core.DateRange;
import org.esfkit.core.Gender;
import org.esfkit.core.EsfProject;
import org.esfkit.metrics.Enrolment;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.Status;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportOptions;
import org.junit.jupiter.api.Test;

/** Laws of small-cell suppression over random breakdowns. */
class CellsPropertyTest {
  private static final ReportOptions SHARED = ReportOptions.defaults();

  private static ProgressReport report(int w, int m, int nb, int nr, int ws, int ms, int nbs, int nrs) {
    int sw = Math.min(ws, w);
    int sm = Math.max(0, Math.min(ms, m));
    int snb = Math.min(nbs, nb);
    int snr = Math.min(nrs, nr);
    LocalDate asOf = LocalDate.of(2022, 1, 1);
    Map<Gender, Share> by = Map.of(Gender.WOMAN, Share.of(sw, w), Gender.MAN, Share.of(sm, m),
        Gender.NON_BINARY, Share.of(snb, nb), Gender.NOT_REPORTED, Share.of(snr, nr));
    Share total = Share.of(sw + sm + snb + snr, w + m + nb + nr);
    ShareResult share = new ShareResult("t", asOf, Status.ACHIEVED, false, null, BigDecimal.ZERO, total, 0, by, null,
        null, null);
    Map<Gender, Long> counts = Map.of(Gender.WOMAN, (long) w, Gender.MAN, (long) m, Gender.NON_BINARY, (long) nb,
        Gender.NOT_REPORTED, (long) nr);
    IndicatorResult ind = IndicatorResult.builder().code("EECO01").name("n").source("Regulation (EU) 2021/1057, Annex I").asOf(asOf).total(w + m + nb + nr)
        .byGender(counts).build();
    return ProgressReport.builder().asOf(asOf)
        .project(EsfProject.builder().projectNumber("p").name("p")
            .period(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1))).build())
        .enrolment(new Enrolment(asOf, w + m + nb + nr, counts, Map.of()))
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
            org.assertj.core.api.Assertions.assertThat(internal.hidden(key)).isFalse();
            // every renderer reads the decision as a typed cell: masked exactly when hidden
            org.assertj.core.api.Assertions.assertThat(Figures.of(r, SHARED).indicators().get(0).byGender()
                .get(genders[i]).masked()).as(key).isEqualTo(shared.hidden(key));
          }
        });
  }
}
