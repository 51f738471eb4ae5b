package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esfkit.core.Gender.MAN;
import static org.esfkit.core.Gender.WOMAN;
import static org.esfkit.core.OutcomeStatus.EMPLOYMENT;
import static org.esfkit.metrics.Fixtures.d;
import static org.esfkit.metrics.Fixtures.p;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.esfkit.core.AchievementKind;
import org.esfkit.core.CountOf;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Gender;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Fixtures.P;
import org.esfkit.metrics.spi.Codes;
import org.junit.jupiter.api.Test;

/** What a user gets when they hold the API wrong, and the SPI's stable codes. */
class ApiContractTest {
  private final MetricsEngine engine = MetricsEngine.standard();
  private final List<P> people = List.of(
      p("a", WOMAN, "2020-01-10").exit("2020-03-01", EMPLOYMENT),
      p("b", MAN, "2020-02-10"));
  private final Target work = Fixtures.exitShare("work", "0.5", EMPLOYMENT);
  private final Target placements = Target.builder().id("gb").type(TargetType.COUNT)
      .of(CountOf.GENDER_BREAKING_PLACEMENTS).atLeast(BigDecimal.ONE).build();
  private final Target reach = Target.builder().id("reach").type(TargetType.ENROLMENT).planned(2).build();
  private final EsfProject project = Fixtures.project(work, placements, reach);

  @Test
  void nullArgumentsAreNamed() {
    Cohort c = Cohort.of(project, Fixtures.register(people));
    assertThatThrownBy(() -> engine.evaluate(c, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("asOf");
    assertThatThrownBy(() -> engine.evaluate(null, d("2020-12-31"))).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("cohort");
    assertThatThrownBy(() -> engine.indicators(c, null)).hasMessageContaining("asOf");
    assertThatThrownBy(() -> Cohort.builder(project).register(null)).hasMessageContaining("register");
    assertThatThrownBy(() -> Cohort.builder(project).placements(null)).hasMessageContaining("placements");
  }

  @Test
  void aCohortWithoutARegisterIsRefusedAndAnEmptyOneIsExplicit() {
    assertThatThrownBy(() -> Cohort.builder(project).build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("register(register) was not called")
        .hasMessageContaining("Register.builder().build()");
    Cohort empty = Cohort.builder(project).register(org.esfkit.core.Register.builder().build()).build();
    assertThat(empty.participantCount()).isZero();
  }

  @Test
  void anAsOfDateBeforeTheProjectStartsHasNoVerdictAndSaysWhy() {
    Cohort c = Cohort.builder(project).register(Fixtures.register(people)).placements(List.of()).build();
    Evaluation ev = engine.evaluate(c, d("2019-12-31"));
    for (TargetResult r : ev.results()) {
      assertThat(r.status()).as(r.id()).isEqualTo(Status.INSUFFICIENT_DATA);
      assertThat(r.isFinal()).as(r.id()).isFalse();
      assertThat(r.reason()).as(r.id()).isEqualTo("the as-of date 2019-12-31 is before the project starts (2020-01-01)");
    }
    // on the first day there are verdicts again
    assertThat(engine.evaluate(c, d("2020-01-01")).result("gb").status()).isEqualTo(Status.NOT_ACHIEVED);
  }

  @Test
  void notSuppliedDiffersFromSuppliedAndEmpty() {
    Cohort without = Cohort.of(project, Fixtures.register(people));
    Cohort empty = Cohort.builder(project).register(Fixtures.register(people)).placements(List.of()).build();
    assertThat(without.placementsSupplied()).isFalse();
    assertThat(empty.placementsSupplied()).isTrue();
    CountResult missing = engine.evaluate(without, d("2021-12-31")).result("gb", CountResult.class);
    assertThat(missing.status()).isEqualTo(Status.INSUFFICIENT_DATA);
    assertThat(missing.count()).isNull();
    assertThat(missing.isFinal()).isFalse();
    assertThat(missing.reason()).isEqualTo("needs placements, which were not supplied");
    CountResult none = engine.evaluate(empty, d("2021-12-31")).result("gb", CountResult.class);
    assertThat(none.status()).isEqualTo(Status.NOT_ACHIEVED);
    assertThat(none.count()).isZero();
    assertThat(none.isFinal()).isTrue();
    assertThat(none.reason()).isNull();
    assertThat(without.toString()).contains("placements not supplied");
  }

  @Test
  void aShareWithNoOneCountedSaysWhy() {
    Cohort c = Cohort.of(project, Fixtures.register(List.of(p("b", MAN, "2020-02-10"))));
    assertThat(engine.evaluate(c, d("2020-06-30")).result("work").reason())
        .isEqualTo("no participant has exited as of 2020-06-30");
  }

  @Test
  void anUnknownIdListsTheKnownOnesAndAWrongKindIsNamed() {
    Evaluation ev = engine.evaluate(Cohort.of(project, Fixtures.register(people)), d("2020-12-31"));
    assertThatThrownBy(() -> ev.result("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no result for target 'nope'; known: work, gb, reach");
    assertThatThrownBy(() -> ev.result("work", CountResult.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target 'work' is a share target, not a CountResult");
    assertThat(ev.result("work", ShareResult.class).share()).isEqualTo(Share.of(1, 1));
  }

  @Test
  void everyConstantHasItsOwnStableCode() {
    assertThat(Codes.of(Gender.WOMAN)).isEqualTo(Codes.WOMAN);
    assertThat(Codes.of(Gender.NOT_REPORTED)).isEqualTo((byte) 3);
    assertThat(Codes.of(OutcomeStatus.UNKNOWN)).isEqualTo((byte) 10);
    assertThat(Codes.of(PlacementKind.INTERNSHIP)).isEqualTo(Codes.PLACEMENT_INTERNSHIP);
    Set<Byte> seen = new HashSet<>();
    for (Gender g : Gender.values()) {
      assertThat(seen.add(Codes.of(g))).isTrue();
      assertThat(Codes.gender(Codes.of(g))).isEqualTo(g);
    }
    seen.clear();
    for (OutcomeStatus s : OutcomeStatus.values()) {
      assertThat(seen.add(Codes.of(s))).isTrue();
      assertThat(Codes.outcomeStatus(Codes.of(s))).isEqualTo(s);
    }
    assertThat(seen).hasSize(Codes.OUTCOME_STATUSES);
    for (LabourStatus s : LabourStatus.values()) {
      assertThat(Codes.labourStatus(Codes.of(s))).isEqualTo(s);
    }
    for (PlacementKind k : PlacementKind.values()) {
      assertThat(Codes.placementKind(Codes.of(k))).isEqualTo(k);
    }
    for (AchievementKind k : AchievementKind.values()) {
      assertThat(Codes.achievementKind(Codes.of(k))).isEqualTo(k);
    }
    assertThatThrownBy(() -> Codes.outcomeStatus(Codes.MISSING)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1 is not an outcome status code");
  }

  @Test
  void resultsHoldNoCohortAndPrintNoIds() {
    Cohort c = Cohort.of(project, Fixtures.register(people));
    TargetResult r = engine.evaluate(c, d("2020-12-31")).result("work");
    assertThat(r.toString()).doesNotContain("\"a\"").doesNotContain("Cohort");
    Audit audit = engine.audit(c, d("2020-12-31"), work);
    assertThat(audit.counted()).containsExactly("a");
    assertThat(audit.toString()).isEqualTo("Audit[1 counted of 1, ids not printed]");
  }
}
