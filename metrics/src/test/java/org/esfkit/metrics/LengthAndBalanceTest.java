package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esfkit.core.Gender.MAN;
import static org.esfkit.core.Gender.NON_BINARY;
import static org.esfkit.core.Gender.WOMAN;
import static org.esfkit.core.OutcomeStatus.JOB_SEEKING;
import static org.esfkit.metrics.Fixtures.d;
import static org.esfkit.metrics.Fixtures.p;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.esfkit.core.Gender;
import org.esfkit.core.Parity;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Fixtures.P;
import org.junit.jupiter.api.Test;

/** Hand-computed participation-length targets and gender balance of enrolment, at their edges. */
class LengthAndBalanceTest {
  private final MetricsEngine engine = MetricsEngine.standard();

  private static Target length(String atLeast, Parity parity) {
    return Target.builder().id("length").type(TargetType.PARTICIPATION_LENGTH).min(Period.ofMonths(6))
        .max(Period.ofMonths(12)).atLeast(new BigDecimal(atLeast)).parity(parity).build();
  }

  private TargetResult eval(Target t, List<P> ps, String asOf) {
    return engine.evaluate(Cohort.of(Fixtures.project(t), Fixtures.register(ps)), d(asOf), t);
  }

  /**
   * a: exactly six months (in); b: one day short (out); c: 31 August + P6M is 28 February (in);
   * d: exactly twelve months (in); e: one day over (out); f: still taking part; g: not yet enrolled.
   */
  private static List<P> cohort() {
    return List.of(
        p("a", WOMAN, "2020-01-15").exit("2020-07-15", JOB_SEEKING),
        p("b", WOMAN, "2020-01-15").exit("2020-07-14", JOB_SEEKING),
        p("c", MAN, "2020-08-31").exit("2021-02-28", JOB_SEEKING),
        p("d", MAN, "2020-01-15").exit("2021-01-15", JOB_SEEKING),
        p("e", NON_BINARY, "2020-01-15").exit("2021-01-16", JOB_SEEKING),
        p("f", MAN, "2020-03-01"),
        p("g", WOMAN, "2021-07-01"));
  }

  @Test
  void exactlySixAndExactlyTwelveMonthsLieInTheRangeOneDayEitherSideDoesNot() {
    LengthResult r = (LengthResult) eval(length("0.5", Parity.EACH_GENDER), cohort(), "2021-06-30");
    assertThat(r.share()).isEqualTo(Share.of(3, 5));                 // a, c, d of a..e
    assertThat(r.shareFor(WOMAN)).isEqualTo(Share.of(1, 2));         // a in, b out
    assertThat(r.shareFor(MAN)).isEqualTo(Share.of(2, 2));           // c, d
    assertThat(r.shareFor(NON_BINARY)).isEqualTo(Share.of(0, 1));    // e
    assertThat(r.active()).isEqualTo(1);                              // f
    assertThat(r.parityMet()).isTrue();                               // women exactly 0.5
    assertThat(r.status()).isEqualTo(Status.ACHIEVED);
    assertThat(r.forecast().remaining()).isEqualTo(1);
    assertThat(r.forecast().needed()).isZero();                       // ceil(0.5 * 6) - 3
    assertThat(engine.audit(Cohort.of(Fixtures.project(length("0.5", Parity.NONE)), Fixtures.register(cohort())),
        d("2021-06-30"), length("0.5", Parity.NONE)).counted()).containsExactly("a", "c", "d");
  }

  @Test
  void theDayBeforeSixMonthsIsOutAndThoseStillTakingPartAreNotCounted() {
    // as of 14 July 2020 only b has exited, a day short of six months; a, d, e, f are active
    LengthResult r = (LengthResult) eval(length("0.5", Parity.NONE), cohort(), "2020-07-14");
    assertThat(r.share()).isEqualTo(Share.of(0, 1));
    assertThat(r.active()).isEqualTo(4);
    assertThat(r.status()).isEqualTo(Status.NOT_ACHIEVED);
    assertThat(r.forecast().needed()).isEqualTo(3);                   // ceil(0.5 * 5) - 0
    assertThat(r.forecast().reachable()).isTrue();
  }

  @Test
  void nobodyExitedIsInsufficientDataWithAReason() {
    LengthResult r = (LengthResult) eval(length("0.5", Parity.NONE), cohort(), "2020-07-13");
    assertThat(r.status()).isEqualTo(Status.INSUFFICIENT_DATA);
    assertThat(r.reason()).isEqualTo("no participant has exited as of 2020-07-13");
  }

  @Test
  void lengthWithinIsPeriodArithmeticFromTheFirstEnrolment() {
    Target t = length("0.5", Parity.NONE);
    // 15 January to 15 July 2020 is 182 days (a leap year): exactly six months
    assertThat(t.lengthWithin(d("2020-01-15"), 182)).isTrue();
    assertThat(t.lengthWithin(d("2020-01-15"), 181)).isFalse();
    // 2021: 181 days is exactly six months
    assertThat(t.lengthWithin(d("2021-01-15"), 181)).isTrue();
  }

  private static Target balance(String atLeast, String atMost) {
    return Target.builder().id("balance").type(TargetType.ENROLMENT).planned(10)
        .womenAtLeast(atLeast == null ? null : new BigDecimal(atLeast))
        .womenAtMost(atMost == null ? null : new BigDecimal(atMost)).build();
  }

  private static List<P> enrolled(int women, int men, int nonBinary) {
    List<P> ps = new ArrayList<>();
    int k = 0;
    for (Gender g : List.of(WOMAN, MAN, NON_BINARY)) {
      int n = g == WOMAN ? women : g == MAN ? men : nonBinary;
      for (int i = 0; i < n; i++) {
        ps.add(p("p" + k++, g, "2020-02-01"));
      }
    }
    return ps;
  }

  private EnrolmentResult evalBalance(Target t, int women, int men, int nonBinary) {
    return (EnrolmentResult) eval(t, enrolled(women, men, nonBinary), "2020-12-31");
  }

  @Test
  void aShareOfWomenExactlyOnEitherBoundIsWithin() {
    EnrolmentResult low = evalBalance(balance("0.4", "0.6"), 4, 6, 0);
    assertThat(low.balance()).isEqualTo(GenderBalance.WITHIN);
    assertThat(low.status()).isEqualTo(Status.ACHIEVED);
    assertThat(low.balanceShortfall()).isNull();
    EnrolmentResult high = evalBalance(balance("0.4", "0.6"), 6, 4, 0);
    assertThat(high.balance()).isEqualTo(GenderBalance.WITHIN);
    assertThat(high.status()).isEqualTo(Status.ACHIEVED);
    // the denominator is everyone enrolled: 4 women of 10 with one non-binary participant
    assertThat(evalBalance(balance("0.4", "0.6"), 4, 5, 1).balance()).isEqualTo(GenderBalance.WITHIN);
  }

  @Test
  void oneWomanTooFewOrTooManySaysWhichBoundFailed() {
    EnrolmentResult below = evalBalance(balance("0.4", "0.6"), 3, 7, 0);
    assertThat(below.balance()).isEqualTo(GenderBalance.BELOW_WOMEN_AT_LEAST);
    assertThat(below.status()).isEqualTo(Status.NOT_ACHIEVED);   // 10 of 10 enrolled, but unbalanced
    assertThat(below.balanceShortfall()).isEqualTo("the share of women is below women_at_least 0.4");
    EnrolmentResult above = evalBalance(balance("0.4", "0.6"), 7, 3, 0);
    assertThat(above.balance()).isEqualTo(GenderBalance.ABOVE_WOMEN_AT_MOST);
    assertThat(above.balanceShortfall()).isEqualTo("the share of women is above women_at_most 0.6");
    // a single bound
    assertThat(evalBalance(balance(null, "0.6"), 0, 10, 0).balance()).isEqualTo(GenderBalance.WITHIN);
  }

  @Test
  void withoutBoundsOrWithoutEnrolledThereIsNoBalanceVerdict() {
    assertThat(evalBalance(balance(null, null), 3, 7, 0).balance()).isNull();
    EnrolmentResult none = evalBalance(balance("0.4", "0.6"), 0, 0, 0);
    assertThat(none.balance()).isNull();
    assertThat(none.status()).isEqualTo(Status.NOT_ACHIEVED);
  }
}
