package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esfkit.core.Gender.MAN;
import static org.esfkit.core.Gender.WOMAN;
import static org.esfkit.core.OutcomeStatus.JOB_SEEKING;
import static org.esfkit.core.PathwayPhase.ABILITY_AND_POTENTIAL;
import static org.esfkit.core.PathwayPhase.COMPETENCE_DEVELOPMENT;
import static org.esfkit.core.PathwayPhase.INTERNSHIP_AND_WORK;
import static org.esfkit.metrics.Fixtures.d;
import static org.esfkit.metrics.Fixtures.p;

import java.util.List;
import org.esfkit.core.PathwayPhase;
import org.junit.jupiter.api.Test;

/** Hand-computed counts of active participants per pathway phase. */
class PathwayPhasesTest {
  /**
   * As of 1 March 2020: a moved to competence development that very day; b left the day before;
   * c has no phase; d is not yet enrolled; e moves on the day after; f left and came back with no
   * phase started since; g came back and started a phase on the day of return.
   */
  private static Cohort cohort() {
    return Cohort.of(Fixtures.project(), Fixtures.register(List.of(
        p("a", WOMAN, "2020-01-01").phase("2020-01-01", ABILITY_AND_POTENTIAL)
            .phase("2020-03-01", COMPETENCE_DEVELOPMENT),
        p("b", MAN, "2020-01-01").phase("2020-01-01", ABILITY_AND_POTENTIAL).exit("2020-02-29", JOB_SEEKING),
        p("c", WOMAN, "2020-02-01"),
        p("d", MAN, "2020-04-01").phase("2020-04-01", ABILITY_AND_POTENTIAL),
        p("e", MAN, "2020-01-01").phase("2020-01-01", ABILITY_AND_POTENTIAL)
            .phase("2020-03-02", COMPETENCE_DEVELOPMENT),
        p("f", WOMAN, "2020-01-01").phase("2020-01-15", INTERNSHIP_AND_WORK).exit("2020-02-01", JOB_SEEKING)
            .reEnrol("2020-02-15"),
        p("g", MAN, "2020-01-01").phase("2020-01-02", ABILITY_AND_POTENTIAL).exit("2020-02-01", JOB_SEEKING)
            .reEnrol("2020-02-10").phase("2020-02-10", INTERNSHIP_AND_WORK))));
  }

  @Test
  void activeParticipantsAreCountedInTheirLatestPhaseOfTheSpellInForce() {
    PathwayPhases ph = PathwayPhases.of(cohort(), d("2020-03-01"));
    assertThat(ph.recorded()).isTrue();
    assertThat(ph.byPhase().get(COMPETENCE_DEVELOPMENT)).containsEntry(WOMAN, 1L).containsEntry(MAN, 0L);  // a
    assertThat(ph.byPhase().get(ABILITY_AND_POTENTIAL)).containsEntry(WOMAN, 0L).containsEntry(MAN, 1L);   // e
    assertThat(ph.byPhase().get(INTERNSHIP_AND_WORK)).containsEntry(WOMAN, 0L).containsEntry(MAN, 1L);     // g
    assertThat(ph.withoutPhase()).containsEntry(WOMAN, 2L).containsEntry(MAN, 0L);                         // c, f
    assertThat(ph.total(PathwayPhase.EXIT)).isZero();
  }

  @Test
  void beforeAnyoneEntersNothingIsCountedAndWithoutEventsNothingIsRecorded() {
    assertThat(PathwayPhases.of(cohort(), d("2019-12-31")).byPhase().values())
        .allSatisfy(m -> assertThat(m.values()).containsOnly(0L));
    PathwayPhases none = PathwayPhases.of(Cohort.of(Fixtures.project(),
        Fixtures.register(List.of(p("x", WOMAN, "2020-01-01")))), d("2020-03-01"));
    assertThat(none.recorded()).isFalse();
    assertThat(none.withoutPhase()).containsEntry(WOMAN, 1L);
  }

  @Test
  void ifRecordedCountsOnlyWhenSomePathwayHasAPhase() {
    assertThat(PathwayPhases.ifRecorded(cohort(), d("2020-03-01"))).isEqualTo(PathwayPhases.of(cohort(), d("2020-03-01")));
    assertThat(PathwayPhases.ifRecorded(Cohort.of(Fixtures.project(),
        Fixtures.register(List.of(p("x", WOMAN, "2020-01-01")))), d("2020-03-01"))).isNull();
  }
}
