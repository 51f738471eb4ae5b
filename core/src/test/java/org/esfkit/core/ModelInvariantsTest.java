package org.esfkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ModelInvariantsTest {
  static final LocalDate JAN1 = LocalDate.of(2020, 1, 1);

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  // --- Money -------------------------------------------------------------------------------------

  @Test
  void moneyIsHeldInWholeOre() {
    assertThat(Money.sek("12.5").amount().toPlainString()).isEqualTo("12.50");
    assertThat(Money.sek("1")).isEqualTo(Money.sek("1.00"));
    assertThat(Money.sek("100").dividedBy(3)).isEqualTo(Money.sek("33.33"));
    assertThat(Money.sek("0.10").plus(Money.sek("0.20"))).isEqualTo(Money.sek("0.30"));
    assertThatThrownBy(() -> Money.sek("0.001")).isInstanceOf(ValidationException.class)
        .hasMessage("amount 0.001 SEK has fractions of öre");
    assertThatThrownBy(() -> Money.sek("tio")).isInstanceOf(ValidationException.class)
        .hasMessage("not an amount of SEK: 'tio'");
    assertThatThrownBy(() -> Money.sek("1").dividedBy(0)).isInstanceOf(ValidationException.class)
        .hasMessage("cannot divide money by 0");
  }

  // --- Rate --------------------------------------------------------------------------------------

  @Test
  void rateLiesInZeroToOne() {
    assertThat(Rate.of("0").value()).isEqualByComparingTo("0");
    assertThat(Rate.of("1").value()).isEqualByComparingTo("1");
    assertThatThrownBy(() -> Rate.of("1.01")).isInstanceOf(ValidationException.class)
        .hasMessage("rate 1.01 is outside [0, 1]");
    assertThatThrownBy(() -> Rate.of("-0.01")).isInstanceOf(ValidationException.class)
        .hasMessage("rate -0.01 is outside [0, 1]");
  }

  @Test
  void rateThresholdComparesExactly() {
    // 21 / 60 = 0.35 exactly: reaches "at least 35 %"; a double 0.35 * 60 would be 20.999999999999996
    assertThat(Rate.percent(35).isReachedBy(21, 60)).isTrue();
    assertThat(Rate.of("0.35").isReachedBy(21, 60)).isTrue();
    assertThat(Rate.percent(35).isReachedBy(20, 60)).isFalse();
    assertThat(Rate.of("0.3334").isReachedBy(1, 3)).isFalse();
    assertThatThrownBy(() -> Rate.percent(35).isReachedBy(1, 0)).isInstanceOf(ValidationException.class)
        .hasMessage("denominator must be positive, was 0");
  }

  // --- DateRange ---------------------------------------------------------------------------------

  @Test
  void dateRangeIsClosedAndOrdered() {
    DateRange r = DateRange.of(d("2020-01-01"), d("2020-01-31"));
    assertThat(r.contains(d("2020-01-01"))).isTrue();
    assertThat(r.contains(d("2020-01-31"))).isTrue();
    assertThat(r.contains(d("2020-02-01"))).isFalse();
    assertThat(r.contains(d("2019-12-31"))).isFalse();
    assertThat(DateRange.of(JAN1, JAN1).contains(JAN1)).isTrue();
    assertThatThrownBy(() -> DateRange.of(d("2020-02-01"), d("2020-01-31"))).isInstanceOf(ValidationException.class)
        .hasMessage("range ends (2020-01-31) before it starts (2020-02-01)");
  }

  // --- OrganisationNumber ------------------------------------------------------------------------

  @Test
  void organisationNumberChecksItsLuhnDigit() {
    OrganisationNumber n = OrganisationNumber.parse("212000-2411");
    assertThat(n.digits()).isEqualTo("2120002411");
    assertThat(n.toString()).isEqualTo("212000-2411");
    assertThat(OrganisationNumber.parse("2120002411")).isEqualTo(n);
    assertThat(OrganisationNumber.checkDigit("212000241")).isEqualTo(1);
    assertThatThrownBy(() -> OrganisationNumber.parse("212000-2412")).isInstanceOf(ValidationException.class)
        .hasMessage("organisation number '2120002412' has a wrong check digit (expected 1)");
    assertThatThrownBy(() -> OrganisationNumber.parse("12345")).isInstanceOf(ValidationException.class)
        .hasMessage("organisation number '12345' is not ten digits");
  }

  // --- Target ------------------------------------------------------------------------------------

  static ImmutableTarget.Builder share(Measure m) {
    return Target.builder().id("t").type(TargetType.SHARE).measure(m).atLeast(new BigDecimal("0.35"));
  }

  @Test
  void targetFieldsMustFitTheType() {
    assertThat(share(Measure.EXIT_STATUS).addStatuses(OutcomeStatus.STUDIES).build().parity()).isEqualTo(Parity.NONE);
    assertRejected(Target.builder().id("t").type(TargetType.SHARE).atLeast(BigDecimal.ONE),
        "target 't': a share target needs 'measure'");
    assertRejected(share(Measure.PERCEIVED_IMPROVEMENT).addStatuses(OutcomeStatus.STUDIES),
        "target 't': 'statuses' does not apply to perceived_improvement");
    assertRejected(share(Measure.EXIT_STATUS), "target 't': 'statuses' must name at least one status");
    assertRejected(share(Measure.FOLLOW_UP_STATUS).addStatuses(OutcomeStatus.EMPLOYMENT),
        "target 't': follow_up_status needs 'window'");
    assertRejected(share(Measure.FOLLOW_UP_STATUS).addStatuses(OutcomeStatus.EMPLOYMENT).window(Period.ZERO),
        "target 't': window P0D must be positive");
    assertRejected(share(Measure.EXIT_STATUS).addStatuses(OutcomeStatus.STUDIES).window(Period.ofMonths(3)),
        "target 't': 'window' applies to follow_up_status only");
    assertRejected(share(Measure.EXIT_STATUS).addStatuses(OutcomeStatus.STUDIES).maxGap(new BigDecimal("0.05")),
        "target 't': 'max_gap' is required with parity max_gap and allowed only then");
    assertRejected(share(Measure.EXIT_STATUS).addStatuses(OutcomeStatus.STUDIES).atLeast(new BigDecimal("1.5")),
        "target 't': at_least 1.5 must lie in [0, 1]");
    assertRejected(share(Measure.EXIT_STATUS).addStatuses(OutcomeStatus.STUDIES).of(CountOf.TASKS_IDENTIFIED),
        "target 't': a share target takes none of: of, baseline, planned, by_site, min, max, women_at_least, "
            + "women_at_most, open_to_all_genders");
    assertRejected(Target.builder().id("t").type(TargetType.COUNT).of(CountOf.TASKS_IDENTIFIED)
        .atLeast(new BigDecimal("2.5")), "target 't': at_least 2.5 must be a whole number");
    assertRejected(Target.builder().id("t").type(TargetType.COUNT).of(CountOf.TASKS_IDENTIFIED)
        .atLeast(BigDecimal.TEN).baseline(4), "target 't': 'baseline' applies to growth targets only");
    assertRejected(Target.builder().id("t").type(TargetType.GROWTH).of(CountOf.EMPLOYERS_HOSTING_INTERNS)
        .atLeast(new BigDecimal("0.5")).baseline(0), "target 't': baseline 0 must be positive");
    assertRejected(Target.builder().id("t").type(TargetType.ENROLMENT).planned(60).atLeast(BigDecimal.ONE),
        "target 't': an enrolment target takes none of: measure, statuses, window, at_least, parity, max_gap, of, "
            + "baseline, min, max, open_to_all_genders");
    assertRejected(Target.builder().id("t").type(TargetType.ENROLMENT).planned(60).putBySite("Gotland", 0),
        "target 't': planned number for site 'Gotland' must be positive");
  }

  private static void assertRejected(ImmutableTarget.Builder b, String message) {
    assertThatThrownBy(b::build).isInstanceOf(ValidationException.class).hasMessage(message);
  }

  // --- Pathway -----------------------------------------------------------------------------------

  static PathwayEvent ev(EventType type, String on) {
    return PathwayEvent.of(type, d(on));
  }

  static PathwayEvent placement(EventType type, String on, String id) {
    return PathwayEvent.builder().type(type).on(d(on)).placementId(id).build();
  }

  static void assertImpossible(String message, PathwayEvent... events) {
    assertThatThrownBy(() -> Pathway.builder().participantId("P1").addEvents(events).build())
        .isInstanceOf(ValidationException.class).hasMessage(message);
  }

  @Test
  void impossibleHistoriesAreRejectedNamingParticipantAndEvent() {
    PathwayEvent enrolled = ev(EventType.ENROLLED, "2020-01-01");
    PathwayEvent exited = PathwayEvent.exited(d("2020-02-01"), OutcomeStatus.STUDIES);
    assertImpossible("participant P1: the pathway has no events");
    assertImpossible("participant P1: event 1 (exited on 2020-02-01) comes before enrolment; a pathway starts with "
        + "'enrolled'", exited);
    assertImpossible("participant P1: event 2 (activity on 2019-12-31) is dated before the event before it "
        + "(2020-01-01)", enrolled, ev(EventType.ACTIVITY, "2019-12-31"));
    assertImpossible("participant P1: event 2 (enrolled on 2020-01-05) is a second enrolment",
        enrolled, ev(EventType.ENROLLED, "2020-01-05"));
    assertImpossible("participant P1: event 3 (exited on 2020-03-01) is a second exit; already exited on 2020-02-01",
        enrolled, exited, PathwayEvent.exited(d("2020-03-01"), OutcomeStatus.OTHER));
    assertImpossible("participant P1: event 2 (followed_up on 2020-01-20) is a follow-up before exit",
        enrolled, PathwayEvent.followedUp(d("2020-01-20"), OutcomeStatus.EMPLOYMENT));
    assertImpossible("participant P1: event 3 (placement_started on 2020-03-01) starts a placement after exit on "
        + "2020-02-01", enrolled, exited, placement(EventType.PLACEMENT_STARTED, "2020-03-01", "x"));
    assertImpossible("participant P1: event 2 (placement_ended on 2020-01-10) ends placement 'x', which never started",
        enrolled, placement(EventType.PLACEMENT_ENDED, "2020-01-10", "x"));
    assertImpossible("participant P1: event 4 (placement_ended on 2020-01-20) ends placement 'x' a second time",
        enrolled, placement(EventType.PLACEMENT_STARTED, "2020-01-05", "x"),
        placement(EventType.PLACEMENT_ENDED, "2020-01-10", "x"), placement(EventType.PLACEMENT_ENDED, "2020-01-20", "x"));
    assertImpossible("participant P1: event 3 (activity on 2020-03-01) comes after exit on 2020-02-01",
        enrolled, exited, ev(EventType.ACTIVITY, "2020-03-01"));
  }

  @Test
  void enrolmentOrExitOutsideTheProjectPeriodIsRejected() {
    EsfProject project = EsfProject.builder().projectNumber("1").name("n")
        .period(DateRange.of(d("2020-01-01"), d("2020-12-31"))).build();
    Pathway late = Pathway.builder().participantId("P1").addEvents(ev(EventType.ENROLLED, "2020-06-01"),
        PathwayEvent.exited(d("2021-01-01"), OutcomeStatus.STUDIES)).build();
    assertThatThrownBy(() -> late.checkWithin(project)).isInstanceOf(ValidationException.class)
        .hasMessage("participant P1: event 2 (exited on 2021-01-01) lies outside the project period "
            + "2020-01-01..2020-12-31");
    Pathway followedUpLater = Pathway.builder().participantId("P2").addEvents(ev(EventType.ENROLLED, "2020-06-01"),
        PathwayEvent.exited(d("2020-12-31"), OutcomeStatus.STUDIES),
        PathwayEvent.followedUp(d("2021-03-31"), OutcomeStatus.STUDIES)).build();
    followedUpLater.checkWithin(project);
    assertThat(followedUpLater.asOf(d("2021-12-31")).followUps()).hasSize(1);
  }

  @Test
  void stateFoldsOnlyEventsUpToTheDate() {
    Pathway p = Pathway.builder().participantId("P1").addEvents(
        ev(EventType.ENROLLED, "2020-01-01"),
        PathwayEvent.builder().type(EventType.PHASE_STARTED).on(d("2020-01-10")).phase(PathwayPhase.MAPPING).build(),
        placement(EventType.PLACEMENT_STARTED, "2020-02-01", "pl1"),
        placement(EventType.PLACEMENT_ENDED, "2020-03-01", "pl1"),
        PathwayEvent.builder().type(EventType.EXITED).on(d("2020-04-01")).status(OutcomeStatus.EMPLOYMENT)
            .qualificationGained(true).build(),
        PathwayEvent.builder().type(EventType.SURVEY_ANSWERED).on(d("2020-04-01")).perceivedImprovement(true).build(),
        PathwayEvent.followedUp(d("2020-07-01"), OutcomeStatus.SELF_EMPLOYMENT)).build();

    PathwayState before = p.asOf(d("2019-12-31"));
    assertThat(before.enrolledOn()).isNull();
    assertThat(before.isActive()).isFalse();

    PathwayState during = p.asOf(d("2020-02-15"));
    assertThat(during.isActive()).isTrue();
    assertThat(during.phase()).isEqualTo(PathwayPhase.MAPPING);
    assertThat(during.openPlacements()).containsExactly("pl1");
    assertThat(during.exitedOn()).isNull();
    assertThat(during.perceivedImprovement()).isNull();

    PathwayState afterExit = p.asOf(d("2020-04-01"));
    assertThat(afterExit.isExited()).isTrue();
    assertThat(afterExit.exitStatus()).isEqualTo(OutcomeStatus.EMPLOYMENT);
    assertThat(afterExit.qualificationGained()).isTrue();
    assertThat(afterExit.perceivedImprovement()).isTrue();
    assertThat(afterExit.openPlacements()).isEmpty();
    assertThat(afterExit.followUps()).isEmpty();

    PathwayState later = p.asOf(d("2020-12-31"));
    assertThat(later.followUps()).hasSize(1);
    assertThat(later.latestFollowUpWithin(d("2020-04-01"), d("2020-04-01").plus(Period.ofMonths(3))).status())
        .isEqualTo(OutcomeStatus.SELF_EMPLOYMENT);
    assertThat(later.latestFollowUpWithin(d("2020-04-01"), d("2020-06-30"))).isNull();
  }

  // --- Participant -------------------------------------------------------------------------------

  @Test
  void participantToStringShowsOnlyTheId() {
    Participant p = Participant.builder().id("P0042").gender(Gender.WOMAN).birthYear(1975).site("Avesta")
        .addTargetGroups(TargetGroup.DISABILITY).disability(true).foreignBackground(true).minority(false)
        .isced(2).addCompetences("cleaning").location(GeoPoint.of(60.14, 16.16)).build();
    String s = p.toString();
    assertThat(s).contains("P0042");
    assertThat(s).doesNotContain("1975", "Avesta", "WOMAN", "woman", "DISABILITY", "cleaning", "60.14", "true");
  }

  @Test
  void participantRejectsImplausibleValues() {
    assertThatThrownBy(() -> Participant.builder().id("P1").gender(Gender.MAN).isced(9).build())
        .isInstanceOf(ValidationException.class).hasMessage("participant P1: isced must lie in 0..8");
    assertThatThrownBy(() -> Participant.builder().id(" ").gender(Gender.MAN).build())
        .isInstanceOf(ValidationException.class).hasMessage("participant id must not be blank");
  }

  @Test
  void regionsParseFromCodesAndSwedishNames() {
    assertThat(EsfRegion.fromCode("Övre Norrland")).isEqualTo(EsfRegion.OVRE_NORRLAND);
    assertThat(EsfRegion.fromCode("småland & öarna")).isEqualTo(EsfRegion.SMALAND_OCH_OARNA);
    assertThat(EsfRegion.fromCode("vastsverige")).isEqualTo(EsfRegion.VASTSVERIGE);
    assertThatThrownBy(() -> EsfRegion.fromCode("Lappland")).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("unknown esf region 'Lappland'");
  }
}
