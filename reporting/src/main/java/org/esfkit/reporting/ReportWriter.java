package org.esfkit.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.esfkit.reporting.internal.CsvRenderer;
import org.esfkit.reporting.internal.HtmlRenderer;
import org.esfkit.reporting.internal.JsonRenderer;
import org.esfkit.reporting.internal.MarkdownRenderer;
import org.esfkit.reporting.internal.ViewBuilder;

/**
 * Renders a {@link ProgressReport} in any {@link ReportFormat}. Output is deterministic: the same
 * report and options give the same bytes (no rendering timestamp, fixed ordering, number formats
 * independent of the JVM's default locale). Stateless and thread-safe: reports may be rendered from
 * several threads at once.
 *
 * <pre>{@code
 * ReportOptions shared = ReportOptions.builder().locale(Locale.ENGLISH).build();
 * ReportWriter.write(report, shared, Path.of("report.html"));   // format by extension
 * }</pre>
 */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * Renders a report as text.
   *
   * @param report the report
   * @param options locale, small-cell threshold and mode
   * @param format the format
   * @return the rendered text
   */
  public static String render(ProgressReport report, ReportOptions options, ReportFormat format) {
    switch (format) {
      case HTML:
        return HtmlRenderer.render(ViewBuilder.build(report, options));
      case MARKDOWN:
        return MarkdownRenderer.render(ViewBuilder.build(report, options));
      case CSV:
        return CsvRenderer.render(report, options);
      default:
        return JsonRenderer.render(report, options);
    }
  }

  /**
   * Renders a report into a file, in the format its extension names ({@code .html}, {@code .md},
   * {@code .csv}, {@code .json}), as UTF-8.
   *
   * @param report the report
   * @param options locale, small-cell threshold and mode
   * @param file the file to write, replaced if it exists
   * @return the format written
   * @throws org.esfkit.core.ValidationException if the extension names no format
   * @throws UncheckedIOException if the file cannot be written (unchecked, as esfkit's readers'
   *     exceptions are); its cause is the {@link IOException}
   */
  public static ReportFormat write(ProgressReport report, ReportOptions options, Path file) {
    ReportFormat format = ReportFormat.forFile(file);
    try {
      Files.writeString(file, render(report, options, format), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return format;
  }
}
