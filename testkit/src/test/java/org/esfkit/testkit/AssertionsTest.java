package org.esfkit.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esfkit.testkit.EsfkitAssertions.assertThat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.esfkit.core.CountOf;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Register;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.Forecast;
import org.esfkit.metrics.IndicatorCount;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.PersonalDataField;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.SiteEnrolment;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.WilsonInterval;
import org.junit.jupiter.api.Test;

class AssertionsTest {
  private static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);

  private static TargetResult share(long num, long den, Status status, long pending, Share women, Share men) {
    Map<Gender, Share> by = new EnumMap<>(Gender.class);
    by.put(Gender.WOMAN, women);
    by.put(Gender.MAN, men);
    by.put(Gender.NON_BINARY, Share.EMPTY);
    by.put(Gender.NOT_REPORTED, Share.EMPTY);
    return new ShareResult("studies-35", AS_OF, status, pending == 0, null, new BigDecimal("0.35"), Share.of(num, den),
        pending, by, false, WilsonInterval.of(num, den), Forecast.of(pending, 0, true));
  }

  private final TargetResult achieved = share(21, 60, Status.ACHIEVED, 0, Share.of(12, 30), Share.of(9, 30));
  private final TargetResult missed = share(20, 60, Status.NOT_ACHIEVED, 4, Share.of(11, 30), Share.of(9, 30));

  @Test
  void passingAssertionsChain() {
    assertThat(achieved).isAchieved().isFinal().hasNumerator(21).hasDenominator(60).isPending(0)
        .hasValue(0.35, 1e-12).failsParity().hasForecast(0, true)
        .hasWilson95(0.2412, 0.4768, 1e-3)
        .hasShareForGender(Gender.WOMAN).isAtLeast("0.40").is(12, 30);
    assertThat(missed).isNotAchieved().isNotFinal().isPending(4).hasShareForGender(Gender.MAN).isBelow("0.35");
    assertThat(Share.of(21, 60)).isAtLeast("0.35");
    assertThat(Share.EMPTY).isUndefined();
  }

  @Test
  void statusFailureSaysWhatWasCounted() {
    assertThatThrownBy(() -> assertThat(missed).isAchieved())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected target <studies-35> to be achieved but it was not_achieved: "
            + "counted 20 of 60 (0.3333333333333333) against at least 0.35, 4 pending");
  }

  @Test
  void numberFailuresSayExpectedAndCounted() {
    assertThatThrownBy(() -> assertThat(missed).hasNumerator(21))
        .hasMessage("Expected target <studies-35> to have numerator 21 but counted 20");
    assertThatThrownBy(() -> assertThat(missed).hasDenominator(59))
        .hasMessage("Expected target <studies-35> to have denominator 59 but counted 60");
    assertThatThrownBy(() -> assertThat(missed).isPending(0))
        .hasMessage("Expected target <studies-35> to have 0 pending but 4 were pending");
    assertThatThrownBy(() -> assertThat(missed).isFinal())
        .hasMessage("Expected target <studies-35> to be final as of 2022-12-31 but it was not (4 pending)");
  }

  @Test
  void genderShareFailureNamesTheGender() {
    assertThatThrownBy(() -> assertThat(achieved).hasShareForGender(Gender.MAN).isAtLeast("0.60"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected share of man for target <studies-35> to be at least 0.60 but counted 9 of 30 (0.3)");
    assertThatThrownBy(() -> assertThat(achieved).hasShareForGender(Gender.NON_BINARY).isAtLeast("0.60"))
        .hasMessage("Expected share of non_binary for target <studies-35> to be at least 0.60 "
            + "but no one was counted (0 of 0)");
  }

  @Test
  void parityFailureShowsBothShares() {
    assertThatThrownBy(() -> assertThat(achieved).hasParity())
        .hasMessage("Expected target <studies-35> to meet gender parity but it did not; women 12/30, men 9/30");
  }

  @Test
  void countsHaveNoDenominator() {
    TargetResult count = new CountResult("tasks-20", AS_OF, Status.NOT_ACHIEVED, false, null, CountOf.TASKS_IDENTIFIED,
        BigDecimal.valueOf(20), 14L);
    assertThat(count).isNotAchieved().hasNumerator(14);
    assertThatThrownBy(() -> assertThat(count).hasDenominator(20))
        .hasMessage("Expected target <tasks-20> to have denominator 20 but it has none");
    assertThatThrownBy(() -> assertThat(count).isAchieved())
        .hasMessage("Expected target <tasks-20> to be achieved but it was not_achieved: counted 14 against at least 20");
  }

  @Test
  void siteFailureListsTheSites() {
    Map<String, SiteEnrolment> sites = new LinkedHashMap<>();
    sites.put("Jönköping", SiteEnrolment.of(55, 60));
    sites.put("Gotland", SiteEnrolment.of(45, 60));
    TargetResult reach = new EnrolmentResult("reach", AS_OF, Status.NOT_ACHIEVED, true, null, 100, 120,
        Map.of(Gender.WOMAN, 50L, Gender.MAN, 50L, Gender.NON_BINARY, 0L, Gender.NOT_REPORTED, 0L), sites, null, null, null);
    assertThat(reach).hasEnrolledAtSite("Gotland", 45);
    assertThatThrownBy(() -> assertThat(reach).hasEnrolledAtSite("Gotland", 60))
        .hasMessage("Expected target <reach> to have 60 enrolled at site Gotland but counted 45");
    assertThatThrownBy(() -> assertThat(reach).hasEnrolledAtSite("Visby", 1))
        .hasMessage("Expected target <reach> to have 1 enrolled at site Visby but the site is not in the result "
            + "(sites: [Jönköping, Gotland])");
  }

  @Test
  void insufficientDataAndNoValue() {
    TargetResult empty = share(0, 0, Status.INSUFFICIENT_DATA, 0, Share.EMPTY, Share.EMPTY);
    assertThat(empty).hasInsufficientData().hasNoValue();
    assertThatThrownBy(() -> assertThat(achieved).hasNoValue())
        .hasMessage("Expected target <studies-35> to have no value but it was 0.35: "
            + "counted 21 of 60 (0.35) against at least 0.35");
  }

  @Test
  void indicatorAssertions() {
    Map<Gender, Long> by = new EnumMap<>(Gender.class);
    by.put(Gender.WOMAN, 3L);
    by.put(Gender.MAN, 2L);
    by.put(Gender.NON_BINARY, 0L);
    by.put(Gender.NOT_REPORTED, 0L);
    IndicatorResult r = IndicatorResult.builder().code("EECO02").name("unemployed").asOf(AS_OF).total(5).byGender(by)
        .list(IndicatorList.ESF_PLUS).source("Regulation (EU) 2021/1057, Annex I").build();
    assertThat(r).hasTotal(5).hasCountForGender(Gender.WOMAN, 3).belongsTo(IndicatorList.ESF_PLUS)
        .hasSource("Regulation (EU) 2021/1057, Annex I").countsFromOperationTargetGroup(false);
    assertThatThrownBy(() -> assertThat(r).hasCountForGender(Gender.MAN, 3))
        .hasMessage("Expected indicator EECO02 to count 3 participants of gender man but counted 2");
    assertThatThrownBy(() -> assertThat(r).belongsTo(IndicatorList.ESF_2014))
        .hasMessage("Expected indicator EECO02 to belong to esf-2014 but it belongs to esf-plus");
    assertThatThrownBy(() -> assertThat(r).countsFromOperationTargetGroup(true))
        .hasMessage("Expected indicator EECO02 to count from the operation's target group");
  }

  @Test
  void indicatorCountAssertions() {
    Register reg = Register.builder()
        .add(Participant.builder().id("A").gender(Gender.WOMAN).birthYear(1967)
            .labourStatusAtEntry(LabourStatus.UNEMPLOYED).isced(2).build(),
            Pathway.builder().participantId("A").addEvents(PathwayEvent.of(EventType.ENROLLED,
            LocalDate.of(2022, 5, 1))).build())
        .add(Participant.builder().id("B").gender(Gender.MAN).build(),
            Pathway.builder().participantId("B").addEvents(PathwayEvent.of(EventType.ENROLLED,
            LocalDate.of(2022, 5, 1))).build())
        .build();
    IndicatorCount c = MetricsEngine.standard().count(Cohort.builder().register(reg).build(), LocalDate.of(2022, 12, 31),
        IndicatorList.ESF_PLUS);
    assertThat(c).hasGrandTotal(2).hasComplete(1).hasMissing(PersonalDataField.EDUCATION, 1)
        .hasAgeUncertainAt(55, "A").hasAgeUncertainAt(18);
    assertThat(c).indicator("EECO02").hasTotal(1);
    assertThatThrownBy(() -> assertThat(c).hasGrandTotal(1))
        .hasMessage("Expected a grand total of 1 participants but it was 2");
    assertThatThrownBy(() -> assertThat(c).hasMissing(PersonalDataField.HOUSEHOLD_SITUATION, 0))
        .hasMessage("Expected 0 records to lack household_situation but the list esf-plus does not require it");
    assertThatThrownBy(() -> assertThat(c).hasAgeUncertainAt(55))
        .hasMessage("Expected 0 participants with an uncertain age at 55 but there were 1");
  }
}
