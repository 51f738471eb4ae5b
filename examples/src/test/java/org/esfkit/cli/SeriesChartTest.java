package org.esfkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.esfkit.examples.Seed;
import org.esfkit.examples.SeedCohort;
import org.esfkit.examples.SyntheticCohorts;
import org.esfkit.metrics.Cohort;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportFormat;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.ReportWriter;
import org.junit.jupiter.api.Test;

/**
 * Every point of a series chart lies inside its plot, a value below zero too: Alla kan arbeta's
 * growth of internship places is -40 % early on, drawn below the baseline rather than off the chart.
 */
class SeriesChartTest {
  private static final Pattern CHART = Pattern.compile("<svg id=\"chart-series-[^\"]*\".*?</svg>", Pattern.DOTALL);
  private static final Pattern POINT = Pattern.compile("<rect class=\"bar\" x=\"[0-9.]+\" y=\"(-?[0-9.]+)\"");
  private static final Pattern AXIS = Pattern.compile("<line class=\"axis\" x1=\"[0-9.]+\" y1=\"([0-9.]+)\"");

  @Test
  void everyShownPointLiesBetweenTheTopAndTheAxis() {
    SeedCohort c = SyntheticCohorts.cohort(Seed.ALLA_KAN_ARBETA);
    LocalDate halfway = DemoCommand.midpoint(c.project());
    ProgressReport report = ProgressReport.of(Cohort.builder(c.project()).register(c.register())
        .placements(c.placements()).tasks(c.tasks()).build(), halfway);
    String html = ReportWriter.render(report, ReportOptions.defaults(), ReportFormat.HTML);
    assertThat(html).contains("2021-02-28: -40,0");
    Matcher chart = CHART.matcher(html);
    int charts = 0;
    while (chart.find()) {
      charts++;
      Matcher axis = AXIS.matcher(chart.group());
      assertThat(axis.find()).isTrue();
      double bottom = Double.parseDouble(axis.group(1));
      Matcher point = POINT.matcher(chart.group());
      while (point.find()) {
        double y = Double.parseDouble(point.group(1)) + 2.5;
        assertThat(y).as(chart.group().substring(0, 60)).isBetween(0.0, bottom);
      }
    }
    assertThat(charts).isPositive();
  }
}
