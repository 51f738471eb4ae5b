package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.esfkit.core.ValidationException;
import org.esfkit.metrics.TargetResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the format by extension, writing files, options and labels. */
class ReportFormatTest {
  @Test
  void formatIsChosenByExtension() {
    assertThat(ReportFormat.forFile(Path.of("out/r.html"))).isEqualTo(ReportFormat.HTML);
    assertThat(ReportFormat.forFile(Path.of("R.HTM"))).isEqualTo(ReportFormat.HTML);
    assertThat(ReportFormat.forFile(Path.of("r.md"))).isEqualTo(ReportFormat.MARKDOWN);
    assertThat(ReportFormat.forFile(Path.of("r.markdown"))).isEqualTo(ReportFormat.MARKDOWN);
    assertThat(ReportFormat.forFile(Path.of("r.csv"))).isEqualTo(ReportFormat.CSV);
    assertThat(ReportFormat.forFile(Path.of("r.xlsx"))).isEqualTo(ReportFormat.XLSX);
    assertThat(ReportFormat.forFile(Path.of("r.json"))).isEqualTo(ReportFormat.JSON);
  }

  @Test
  void unknownExtensionIsRejectedNamingTheFile() {
    assertThatThrownBy(() -> ReportFormat.forFile(Path.of("report.txt")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("report.txt").hasMessageContaining(".html, .md, .csv, .xlsx, .json");
  }

  @Test
  void writeRendersTheFormatTheExtensionNames(@TempDir Path dir) throws Exception {
    Path md = dir.resolve("r.md");
    assertThat(ReportWriter.write(Fixtures.allaKanArbeta(), ReportOptions.defaults(), md))
        .isEqualTo(ReportFormat.MARKDOWN);
    assertThat(Files.readString(md, StandardCharsets.UTF_8)).startsWith("# Lägesrapport: Alla kan arbeta");
  }

  @Test
  void optionsRejectUnsupportedLocalesAndThresholdsBelowOne() {
    assertThatThrownBy(() -> ReportOptions.builder().locale(Locale.GERMAN).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("de");
    assertThatThrownBy(() -> ReportOptions.builder().suppressionThreshold(0).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("0");
  }

  @Test
  void languagesFollowTheLocale() {
    String en = ReportWriter.render(Fixtures.allaKanArbeta(), ReportOptions.builder().locale(Locale.ENGLISH).build(),
        ReportFormat.HTML);
    String sv = ReportWriter.render(Fixtures.allaKanArbeta(), ReportOptions.defaults(), ReportFormat.HTML);
    assertThat(en).contains("<html lang=\"en\">").contains("Progress report").contains("✓ Achieved");
    assertThat(sv).contains("<html lang=\"sv\">").contains("Lägesrapport").contains("✓ Uppnått");
  }

  @Test
  void duplicateTargetIdsAreRejected() {
    TargetResult t = Fixtures.allaKanArbeta().targets().get(0);
    assertThatThrownBy(() -> ProgressReport.builder().from(Fixtures.allaKanArbeta()).addTargets(t).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("studies");
  }
}
