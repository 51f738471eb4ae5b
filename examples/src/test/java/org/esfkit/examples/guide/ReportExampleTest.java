package org.esfkit.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.TargetRow;
import org.junit.jupiter.api.Test;

/** Example 8: the same report shared (small cells suppressed) and internal (every count shown). */
class ReportExampleTest {
  private final ProgressReport report = ReportExample.report(LocalDate.of(2013, 12, 31));

  @Test
  void rowsCarryTheMetricsFigures() {
    TargetRow self = report.targets().get(0);

    assertThat(self.id()).isEqualTo("self-sufficient-3m");
    assertThat(self.numerator()).isEqualTo(21);
    assertThat(self.denominator()).isEqualTo(33);
    assertThat(self.pending()).isEqualTo(5);
    assertThat(report.targets()).filteredOn(t -> t.id().equals("host-employers-growth-50"))
        .singleElement().satisfies(t -> assertThat(t.countsPeople()).isFalse());
  }

  @Test
  void sharedReportHidesSmallCounts() {
    String shared = ReportExample.render(report, false);

    assertThat(shared).contains("Counts of people below 5 are shown as <5");
    assertThat(shared).contains("| self-sufficient-3m | 11 of 19 \\(57.9%\\) | hidden of 14 \\(hidden\\) | <5 of <5 \\(–\\) |");
    assertThat(shared).contains("| 2011-03-31 | <5 |");
  }

  @Test
  void internalReportShowsEveryCount() {
    String internal = ReportExample.render(report, true);

    assertThat(internal).contains("Internal report");
    assertThat(internal).doesNotContain("<5").doesNotContain("hidden of");
    assertThat(internal).contains("| self-sufficient-3m | 11 of 19 \\(57.9%\\) | 10 of 14");
  }
}
