package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.esfkit.core.Gender.MAN;
import static org.esfkit.core.Gender.NON_BINARY;
import static org.esfkit.core.Gender.NOT_REPORTED;
import static org.esfkit.core.Gender.WOMAN;
import static org.esfkit.core.OutcomeStatus.DROPPED_OUT;
import static org.esfkit.core.OutcomeStatus.EMPLOYMENT;
import static org.esfkit.core.OutcomeStatus.JOB_SEEKING;
import static org.esfkit.core.OutcomeStatus.STUDIES;
import static org.esfkit.metrics.Fixtures.d;
import static org.esfkit.metrics.Fixtures.p;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.Parity;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Fixtures.P;
import org.junit.jupiter.api.Test;

class ShareTargetTest {
  private final MetricsEngine engine = MetricsEngine.standard();

  private ShareResult eval(Target t, List<P> ps, String asOf) {
    return (ShareResult) engine.evaluate(Cohort.of(Fixtures.project(t), Fixtures.register(ps)), d(asOf), t);
  }

  private Audit audit(Target t, List<P> ps, String asOf) {
    return engine.audit(Cohort.of(Fixtures.project(t), Fixtures.register(ps)), d(asOf), t);
  }

  /** n participants of a gender, the first {@code ok} leaving for studies, the rest job seeking. */
  private static List<P> exits(String prefix, Gender g, int n, int ok) {
    List<P> ps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ps.add(p(prefix + i, g, "2020-02-01").exit("2020-06-01", i < ok ? STUDIES : JOB_SEEKING));
    }
    return ps;
  }

  @Test
  void exactThresholdHitAchieves() {
    Target t = Fixtures.exitShare("studies", "0.35", STUDIES);
    ShareResult r = eval(t, exits("w", WOMAN, 60, 21), "2020-12-31");
    assertThat(r.numerator()).isEqualTo(21);
    assertThat(r.denominator()).isEqualTo(60);
    assertThat(r.value()).isEqualTo(0.35);
    assertThat(r.status()).isEqualTo(Status.ACHIEVED);
    assertThat(r.achieved()).isTrue();
  }

  @Test
  void oneBelowTheThresholdIsNotAchieved() {
    Target t = Fixtures.exitShare("studies", "0.35", STUDIES);
    ShareResult r = eval(t, exits("w", WOMAN, 60, 20), "2020-12-31");
    assertThat(r.status()).isEqualTo(Status.NOT_ACHIEVED);
    assertThat(r.share()).isEqualTo(Share.of(20, 60));
  }

  @Test
  void breakdownHasAllFourGendersEvenWhenEmpty() {
    Target t = Fixtures.exitShare("studies", "0.35", STUDIES);
    ShareResult r = eval(t, exits("w", WOMAN, 4, 2), "2020-12-31");
    assertThat(r.byGender()).containsOnlyKeys(WOMAN, MAN, NON_BINARY, NOT_REPORTED);
    assertThat(r.shareFor(WOMAN)).isEqualTo(Share.of(2, 4));
    assertThat(r.shareFor(MAN)).isEqualTo(Share.of(0, 0));
    assertThat(r.shareFor(MAN).value()).isNull();
    assertThat(r.parityMet()).isNull();
  }

  @Test
  void eachGenderParityFailsWhenMenAreAbsent() {
    Target t = Target.builder().from(Fixtures.exitShare("studies", "0.5", STUDIES)).parity(Parity.EACH_GENDER).build();
    ShareResult r = eval(t, exits("w", WOMAN, 4, 4), "2020-12-31");
    assertThat(r.value()).isEqualTo(1.0);
    assertThat(r.parityMet()).isFalse();
    assertThat(r.status()).isEqualTo(Status.NOT_ACHIEVED);
  }

  @Test
  void eachGenderParityFailsOnOneGender() {
    Target t = Target.builder().from(Fixtures.exitShare("studies", "0.5", STUDIES)).parity(Parity.EACH_GENDER).build();
    List<P> ps = new ArrayList<>(exits("w", WOMAN, 10, 9));
    ps.addAll(exits("m", MAN, 10, 4));
    ShareResult r = eval(t, ps, "2020-12-31");
    assertThat(r.share()).isEqualTo(Share.of(13, 20));
    assertThat(r.shareFor(MAN)).isEqualTo(Share.of(4, 10));
    assertThat(r.parityMet()).isFalse();
    assertThat(r.status()).isEqualTo(Status.NOT_ACHIEVED);

    ps = new ArrayList<>(exits("w", WOMAN, 10, 9));
    ps.addAll(exits("m", MAN, 10, 5));
    assertThat(eval(t, ps, "2020-12-31").status()).isEqualTo(Status.ACHIEVED);
  }

  @Test
  void maxGapComparesTheGapExactly() {
    Target t = Target.builder().from(Fixtures.exitShare("studies", "0.5", STUDIES))
        .parity(Parity.MAX_GAP).maxGap(new BigDecimal("0.1")).build();
    List<P> ps = new ArrayList<>(exits("w", WOMAN, 10, 7));
    ps.addAll(exits("m", MAN, 10, 6)); // gap exactly 0.1
    ShareResult r = eval(t, ps, "2020-12-31");
    assertThat(r.parityMet()).isTrue();
    assertThat(r.status()).isEqualTo(Status.ACHIEVED);

    ps = new ArrayList<>(exits("w", WOMAN, 10, 8));
    ps.addAll(exits("m", MAN, 10, 6)); // gap 0.2
    assertThat(eval(t, ps, "2020-12-31").parityMet()).isFalse();
  }

  @Test
  void exitsAfterTheAsOfDateDoNotCountAndAreActive() {
    Target t = Fixtures.exitShare("work", "0.5", EMPLOYMENT);
    List<P> ps = List.of(
        p("a", WOMAN, "2020-01-10").exit("2020-03-01", EMPLOYMENT),
        p("b", MAN, "2020-01-10").exit("2020-03-02", DROPPED_OUT),
        p("c", MAN, "2020-01-10").exit("2020-05-01", EMPLOYMENT),
        p("d", MAN, "2020-04-10"));
    ShareResult r = eval(t, ps, "2020-03-31");
    assertThat(r.share()).isEqualTo(Share.of(1, 2));
    assertThat(audit(t, ps, "2020-03-31").counted()).containsExactly("a");
    assertThat(audit(t, ps, "2020-03-31").considered()).containsExactly("a", "b");
    assertThat(r.forecast()).isEqualTo(Forecast.of(1, 1, true)); // c active; d not yet enrolled
  }

  @Test
  void noExitsAtAllIsInsufficientData() {
    Target t = Fixtures.exitShare("work", "0.5", EMPLOYMENT);
    ShareResult r = eval(t, List.of(p("a", WOMAN, "2020-01-10")), "2020-12-31");
    assertThat(r.status()).isEqualTo(Status.INSUFFICIENT_DATA);
    assertThat(r.achieved()).isFalse();
    assertThat(r.denominator()).isZero();
    assertThat(r.value()).isNull();
    assertThat(r.wilson95()).isNull();
    assertThat(r.forecast()).isEqualTo(Forecast.of(1, 1, true));
  }

  private static Target followUp(String atLeast) {
    return Target.builder().id("self-sufficient").type(TargetType.SHARE).measure(Measure.FOLLOW_UP_STATUS)
        .window(Period.ofMonths(3)).addStatuses(EMPLOYMENT, STUDIES).atLeast(new BigDecimal(atLeast)).build();
  }

  @Test
  void openFollowUpWindowsArePending() {
    List<P> ps = List.of(
        // window 2020-03-01..2020-06-01, closed by 2020-06-01
        p("a", WOMAN, "2020-01-10").exit("2020-03-01", JOB_SEEKING).followUp("2020-05-20", EMPLOYMENT),
        // window ends 2020-06-02: still open on 2020-06-01
        p("b", MAN, "2020-01-10").exit("2020-03-02", JOB_SEEKING).followUp("2020-04-01", EMPLOYMENT));
    ShareResult r = eval(followUp("0.5"), ps, "2020-06-01");
    assertThat(r.share()).isEqualTo(Share.of(1, 1));
    assertThat(r.pending()).isEqualTo(1);
    ShareResult later = eval(followUp("0.5"), ps, "2020-06-02");
    assertThat(later.share()).isEqualTo(Share.of(2, 2));
    assertThat(later.pending()).isZero();
  }

  @Test
  void followUpsOutsideTheWindowCountAsNotAchieved() {
    List<P> ps = List.of(
        p("a", WOMAN, "2020-01-10").exit("2020-03-01", JOB_SEEKING).followUp("2020-06-02", EMPLOYMENT),
        p("b", WOMAN, "2020-01-10").exit("2020-03-01", JOB_SEEKING),
        // the latest follow-up inside the window counts: employment then job seeking = not achieved
        p("c", WOMAN, "2020-01-10").exit("2020-03-01", JOB_SEEKING)
            .followUp("2020-04-01", EMPLOYMENT).followUp("2020-05-01", JOB_SEEKING),
        // job seeking then studies = achieved
        p("d", WOMAN, "2020-01-10").exit("2020-03-01", JOB_SEEKING)
            .followUp("2020-04-01", JOB_SEEKING).followUp("2020-06-01", STUDIES).followUp("2020-07-01", DROPPED_OUT));
    ShareResult r = eval(followUp("0.25"), ps, "2020-12-31");
    assertThat(r.share()).isEqualTo(Share.of(1, 4));
    assertThat(audit(followUp("0.25"), ps, "2020-12-31").counted()).containsExactly("d");
    assertThat(r.status()).isEqualTo(Status.ACHIEVED);
  }

  @Test
  void surveyNonAnswersAreLeftOut() {
    Target t = Target.builder().id("perceived").type(TargetType.SHARE).measure(Measure.PERCEIVED_IMPROVEMENT)
        .atLeast(new BigDecimal("0.8")).build();
    List<P> ps = List.of(
        p("a", WOMAN, "2020-01-10").survey("2020-03-01", true).exit("2020-03-01", JOB_SEEKING),
        p("b", WOMAN, "2020-01-10").exit("2020-03-01", JOB_SEEKING),
        p("c", MAN, "2020-01-10").exit("2020-03-01", JOB_SEEKING).survey("2020-03-05", false),
        // answered after the as-of date: not an answer yet
        p("e", MAN, "2020-01-10").exit("2020-03-01", JOB_SEEKING).survey("2021-01-05", true),
        // answered but still active: not exited
        p("f", MAN, "2020-01-10").survey("2020-02-01", true));
    ShareResult r = eval(t, ps, "2020-12-31");
    assertThat(r.share()).isEqualTo(Share.of(1, 2));
    assertThat(r.shareFor(WOMAN)).isEqualTo(Share.of(1, 1));
    assertThat(r.shareFor(MAN)).isEqualTo(Share.of(0, 1));
    assertThat(r.pending()).isZero();
  }

  @Test
  void wilsonIntervalMatchesTheSample() {
    WilsonInterval w = WilsonInterval.of(1, 8);
    assertThat(w.low()).isCloseTo(0.022417491199971915, within(1e-9));
    assertThat(w.high()).isCloseTo(0.4708881850560839, within(1e-9));
    WilsonInterval all = WilsonInterval.of(10, 10);
    assertThat(all.high()).isEqualTo(1.0);
    assertThat(all.low()).isCloseTo(0.7224672, within(1e-6));
    assertThat(WilsonInterval.of(0, 10).low()).isEqualTo(0.0);
    assertThat(WilsonInterval.of(0, 0)).isNull();
  }

  @Test
  void forecastSaysHowManyMustStillSucceed() {
    Target t = Fixtures.exitShare("work", "0.6", EMPLOYMENT);
    List<P> ps = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ps.add(p("x" + i, WOMAN, "2020-01-10").exit("2020-03-01", i < 2 ? EMPLOYMENT : JOB_SEEKING));
    }
    for (int i = 0; i < 6; i++) {
      ps.add(p("a" + i, MAN, "2020-01-10"));
    }
    // 2 of 4 now; with all 10 counted 6 successes are needed: 4 more of the 6 active
    ShareResult r = eval(t, ps, "2020-12-31");
    assertThat(r.forecast()).isEqualTo(Forecast.of(6, 4, true));
    // with 1 of 8 exited and 2 active, 6 of 10 is out of reach
    List<P> bad = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      bad.add(p("y" + i, WOMAN, "2020-01-10").exit("2020-03-01", i < 1 ? EMPLOYMENT : JOB_SEEKING));
    }
    bad.add(p("z1", MAN, "2020-01-10"));
    bad.add(p("z2", MAN, "2020-01-10"));
    assertThat(eval(t, bad, "2020-12-31").forecast()).isEqualTo(Forecast.of(2, 5, false));
  }

  @Test
  void resultIsFinalOnlyAfterTheProjectEndsWithNothingPending() {
    List<P> ps = List.of(
        p("a", WOMAN, "2020-01-10").exit("2021-12-01", JOB_SEEKING).followUp("2022-01-15", EMPLOYMENT));
    assertThat(eval(followUp("0.5"), ps, "2021-06-30").isFinal()).isFalse();
    ShareResult atEnd = eval(followUp("0.5"), ps, "2021-12-31");
    assertThat(atEnd.pending()).isEqualTo(1);
    assertThat(atEnd.isFinal()).isFalse();
    ShareResult after = eval(followUp("0.5"), ps, "2022-03-01");
    assertThat(after.isFinal()).isTrue();
    assertThat(after.achieved()).isTrue();
  }
}
