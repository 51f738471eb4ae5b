package org.esfkit.reporting;

import java.nio.file.Path;
import org.esfkit.testkit.GoldenFiles;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each format of one seed-like report, compared with its committed golden file. */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of(System.getProperty("esfkit.goldenDir", "src/test/resources/golden"));
  private static final ReportOptions SV = ReportOptions.defaults();
  private static final ReportOptions EN = ReportOptions.builder().locale(Locale.ENGLISH).build();

  private static String render(ReportOptions o, ReportFormat f) {
    return ReportWriter.render(Fixtures.allaKanArbeta(), o, f);
  }

  @Test
  void htmlInSwedishMatchesGoldenFile() {
    GoldenFiles.check(GOLDEN, "alla-kan-arbeta.sv.html", render(SV, ReportFormat.HTML));
  }

  @Test
  void htmlInEnglishMatchesGoldenFile() {
    GoldenFiles.check(GOLDEN, "alla-kan-arbeta.en.html", render(EN, ReportFormat.HTML));
  }

  @Test
  void markdownInSwedishMatchesGoldenFile() {
    GoldenFiles.check(GOLDEN, "alla-kan-arbeta.sv.md", render(SV, ReportFormat.MARKDOWN));
  }

  @Test
  void markdownInEnglishMatchesGoldenFile() {
    GoldenFiles.check(GOLDEN, "alla-kan-arbeta.en.md", render(EN, ReportFormat.MARKDOWN));
  }

  @Test
  void csvInSwedishMatchesGoldenFile() {
    GoldenFiles.check(GOLDEN, "alla-kan-arbeta.csv", render(SV, ReportFormat.CSV));
  }

  @Test
  void csvInEnglishMatchesGoldenFile() {
    GoldenFiles.check(GOLDEN, "alla-kan-arbeta.en.csv", render(EN, ReportFormat.CSV));
  }

  @Test
  void jsonMatchesGoldenFile() {
    GoldenFiles.check(GOLDEN, "alla-kan-arbeta.json", render(SV, ReportFormat.JSON));
  }

  @Test
  void internalJsonMatchesGoldenFile() {
    GoldenFiles.check(GOLDEN, "alla-kan-arbeta.internal.json",
        render(ReportOptions.builder().internal(true).build(), ReportFormat.JSON));
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    for (ReportFormat f : ReportFormat.values()) {
      if (f.binary()) {
        continue;
      }
      org.assertj.core.api.Assertions.assertThat(render(SV, f)).as(f.name()).isEqualTo(render(SV, f));
    }
  }
}
