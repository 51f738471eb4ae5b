package org.esfkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.esfkit.testkit.DisclosureChecker.Finding;
import org.junit.jupiter.api.Test;

/** The checker finds planted recoverable cells and passes well-protected ones. */
class DisclosureCheckerTest {
  private static String report(String targets, String rest) {
    return ("{'project': 'p', 'as_of': '2024-06-30', 'suppressed_below': 5, 'targets': [" + targets + "]"
        + (rest.isEmpty() ? "" : ", " + rest) + "}").replace('\'', '"');
  }

  private static String indicator(String total, String w, String m, String nb, String nr) {
    return "'indicators': [{'code': 'EECO01', 'total': " + total + ", 'by_gender': {'woman': " + w + ", 'man': " + m
        + ", 'non_binary': " + nb + ", 'not_reported': " + nr + "}}]";
  }

  @Test
  void aLoneHiddenCellInAGroupIsRecoveredBySubtraction() {
    String json = report("", indicator("36", "20", "8", "6", "'..'"));
    assertThat(DisclosureChecker.check(json)).containsExactly(new Finding("/indicators/0/by_gender/not_reported", 2));
  }

  @Test
  void hiddenCellsThatMustAddUpToZeroAreRecovered() {
    // 21 = 21 + .. + .. + ..: every hidden gender is 0
    String json = report("", indicator("21", "'..'", "21", "'..'", "'..'"));
    assertThat(DisclosureChecker.check(json)).extracting(Finding::path, Finding::value).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/indicators/0/by_gender/woman", 0L),
        org.assertj.core.groups.Tuple.tuple("/indicators/0/by_gender/non_binary", 0L),
        org.assertj.core.groups.Tuple.tuple("/indicators/0/by_gender/not_reported", 0L));
  }

  @Test
  void twoHiddenCellsWithRoomToMoveAreSafe() {
    assertThat(DisclosureChecker.check(report("", indicator("36", "20", "8", "'..'", "'..'")))).isEmpty();
  }

  @Test
  void theOneWomanOfTheIssueIsFoundAsEveryHiddenPersonSucceeded() {
    // 15 of 21 in total, the men 14 of 20: the hidden genders are 1 of 1, so none of them failed
    String share = "{'id': 't', 'type': 'share', 'numerator': 15, 'denominator': 21, 'value': 0.714,"
        + " 'by_gender': {'woman': {'numerator': '..', 'denominator': '..'}, 'man': {'numerator': 14, 'denominator': 20},"
        + " 'non_binary': {'numerator': '..', 'denominator': '..'}, 'not_reported': {'numerator': '..', 'denominator': '..'}}}";
    assertThat(DisclosureChecker.check(report(share, ""))).extracting(Finding::path).contains(
        "/targets/0/by_gender/woman/failures", "/targets/0/by_gender/non_binary/failures",
        "/targets/0/by_gender/not_reported/failures");
  }

  @Test
  void theSamePopulationShownInAnotherTableGivesAHiddenTotalAway() {
    // those enrolled hidden in the facts, shown in the costs and at the series' point on the report date
    String rest = "'facts': {'enrolled': '..', 'by_site': {'A': '..', 'B': '..'}},"
        + " 'costs': {'cost': '1000000', 'participants': 40, 'outcomes': '..', 'outcome_targets': [],"
        + " 'per_participant': '25000', 'per_outcome': '..'},"
        + " 'enrolment_over_time': [{'date': '2024-03-31', 'enrolled': 30}, {'date': '2024-06-30', 'enrolled': '..'}]";
    assertThat(DisclosureChecker.check(report("", rest))).extracting(Finding::path)
        .containsExactly("/facts/enrolled", "/enrolment_over_time/1/enrolled");
  }

  @Test
  void aShownRatioGivesTheHiddenCountAway() {
    String share = "{'id': 't', 'type': 'share', 'numerator': '..', 'denominator': 40, 'value': 0.075}";
    assertThat(DisclosureChecker.check(report(share, ""))).contains(new Finding("/targets/0/numerator", 3));
    String cost = "'costs': {'cost': '3000000', 'participants': '..', 'outcomes': 15, 'outcome_targets': [],"
        + " 'per_participant': '142857.14', 'per_outcome': '200000'}";
    assertThat(DisclosureChecker.check(report("", cost))).containsExactly(new Finding("/costs/participants", 21));
  }

  @Test
  void boundsFromSeveralGroupsCombineToFixAHiddenCell() {
    // two hidden numerators (women, men) in one group, each row's failures hidden too
    String share = "{'id': 't', 'type': 'share', 'numerator': 10, 'denominator': 30, 'value': '..',"
        + " 'by_gender': {'woman': {'numerator': '..', 'denominator': 12}, 'man': {'numerator': '..', 'denominator': 18},"
        + " 'non_binary': {'numerator': 0, 'denominator': 0}, 'not_reported': {'numerator': 0, 'denominator': 0}}}";
    // 2 hidden numerators with room to move (0..10 each): safe
    assertThat(DisclosureChecker.check(report(share, ""))).isEmpty();
    String leaky = share.replace("'numerator': 10, 'denominator': 30", "'numerator': 30, 'denominator': 30");
    // every one of 30 succeeded: the women's 12 of 12 and the men's 18 of 18
    assertThat(DisclosureChecker.check(report(leaky, ""))).extracting(Finding::path, Finding::value).contains(
        org.assertj.core.groups.Tuple.tuple("/targets/0/by_gender/woman/numerator", 12L),
        org.assertj.core.groups.Tuple.tuple("/targets/0/by_gender/man/numerator", 18L));
  }

  @Test
  void theCompleteRecordsAreTheIndicatorOfAllParticipantsAndTheirShareGivesThemAway() {
    // 40 records, 37 complete: the complete records and their share hidden, as the 3 incomplete
    String done = "'completeness': {'grand_total': 40, 'by_gender': {'woman': 20, 'man': '..', 'non_binary': '..',"
        + " 'not_reported': '..'}, 'complete': '..', 'complete_share': '..', 'missing': {'education': '..',"
        + " 'age': 12}, 'age_uncertain': {'30': '..'}}";
    String hidden = indicator("'..'", "'..'", "'..'", "'..'", "'..'");
    assertThat(DisclosureChecker.check(report("", hidden + ", " + done))).isEmpty();
    // EECO01's total shown gives the complete records away, and with them the incomplete ones
    assertThat(DisclosureChecker.check(report("", indicator("37", "'..'", "'..'", "'..'", "'..'") + ", " + done)))
        .containsExactly(new Finding("/completeness/complete", 37), new Finding("/completeness/incomplete", 3));
    // so does their share of the grand total, and with them EECO01's hidden total
    assertThat(DisclosureChecker.check(report("", hidden + ", " + done.replace("'complete_share': '..'",
        "'complete_share': 0.925")))).containsExactly(new Finding("/indicators/0/total", 37),
            new Finding("/completeness/complete", 37), new Finding("/completeness/incomplete", 3));
  }

  private static String point(String date, String num, String den) {
    return "{'date': '" + date + "', 'status': '..', 'numerator': " + num + ", 'denominator': " + den + "}";
  }

  private static String shareWithSeries(String num, String den, String... points) {
    return "{'id': 't', 'type': 'share', 'numerator': " + num + ", 'denominator': " + den
        + ", 'series': [" + String.join(", ", points) + "]}";
  }

  @Test
  void aChangeOfOnePersonBetweenTwoShownPointsIsFound() {
    // the issue's cohort month by month: 14 of 20 at the end of April, 15 of 21 at the end of May
    // (today's report, point by point, showed both): one person left in May and succeeded
    String share = shareWithSeries("15", "21", point("2024-03-31", "'..'", "'..'"), point("2024-04-30", "14", "20"),
        point("2024-05-31", "15", "21"), point("2024-06-30", "15", "21"));
    assertThat(DisclosureChecker.check(report(share, ""))).containsExactly(
        new Finding("/targets/0/series/2/numerator - /targets/0/series/1/numerator", 1),
        new Finding("/targets/0/numerator - /targets/0/series/1/numerator", 1),
        new Finding("/targets/0/series/3/numerator - /targets/0/series/1/numerator", 1),
        new Finding("/targets/0/series/2/denominator - /targets/0/series/1/denominator", 1),
        new Finding("/targets/0/denominator - /targets/0/series/1/denominator", 1),
        new Finding("/targets/0/series/3/denominator - /targets/0/series/1/denominator", 1));
    // the series hidden from April to the report date but one: nothing to subtract
    String safe = shareWithSeries("15", "21", point("2024-03-31", "'..'", "'..'"), point("2024-04-30", "'..'", "'..'"),
        point("2024-05-31", "'..'", "'..'"), point("2024-06-30", "15", "21"));
    assertThat(DisclosureChecker.check(report(safe, ""))).isEmpty();
    // a change of 5 or more, or none, is not a small cell
    String large = shareWithSeries("19", "25", point("2024-04-30", "14", "20"), point("2024-05-31", "14", "20"),
        point("2024-06-30", "19", "25"));
    assertThat(DisclosureChecker.check(report(large, ""))).isEmpty();
    // ... but 19 of 26 adds 6 who left, 5 who succeeded: the one who did not is found
    String oneFailed = shareWithSeries("19", "26", point("2024-05-31", "14", "20"));
    assertThat(DisclosureChecker.check(report(oneFailed, ""))).containsExactly(
        new Finding("/targets/0/failures - /targets/0/series/0/failures", 1));
  }

  @Test
  void theLastPointOfASeriesIsTheTargetsFigureOnTheReportDate() {
    // the table hides the numerator, the series' point on the report date shows it
    String share = shareWithSeries("'..'", "21", point("2024-05-31", "'..'", "'..'"), point("2024-06-30", "15", "21"));
    assertThat(DisclosureChecker.check(report(share, ""))).contains(new Finding("/targets/0/numerator", 15),
        new Finding("/targets/0/failures", 6));
    // a milestone judged on the report date is the same figure too
    String milestone = "{'id': 't', 'type': 'share', 'numerator': '..', 'denominator': 21, 'milestones': [{'on':"
        + " '2024-06-30', 'at_least': 0.3, 'status': '..', 'numerator': 15, 'denominator': 21}]}";
    assertThat(DisclosureChecker.check(report(milestone, ""))).contains(new Finding("/targets/0/numerator", 15));
  }

  @Test
  void aQuarterOfTheEnrolmentSeriesThatAddsAFewPeopleIsFound() {
    String rest = "'facts': {'enrolled': 42}, 'enrolment_over_time': [{'date': '2024-03-31', 'enrolled': 40},"
        + " {'date': '2024-06-30', 'enrolled': 42}]";
    assertThat(DisclosureChecker.check(report("", rest))).containsExactly(
        new Finding("/facts/enrolled - /enrolment_over_time/0/enrolled", 2),
        new Finding("/enrolment_over_time/1/enrolled - /enrolment_over_time/0/enrolled", 2));
    // an enrolment target's monthly point on a quarter's end is the same people as that quarter
    String enrol = "{'id': 'e', 'type': 'enrolment', 'numerator': 42, 'by_site': {}, 'series': [{'date':"
        + " '2024-03-31', 'numerator': '..'}, {'date': '2024-05-31', 'numerator': 40}, {'date': '2024-06-30',"
        + " 'numerator': 42}]}";
    String hiddenQuarter = "'facts': {'enrolled': 42}, 'enrolment_over_time': [{'date': '2024-03-31', 'enrolled':"
        + " 35}, {'date': '2024-06-30', 'enrolled': 42}]";
    assertThat(DisclosureChecker.check(report(enrol, hiddenQuarter))).contains(
        new Finding("/targets/0/series/2/numerator - /targets/0/series/1/numerator", 2));
  }

  @Test
  void theSuccessesStillNeededGiveTheParticipantsRemainingAwayAtAHundredPerCent() {
    // needed = ceil(1 × (21 + remaining)) − 15 = 10: the 4 remaining, hidden, follow
    String share = "{'id': 't', 'type': 'share', 'numerator': 15, 'denominator': 21, 'forecast': {'threshold': 1,"
        + " 'needed': 10, 'remaining': '..', 'reachable': '..'}}";
    assertThat(DisclosureChecker.check(report(share, ""))).containsExactly(new Finding("/targets/0/forecast/remaining", 4));
    // at 50 %: ceil(0.5 × (20 + remaining)) − 10 = 3 leaves remaining 5 or 6
    String half = "{'id': 't', 'type': 'share', 'numerator': 10, 'denominator': 20, 'forecast': {'threshold': 0.50,"
        + " 'needed': 3, 'remaining': '..', 'reachable': '..'}}";
    assertThat(DisclosureChecker.check(report(half, ""))).isEmpty();
    // at 100 % with nobody remaining and nothing needed (ceil(20 + 0) <= numerator), every one of
    // the 20 succeeded: the hidden numerator is found, and the 0 who did not succeed
    String pinned = "{'id': 't', 'type': 'share', 'numerator': '..', 'denominator': 20, 'forecast': {'threshold': 1,"
        + " 'needed': 0, 'remaining': 0, 'reachable': '..'}}";
    assertThat(DisclosureChecker.check(report(pinned, ""))).containsExactly(new Finding("/targets/0/numerator", 20),
        new Finding("/targets/0/failures", 0));
    // a reachable outlook says remaining >= needed: with 2 still needed, remaining (hidden) is at
    // least 2, and at 100 % it is 2 exactly when the numerator and denominator are shown
    String reachable = "{'id': 't', 'type': 'share', 'numerator': 18, 'denominator': 18, 'forecast': {'threshold':"
        + " 0.5, 'needed': 2, 'remaining': '..', 'reachable': true}}";
    // ceil(0.5 × (18 + r)) − 18 = 2: 18 + r in 39..40, r in 21..22: not pinned
    assertThat(DisclosureChecker.check(report(reachable, ""))).isEmpty();
  }

  @Test
  void anInternalReportIsRejected() {
    assertThatThrownBy(() -> DisclosureChecker.check("{\"project\": \"p\", \"targets\": []}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("suppressed_below");
  }
}
