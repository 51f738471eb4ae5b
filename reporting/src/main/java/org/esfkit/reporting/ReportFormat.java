package org.esfkit.reporting;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.esfkit.core.ValidationException;

/** The formats a report renders to, chosen by file extension. Immutable and thread-safe. */
public enum ReportFormat {
  /** One self-contained HTML page with inline SVG charts ({@code .html}). */
  HTML("html"),
  /** Markdown ({@code .md}). */
  MARKDOWN("md"),
  /**
   * CSV, one row per target and gender ({@code .csv}); in a Swedish report separated by
   * semicolons with decimal commas, as Excel set to Swedish reads it.
   */
  CSV("csv"),
  /**
   * An Excel workbook ({@code .xlsx}): the targets and the indicators with numbers as numbers. Binary:
   * write it with {@link ReportWriter#write(ProgressReport, ReportOptions, ReportFormat,
   * java.io.OutputStream)} or to a file.
   */
  XLSX("xlsx"),
  /** JSON in the shape of {@code esfkit metrics} ({@code .json}). */
  JSON("json");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /**
   * The file extension, without the dot.
   *
   * @return e.g. {@code md}
   */
  public String extension() {
    return extension;
  }

  /**
   * Whether the format is binary: {@link ReportWriter#render} cannot return it as text.
   *
   * @return true for {@link #XLSX}
   */
  public boolean binary() {
    return this == XLSX;
  }

  /**
   * Chooses the format by a file's extension (case-insensitive; {@code .htm} and
   * {@code .markdown} are accepted too).
   *
   * @param file the output file
   * @return the format
   * @throws ValidationException naming the file and the known extensions if none matches
   */
  public static ReportFormat forFile(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    int dot = text.lastIndexOf('.');
    String ext = dot < 0 ? "" : text.substring(dot + 1);
    switch (ext) {
      case "htm":
        return HTML;
      case "markdown":
        return MARKDOWN;
      default:
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst()
            .orElseThrow(() -> new ValidationException("cannot tell the report format of '" + file
                + "'; use one of " + Arrays.stream(values()).map(f -> "." + f.extension)
                .collect(Collectors.joining(", "))));
    }
  }
}
