package org.esfkit.reporting.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders a {@link ReportView} as one self-contained HTML page through the precompiled jte template
 * {@code src/main/jte/report.jte}. jte's HTML content type escapes every {@code ${...}} for its
 * context (text or attribute), so nothing from the report reaches the page unescaped; the page
 * carries no script and a Content-Security-Policy that forbids loading anything.
 */
public final class HtmlRenderer {
  private static final String TEMPLATES = "org.esfkit.reporting.internal.templates";
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(null, ContentType.Html, HtmlRenderer.class.getClassLoader(), TEMPLATES);

  private HtmlRenderer() {}

  /**
   * Renders the page.
   *
   * @param view the view
   * @return the HTML text
   */
  public static String render(ReportView view) {
    StringOutput out = new StringOutput();
    ENGINE.render("report.jte", view, out);
    return out.toString();
  }
}
