package org.esfkit.reporting;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each format of one seed-like report, compared with its committed golden file. */
class GoldenFilesTest {
  private static final ReportOptions SV = ReportOptions.defaults();
  private static final ReportOptions EN = ReportOptions.builder().locale(Locale.ENGLISH).build();

  private static String render(ReportOptions o, ReportFormat f) {
    return ReportWriter.render(Fixtures.allaKanArbeta(), o, f);
  }

  @Test
  void htmlInSwedishMatchesGoldenFile() throws IOException {
    Golden.check("alla-kan-arbeta.sv.html", render(SV, ReportFormat.HTML));
  }

  @Test
  void htmlInEnglishMatchesGoldenFile() throws IOException {
    Golden.check("alla-kan-arbeta.en.html", render(EN, ReportFormat.HTML));
  }

  @Test
  void markdownInSwedishMatchesGoldenFile() throws IOException {
    Golden.check("alla-kan-arbeta.sv.md", render(SV, ReportFormat.MARKDOWN));
  }

  @Test
  void markdownInEnglishMatchesGoldenFile() throws IOException {
    Golden.check("alla-kan-arbeta.en.md", render(EN, ReportFormat.MARKDOWN));
  }

  @Test
  void csvMatchesGoldenFile() throws IOException {
    Golden.check("alla-kan-arbeta.csv", render(SV, ReportFormat.CSV));
  }

  @Test
  void jsonMatchesGoldenFile() throws IOException {
    Golden.check("alla-kan-arbeta.json", render(SV, ReportFormat.JSON));
  }

  @Test
  void internalJsonMatchesGoldenFile() throws IOException {
    Golden.check("alla-kan-arbeta.internal.json",
        render(ReportOptions.builder().internal(true).build(), ReportFormat.JSON));
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    for (ReportFormat f : ReportFormat.values()) {
      org.assertj.core.api.Assertions.assertThat(render(SV, f)).as(f.name()).isEqualTo(render(SV, f));
    }
  }
}
