package org.esfkit.core.io.internal;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.esfkit.core.internal.Text;
import org.esfkit.core.io.Problem;
import org.esfkit.core.io.ReadResult;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file split into a header and records: UTF-8 with or without BOM, LF, CRLF or CR line ends,
 * {@code ,} or {@code ;} chosen by which occurs more often in the header line, fields quoted with
 * {@code "} (doubled inside), quoted fields may span lines. Blank lines are skipped. Bounded: at
 * most {@link #MAX_BYTES} bytes, {@link #MAX_ROWS} rows and {@link #MAX_CELL_CHARS} characters a
 * cell. Surrounding blanks of unquoted cells are dropped. Every cell and column name is checked
 * against the text rule ({@link Text}).
 */
public final class CsvTable {
  /** The largest CSV file read, in bytes. */
  public static final int MAX_BYTES = 256 * 1024 * 1024;
  /** The most data rows read. */
  public static final int MAX_ROWS = 2_000_000;
  /** The longest cell, in characters. */
  public static final int MAX_CELL_CHARS = 10_000;

  /** One record: the line it starts on, its cells, and defects found while splitting it. */
  public static final class Record {
    final long line;
    final List<String> cells;
    final List<String> defects;

    Record(long line, List<String> cells, List<String> defects) {
      this.line = line;
      this.cells = cells;
      this.defects = defects;
    }

    /**
     * The line the record starts on.
     *
     * @return 1-based line
     */
    public long line() {
      return line;
    }
  }

  private final String source;
  private final String text;
  private final char delimiter;
  private final List<String> header;
  /** Where the data records start: just after the header. */
  private final int dataPos;
  private final long dataLine;
  private final int rowCount;
  private final Map<String, Integer> index = new LinkedHashMap<>();
  private boolean usable = true;

  private CsvTable(String source, String text, char delimiter, List<String> header, Splitter afterHeader,
      int rowCount) {
    this.source = source;
    this.text = text;
    this.delimiter = delimiter;
    this.header = header;
    this.dataPos = afterHeader.pos;
    this.dataLine = afterHeader.line;
    this.rowCount = rowCount;
  }

  /**
   * The input's name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The number of data records.
   *
   * @return the records after the header
   */
  public int rowCount() {
    return rowCount;
  }

  /**
   * The data records, in file order, split anew on each call ({@link #readRows} reads them one at
   * a time instead, so that a large file's records are never all held at once).
   *
   * @return the records
   */
  public List<Record> records() {
    List<Record> out = new ArrayList<>(rowCount);
    Splitter split = data();
    for (Record r = split.next(true); r != null; r = split.next(true)) {
      out.add(r);
    }
    return out;
  }

  private Splitter data() {
    return new Splitter(text, delimiter, source, dataPos, dataLine);
  }

  /**
   * The header's column names, lower-cased, in file order.
   *
   * @return the column names
   */
  public List<String> header() {
    return header;
  }

  /**
   * Tells whether the header has every required column, so rows can be read.
   *
   * @return true if rows can be read
   */
  public boolean usable() {
    return usable;
  }

  /**
   * Splits a CSV input. File-level problems (too large, not UTF-8, no header, an unterminated
   * quote, too many rows) go to {@code problems}.
   *
   * @param in the input
   * @param source the input's name
   * @param problems where problems go
   * @return the table, or null if the file could not be split at all
   * @throws org.esfkit.core.ImportException if the stream cannot be read
   */
  public static @Nullable CsvTable read(InputStream in, String source, List<Problem> problems) {
    byte[] bytes = Inputs.readBounded(in, source, MAX_BYTES);
    if (bytes == null) {
      problems.add(Inputs.tooLarge(source, MAX_BYTES));
      return null;
    }
    String text = decode(bytes, source, problems);
    if (text == null) {
      return null;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    char delimiter = delimiter(text);
    // a first pass finds the file-level problems before any row is read, keeping no cells
    Splitter check = new Splitter(text, delimiter, source, 0, 1);
    int records = 0;
    while (check.next(false) != null) {
      records++;
    }
    if (check.failure != null) {
      problems.add(check.failure);
      return null;
    }
    Splitter split = new Splitter(text, delimiter, source, 0, 1);
    Record first = split.next(true);
    if (first == null || first.line != 1) {
      problems.add(Problem.of(source, 1, "-", "the first line must be the header"));
      return null;
    }
    List<String> header = new ArrayList<>();
    for (String h : first.cells) {
      header.add(h.toLowerCase(Locale.ROOT));
    }
    return new CsvTable(source, text, delimiter, header, split, records - 1);
  }

  /**
   * Checks the header against the columns a format knows; unknown, repeated and blank names and
   * missing required columns are problems on line 1. Rows can be read only if every required
   * column is present.
   *
   * @param required columns that must be present
   * @param optional columns that may be present
   * @param problems where problems go
   */
  public void checkHeader(Collection<String> required, Collection<String> optional, List<Problem> problems) {
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      String bad = Text.problem(h);
      if (h.isEmpty()) {
        problems.add(Problem.of(source, 1, String.valueOf(i + 1), "column " + (i + 1) + " has no name"));
      } else if (bad != null) {
        problems.add(Problem.of(source, 1, String.valueOf(i + 1), "the name of column " + (i + 1) + " " + bad));
      } else if (index.containsKey(h)) {
        problems.add(Problem.of(source, 1, h, "column appears twice"));
      } else if (!required.contains(h) && !optional.contains(h)) {
        problems.add(Problem.of(source, 1, h, "unknown column; expected some of "
            + String.join(", ", required) + ", " + String.join(", ", optional)));
      } else {
        // the format's own instance of the name (interned, as literals are), so that looking a
        // column up by the format's constant compares references
        index.put(h.intern(), i);
      }
    }
    for (String r : required) {
      if (!index.containsKey(r)) {
        problems.add(Problem.of(source, 1, r, "required column missing"));
        usable = false;
      }
    }
  }

  /**
   * Reads a whole CSV input the way every esfkit CSV format does: decodes and splits it, checks
   * the header against the format's columns, reads each row with {@code read} and assembles the
   * accepted values, accounting for every row.
   *
   * @param in the CSV bytes
   * @param source the input's name, for problems
   * @param required columns that must be present
   * @param optional columns that may be present
   * @param sensitive columns whose values must not be echoed in messages
   * @param read reads one row; returns null when the row has problems
   * @param assemble builds the result's value from the accepted values, in file order
   * @param <T> the value of one row
   * @param <R> the value of the whole input
   * @return the result
   */
  public static <T, R> ReadResult<R> readAll(InputStream in, String source, Collection<String> required,
      Collection<String> optional, Collection<String> sensitive, Function<CsvRow, @Nullable T> read,
      Function<List<T>, R> assemble) {
    List<Problem> problems = new ArrayList<>();
    CsvTable table = read(in, source, problems);
    if (table == null) {
      return Results.of(source, 0, List.of(), problems, null);
    }
    table.checkHeader(required, optional, problems);
    List<Long> lines = new ArrayList<>();
    List<T> values = new ArrayList<>();
    table.readRows(sensitive, problems, values, lines, read);
    return Results.of(source, table.rowCount(), lines, problems, assemble.apply(values));
  }

  /**
   * Reads every record with {@code read}, if the header is usable. A record whose fields do not
   * line up with the header (or could not be split cleanly) is rejected with that problem alone;
   * the others are read, their problems collected, and the values they give kept with their lines.
   *
   * @param sensitive columns whose values must not be echoed in messages
   * @param problems where problems go
   * @param values where accepted values go
   * @param lines where the lines of accepted values go
   * @param read reads one row; returns null when the row has problems
   * @param <T> the value type
   */
  public <T> void readRows(Collection<String> sensitive, List<Problem> problems, List<T> values, List<Long> lines,
      Function<CsvRow, @Nullable T> read) {
    if (!usable) {
      return;
    }
    Splitter split = data();
    for (Record r = split.next(true); r != null; r = split.next(true)) {
      CsvRow row = new CsvRow(source, r.line, r.cells, index, sensitive);
      for (String d : r.defects) {
        row.problem("-", d);
      }
      if (r.cells.size() != header.size()) {
        row.problem("-", "the row has " + r.cells.size() + " fields; the header has " + header.size());
      }
      checkText(r.cells, row);
      T value = row.ok() ? read.apply(row) : null;
      problems.addAll(row.problems());
      if (value != null && row.ok()) {
        values.add(value);
        lines.add(r.line);
      }
    }
  }

  /**
   * Checks every cell against the text rule ({@link Text}); a cell breaking it is a problem in its
   * column and is replaced by its escaped form, so that no later message shows it raw.
   */
  private void checkText(List<String> cells, CsvRow row) {
    for (int i = 0; i < cells.size(); i++) {
      String column = i < header.size() ? header.get(i) : String.valueOf(i + 1);
      String bad = Text.problem(cells.get(i));
      if (bad != null) {
        row.problem(Text.problem(column) == null ? column : String.valueOf(i + 1), "the text " + bad);
        cells.set(i, Text.escape(cells.get(i)));
      }
    }
  }

  private static @Nullable String decode(byte[] bytes, String source, List<Problem> problems) {
    if (ascii(bytes)) {
      // plain ASCII is valid UTF-8 and decodes byte for byte
      return new String(bytes, StandardCharsets.US_ASCII);
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (!r.isError()) {
      r = dec.flush(out);
    }
    if (r.isError()) {
      long line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problems.add(Problem.of(source, line, "-", "not valid UTF-8 (byte " + (in.position() + 1) + ")"));
      return null;
    }
    out.flip();
    return out.toString();
  }

  private static boolean ascii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static char delimiter(String text) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  /**
   * Splits text into records, one at a time. It stops at the end of the text, or with a
   * {@link #failure} when the text cannot be split further (an unterminated quote, too many rows).
   */
  private static final class Splitter {
    private final String s;
    private final char delimiter;
    private final String source;
    private final StringBuilder cell = new StringBuilder();
    private int pos;
    private long line;
    private int width = 8;
    private int emitted;
    private @Nullable Problem failure;

    Splitter(String s, char delimiter, String source, int pos, long line) {
      this.s = s;
      this.delimiter = delimiter;
      this.source = source;
      this.pos = pos;
      this.line = line;
    }

    /**
     * The next record, skipping blank lines.
     *
     * @param keep whether to keep the cells and defects; when false the record is only found, and
     *     has neither (for counting records and finding file-level problems)
     * @return the record, or null at the end or on a failure
     */
    @Nullable Record next(boolean keep) {
      final String s = this.s;
      final int n = s.length();
      while (pos < n) {
        long start = line;
        List<String> cells = keep ? new ArrayList<>(width) : List.of();
        List<String> defects = List.of();
        int count = 0;
        boolean firstBlank = false;
        boolean anyQuote = false;
        while (true) {
          boolean tooLong = false;
          boolean blank;
          String value = null;
          if (pos < n && s.charAt(pos) == '"') {
            anyQuote = true;
            cell.setLength(0);
            long opened = line;
            pos++;
            while (true) {
              if (pos >= n) {
                failure = Problem.of(source, opened, String.valueOf(count + 1), "a quoted field is never closed");
                return null;
              }
              char c = s.charAt(pos);
              if (c == '"') {
                if (pos + 1 < n && s.charAt(pos + 1) == '"') {
                  tooLong |= keep && append(cell, '"');
                  pos += 2;
                  continue;
                }
                pos++;
                break;
              }
              if (c == '\n' || (c == '\r' && (pos + 1 >= n || s.charAt(pos + 1) != '\n'))) {
                line++;
              }
              tooLong |= keep && append(cell, c);
              pos++;
            }
            int junk = pos;
            pos = endOfCell(s, pos, delimiter);
            if (keep) {
              if (!s.substring(junk, pos).isBlank()) {
                defects = defect(defects, "field " + (count + 1) + " has text after its closing quote");
              }
              value = cell.toString();
            }
            blank = false;
          } else {
            int from = pos;
            pos = endOfCell(s, pos, delimiter);
            tooLong = pos - from > MAX_CELL_CHARS;
            if (keep) {
              // at most the first MAX_CELL_CHARS characters are kept
              value = s.substring(from, Math.min(pos, from + MAX_CELL_CHARS)).strip();
              blank = value.isEmpty();
            } else {
              blank = count == 0 && blank(s, from, Math.min(pos, from + MAX_CELL_CHARS));
            }
          }
          if (keep) {
            if (tooLong) {
              defects = defect(defects, "field " + (count + 1) + " is longer than " + MAX_CELL_CHARS + " characters");
            }
            cells.add(value);
          }
          if (count == 0) {
            firstBlank = blank;
          }
          count++;
          if (pos < n && s.charAt(pos) == delimiter) {
            pos++;
            continue;
          }
          if (pos < n && s.charAt(pos) == '\r') {
            pos++;
          }
          if (pos < n && s.charAt(pos) == '\n') {
            pos++;
          }
          line++;
          break;
        }
        if (count == 1 && firstBlank && !anyQuote) {
          continue;
        }
        if (emitted > MAX_ROWS) {
          failure = Problem.of(source, start, "-", "more than " + MAX_ROWS + " rows, the most esfkit reads");
          return null;
        }
        emitted++;
        width = Math.max(width, count);
        return new Record(start, cells, defects);
      }
      return null;
    }
  }

  /** The position of the delimiter or line end that ends the cell text starting at {@code pos}. */
  private static int endOfCell(String s, int pos, char delimiter) {
    int n = s.length();
    while (pos < n) {
      char c = s.charAt(pos);
      if (c == delimiter || c == '\n' || c == '\r') {
        break;
      }
      pos++;
    }
    return pos;
  }

  /** Whether {@code s[from, to)} is blank, as {@link String#isBlank()} tells, without a copy. */
  private static boolean blank(String s, int from, int to) {
    for (int i = from; i < to; ) {
      int c = s.codePointAt(i);
      if (!Character.isWhitespace(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static List<String> defect(List<String> defects, String defect) {
    List<String> out = defects.isEmpty() ? new ArrayList<>() : defects;
    out.add(defect);
    return out;
  }

  private static boolean append(StringBuilder cell, char c) {
    if (cell.length() >= MAX_CELL_CHARS) {
      return true;
    }
    cell.append(c);
    return false;
  }
}
