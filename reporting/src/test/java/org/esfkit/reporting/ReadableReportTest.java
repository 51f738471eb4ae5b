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
import org.esfkit.metrics.CostMetrics;
import org.esfkit.metrics.Forecast;
import org.esfkit.metrics.ImmutableCostMetrics;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.IndicatorResult;
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

  /** A Markdown section from its heading to the next, or "" when there is none. */
  private static String section(String md, String heading) {
    int at = md.indexOf(heading + "\n");
    if (at < 0) {
      return "";
    }
    int end = md.indexOf("\n## ", at + heading.length());
    return md.substring(at, end < 0 ? md.length() : end);
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
    // the axis stops at 150 %, not at 300 %: at most seven ticks
    assertThat(svg).contains(">150%</text>").doesNotContain(">175%</text>").doesNotContain(">300%</text>");
    // no bar is wider than the plot (760 - 190 - 150 = 420 px); the long one is cut and says its value
    Matcher widths = Pattern.compile("<rect class=\"bar\" x=\"190.0\" y=\"[\\d.]+\" width=\"([\\d.]+)\"").matcher(svg);
    int bars = 0;
    while (widths.find()) {
      assertThat(Double.parseDouble(widths.group(1))).isLessThanOrEqualTo(420.0);
      bars++;
    }
    assertThat(bars).isGreaterThan(3);
    assertThat(svg).contains("275.0% ✓").contains("class=\"break\"");
    // bars are labelled with the target's words, cut at a word to fit the label column, the whole text in the bar's title
    assertThat(svg).contains(">20 % går vidare till…</text>")
        .contains(">Antalet praktikplatser…</text>")
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
    ProgressReport r = withTargets(List.of(done, open));
    // shared: 2 still needed beside 6 of 36 are small counts, hidden with the outlook they decide
    assertThat(section(md(r, EN), "## Forecast")).contains("| internship | .. | .. | .. |")
        .doesNotContain("| studies |");
    assertThat(section(md(r, ReportOptions.builder().locale(Locale.ENGLISH).internal(true).build()), "## Forecast"))
        .contains("| internship | 2 | 0 | No longer reachable |").doesNotContain("| studies |");
  }

  @Test
  void theSwedishReportNamesTheIndicatorsInSwedish() {
    // built-in indicators (their list set): an indicator added to the engine keeps its own name
    List<IndicatorResult> builtIn = Fixtures.allaKanArbeta().indicators().stream()
        .map(i -> (IndicatorResult) IndicatorResult.builder().from(i).list(IndicatorList.ESF_PLUS).build()).toList();
    ProgressReport r = ProgressReport.builder().from(Fixtures.allaKanArbeta()).indicators(builtIn)
        .indicatorCount(null).build();
    String sv = md(r, ReportOptions.defaults());
    assertThat(sv).contains("| EECO01 | totalt antal deltagare |")
        .contains("| EECR04 | deltagare som har arbete, inklusive egenföretagare, när de lämnar insatsen |")
        .doesNotContain("total number of participants");
    assertThat(md(r, EN)).contains("| EECO01 | total number of participants |");
  }

  @Test
  void aFailedParityIsExplainedWithoutShowingTheHiddenShare() {
    Target studies = Target.builder().id("studies").type(TargetType.SHARE).description("35 % till studier, "
        + "lika för kvinnor och män").measure(Measure.EXIT_STATUS).addStatuses(OutcomeStatus.STUDIES)
        .atLeast(new BigDecimal("0.35")).parity(Parity.EACH_GENDER).build();
    EsfProject project = EsfProject.builder().from(Fixtures.allaKanArbeta().project()).targets(List.of(studies))
        .build();
    // women 10 of 20, men 6 of 30, non-binary and not reported 5 of 10 each (no count under 5, so
    // nothing hidden): the men's share (20 %) is below 35 %
    ProgressReport shown = parityReport(project, 10, 20, 6, 30, Share.of(5, 10));
    String sv = md(shown, ReportOptions.defaults());
    assertThat(sv).contains("## Varför målet inte nås lika för kvinnor och män")
        .containsPattern("\\| studies \\| andelen män når inte 35.%, som målet kräver av kvinnor och män var för sig \\|")
        .doesNotContain("andelen kvinnor");
    assertThat(md(shown, EN)).contains("the share of men is below 35%");
    // women 8 of 18, men 3 of 15: 3 is a hidden count, so the parity verdict is hidden (main's
    // suppression) and so is why: the shared report says nothing of which gender falls short
    ProgressReport hidden = parityReport(project, 8, 18, 3, 15, Share.EMPTY);
    assertThat(md(hidden, ReportOptions.defaults())).doesNotContain("Varför målet inte nås")
        .doesNotContain("andelen män").doesNotContain("20,0").doesNotContain("| 3 |");
    assertThat(md(hidden, ReportOptions.builder().internal(true).build()))
        .containsPattern("\\| studies \\| andelen män når inte 35.%, som målet kräver av kvinnor och män var för sig \\|");
  }

  private static ProgressReport parityReport(EsfProject project, int wn, int wd, int mn, int md, Share other) {
    long n = wn + mn + 2 * other.numerator();
    long d = wd + md + 2 * other.denominator();
    ShareResult r = new ShareResult("studies", Fixtures.AS_OF, Status.NOT_ACHIEVED, false, null,
        new BigDecimal("0.35"), Share.of(n, d), 0, Map.of(Gender.WOMAN, Share.of(wn, wd), Gender.MAN,
            Share.of(mn, md), Gender.NON_BINARY, other, Gender.NOT_REPORTED, other), false,
        WilsonInterval.of(n, d), Forecast.of(10, 2, true));
    return ProgressReport.builder().from(Fixtures.allaKanArbeta()).project(project).targets(List.of(r)).build();
  }

  @Test
  void costsOverSeveralOutcomeTargetsDoNotGiveAHiddenTargetAway() {
    // 3 to studies (hidden) and 10 to work, no one in both: 13 with an outcome. Shown beside the
    // 10, the 13 would give the 3 away: the targets' successes and the 13 add up, so the 10 is
    // hidden too (13 - 10 is a small complement) and the 13, the sum of two hidden parts, stays
    ShareResult studies = Fixtures.share("studies", "0.35", 3, 36, Fixtures.genders(1, 18, 2, 15, 0, 1, 0, 2), 0, 0, 0);
    ShareResult work = Fixtures.share("work", "0.20", 10, 36, Fixtures.genders(5, 18, 5, 15, 0, 1, 0, 2), 0, 0, 0);
    ProgressReport base = withTargets(List.of(studies, work));
    ProgressReport r = ProgressReport.builder().from(base).costs(ImmutableCostMetrics.builder()
        .from(CostMetrics.of(base.project(), 52, 13)).outcomeTargets(List.of("studies", "work")).build()).build();
    String shared = md(r, EN);
    assertThat(section(shared, "## Costs")).contains("| Participants with a successful outcome \\(studies, work\\) | 13 |");
    assertThat(section(shared, "## Targets")).containsPattern("\\| studies \\|[^\\n]*\\| \\.\\. \\| 36 \\|")
        .containsPattern("\\| work \\|[^\\n]*\\| \\.\\. \\| 36 \\|");
    // the internal report shows every count
    assertThat(section(md(r, ReportOptions.builder().locale(Locale.ENGLISH).internal(true).build()), "## Targets"))
        .containsPattern("\\| work \\|[^\\n]*\\| 10 \\| 36 \\|");
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
