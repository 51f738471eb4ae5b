package org.esfkit.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.esfkit.reporting.internal.CsvRenderer;
import org.esfkit.reporting.internal.HtmlRenderer;
import org.esfkit.reporting.internal.JsonRenderer;
import org.esfkit.reporting.internal.MarkdownRenderer;
import org.esfkit.reporting.internal.ViewBuilder;
import org.esfkit.reporting.internal.XlsxRenderer;

/**
 * Renders a {@link ProgressReport} in any {@link ReportFormat}. Text output is deterministic: the
 * same report and options give the same bytes (no rendering timestamp, fixed ordering, number
 * formats independent of the JVM's default locale); an XLSX workbook holds the same cells each
 * time, but its library stamps the time of writing into it. Stateless and thread-safe: reports may be rendered from
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
   * @param format a text format
   * @return the rendered text
   * @throws IllegalArgumentException for a {@link ReportFormat#binary() binary} format (XLSX)
   */
  public static String render(ProgressReport report, ReportOptions options, ReportFormat format) {
    switch (format) {
      case XLSX:
        throw new IllegalArgumentException("XLSX is a binary format; write it to a stream or a file with ReportWriter.write");
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
   * Renders a report onto a stream: a text format as UTF-8, XLSX as its workbook.
   *
   * @param report the report
   * @param options locale, small-cell threshold and mode
   * @param format the format
   * @param out where to write; flushed, left open
   * @throws IOException if writing fails
   */
  public static void write(ProgressReport report, ReportOptions options, ReportFormat format, OutputStream out)
      throws IOException {
    if (format.binary()) {
      XlsxRenderer.write(report, options, out);
    } else {
      out.write(render(report, options, format).getBytes(StandardCharsets.UTF_8));
    }
    out.flush();
  }

  /**
   * Renders a report into a file, in the format its extension names ({@code .html}, {@code .md},
   * {@code .csv}, {@code .xlsx}, {@code .json}), text as UTF-8.
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
    try (OutputStream out = Files.newOutputStream(file)) {
      write(report, options, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return format;
  }
}
