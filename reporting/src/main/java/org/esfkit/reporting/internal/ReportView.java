package org.esfkit.reporting.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the HTML and Markdown renderers show, already formatted and suppressed: sections of tables
 * and charts. Text here is plain (not escaped); each renderer escapes for its own format.
 *
 * @param lang the page's language tag ({@code sv} or {@code en})
 * @param title the report's title
 * @param subtitle the project's name and number
 * @param asOf the as-of line
 * @param note the suppression (or internal-use) note
 * @param sections the sections in order
 */
public record ReportView(String lang, String title, String subtitle, String asOf, String note, List<Section> sections) {

  /**
   * A section: a heading, an optional chart, and tables.
   *
   * @param id the section's id, for anchors
   * @param heading the heading
   * @param chart the chart, or null
   * @param tables the tables
   */
  public record Section(String id, String heading, @Nullable Chart chart, List<Table> tables) {}

  /**
   * A table whose first column holds row headers.
   *
   * @param id the table's id
   * @param caption the caption
   * @param columns the column headers, the row-header column's first
   * @param rows the rows
   */
  public record Table(String id, String caption, List<String> columns, List<Row> rows) {}

  /**
   * A table row.
   *
   * @param header the row header
   * @param cells the data cells
   */
  public record Row(String header, List<Cell> cells) {}

  /**
   * A data cell.
   *
   * @param text the text
   * @param cls the CSS class: {@code num} for numbers, {@code status-...} for statuses, or empty
   */
  public record Cell(String text, String cls) {}

  /**
   * An SVG chart with its text alternative.
   *
   * @param id the chart's id
   * @param title the chart's title (its accessible name)
   * @param desc the chart's description
   * @param width the width in pixels
   * @param height the height in pixels
   * @param rects the bars
   * @param lines axes, markers and reference lines
   * @param texts labels
   */
  public record Chart(String id, String title, String desc, int width, int height,
      List<Rect> rects, List<Line> lines, List<Text> texts) {}

  /**
   * A bar.
   *
   * @param x left
   * @param y top
   * @param w width
   * @param h height
   * @param cls the CSS class
   * @param title the bar's tooltip and accessible text
   */
  public record Rect(String x, String y, String w, String h, String cls, String title) {}

  /**
   * A line.
   *
   * @param x1 start x
   * @param y1 start y
   * @param x2 end x
   * @param y2 end y
   * @param cls the CSS class
   */
  public record Line(String x1, String y1, String x2, String y2, String cls) {}

  /**
   * A label.
   *
   * @param x anchor x
   * @param y baseline y
   * @param text the text
   * @param anchor {@code start}, {@code middle} or {@code end}
   */
  public record Text(String x, String y, String text, String anchor) {}
}
