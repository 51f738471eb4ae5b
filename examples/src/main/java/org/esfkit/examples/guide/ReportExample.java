package org.esfkit.examples.guide;

import java.time.LocalDate;
import java.util.Locale;
import org.esfkit.examples.Seed;
import org.esfkit.examples.SeedCohort;
import org.esfkit.examples.SyntheticCohorts;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.metrics.Cohort;
import org.esfkit.reporting.ReportFormat;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.ReportWriter;

/**
 * Example 8 — a progress report of the seed project Kraftverket, rendered as Markdown for
 * sharing (small-cell suppression on: counts of people below 5 shown as {@code <5}) and for
 * internal use (every count shown). {@code ReportWriter.write(report, options, path)} picks the
 * format from the file's extension ({@code .html}, {@code .md}, {@code .csv}, {@code .json}).
 *
 * <p>{@link ProgressReport#of(Cohort, LocalDate)} evaluates the project with esfkit-metrics and fills the
 * report: facts, targets, common indicators (Kraftverket, 2007-2013, gets the 2014-2020 list for
 * comparison), participation length, costs and enrolment over time.
 * Test: {@code ReportExampleTest}.
 */
public final class ReportExample {
  private ReportExample() {}

  /**
   * Prints the shared report, then the internal one.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ProgressReport report = report(LocalDate.of(2013, 12, 31));
    System.out.println(render(report, false));
    System.out.println(render(report, true));
  }

  /**
   * Kraftverket's report as of a date.
   *
   * @param asOf the report date
   * @return the report
   */
  public static ProgressReport report(LocalDate asOf) {
    SeedCohort seed = SyntheticCohorts.cohort(Seed.KRAFTVERKET);
    Cohort cohort = Cohort.builder(seed.project()).register(seed.register()).placements(seed.placements())
        .tasks(seed.tasks()).build();
    return ProgressReport.of(cohort, asOf);
  }

  /**
   * Renders a report as English Markdown.
   *
   * @param report the report
   * @param internal true for the project's own staff (nothing suppressed), false for sharing
   * @return the Markdown
   */
  public static String render(ProgressReport report, boolean internal) {
    ReportOptions options = ReportOptions.builder()
        .locale(Locale.ENGLISH)
        .suppressionThreshold(5)    // the default, stated for the example
        .internal(internal)
        .build();
    return ReportWriter.render(report, options, ReportFormat.MARKDOWN);
  }
}
