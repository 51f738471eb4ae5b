package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.esfkit.core.CountOf;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Parity;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Forecast;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.WilsonInterval;
import org.junit.jupiter.api.Test;

/** A report as a steering group member reads it (issue 12, "The reports"). */
class ReadableReportTest {
  private static final ReportOptions EN = ReportOptions.builder().locale(Locale.ENGLISH).build();

  private static String html(ProgressReport r, ReportOptions o) {
    return ReportWriter.render(r, o, ReportFormat.HTML);
  }

  private static String md(ProgressReport r, ReportOptions o) {
    return ReportWriter.render(r, o, ReportFormat.MARKDOWN);
  }

  /** The SVG of one chart. */
  private static String chart(String html, String id) {
    int at = html.indexOf("id=\"" + id + "\"");
    return at < 0 ? "" : html.substring(at, html.indexOf("</svg>", at));
  }

  private static ProgressReport withTargets(List<TargetResult> targets) {
    return ProgressReport.builder().from(Fixtures.allaKanArbeta()).targets(targets).build();
  }

  @Test
  void aGrowthFarAboveItsThresholdDoesNotStretchTheAxisAndBarsCarryTheTargetsWords() {
    List<TargetResult> targets = new ArrayList<>(Fixtures.allaKanArbeta().targets());
    targets.set(4, new GrowthResult("internship-places", Fixtures.AS_OF, Status.ACHIEVED, false, null,
        CountOf.EMPLOYERS_HOSTING_INTERNS, new BigDecimal("0.5"), 30L, 8));   // (30 - 8) / 8 = 275 %
    String svg = chart(html(withTargets(targets), EN), "chart-attainment");
    // the axis runs to 100 %, the thresholds' range, not to 300 %
    assertThat(svg).contains(">100%</text>").doesNotContain(">125%</text>").doesNotContain(">300%</text>");
    // no bar is wider than the plot (760 - 190 - 150 = 420 px); the long one says it runs on
    Matcher widths = Pattern.compile("<rect class=\"bar\" x=\"190.0\" y=\"[\\d.]+\" width=\"([\\d.]+)\"").matcher(svg);
    int bars = 0;
    while (widths.find()) {
      assertThat(Double.parseDouble(widths.group(1))).isLessThanOrEqualTo(420.0);
      bars++;
    }
    assertThat(bars).isGreaterThan(3);
    assertThat(svg).contains("275.0% ▸ ✓");
    // bars are labelled with the target's words, cut to fit, the whole text in the bar's title
    assertThat(svg).contains(">20 % går vidare till praktik</text>")
        .contains(">Antalet praktikplatser ökar…</text>")
        .contains("<title>Antalet praktikplatser ökar med 50 %: 275.0%</title>")
        .doesNotContain(">internship-places</text>");
  }

  @Test
  void aChartWhoseBarsAreAllHiddenIsLeftOutAndItsTableStays() {
    ShareResult small = Fixtures.share("studies", "0.35", 3, 8, Fixtures.genders(1, 4, 2, 4, 0, 0, 0, 0), 0, 0, 5);
    ProgressReport r = withTargets(List.of(small));
    String page = html(r, ReportOptions.defaults());
    assertThat(page).doesNotContain("id=\"chart-gender\"").doesNotContain("id=\"chart-attainment\"")
        .contains("id=\"by-gender-table\"");
    // internal: every bar is there
    assertThat(html(r, ReportOptions.builder().internal(true).build())).contains("id=\"chart-gender\"");
  }

  @Test
  void aFinalTargetHasNoForecastAndAFinalReportNoForecastSection() {
    ShareResult done = new ShareResult("studies", Fixtures.AS_OF, Status.ACHIEVED, true, null, new BigDecimal("0.35"),
        Share.of(13, 36), 0, Fixtures.genders(7, 18, 5, 15, 0, 1, 1, 2), null, WilsonInterval.of(13, 36),
        Forecast.of(0, 0, false));
    String final_ = md(withTargets(List.of(done)), EN);
    assertThat(final_).doesNotContain("## Forecast").doesNotContain("Still reachable").doesNotContain("No longer");
    // a target still open keeps its row; no one remaining is 0, not a hidden count
    ShareResult open = Fixtures.share("internship", "0.20", 6, 36, Fixtures.genders(4, 18, 2, 15, 0, 1, 0, 2), 0,
        2, 0);
    String both = md(withTargets(List.of(done, open)), EN);
    assertThat(both).contains("## Forecast").contains("| internship | 2 | 0 | No longer reachable |")
        .doesNotContain("| studies | 0 |");
  }

  @Test
  void theSwedishReportNamesTheIndicatorsInSwedish() {
    String sv = md(Fixtures.allaKanArbeta(), ReportOptions.defaults());
    assertThat(sv).contains("| EECO01 | totalt antal deltagare |")
        .contains("| EECR04 | deltagare som har ett arbete, inklusive egenföretagare, när de lämnar insatsen |")
        .doesNotContain("total number of participants");
    assertThat(md(Fixtures.allaKanArbeta(), EN)).contains("| EECO01 | total number of participants |");
  }

  @Test
  void aFailedParityIsExplainedWithoutShowingTheHiddenShare() {
    Target studies = Target.builder().id("studies").type(TargetType.SHARE).description("35 % till studier, "
        + "lika för kvinnor och män").measure(Measure.EXIT_STATUS).addStatuses(OutcomeStatus.STUDIES)
        .atLeast(new BigDecimal("0.35")).parity(Parity.EACH_GENDER).build();
    EsfProject project = EsfProject.builder().from(Fixtures.allaKanArbeta().project()).targets(List.of(studies))
        .build();
    // women 8 of 18, men 3 of 15: the men's share (20 %) is below 35 % and 3 is a hidden count
    ShareResult r = new ShareResult("studies", Fixtures.AS_OF, Status.NOT_ACHIEVED, false, null,
        new BigDecimal("0.35"), Share.of(11, 33), 0, Map.of(Gender.WOMAN, Share.of(8, 18), Gender.MAN, Share.of(3, 15),
            Gender.NON_BINARY, Share.EMPTY, Gender.NOT_REPORTED, Share.EMPTY), false, WilsonInterval.of(11, 33),
        Forecast.of(10, 2, true));
    ProgressReport report = ProgressReport.builder().from(Fixtures.allaKanArbeta()).project(project)
        .targets(List.of(r)).build();
    String sv = md(report, ReportOptions.defaults());
    assertThat(sv).contains("## Varför målet inte nås lika för kvinnor och män")
        .containsPattern("\\| studies \\| andelen män når inte 35.%, som målet kräver av kvinnor och män var för sig \\|")
        .containsPattern("\\| studies \\| 8 av 18 \\\\\\(44,4.%\\\\\\) \\| \\.\\. av 15 \\\\\\(\\.\\.\\\\\\) \\|")
        .doesNotContain("20,0 %");
    assertThat(md(report, EN)).contains("the share of men is below 35%");
  }

  @Test
  void headingsAreNotRepeatedAsCaptionsAndTheMatchingIsExplained() {
    String sv = md(Fixtures.allaKanArbeta(), ReportOptions.defaults());
    assertThat(sv).doesNotContain("**Mål**").doesNotContain("**Kostnader**").doesNotContain("**Projektfakta**")
        .contains("**Deltagare per ort**")   // a table that says more than its heading keeps its caption
        .contains("| Strategi | optimal: så många deltagare som möjligt får en uppgift, med högsta sammanlagda poäng |")
        .contains("| Medelpoäng för matchningarna \\(0–1: hur väl uppgift och deltagare passar ihop\\) |");
    String page = html(Fixtures.allaKanArbeta(), ReportOptions.defaults());
    // the caption stays for screen readers, hidden on screen
    assertThat(page).contains("<caption class=\"visually-hidden\">Mål</caption>")
        .contains("<caption>Deltagare per ort</caption>");
  }
}
