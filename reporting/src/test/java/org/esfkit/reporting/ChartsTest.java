package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.esfkit.core.CountOf;
import org.esfkit.core.ImmutableEsfProject;
import org.esfkit.core.ImmutableTarget;
import org.esfkit.core.Target;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.junit.jupiter.api.Test;

/** The charts stay readable: a large growth does not stretch the axis, and no chart is empty. */
class ChartsTest {
  private static String svg(String html, String id) {
    int from = html.indexOf("<svg id=\"" + id + "\"");
    return from < 0 ? "" : html.substring(from, html.indexOf("</svg>", from));
  }

  private static List<String> ticks(String svg) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<text [^>]*text-anchor=\"middle\">(\\d+)\u00a0%</text>").matcher(svg);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void aGrowthOf280PercentIsCutAtTheEdgeAndTheAxisKeepsSevenTicks() {
    List<TargetResult> targets = new ArrayList<>(Fixtures.allaKanArbeta().targets());
    targets.replaceAll(t -> t instanceof GrowthResult g ? new GrowthResult(g.id(), g.asOf(), Status.ACHIEVED, false,
        null, CountOf.EMPLOYERS_HOSTING_INTERNS, new BigDecimal("0.5"), 38L, 10) : t);
    ProgressReport r = ProgressReport.builder().from(Fixtures.allaKanArbeta()).targets(targets).build();
    String chart = svg(ReportWriter.render(r, ReportOptions.defaults(), ReportFormat.HTML), "chart-attainment");
    assertThat(ticks(chart)).containsExactly("0", "25", "50", "75", "100", "125", "150");
    // the bar ends at the edge (190 + 420), marked as cut, and its label says the value; the bar's
    // title names the target in its own words
    assertThat(chart).contains("<rect class=\"bar\" x=\"190.0\" y=\"137.0\" width=\"420.0\" height=\"16\">"
        + "<title>Antalet praktikplatser ökar med 50 %: 280,0\u00a0%</title></rect>")
        .contains("class=\"break\"").contains(">280,0\u00a0% ✓</text>");
  }

  @Test
  void aGenderChartWithEveryShareHiddenIsLeftOutAndItsTableKept() {
    ReportOptions high = ReportOptions.builder().suppressionThreshold(40).build();
    String html = ReportWriter.render(Fixtures.allaKanArbeta(), high, ReportFormat.HTML);
    assertThat(svg(html, "chart-gender")).isEmpty();
    assertThat(html).contains("id=\"by-gender-table\"");
    assertThat(svg(ReportWriter.render(Fixtures.allaKanArbeta(), ReportOptions.defaults(), ReportFormat.HTML),
        "chart-gender")).contains("class=\"bar\"");
  }

  @Test
  void barsWhoseWordsWouldReadAlikeAreLabelledWithTheirIds() {
    ProgressReport base = Fixtures.allaKanArbeta();
    List<Target> same = new ArrayList<>();
    for (Target t : base.project().targets()) {
      same.add(ImmutableTarget.copyOf(t).withDescription("Vi ser i dag att antalet personer som omfattas av projektet"));
    }
    ProgressReport r = ProgressReport.builder().from(base)
        .project(ImmutableEsfProject.copyOf(base.project()).withTargets(same)).build();
    String chart = svg(ReportWriter.render(r, ReportOptions.defaults(), ReportFormat.HTML), "chart-attainment");
    assertThat(chart).doesNotContain(">Vi ser i dag att antalet…</text>");
    assertThat(chart).contains("end\">studies</text>", "end\">internship</text>", "end\">internship-places</text>");
    // words that differ are still shown
    assertThat(svg(ReportWriter.render(base, ReportOptions.defaults(), ReportFormat.HTML), "chart-attainment"))
        .contains(">20 % går vidare till…</text>");
  }
}
