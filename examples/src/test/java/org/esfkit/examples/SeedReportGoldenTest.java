package org.esfkit.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.metrics.Cohort;
import org.esfkit.reporting.ReportFormat;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.ReportWriter;
import org.esfkit.testkit.GoldenFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report of a real seed project — Alla kan arbeta on its synthetic cohort, as of the project's
 * last day, in the shared (suppressed) Swedish form — in every format, compared with committed
 * golden files. Regenerate them, when the output changes on purpose, with
 * {@code ./mvnw -pl examples -am test -Desfkit.updateGolden=true -Dtest=SeedReportGoldenTest
 * -Dsurefire.failIfNoSpecifiedTests=false} and review the diff.
 */
class SeedReportGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = "XLSX", mode = EnumSource.Mode.EXCLUDE)  // XLSX: not byte-reproducible, XlsxReportTest reads it back
  void allaKanArbetaReportMatchesItsGoldenFile(ReportFormat format) {
    SeedCohort c = SyntheticCohorts.cohort(Seed.ALLA_KAN_ARBETA);
    LocalDate end = c.project().period().end();
    ProgressReport report = ProgressReport.of(Cohort.builder(c.project()).register(c.register())
        .placements(c.placements()).tasks(c.tasks()).build(), end);

    String rendered = ReportWriter.render(report, ReportOptions.defaults(), format);

    GoldenFiles.check(GOLDEN, "alla-kan-arbeta-" + end + "." + format.extension(), rendered);
  }
}
