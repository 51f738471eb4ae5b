package org.esfkit.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.core.CountOf;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.ShareResult;
import org.junit.jupiter.api.Test;

/** Example 8: the same report shared (small cells suppressed) and internal (every count shown). */
class ReportExampleTest {
  private final ProgressReport report = ReportExample.report(LocalDate.of(2013, 12, 31));

  @Test
  void rowsCarryTheMetricsFigures() {
    ShareResult self = (ShareResult) report.targets().get(0);

    assertThat(self.id()).isEqualTo("self-sufficient-3m");
    assertThat(self.numerator()).isEqualTo(21);
    assertThat(self.denominator()).isEqualTo(33);
    assertThat(self.pending()).isEqualTo(5);
    // employers are not people: their count is shown in a shared report whatever its size
    assertThat(report.targets()).filteredOn(t -> t.id().equals("host-employers-growth-50"))
        .singleElement().satisfies(t -> assertThat(((GrowthResult) t).of()).isEqualTo(CountOf.EMPLOYERS_HOSTING_INTERNS));
  }

  @Test
  void sharedReportHidesSmallCounts() {
    String shared = ReportExample.render(report, false);

    assertThat(shared).contains("Counts of people below 5 are hidden and shown as ..");
    // secondary suppression hides more than the small cells (hidden cells of a total must not
    // add up to fewer than 5); an empty denominator looks like any other hidden one
    assertThat(shared).contains(
        "| self-sufficient-3m | .. of 19 \\(..\\) | .. of .. \\(..\\) | .. of .. \\(..\\) | .. of .. \\(..\\) |");
    assertThat(shared).doesNotContain("\\(–\\)");
    assertThat(shared).contains("| 2011-03-31 | .. |");
  }

  @Test
  void internalReportShowsEveryCount() {
    String internal = ReportExample.render(report, true);

    assertThat(internal).contains("Internal report");
    assertThat(internal).doesNotContain("| .. |").doesNotContain(".. of");
    assertThat(internal).contains("| self-sufficient-3m | 11 of 19 \\(57.9%\\) | 10 of 14");
  }
}
