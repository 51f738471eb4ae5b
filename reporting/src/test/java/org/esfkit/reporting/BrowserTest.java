package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Opens HTML reports in headless Chromium and checks what a reader gets: the tables' values, the
 * charts with their text alternatives, contrast, no script run, no request leaving the page. Saves
 * PNG screenshots under target/browser/. Fails (does not skip) when Chromium is missing.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("esfkit.chromium", "/usr/bin/chromium"));
  private static final Path OUT = Path.of(System.getProperty("esfkit.buildDir", "target")).resolve("browser");

  private static final String TABLES = "[...document.querySelectorAll('table')].map(t => ({id: t.id, "
      + "caption: t.caption ? t.caption.textContent : null, "
      + "colHeaders: [...t.querySelectorAll('thead th')].map(h => h.getAttribute('scope')), "
      + "rows: [...t.tBodies[0].rows].map(r => [...r.cells].map(c => c.textContent.replace(/\\u00a0/g, ' ').trim())), "
      + "rowHeaderScopes: [...t.tBodies[0].rows].map(r => r.cells[0].tagName + ':' + r.cells[0].getAttribute('scope'))}))";

  private static final String CHARTS = "[...document.querySelectorAll('svg')].map(s => ({role: s.getAttribute('role'), "
      + "labelledby: s.getAttribute('aria-labelledby'), "
      + "names: (s.getAttribute('aria-labelledby') || '').split(' ').map(id => document.getElementById(id)).filter(e => e).map(e => e.textContent), "
      + "title: s.querySelector(':scope > title') ? s.querySelector(':scope > title').textContent : null, "
      + "desc: s.querySelector(':scope > desc') ? s.querySelector(':scope > desc').textContent : null, "
      + "bars: s.querySelectorAll('rect.bar, rect.bar-men').length, "
      + "table: !!s.closest('section').querySelector('table')}))";

  private static final String CONTRAST = "(() => {"
      + "const parse = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);"
      + "const lum = c => { const v = c.map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });"
      + "  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };"
      + "const bg = el => { for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;"
      + "  const m = c.match(/[\\d.]+/g); if (m && (m.length < 4 || Number(m[3]) > 0)) return parse(c); } return [255, 255, 255]; };"
      + "const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };"
      + "let text = 99, textAt = '', graphics = 99, graphicsAt = '';"
      + "for (const el of document.querySelectorAll('h1, h2, p, caption, th, td, figcaption')) {"
      + "  const r = ratio(parse(getComputedStyle(el).color), bg(el)); if (r < text) { text = r; textAt = el.tagName + '.' + el.className; } }"
      + "for (const el of document.querySelectorAll('svg text')) {"
      + "  const r = ratio(parse(getComputedStyle(el).fill), [255, 255, 255]); if (r < text) { text = r; textAt = 'svg text'; } }"
      + "for (const el of document.querySelectorAll('rect.bar, line.marker, line.planned, line.axis')) {"
      + "  const st = getComputedStyle(el); const c = el.tagName === 'rect' ? st.fill : st.stroke;"
      + "  const r = ratio(parse(c), [255, 255, 255]); if (r < graphics) { graphics = r; graphicsAt = el.tagName + '.' + el.getAttribute('class'); } }"
      + "return {text, textAt, graphics, graphicsAt}; })()";

  private static Path page(String name, ProgressReport report, ReportOptions options) throws Exception {
    Files.createDirectories(OUT);
    Path html = OUT.resolve(name + ".html");
    Files.writeString(html, ReportWriter.render(report, options, ReportFormat.HTML), StandardCharsets.UTF_8);
    return html.toAbsolutePath();
  }

  private static JsonNode row(JsonNode tables, String tableId, String header) {
    for (JsonNode t : tables) {
      if (t.get("id").asText().equals(tableId)) {
        for (JsonNode r : t.get("rows")) {
          if (r.get(0).asText().equals(header)) {
            return r;
          }
        }
      }
    }
    throw new AssertionError("no row '" + header + "' in table " + tableId + ": " + tables);
  }

  /** The page loaded, ran nothing, asked for nothing but itself, and logged no error. */
  private static void assertQuiet(Chromium c, Path html) {
    List<String> requested = new ArrayList<>();
    c.events("Network.requestWillBeSent").forEach(e -> requested.add(e.at("/params/request/url").asText()));
    assertThat(requested).as("requests made by the page").containsOnly(html.toUri().toString());
    assertThat(c.events("Runtime.exceptionThrown")).as("script exceptions").isEmpty();
    assertThat(c.events("Page.javascriptDialogOpening")).as("dialogs (alert) opened").isEmpty();
    assertThat(c.events("Runtime.consoleAPICalled")).as("console calls").isEmpty();
    assertThat(c.events("Log.entryAdded").stream().filter(e -> e.at("/params/entry/level").asText().equals("error")))
        .as("errors logged").isEmpty();
  }

  @Test
  void seedReportShowsItsFiguresAndChartsWithTextAlternatives() throws Exception {
    Path html = page("alla-kan-arbeta.sv", Fixtures.allaKanArbeta(), ReportOptions.defaults());
    try (Chromium c = Chromium.launch(CHROMIUM)) {
      c.open(html.toUri());
      assertThat(c.eval("document.documentElement.lang").asText()).isEqualTo("sv");
      assertThat(c.eval("document.title").asText()).isEqualTo("Lägesrapport: Alla kan arbeta (2020/00131)");

      JsonNode tables = c.evalJson(TABLES);
      assertThat(row(tables, "targets-table", "studies")).extracting(JsonNode::asText).containsExactly(
          "studies", "35 % går vidare till studier", "Andel (status vid avslut)", "35 %", "36,1 %", "✓ Uppnått",
          "13", "36", "22,5 % – 52,4 %", "–", "nej");
      assertThat(row(tables, "targets-table", "internship").get(5).asText()).isEqualTo("✗ Ej uppnått");
      assertThat(row(tables, "by-gender-table", "studies")).extracting(JsonNode::asText).containsExactly(
          "studies", "7 av 18 (38,9 %)", ".. av .. (..)", ".. av .. (..)", ".. av .. (..)");
      assertThat(row(tables, "facts-table", "Total projektbudget").get(1).asText()).isEqualTo("14 170 499 kr");
      assertThat(row(tables, "sites-table", "Härnösand")).extracting(JsonNode::asText)
          .containsExactly("Härnösand", "60", "52");
      assertThat(row(tables, "indicators-table", "EECR04").get(3).asText()).isEqualTo("..");
      assertThat(row(tables, "enrolment-table", "2020-12-31").get(1).asText()).isEqualTo("..");
      for (JsonNode t : tables) {
        assertThat(t.get("caption").asText()).as("caption of %s", t.get("id")).isNotBlank();
        assertThat(t.get("colHeaders")).extracting(JsonNode::asText).as("column header scopes").containsOnly("col");
        assertThat(t.get("rowHeaderScopes")).extracting(JsonNode::asText).as("row headers").containsOnly("TH:row");
      }

      JsonNode charts = c.evalJson(CHARTS);
      assertThat(charts).hasSize(3);
      assertThat(charts).extracting(ch -> ch.get("title").asText()).containsExactly(
          "Måluppfyllelse mot målnivå", "Utfall för kvinnor och män", "Inskrivna deltagare över tid");
      for (JsonNode ch : charts) {
        assertThat(ch.get("role").asText()).isEqualTo("img");
        assertThat(ch.get("names")).as("aria-labelledby resolves to title and desc").hasSize(2);
        assertThat(ch.get("desc").asText()).isNotBlank();
        assertThat(ch.get("bars").asInt()).as("bars drawn").isPositive();
        assertThat(ch.get("table").asBoolean()).as("data table beside the chart").isTrue();
      }

      JsonNode contrast = c.evalJson(CONTRAST);
      assertThat(contrast.get("text").asDouble()).as("text contrast, worst at %s", contrast.get("textAt"))
          .isGreaterThanOrEqualTo(4.5);
      assertThat(contrast.get("graphics").asDouble()).as("graphics contrast, worst at %s", contrast.get("graphicsAt"))
          .isGreaterThanOrEqualTo(3.0);

      c.screenshot(OUT.resolve("alla-kan-arbeta.sv.png"));
      for (String chart : List.of("chart-attainment", "chart-gender", "chart-enrolment")) {
        c.screenshot("#" + chart, OUT.resolve(chart + ".sv.png"));
      }
      assertQuiet(c, html);
    }
  }

  @Test
  void englishReportDeclaresItsLanguage() throws Exception {
    Path html = page("alla-kan-arbeta.en", Fixtures.allaKanArbeta(),
        ReportOptions.builder().locale(Locale.ENGLISH).build());
    try (Chromium c = Chromium.launch(CHROMIUM)) {
      c.open(html.toUri());
      assertThat(c.eval("document.documentElement.lang").asText()).isEqualTo("en");
      JsonNode tables = c.evalJson(TABLES);
      assertThat(row(tables, "targets-table", "studies").get(5).asText()).isEqualTo("✓ Achieved");
      assertThat(row(tables, "targets-table", "studies").get(4).asText()).isEqualTo("36.1%");
      c.screenshot(OUT.resolve("alla-kan-arbeta.en.png"));
      assertQuiet(c, html);
    }
  }

  @Test
  void hostileTextsStayTextNoScriptRunsAndNothingIsRequested() throws Exception {
    Path html = page("hostile", Fixtures.hostile(), ReportOptions.defaults());
    try (Chromium c = Chromium.launch(CHROMIUM)) {
      c.open(html.toUri());
      assertThat(c.eval("document.querySelectorAll('script, img, iframe, object, embed, [onerror], [onload]').length")
          .asInt()).as("active elements").isZero();
      JsonNode tables = c.evalJson(TABLES);
      assertThat(row(tables, "sites-table", Fixtures.SCRIPT).get(0).asText()).isEqualTo(Fixtures.SCRIPT);
      assertThat(row(tables, "facts-table", "Projektägare").get(1).asText())
          .isEqualTo(Fixtures.IMG + " " + Fixtures.CMD);
      assertThat(row(tables, "targets-table", "studies").get(1).asText()).isEqualTo(Fixtures.HYPERLINK);
      c.screenshot(OUT.resolve("hostile.png"));
      assertQuiet(c, html);
    }
  }
}
