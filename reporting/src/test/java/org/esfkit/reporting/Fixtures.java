package org.esfkit.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.DateRange;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.Money;
import org.esfkit.core.Rate;
import org.esfkit.core.TargetType;

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

  static Map<Gender, GenderCount> genders(int wn, int wd, int mn, int md, int nbn, int nbd, int nrn, int nrd) {
    return Map.of(Gender.WOMAN, GenderCount.of(wn, wd), Gender.MAN, GenderCount.of(mn, md),
        Gender.NON_BINARY, GenderCount.of(nbn, nbd), Gender.NOT_REPORTED, GenderCount.of(nrn, nrd));
  }

  static TargetRow share(String id, String description, Measure measure, String threshold, int n, int d,
      Map<Gender, GenderCount> byGender, int pending, Forecast forecast) {
    double[] w = wilson(n, d);
    boolean achieved = new BigDecimal(n).compareTo(new BigDecimal(threshold).multiply(new BigDecimal(d))) >= 0;
    return TargetRow.builder().id(id).type(TargetType.SHARE).description(description).measure(measure)
        .threshold(new BigDecimal(threshold)).status(achieved ? TargetStatus.ACHIEVED : TargetStatus.NOT_ACHIEVED)
        .numerator(n).denominator(d).value((double) n / d).wilsonLow(w[0]).wilsonHigh(w[1])
        .putAllByGender(byGender).pending(pending).forecast(forecast).build();
  }

  static ProgressReport allaKanArbeta() {
    return allaKanArbeta("Härnösand", "35 % går vidare till studier", "Härnösands kommun, Arbetslivsförvaltningen");
  }

  static ProgressReport hostile() {
    return allaKanArbeta(SCRIPT, HYPERLINK, IMG + " " + CMD);
  }

  private static ProgressReport allaKanArbeta(String site, String studiesText, String owner) {
    ProjectFacts facts = ProjectFacts.builder()
        .projectNumber("2020/00131").name("Alla kan arbeta").owner(owner).region("Mellersta Norrland")
        .period(DateRange.of(LocalDate.of(2020, 9, 1), LocalDate.of(2023, 2, 28)))
        .totalBudget(Money.sek("14170499")).esfGrant(Money.sek("6659826")).euCoFinancingRate(Rate.percent(50))
        .addCoFinanciers("Härnösands kommun", SUM)
        .plannedParticipants(60).enrolledParticipants(52)
        .addSites(SiteRow.of(site, 60, 52))
        .build();
    List<TargetRow> targets = List.of(
        share("studies", studiesText, Measure.EXIT_STATUS, "0.35", 13, 36,
            genders(7, 18, 5, 15, 0, 1, 1, 2), 0, Forecast.of(8, 16)),
        share("internship", "20 % går vidare till praktik", Measure.EXIT_STATUS, "0.20", 6, 36,
            genders(4, 18, 2, 15, 0, 1, 0, 2), 0, Forecast.of(6, 16)),
        share("employment", CMD, Measure.EXIT_STATUS, "0.25", 10, 36,
            genders(4, 18, 6, 15, 0, 1, 0, 2), 0, Forecast.of(5, 16)),
        share("employability", "20 % har ökat sin upplevda anställningsbarhet", Measure.PERCEIVED_IMPROVEMENT,
            "0.20", 22, 30, genders(12, 15, 9, 13, 1, 1, 0, 1), 0, Forecast.of(0, 16)),
        TargetRow.builder().id("internship-places").type(TargetType.GROWTH)
            .description("Antalet praktikplatser ökar med 50 %").threshold(new BigDecimal("0.5"))
            .status(TargetStatus.NOT_ACHIEVED).numerator(11).denominator(8).value(0.375).countsPeople(false).build(),
        TargetRow.builder().id("tasks").type(TargetType.COUNT)
            .description("20 arbetsuppgifter identifieras").threshold(new BigDecimal("20"))
            .status(TargetStatus.ACHIEVED).numerator(23).value(23.0).countsPeople(false).build(),
        TargetRow.builder().id("reach").type(TargetType.ENROLMENT).description("60 deltagare")
            .status(TargetStatus.NOT_ACHIEVED).numerator(52).denominator(60).value(52.0 / 60)
            .putAllByGender(genders(26, 26, 22, 22, 1, 1, 3, 3)).addBySite(SiteRow.of(site, 60, 52))
            .shareWomen(0.5).build());
    return ProgressReport.builder()
        .facts(facts).asOf(AS_OF).targets(targets)
        .addIndicators(
            indicator("EECO01", "total number of participants", 52, 26, 22, 1, 3),
            indicator("EECO02", "unemployed, including long-term unemployed", 40, 20, 17, 1, 2),
            indicator("EECO03", "long-term unemployed", 30, 15, 13, 0, 2),
            indicator("EECO12", "participants with disabilities", 12, 7, 5, 0, 0),
            indicator("EECR04", "participants in employment, including self-employment, upon leaving", 9, 4, 5, 0, 0))
        .participationLength(ParticipationLength.builder().participants(36).medianDays(212.0).meanDays(228.4).build())
        .costs(CostFigures.builder().cost(Money.sek("14170499")).participants(52).successfulOutcomes(10)
            .outcomeTargetId("employment").build())
        .matching(MatchingSummary.builder().strategy("optimal").participants(16).tasks(23).assigned(14)
            .meanScore(0.71).build())
        .addEnrolment(
            EnrolmentPoint.of(LocalDate.of(2020, 12, 31), 4),
            EnrolmentPoint.of(LocalDate.of(2021, 3, 31), 11),
            EnrolmentPoint.of(LocalDate.of(2021, 6, 30), 19),
            EnrolmentPoint.of(LocalDate.of(2021, 9, 30), 27),
            EnrolmentPoint.of(LocalDate.of(2021, 12, 31), 34),
            EnrolmentPoint.of(LocalDate.of(2022, 3, 31), 41),
            EnrolmentPoint.of(LocalDate.of(2022, 6, 30), 52))
        .build();
  }

  static IndicatorRow indicator(String code, String name, int total, int w, int m, int nb, int nr) {
    return IndicatorRow.builder().code(code).name(name).total(total)
        .putByGender(Gender.WOMAN, w).putByGender(Gender.MAN, m).putByGender(Gender.NON_BINARY, nb)
        .putByGender(Gender.NOT_REPORTED, nr).build();
  }
}
