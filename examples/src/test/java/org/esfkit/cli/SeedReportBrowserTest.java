package org.esfkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.esfkit.core.EsfProject;
import org.esfkit.examples.Seed;
import org.esfkit.examples.SeedProjects;
import org.esfkit.reporting.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML reports {@code esfkit demo} writes for two seed projects (Alla kan arbeta, Kraftverket),
 * halfway through each project and on its last day, opened in headless Chromium as a steering group
 * member would open them: every chart draws at least one bar, no two texts of a chart overlap and
 * none is cut at the chart's edge, the
 * suppression mask is there, and a Swedish report holds no English sentence. Saves a full-page PNG
 * of each under {@code target/screenshots/} (docs/img/ holds copies). Fails (does not skip) when
 * Chromium is missing.
 */
class SeedReportBrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("esfkit.chromium", "/usr/bin/chromium"));
  private static final Path BUILD = Path.of(System.getProperty("esfkit.buildDir", "target"));
  private static final Path DEMO = BUILD.resolve("browser-demo");
  private static final Path SCREENSHOTS = BUILD.resolve("screenshots");

  /** Per chart: its id, its data bars (the legend's swatches left out), and every text's box. */
  private static final String CHARTS = "[...document.querySelectorAll('svg')].map(s => ({id: s.id, "
      + "left: s.getBoundingClientRect().x, right: s.getBoundingClientRect().right, "
      + "bars: [...s.querySelectorAll('rect.bar, rect.bar-men')].filter(r => r.querySelector('title')"
      + "  && r.querySelector('title').textContent.includes(':') && r.getBBox().width > 0).length, "
      + "texts: [...s.querySelectorAll('text')].map(t => { const b = t.getBoundingClientRect();"
      + "  return {text: t.textContent, x: b.x, y: b.y, w: b.width, h: b.height}; })}))";

  /** The page's text a reader sees, tables and charts included. */
  private static final String TEXT = "document.body.innerText + ' ' + [...document.querySelectorAll('svg text')]"
      + ".map(t => t.textContent).join(' ')";

  /** Words of English prose; none is Swedish, and none occurs in the seeds' own Swedish texts. */
  private static final String ENGLISH = "\\b(the|and|of|with|upon|participants|which|who|not computed|Target|"
      + "Achieved|Share|Women|Men)\\b";

  @BeforeAll
  static void runTheDemo() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Esfkit.run(new String[] {"demo", "--out", DEMO.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
  }

  static List<Arguments> reports() {
    List<Arguments> out = new ArrayList<>();
    for (Seed seed : List.of(Seed.ALLA_KAN_ARBETA, Seed.KRAFTVERKET)) {
      EsfProject p = SeedProjects.read(seed);
      out.add(Arguments.of(seed, "halfway", DemoCommand.midpoint(p)));
      out.add(Arguments.of(seed, "final", p.period().end()));
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("reports")
  void theReportReadsWell(Seed seed, String when, LocalDate asOf) throws Exception {
    Path html = DEMO.resolve(seed.slug()).resolve("report-" + asOf + ".html").toAbsolutePath();
    assertThat(html).exists();
    EsfProject p = SeedProjects.read(seed);
    try (Chromium c = Chromium.launch(CHROMIUM)) {
      c.open(html.toUri());
      assertThat(c.eval("document.documentElement.lang").asText()).isEqualTo("sv");
      assertThat(c.eval("document.title").asText()).contains(p.name());
      // first, so that a failing report can be looked at
      c.screenshot(SCREENSHOTS.resolve(seed.slug() + "-" + when + ".png"));

      JsonNode charts = c.evalJson(CHARTS);
      assertThat(charts).isNotEmpty();
      for (JsonNode chart : charts) {
        String id = chart.get("id").asText();
        assertThat(chart.get("bars").asInt()).as("%s: bars drawn (a chart whose every bar is hidden is empty)", id)
            .isPositive();
        List<JsonNode> texts = new ArrayList<>();
        chart.get("texts").forEach(texts::add);
        for (JsonNode t : texts) {
          double x = t.get("x").asDouble();
          assertThat(x >= chart.get("left").asDouble() - 1
              && x + t.get("w").asDouble() <= chart.get("right").asDouble() + 1)
              .as("%s: '%s' is cut at the chart's edge", id, t.get("text").asText()).isTrue();
        }
        for (int i = 0; i < texts.size(); i++) {
          for (int j = i + 1; j < texts.size(); j++) {
            assertThat(overlap(texts.get(i), texts.get(j))).as("%s: '%s' and '%s' overlap", id,
                texts.get(i).get("text").asText(), texts.get(j).get("text").asText()).isFalse();
          }
        }
      }

      String text = c.eval(TEXT).asText();
      assertThat(text).as("the suppression mask").contains("..");
      assertThat(text).as("English in a Swedish report").doesNotContainPattern(ENGLISH);

    }
    assertThat(Files.size(SCREENSHOTS.resolve(seed.slug() + "-" + when + ".png"))).isGreaterThan(10_000);
  }

  /** Whether two text boxes intersect by more than a pixel either way. */
  private static boolean overlap(JsonNode a, JsonNode b) {
    double ax = a.get("x").asDouble();
    double ay = a.get("y").asDouble();
    double bx = b.get("x").asDouble();
    double by = b.get("y").asDouble();
    return ax + a.get("w").asDouble() - 1 > bx && bx + b.get("w").asDouble() - 1 > ax
        && ay + a.get("h").asDouble() - 1 > by && by + b.get("h").asDouble() - 1 > ay;
  }
}
