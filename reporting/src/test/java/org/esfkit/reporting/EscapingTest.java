package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import org.esfkit.reporting.internal.MarkdownRenderer;
import org.junit.jupiter.api.Test;

/** HTML and spreadsheet formulas in free texts stay inert in every format. */
class EscapingTest {
  private static final ReportOptions SV = ReportOptions.defaults();

  private static String render(ReportFormat f) {
    return ReportWriter.render(Fixtures.hostile(), SV, f);
  }

  @Test
  void htmlEscapesSiteNamesAndFreeTexts() {
    String html = render(ReportFormat.HTML);
    assertThat(html).doesNotContain(Fixtures.SCRIPT).doesNotContain("<img").doesNotContain("<script");
    assertThat(Pattern.compile("<[^>]*\\bon[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
        .as("an event-handler attribute inside a tag").isFalse();
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(2)&gt;");
  }

  @Test
  void htmlLoadsNothingAndRunsNothing() {
    String html = render(ReportFormat.HTML);
    assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
    assertThat(Pattern.compile("<[^>]*\\s(src|href|xlink:href)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
        .as("a tag that loads something").isFalse();
  }

  @Test
  void markdownEscapesTagsLinksAndTableSyntax() {
    String md = render(ReportFormat.MARKDOWN);
    assertThat(md).doesNotContain("<script").doesNotContain("<img");
    assertThat(md).contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;");
    assertThat(MarkdownRenderer.escape("[x](javascript:alert(1))")).isEqualTo("\\[x\\]\\(javascript:alert\\(1\\)\\)");
    assertThat(MarkdownRenderer.escape("a|b\nc")).isEqualTo("a\\|b c");
    assertThat(MarkdownRenderer.escape("# heading")).isEqualTo("\\# heading");
    assertThat(MarkdownRenderer.escape("<5 & 6 &amp;")).isEqualTo("<5 & 6 &amp;amp;");
    assertThat(MarkdownRenderer.escape("![i](x)")).isEqualTo("\\!\\[i\\]\\(x\\)");
  }

  @Test
  void jsonCarriesHostileTextsAsPlainStrings() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(render(ReportFormat.JSON));
    JsonNode reach = doc.get("targets").get(6);
    assertThat(reach.get("id").asText()).isEqualTo("reach");
    assertThat(reach.get("by_site").fieldNames().next()).isEqualTo(Fixtures.SCRIPT);
  }
}
