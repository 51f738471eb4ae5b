package org.esfkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.esfkit.metrics.Cohort;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportFormat;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.ReportWriter;
import org.esfkit.testkit.DisclosureChecker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared report of each seed project on its synthetic cohort, halfway through the project and
 * on its last day, gives no hidden count, and no small change between two dates of its series,
 * away to {@link DisclosureChecker}.
 */
class SharedReportDisclosureTest {
  static List<Arguments> seedsAndDates() {
    List<Arguments> out = new ArrayList<>();
    for (Seed seed : Seed.values()) {
      SeedCohort c = SyntheticCohorts.cohort(seed);
      LocalDate start = c.project().period().start();
      LocalDate end = c.project().period().end();
      out.add(Arguments.of(seed, start.plusDays(ChronoUnit.DAYS.between(start, end) / 2)));
      out.add(Arguments.of(seed, end));
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("seedsAndDates")
  void nothingHiddenIsRecoverable(Seed seed, LocalDate asOf) {
    SeedCohort c = SyntheticCohorts.cohort(seed);
    ProgressReport report = ProgressReport.of(Cohort.builder(c.project()).register(c.register())
        .placements(c.placements()).tasks(c.tasks()).build(), asOf);
    String json = ReportWriter.render(report, ReportOptions.defaults(), ReportFormat.JSON);

    assertThat(json).contains("\"..\"");
    // the checker sees the series the other formats show, and the forecast's threshold
    assertThat(json).contains("\"series\"");
    if (json.contains("\"forecast\"")) {
      assertThat(json).contains("\"threshold\"");
    }
    assertThat(DisclosureChecker.check(json)).as("%s as of %s", seed, asOf).isEmpty();
  }
}
