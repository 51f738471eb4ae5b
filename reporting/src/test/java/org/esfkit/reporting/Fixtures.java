package org.esfkit.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.CountOf;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EsfRegion;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.Money;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.ProgrammePeriod;
import org.esfkit.core.Rate;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.CostMetrics;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.Enrolment;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.Forecast;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.ImmutableCostMetrics;
import org.esfkit.metrics.ImmutableParticipationLength;
import org.esfkit.metrics.IndicatorCount;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.PersonalDataField;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.SiteEnrolment;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.WilsonInterval;

/**
 * Reports built by hand for the tests: one shaped like the seed project "Alla kan arbeta"
 * (2020/00131, Härnösand, 60 participants, the targets its description states), and a hostile one
 * whose free texts carry HTML and spreadsheet formulas.
 */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(2)>";
  static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/x\",\"klicka\")";
  static final String CMD = "+cmd|' /C calc'!A0";
  static final String SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
  static final Set<String> HOSTILE = Set.of(SCRIPT, IMG, HYPERLINK, CMD, SUM);

  private Fixtures() {}

  /** The 95 % Wilson score interval, z = 1.959964. */
  static double[] wilson(int n, int d) {
    double z = 1.959964;
    double p = (double) n / d;
    double denom = 1 + z * z / d;
    double centre = (p + z * z / (2.0 * d)) / denom;
    double half = z * Math.sqrt(p * (1 - p) / d + z * z / (4.0 * d * d)) / denom;
    return new double[] {centre - half, centre + half};
  }

  static Map<Gender, Share> genders(int wn, int wd, int mn, int md, int nbn, int nbd, int nrn, int nrd) {
    return Map.of(Gender.WOMAN, Share.of(wn, wd), Gender.MAN, Share.of(mn, md),
        Gender.NON_BINARY, Share.of(nbn, nbd), Gender.NOT_REPORTED, Share.of(nrn, nrd));
  }

  static Map<Gender, Long> counts(long w, long m, long nb, long nr) {
    Map<Gender, Long> by = new EnumMap<>(Gender.class);
    by.put(Gender.WOMAN, w);
    by.put(Gender.MAN, m);
    by.put(Gender.NON_BINARY, nb);
    by.put(Gender.NOT_REPORTED, nr);
    return by;
  }

  /**
   * A share target's result, achieved when {@code n / d} reaches the threshold.
   *
   * @param stillNeeded successes still needed
   * @param remaining participants still active or pending
   */
  static ShareResult share(String id, String threshold, int n, int d, Map<Gender, Share> byGender, int pending,
      int stillNeeded, int remaining) {
    boolean achieved = new BigDecimal(n).compareTo(new BigDecimal(threshold).multiply(new BigDecimal(d))) >= 0;
    return new ShareResult(id, AS_OF, achieved ? Status.ACHIEVED : Status.NOT_ACHIEVED, false, null,
        new BigDecimal(threshold), Share.of(n, d), pending, byGender, null, WilsonInterval.of(n, d),
        Forecast.of(remaining, stillNeeded, stillNeeded <= remaining));
  }

  static Target shareTarget(String id, String description, Measure measure, String threshold) {
    return Target.builder().id(id).type(TargetType.SHARE).description(description).measure(measure)
        .addStatuses(OutcomeStatus.STUDIES).atLeast(new BigDecimal(threshold)).build();
  }

  static ProgressReport allaKanArbeta() {
    return allaKanArbeta("Härnösand", "35 % går vidare till studier", "Härnösands kommun, Arbetslivsförvaltningen");
  }

  static ProgressReport hostile() {
    return allaKanArbeta(SCRIPT, HYPERLINK, IMG + " " + CMD);
  }

  /** The project of {@link #allaKanArbeta()}, with its targets worded as given. */
  static EsfProject project(String site, String studiesText, String owner) {
    return EsfProject.builder()
        .projectNumber("2020/00131").name("Alla kan arbeta").owner(owner).region(EsfRegion.MELLERSTA_NORRLAND)
        .programmePeriod(ProgrammePeriod.P2021_2027)
        .period(DateRange.of(LocalDate.of(2020, 9, 1), LocalDate.of(2023, 2, 28)))
        .totalBudget(Money.sek("14170499")).esfGrant(Money.sek("6659826")).euCoFinancingRate(Rate.percent(50))
        .addCoFinanciers("Härnösands kommun", SUM)
        .plannedParticipants(60).putPlannedParticipantsBySite(site, 60)
        .addTargets(
            shareTarget("studies", studiesText, Measure.EXIT_STATUS, "0.35"),
            shareTarget("internship", "20 % går vidare till praktik", Measure.EXIT_STATUS, "0.20"),
            shareTarget("employment", CMD, Measure.EXIT_STATUS, "0.25"),
            Target.builder().id("employability").type(TargetType.SHARE)
                .description("20 % har ökat sin upplevda anställningsbarhet").measure(Measure.PERCEIVED_IMPROVEMENT)
                .atLeast(new BigDecimal("0.20")).build(),
            Target.builder().id("internship-places").type(TargetType.GROWTH)
                .description("Antalet praktikplatser ökar med 50 %").of(CountOf.EMPLOYERS_HOSTING_INTERNS).baseline(8)
                .atLeast(new BigDecimal("0.5")).build(),
            Target.builder().id("tasks").type(TargetType.COUNT).description("20 arbetsuppgifter identifieras")
                .of(CountOf.TASKS_IDENTIFIED).atLeast(new BigDecimal("20")).build(),
            Target.builder().id("reach").type(TargetType.ENROLMENT).description("60 deltagare").planned(60)
                .putBySite(site, 60).build())
        .build();
  }

  private static ProgressReport allaKanArbeta(String site, String studiesText, String owner) {
    EsfProject project = project(site, studiesText, owner);
    List<TargetResult> targets = List.of(
        share("studies", "0.35", 13, 36, genders(7, 18, 5, 15, 0, 1, 1, 2), 0, 8, 16),
        share("internship", "0.20", 6, 36, genders(4, 18, 2, 15, 0, 1, 0, 2), 0, 6, 16),
        share("employment", "0.25", 10, 36, genders(4, 18, 6, 15, 0, 1, 0, 2), 0, 5, 16),
        share("employability", "0.20", 22, 30, genders(12, 15, 9, 13, 1, 1, 0, 1), 0, 0, 16),
        new GrowthResult("internship-places", AS_OF, Status.NOT_ACHIEVED, false, null,
            CountOf.EMPLOYERS_HOSTING_INTERNS, new BigDecimal("0.5"), 11L, 8),
        new CountResult("tasks", AS_OF, Status.ACHIEVED, false, null, CountOf.TASKS_IDENTIFIED,
            new BigDecimal("20"), 23L),
        new EnrolmentResult("reach", AS_OF, Status.NOT_ACHIEVED, false, null, 52, 60, counts(26, 22, 1, 3),
            Map.of(site, SiteEnrolment.of(52, 60)), null, null, null));
    List<IndicatorResult> indicators = List.of(
        indicator("EECO01", "total number of participants", 44, 22, 19, 1, 2),
        indicator("EECO02", "unemployed, including long-term unemployed", 40, 20, 17, 1, 2),
        indicator("EECO03", "long-term unemployed", 30, 15, 13, 0, 2),
        indicator("EECO12", "participants with disabilities", 12, 7, 5, 0, 0),
        indicator("EECR04", "participants in employment, including self-employment, upon leaving", 9, 4, 5, 0, 0));
    return ProgressReport.builder()
        .project(project).asOf(AS_OF).targets(targets)
        .indicators(indicators)
        .indicatorCount(completeness(indicators))
        .participationLength(ImmutableParticipationLength.builder().asOf(AS_OF).exited(36).medianDays(212.0)
            .meanDays(228.4).build())
        .costs(ImmutableCostMetrics.builder().from(CostMetrics.of(project, 52, 10))
            .outcomeTargets(List.of("employment")).build())
        .matching(MatchingSummary.builder().strategy("optimal").participants(16).tasks(23).assigned(14)
            .meanScore(0.71).build())
        .enrolment(new Enrolment(AS_OF, 52, counts(26, 22, 1, 3), Map.of(site, 52L)))
        .addEnrolmentOverTime(
            point(LocalDate.of(2020, 12, 31), 4),
            point(LocalDate.of(2021, 3, 31), 11),
            point(LocalDate.of(2021, 6, 30), 19),
            point(LocalDate.of(2021, 9, 30), 27),
            point(LocalDate.of(2021, 12, 31), 34),
            point(LocalDate.of(2022, 3, 31), 41),
            point(LocalDate.of(2022, 6, 30), 52))
        .build();
  }

  /**
   * The completeness of the report's 52 records: 44 complete; 3 lack a labour-market status and 6
   * an education level (one lacks both); 2 ages uncertain at 30 and 5 at 55.
   */
  static IndicatorCount completeness(List<IndicatorResult> results) {
    Map<PersonalDataField, Long> missing = new EnumMap<>(PersonalDataField.class);
    missing.put(PersonalDataField.GENDER, 0L);
    missing.put(PersonalDataField.LABOUR_MARKET_STATUS, 3L);
    missing.put(PersonalDataField.AGE, 0L);
    missing.put(PersonalDataField.EDUCATION, 6L);
    Map<Integer, List<String>> uncertain = new java.util.LinkedHashMap<>();
    uncertain.put(18, List.of());
    uncertain.put(30, List.of("p07", "p19"));
    uncertain.put(55, List.of("p02", "p11", "p23", "p31", "p40"));
    return IndicatorCount.builder().list(IndicatorList.ESF_PLUS).asOf(AS_OF).grandTotal(52)
        .grandTotalByGender(counts(26, 22, 1, 3)).complete(44).missingByField(missing).ageUncertain(uncertain)
        .results(results).build();
  }

  /** Enrolment on a date; only the total matters to the chart. */
  static Enrolment point(LocalDate date, long enrolled) {
    return new Enrolment(date, enrolled, counts(enrolled, 0, 0, 0), Map.of());
  }

  static IndicatorResult indicator(String code, String name, long total, long w, long m, long nb, long nr) {
    return IndicatorResult.builder().code(code).name(name).asOf(AS_OF).source("Regulation (EU) 2021/1057, Annex I").total(total).byGender(counts(w, m, nb, nr))
        .build();
  }
}
