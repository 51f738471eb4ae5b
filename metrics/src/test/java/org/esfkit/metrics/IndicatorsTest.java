package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esfkit.core.Gender.MAN;
import static org.esfkit.core.Gender.NON_BINARY;
import static org.esfkit.core.Gender.NOT_REPORTED;
import static org.esfkit.core.Gender.WOMAN;
import static org.esfkit.core.OutcomeStatus.EMPLOYMENT;
import static org.esfkit.core.OutcomeStatus.INTERNSHIP;
import static org.esfkit.core.OutcomeStatus.JOB_SEEKING;
import static org.esfkit.core.OutcomeStatus.SELF_EMPLOYMENT;
import static org.esfkit.core.OutcomeStatus.STUDIES;
import static org.esfkit.metrics.Fixtures.d;
import static org.esfkit.metrics.Fixtures.p;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.esfkit.core.LabourStatus;
import org.esfkit.metrics.Fixtures.P;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.spi.Indicator;
import org.junit.jupiter.api.Test;

class IndicatorsTest {
  private final List<P> people = List.of(
      p("a", WOMAN, "2020-01-10").with(b -> b.birthYear(2003).labourStatusAtEntry(LabourStatus.LONG_TERM_UNEMPLOYED)
          .isced(2).disability(true).foreignBackground(true).thirdCountryNational(false).minority(false))
          .exit("2020-06-01", JOB_SEEKING).followUp("2020-06-20", EMPLOYMENT), // employment supersedes upon leaving
      p("b", MAN, "2020-01-10").with(b -> b.birthYear(2002).labourStatusAtEntry(LabourStatus.UNEMPLOYED).isced(3))
          .exit("2020-06-01", STUDIES).followUp("2020-07-01", EMPLOYMENT), // 30 days later: too late to count
      p("c", WOMAN, "2020-01-10").with(b -> b.birthYear(1965).labourStatusAtEntry(LabourStatus.INACTIVE).isced(6))
          .exitQualified("2020-06-01", INTERNSHIP).followUp("2020-12-01", SELF_EMPLOYMENT),
      p("d", NON_BINARY, "2020-01-10").with(b -> b.birthYear(1990).labourStatusAtEntry(LabourStatus.EMPLOYED).isced(5))
          .exit("2020-06-01", EMPLOYMENT).followUp("2020-11-20", JOB_SEEKING),
      p("e", NOT_REPORTED, "2020-01-10"), // nothing recorded: an incomplete record, in the grand total only
      p("f", WOMAN, "2021-01-10").with(b -> b.birthYear(1950).thirdCountryNational(true))); // enrolled after D

  private Map<String, IndicatorResult> indicators(String asOf) {
    Cohort c = Cohort.builder().register(Fixtures.register(people)).build();
    return MetricsEngine.standard().indicators(c, d(asOf)).stream()
        .collect(Collectors.toMap(IndicatorResult::code, r -> r));
  }

  private static void hasCounts(IndicatorResult r, long woman, long man, long nonBinary, long notReported) {
    assertThat(r.byGender()).containsExactly(
        Map.entry(WOMAN, woman), Map.entry(MAN, man), Map.entry(NON_BINARY, nonBinary), Map.entry(NOT_REPORTED, notReported));
    assertThat(r.total()).isEqualTo(woman + man + nonBinary + notReported);
  }

  @Test
  void outputIndicatorsCountCharacteristicsAtEntry() {
    Map<String, IndicatorResult> r = indicators("2020-12-31");
    assertThat(r.keySet()).hasSize(20);
    hasCounts(r.get("EECO01"), 2, 1, 1, 0);
    hasCounts(r.get("EECO02"), 1, 1, 0, 0);
    hasCounts(r.get("EECO03"), 1, 0, 0, 0);
    hasCounts(r.get("EECO04"), 1, 0, 0, 0);
    hasCounts(r.get("EECO05"), 0, 0, 1, 0);
    hasCounts(r.get("EECO06"), 1, 0, 0, 0); // 2020 - 2003 = 17
    hasCounts(r.get("EECO07"), 0, 1, 0, 0); // b is 18; d is 2020 - 1990 = 30, too old
    hasCounts(r.get("EECO08"), 1, 0, 0, 0);
    hasCounts(r.get("EECO09"), 1, 0, 0, 0);
    hasCounts(r.get("EECO10"), 0, 1, 0, 0);
    hasCounts(r.get("EECO11"), 1, 0, 1, 0);
    hasCounts(r.get("EECO12"), 1, 0, 0, 0);
    hasCounts(r.get("EECO13"), 0, 0, 0, 0); // f is a third-country national but enrolled after D
    hasCounts(r.get("EECO14"), 1, 0, 0, 0);
    hasCounts(r.get("EECO15"), 0, 0, 0, 0);
    assertThat(r.get("EECO01").name()).isEqualTo("total number of participants");
  }

  @Test
  void resultIndicatorsUseTheLastSituationWithinFourWeeks() {
    Map<String, IndicatorResult> r = indicators("2020-12-31");
    hasCounts(r.get("EECR01"), 0, 0, 0, 0); // a's job seeking was superseded by employment on day 19
    hasCounts(r.get("EECR02"), 1, 1, 0, 0); // b studies (follow-up on day 30 is outside), c internship
    hasCounts(r.get("EECR03"), 1, 0, 0, 0);
    hasCounts(r.get("EECR04"), 1, 0, 1, 0);
    hasCounts(r.get("EECR05"), 1, 0, 0, 0); // c self-employed on 2020-12-01; d job seeking on 2020-11-20
  }

  @Test
  void aFollowUpAfterTheAsOfDateDoesNotSupersedeTheExitStatus() {
    Map<String, IndicatorResult> r = indicators("2020-06-10");
    hasCounts(r.get("EECR01"), 1, 0, 0, 0); // a job seeking as of 2020-06-10
    hasCounts(r.get("EECR04"), 0, 0, 1, 0);
    hasCounts(r.get("EECR05"), 0, 0, 0, 0);
  }

  @Test
  void ageUsesTheSeventeenEighteenBoundary() {
    Map<String, IndicatorResult> r = indicators("2020-12-31");
    // b: 2020 - 2002 = 18 → young people, not children
    assertThat(r.get("EECO07").byGender().get(MAN)).isEqualTo(1L);
    assertThat(r.get("EECO06").byGender().get(MAN)).isZero();
  }

  @Test
  void aUserCanAddAnIndicator() {
    Indicator withSite = new Indicator() {
      @Override
      public String code() {
        return "SE-01";
      }

      @Override
      public String name() {
        return "participants with a recorded site";
      }

      @Override
      public IntPredicate prepare(CohortTables cohort, LocalDate asOf) {
        int day = (int) asOf.toEpochDay();
        return i -> cohort.enrolledOn(i) <= day && cohort.site(i) >= 0;
      }
    };
    MetricsEngine engine = MetricsEngine.builder().indicator(withSite).build();
    List<P> ps = List.of(p("x", WOMAN, "2020-01-01").site("Visby")
        .with(b -> b.birthYear(1990).labourStatusAtEntry(LabourStatus.INACTIVE).isced(3)),
        p("y", MAN, "2020-01-01").with(b -> b.birthYear(1990).labourStatusAtEntry(LabourStatus.INACTIVE).isced(3)),
        p("z", MAN, "2020-01-01").site("Visby")); // incomplete: an added indicator counts complete records too
    List<IndicatorResult> r = engine.indicators(Cohort.builder().register(Fixtures.register(ps)).build(), d("2020-02-01"));
    IndicatorResult mine = r.get(r.size() - 1);
    assertThat(mine.code()).isEqualTo("SE-01");
    assertThat(mine.list()).isNull();
    assertThat(mine.source()).isEqualTo("added to the engine (programme-specific)");
    hasCounts(mine, 1, 0, 0, 0);
    assertThat(engine.indicator("SE-01")).isSameAs(withSite);
  }
}
