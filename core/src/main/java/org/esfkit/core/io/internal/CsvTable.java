package org.esfkit.core.io.internal;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
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
 * A CSV file split into a header and records. Encoding: the one the caller names, else UTF-8 with
 * or without BOM, UTF-16 with BOM, or Windows-1252 when the bytes are not UTF-8 (said in a note).
 * LF, CRLF or CR line ends, {@code ,} or {@code ;} chosen by which occurs more often in the header
 * line, fields quoted with {@code "} (doubled inside), quoted fields may span lines. Blank lines,
 * and lines of only delimiters and blanks, are skipped. Bounded: at most {@link #MAX_BYTES} bytes,
 * {@link #MAX_ROWS} rows and {@link #MAX_CELL_CHARS} characters a cell. Surrounding Unicode white
 * space (including no-break and thin spaces) of unquoted cells is dropped. Every cell and column name is
 * checked against the text rule ({@link Text}).
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

    /**
     * The cells, in column order.
     *
     * @return the cells
     */
    public List<String> cells() {
      return cells;
    }
  }

  /** Windows-1252, what Swedish Excel writes "CSV (semikolonavgränsad)" in. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final String source;
  private final String text;
  private final Charset encoding;
  private final char delimiter;
  private final List<String> header;
  /** Where the data records start: just after the header. */
  private final int dataPos;
  private final long dataLine;
  private final int rowCount;
  private final Map<String, Integer> index = new LinkedHashMap<>();
  private boolean usable = true;

  private CsvTable(String source, String text, Charset encoding, char delimiter, List<String> header,
      Splitter afterHeader, int rowCount) {
    this.source = source;
    this.text = text;
    this.encoding = encoding;
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
   * The encoding the file was decoded with.
   *
   * @return the encoding
   */
  public Charset encoding() {
    return encoding;
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
   * Splits a CSV input. File-level problems (too large, not decodable, no header, an unterminated
   * quote, too many rows) go to {@code problems}, and so does a note when the encoding was guessed
   * to be Windows-1252.
   *
   * @param in the input
   * @param source the input's name
   * @param charset the encoding, or null to detect it
   * @param problems where problems go
   * @return the table, or null if the file could not be split at all
   * @throws org.esfkit.core.ImportException if the stream cannot be read
   */
  public static @Nullable CsvTable read(InputStream in, String source, @Nullable Charset charset,
      List<Problem> problems) {
    byte[] bytes = Inputs.readBounded(in, source, MAX_BYTES);
    if (bytes == null) {
      problems.add(Inputs.tooLarge(source, MAX_BYTES));
      return null;
    }
    Charset[] used = new Charset[1];
    String text = charset == null ? detect(bytes, source, used, problems) : decode(bytes, 0, charset, source, problems);
    if (text == null) {
      return null;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Charset encoding = charset == null ? used[0] : charset;
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
    return new CsvTable(source, text, encoding, delimiter, header, split, records - 1);
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
      } else if (h.equals("personnummer")) {
        problems.add(Problem.of(source, 1, h, "a personnummer column; esfkit must never store one: replace it with "
            + "pseudonyms first: esfkit pseudonymise --key-file KEY IN.csv OUT.csv"));
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
   * @param charset the encoding, or null to detect it
   * @param required columns that must be present
   * @param optional columns that may be present
   * @param sensitive columns whose values must not be echoed in messages
   * @param read reads one row; returns null when the row has problems
   * @param assemble builds the result's value from the accepted values, in file order
   * @param <T> the value of one row
   * @param <R> the value of the whole input
   * @return the result
   */
  public static <T, R> ReadResult<R> readAll(InputStream in, String source, @Nullable Charset charset,
      Collection<String> required, Collection<String> optional, Collection<String> sensitive,
      Function<CsvRow, @Nullable T> read, Function<List<T>, R> assemble) {
    return readAll(in, source, charset, required, optional, sensitive, read,
        (values, lines) -> new Assembled<>(assemble.apply(values), lines));
  }

  /**
   * The value of a whole input and the line each of its records starts on, when records are not
   * rows (a register's participant who came back has several rows).
   *
   * @param value the value
   * @param recordLines one line per record of the value, in its order
   * @param <R> the value type
   */
  public record Assembled<R>(R value, List<Long> recordLines) {}

  /**
   * As {@link #readAll(InputStream, String, Charset, Collection, Collection, Collection, Function,
   * Function)}, for a format whose records are assembled from several rows: {@code assemble} gets
   * the accepted rows' values and lines, and says which line each record of the value starts on.
   *
   * @param in the CSV bytes
   * @param source the input's name, for problems
   * @param charset the encoding, or null to detect it
   * @param required columns that must be present
   * @param optional columns that may be present
   * @param sensitive columns whose values must not be echoed in messages
   * @param read reads one row; returns null when the row has problems
   * @param assemble builds the value and its record lines from the accepted values and their lines
   * @param <T> the value of one row
   * @param <R> the value of the whole input
   * @return the result; {@code rowsAccepted} counts the accepted rows
   */
  public static <T, R> ReadResult<R> readAll(InputStream in, String source, @Nullable Charset charset,
      Collection<String> required, Collection<String> optional, Collection<String> sensitive,
      Function<CsvRow, @Nullable T> read, java.util.function.BiFunction<List<T>, List<Long>, Assembled<R>> assemble) {
    List<Problem> problems = new ArrayList<>();
    CsvTable table = read(in, source, charset, problems);
    if (table == null) {
      return Results.of(source, 0, 0, List.of(), problems, null, null);
    }
    table.checkHeader(required, optional, problems);
    List<Long> lines = new ArrayList<>();
    List<T> values = new ArrayList<>();
    table.readRows(sensitive, problems, values, lines, read);
    Assembled<R> whole = assemble.apply(values, lines);
    return Results.of(source, table.rowCount(), values.size(), whole.recordLines(), problems, whole.value(),
        table.encoding());
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
      CsvRow row = new CsvRow(source, r.line, r.cells, index, sensitive, delimiter == ';');
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

  /**
   * Decodes bytes of an unnamed encoding: by a UTF-8 or UTF-16 byte order mark, else as UTF-8 if
   * they are valid UTF-8, else as Windows-1252 (with a note saying so).
   */
  private static @Nullable String detect(byte[] bytes, String source, Charset[] used, List<Problem> problems) {
    int n = bytes.length;
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      used[0] = StandardCharsets.UTF_16LE;
      return decode(bytes, 2, used[0], source, problems);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      used[0] = StandardCharsets.UTF_16BE;
      return decode(bytes, 2, used[0], source, problems);
    }
    used[0] = StandardCharsets.UTF_8;
    if (ascii(bytes)) {
      // plain ASCII is valid UTF-8 and decodes byte for byte
      return new String(bytes, StandardCharsets.US_ASCII);
    }
    List<Problem> notUtf8 = new ArrayList<>(1);
    String text = decode(bytes, 0, StandardCharsets.UTF_8, source, notUtf8);
    if (text != null) {
      return text;
    }
    used[0] = WINDOWS_1252;
    List<Problem> not1252 = new ArrayList<>(1);
    text = decode(bytes, 0, WINDOWS_1252, source, not1252);
    if (text == null) {
      problems.add(Problem.of(source, notUtf8.get(0).line(), "-", "neither UTF-8 nor Windows-1252 ("
          + notUtf8.get(0).message().replace("not valid UTF-8 (", "") + "; name the file's encoding"));
      return null;
    }
    problems.add(Problem.note(source, 0, "-", "read as Windows-1252, since it is not valid UTF-8 (line "
        + notUtf8.get(0).line() + ", " + notUtf8.get(0).message().replace("not valid UTF-8 (", "")
        + "; name the file's encoding if that is wrong"));
    return text;
  }

  /** Decodes bytes from {@code offset} strictly; a malformed or unmappable byte is a problem. */
  private static @Nullable String decode(byte[] bytes, int offset, Charset charset, String source,
      List<Problem> problems) {
    CharsetDecoder dec = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (!r.isError()) {
      r = dec.flush(out);
    }
    if (r.isError()) {
      long line = 1;
      for (int i = 0; i < out.position(); i++) {
        if (out.get(i) == '\n') {
          line++;
        }
      }
      problems.add(Problem.of(source, line, "-", "not valid " + name(charset) + " (byte " + (in.position() + 1) + ")"));
      return null;
    }
    out.flip();
    return out.toString();
  }

  /** How messages name an encoding. */
  private static String name(Charset charset) {
    return charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name();
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
        boolean allBlank = true;
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
              if (!blank(s, junk, pos)) {
                defects = defect(defects, "field " + (count + 1) + " has text after its closing quote");
              }
              value = cell.toString();
            }
            blank = false;
          } else {
            int from = pos;
            pos = endOfCell(s, pos, delimiter);
            tooLong = pos - from > MAX_CELL_CHARS;
            // at most the first MAX_CELL_CHARS characters are kept, trimmed of white space
            int to = Math.min(pos, from + MAX_CELL_CHARS);
            while (from < to && space(s.charAt(from))) {
              from++;
            }
            while (to > from && space(s.charAt(to - 1))) {
              to--;
            }
            blank = from == to;
            if (keep) {
              value = blank ? "" : s.substring(from, to);
            }
          }
          if (keep) {
            if (tooLong) {
              defects = defect(defects, "field " + (count + 1) + " is longer than " + MAX_CELL_CHARS + " characters");
            }
            cells.add(value);
          }
          allBlank &= blank;
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
        if (allBlank && !anyQuote) {
          // a blank line, or one of only delimiters (what Excel keeps of a row whose cells were cleared)
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

  /** Whether {@code s[from, to)} is all {@linkplain #space(char) white space}, without a copy. */
  private static boolean blank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!space(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a character is white space as Unicode's White_Space property has it: ASCII blanks and
   * controls {@code \t \n \u000B \f \r}, U+0085, the no-break space U+00A0, U+1680, the spaces
   * U+2000 to U+200A (thin, hair, figure, ...), the line and paragraph separators, the narrow
   * no-break space U+202F, U+205F and U+3000; also the information separators U+001C to U+001F,
   * which {@link Character#isWhitespace(char)} counts. (No White_Space character lies outside the
   * Basic Multilingual Plane.)
   *
   * @param c the character
   * @return true if it is white space
   */
  public static boolean space(char c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    if (c < '\u0085') {
      return false;
    }
    return c == '\u0085' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028'
        || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
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
