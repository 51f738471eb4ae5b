package org.esfkit.core.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes CSV the way esfkit's readers read it: comma-separated, LF line ends, a field quoted when
 * it holds a comma, semicolon, quote, line break or surrounding blanks (quotes doubled). Values
 * are written as they are: interchange files are data; report exports neutralise formulas.
 */
public final class CsvOut {
  private final Writer out;

  private CsvOut(Writer out) {
    this.out = out;
  }

  private void row(List<String> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quote(cells.get(i)));
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a whole table: a header of the base columns plus those optional columns some row has a
   * value for, then one line per row.
   *
   * @param out where the text goes
   * @param base columns always written
   * @param optional columns written only when some row has a value
   * @param rows column name to cell ("" for not recorded)
   * @throws UncheckedIOException if writing fails
   */
  public static void table(Writer out, List<String> base, List<String> optional, List<Map<String, String>> rows) {
    List<String> columns = new ArrayList<>(base);
    for (String c : optional) {
      if (rows.stream().anyMatch(r -> !r.getOrDefault(c, "").isEmpty())) {
        columns.add(c);
      }
    }
    CsvOut csv = new CsvOut(out);
    csv.row(columns);
    for (Map<String, String> r : rows) {
      List<String> cells = new ArrayList<>();
      for (String c : columns) {
        cells.add(r.getOrDefault(c, ""));
      }
      csv.row(cells);
    }
  }

  /**
   * Joins tags or codes with {@code |}.
   *
   * @param owner names the record in a message
   * @param column the column
   * @param values the values, in the order written
   * @return the cell
   * @throws org.esfkit.core.ValidationException if a value contains {@code |}, which cannot be read back
   */
  public static String joined(String owner, String column, Collection<String> values) {
    for (String v : values) {
      org.esfkit.core.ValidationException.check(v.indexOf('|') < 0 && v.equals(v.strip()) && !v.isEmpty(),
          "%s: %s value '%s' cannot be written in a |-separated cell", owner, column, v);
    }
    return String.join("|", values);
  }

  /**
   * Quotes a field if needed.
   *
   * @param value the field
   * @return the field as written
   */
  static String quote(String value) {
    boolean needs = !value.equals(value.strip()) || value.chars().anyMatch(c -> c == ',' || c == ';' || c == '"'
        || c == '\n' || c == '\r');
    return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /**
   * Writes {@code yes}, {@code no} or empty.
   *
   * @param b the value
   * @return the cell
   */
  public static String yesNo(@org.jspecify.annotations.Nullable Boolean b) {
    return b == null ? "" : b ? "yes" : "no";
  }

  /**
   * Writes a value's text, or empty.
   *
   * @param o the value
   * @return the cell
   */
  public static String text(@org.jspecify.annotations.Nullable Object o) {
    return o == null ? "" : o.toString();
  }
}
