package org.esfkit.core.io.internal;

import java.io.IOException;
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
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.esfkit.core.ImportException;
import org.esfkit.core.internal.Text;
import org.esfkit.core.io.Problem;
import org.esfkit.core.io.ReadResult;
import org.jspecify.annotations.Nullable;

/**
 * A CSV input read as a stream of records: decoded and split a block at a time, so that no more
 * than a block and the record being read are held, whatever the file's size. Encoding: the one the
 * caller names, else UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252 when the bytes are
 * not UTF-8 (said in a note; a file whose lines are UTF-8 up to a byte that is not is refused as of
 * mixed encodings). LF, CRLF or CR line ends, {@code ,} or {@code ;} chosen by which occurs more
 * often in the header line, fields quoted with {@code "} (doubled inside), quoted fields may span
 * lines. Blank lines, and lines of only delimiters and blanks, are skipped. Bounded: at most
 * {@link #MAX_CELL_CHARS} characters a cell and {@link #MAX_RECORD_CHARS} a record; there is no
 * limit on the number of rows or the file's size (the caller's memory is the limit, see
 * {@link #outOfMemory}). Surrounding Unicode white space (including no-break and thin spaces) of
 * unquoted cells is dropped. Every cell and column name is checked against the text rule
 * ({@link Text}). An input of more than one block of characters is decoded and split on a
 * second thread while the caller reads its records ({@link #forEachRecord}); the caller sees
 * exactly what splitting on its own thread gives. Not thread-safe.
 */
public final class CsvTable {
  /** The longest cell, in characters. */
  public static final int MAX_CELL_CHARS = 10_000;
  /** The longest record (one line, or several when a quoted field spans lines), in characters. */
  public static final int MAX_RECORD_CHARS = 1 << 20;

  /**
   * One record: the line it starts on, its cells, and defects found while splitting it. A cell is
   * held as its place in the characters read (no text is copied until a caller asks for it), or as
   * its text when it was quoted. The records {@link #forEachRecord} hands out are reused, and
   * their places are valid only until the next one: read them before.
   */
  public static final class Record {
    long line;
    int count;
    char[] buf = new char[0];
    int[] from = new int[16];
    int[] to = new int[16];
    @Nullable String[] text = new String[16];
    /** Whether an unquoted cell is printable ASCII, so the text rule needs no look at it. */
    boolean[] plain = new boolean[16];
    /** Whether every cell is {@link #plain}. */
    boolean allPlain;
    List<String> defects = List.of();

    Record() {}

    /**
     * The line the record starts on.
     *
     * @return 1-based line
     */
    public long line() {
      return line;
    }

    /**
     * The number of cells.
     *
     * @return the count
     */
    public int size() {
      return count;
    }

    /**
     * A cell's text (copied out of the characters read).
     *
     * @param k the cell, from 0
     * @return the text, empty for an empty cell
     */
    public String cell(int k) {
      String t = text[k];
      return t != null ? t : new String(buf, from[k], to[k] - from[k]);
    }

    /**
     * An unquoted cell's characters where they were read, without a copy: a view from its position
     * to its limit, valid until the next record (the view is reused).
     *
     * @param k the cell, not a quoted one
     * @return the view
     */
    CharBuffer chars(int k) {
      if (view.array() != buf) {
        view = CharBuffer.wrap(buf);
      }
      return view.limit(to[k]).position(from[k]);
    }

    private CharBuffer view = CharBuffer.wrap(new char[0]);

    /**
     * Whether a cell is empty.
     *
     * @param k the cell
     * @return true if it holds no character
     */
    public boolean empty(int k) {
      String t = text[k];
      return t != null ? t.isEmpty() : from[k] == to[k];
    }

    /**
     * The cells' texts, copied.
     *
     * @return the cells in column order
     */
    public List<String> cells() {
      List<String> out = new ArrayList<>(count);
      for (int k = 0; k < count; k++) {
        out.add(cell(k));
      }
      return out;
    }

    /** The defects found while splitting. */
    List<String> defects() {
      return defects;
    }

    void add(int f, int t, @Nullable String quoted) {
      if (count == from.length) {
        from = java.util.Arrays.copyOf(from, count * 2);
        to = java.util.Arrays.copyOf(to, count * 2);
        text = java.util.Arrays.copyOf(text, count * 2);
        plain = java.util.Arrays.copyOf(plain, count * 2);
      }
      from[count] = f;
      to[count] = t;
      text[count] = quoted;
      plain[count] = false;
      count++;
    }

    /** A copy that holds its cells' texts, valid after the next record. */
    Record copy() {
      Record c = new Record();
      for (int k = 0; k < count; k++) {
        c.add(0, 0, cell(k));
      }
      c.line = line;
      c.defects = defects;
      return c;
    }
  }

  /** Windows-1252, what Swedish Excel writes "CSV (semikolonavgränsad)" in. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The characters of Windows-1252's bytes 0x80 to 0xFF, by byte minus 0x80; 0 where it maps none. */
  private static final char[] CP1252 = new char[128];

  static {
    CharsetDecoder dec = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int i = 0; i < 128; i++) {
      try {
        CP1252[i] = dec.decode(ByteBuffer.wrap(new byte[] {(byte) (0x80 + i)})).get();
      } catch (java.nio.charset.CharacterCodingException e) {
        CP1252[i] = 0;
      }
    }
  }

  /** A file-level problem met while streaming: the input cannot be split or decoded further. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Failure(Problem problem) {
      super(null, null, false, false);
      this.problem = problem;
    }
  }

  private final String source;
  private final Chars chars;
  private final char delimiter;
  private final List<String> header;
  private final Map<String, Integer> index = new LinkedHashMap<>();
  private boolean usable = true;
  private long rowCount;
  private boolean done;

  private CsvTable(String source, Chars chars, char delimiter, List<String> header) {
    this.source = source;
    this.chars = chars;
    this.delimiter = delimiter;
    this.header = header;
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
    return chars.charset;
  }

  /**
   * The number of data records: those read so far, after the rest have been counted (without
   * keeping them) if they have not been read.
   *
   * @return the records after the header
   */
  public long rowCount() {
    if (!done) {
      forEachRecord(false, r -> { });
    }
    return rowCount;
  }

  /**
   * The data records not yet read, in file order, each copied.
   *
   * @return the records
   */
  public List<Record> records() {
    List<Record> out = new ArrayList<>();
    forEachRecord(true, r -> out.add(r.copy()));
    return out;
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
   * Opens a CSV input and reads its header. File-level problems met here (not decodable, no header)
   * go to {@code problems}, and so does a note when the encoding was guessed to be Windows-1252.
   * Those met later, while records are read (an unterminated quote, bytes that cannot be decoded),
   * end the reading with an {@link ImportException} from {@link #forEachRecord}; {@link #readAll}
   * turns them into a result with that problem alone, as for a file that cannot be split at all.
   *
   * @param in the input
   * @param source the input's name
   * @param charset the encoding, or null to detect it
   * @param problems where problems go
   * @return the table, or null if the file could not be opened as CSV at all
   * @throws org.esfkit.core.ImportException if the stream cannot be read
   */
  public static @Nullable CsvTable read(InputStream in, String source, @Nullable Charset charset,
      List<Problem> problems) {
    Chars chars = new Chars(in, source, charset, problems);
    try {
      char delimiter = chars.delimiter();
      Splitter split = new Splitter(chars, delimiter, source);
      Record first = split.next(true);
      if (first == null || first.line != 1) {
        problems.add(Problem.of(source, 1, "-", "the first line must be the header"));
        return null;
      }
      List<String> header = new ArrayList<>();
      for (String h : first.cells()) {
        header.add(h.toLowerCase(Locale.ROOT));
      }
      CsvTable t = new CsvTable(source, chars, delimiter, header);
      t.splitter = split;
      return t;
    } catch (Failure f) {
      problems.add(f.problem);
      return null;
    }
  }

  private @Nullable Splitter splitter;

  /**
   * Whether an input of more than one block is split on a thread of its own ({@link Aside}); off
   * only in tests, which compare the two ways.
   */
  static volatile boolean splitAside = true;

  /**
   * Reads the records not yet read, one at a time.
   *
   * @param keep whether the records' cells are wanted (false only counts them)
   * @param each gets each record (reused: read it before the next)
   * @throws ImportException with the one file-level problem when the input cannot be split or
   *     decoded further (the records of the blocks of characters decoded before it have been handed
   *     out; how many those are depends on where the blocks end)
   */
  public void forEachRecord(boolean keep, Consumer<Record> each) {
    try {
      if (keep && !chars.end && splitAside) {
        // more than a block to come: decoding and splitting go on beside the caller's reading
        new Aside(splitter).forEach(this, each);
        done = true;
        return;
      }
      for (Record r = splitter.next(keep); r != null; r = splitter.next(keep)) {
        rowCount++;
        each.accept(r);
      }
      done = true;
    } catch (Failure f) {
      done = true;
      throw new ImportException(List.of(f.problem));
    }
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
    List<T> values = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    return stream(in, source, charset, required, optional, sensitive, row -> {
      T value = read.apply(row);
      if (value != null && row.ok()) {
        values.add(value);
        lines.add(row.line());
        return true;
      }
      return false;
    }, accepted -> new Assembled<>(assemble.apply(values), lines));
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
   * Streams a whole CSV input through a format's row reader: decodes and splits it, checks the
   * header against the format's columns, hands each row to {@code read} as it is split (so that a
   * format can keep its values in columns rather than objects), then asks {@code assemble} for
   * the value. Every row is accounted for; a row whose fields do not line up with the header, or
   * that breaks the text rule, is rejected with that problem without being read. A file-level
   * problem met part way (an unterminated quote, bytes that cannot be decoded) makes the result
   * that problem alone, as for a file that cannot be split at all; so does running out of memory
   * ({@link #outOfMemory}).
   *
   * @param in the CSV bytes
   * @param source the input's name, for problems
   * @param charset the encoding, or null to detect it
   * @param required columns that must be present
   * @param optional columns that may be present
   * @param sensitive columns whose values must not be echoed in messages
   * @param read reads one row; returns whether it was accepted (false when it has problems)
   * @param assemble builds the value and its record lines, given the number of accepted rows
   * @param <R> the value of the whole input
   * @return the result; {@code rowsAccepted} counts the accepted rows
   */
  public static <R> ReadResult<R> stream(InputStream in, String source, @Nullable Charset charset,
      Collection<String> required, Collection<String> optional, Collection<String> sensitive,
      java.util.function.Predicate<CsvRow> read, Function<Long, Assembled<R>> assemble) {
    List<Problem> fileProblems = new ArrayList<>();
    CsvTable table = read(in, source, charset, fileProblems);
    if (table == null) {
      return Results.of(source, 0, 0, List.of(), fileProblems, null, null);
    }
    table.checkHeader(required, optional, fileProblems);
    List<Problem> problems = new ArrayList<>();
    long[] accepted = new long[1];
    try {
      if (table.usable) {
        table.readRows(sensitive, problems, row -> {
          if (read.test(row)) {
            accepted[0]++;
          }
        });
      } else {
        table.rowCount();
      }
      Assembled<R> whole = assemble.apply(accepted[0]);
      fileProblems.addAll(problems);
      return Results.of(source, table.rowCount(), accepted[0], whole.recordLines(), fileProblems, whole.value(),
          table.encoding());
    } catch (ImportException e) {
      fileProblems.addAll(e.problems());
      return Results.of(source, 0, 0, List.of(), fileProblems, null, null);
    } catch (OutOfMemoryError e) {
      problems.clear();
      fileProblems.add(outOfMemory(source, table.rowCount));
      return Results.of(source, 0, 0, List.of(), fileProblems, null, null);
    }
  }

  /**
   * The problem reported when an input does not fit in the Java heap.
   *
   * @param source the input's name
   * @param rows the rows read when memory ran out
   * @return the problem, naming the option that gives Java more memory
   */
  public static Problem outOfMemory(String source, long rows) {
    long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return Problem.of(source, 0, "-", "the file does not fit in the Java heap (" + mb + " MB, out of memory after "
        + rows + " rows); give Java more memory with -Xmx, e.g. java -Xmx8g -jar esfkit.jar ..., or "
        + "JAVA_TOOL_OPTIONS=-Xmx8g");
  }

  /**
   * Reads every record not yet read with {@code read}. A record whose fields do not line up with
   * the header (or could not be split cleanly) is rejected with that problem alone; the others
   * are read and their problems collected.
   *
   * @param sensitive columns whose values must not be echoed in messages
   * @param problems where problems go
   * @param read reads one row
   * @throws ImportException with the one file-level problem, when the input cannot be split further
   */
  public void readRows(Collection<String> sensitive, List<Problem> problems, Consumer<CsvRow> read) {
    boolean decimalComma = delimiter == ';';
    CsvRow row = new CsvRow(source, index, sensitive, decimalComma);
    forEachRecord(true, r -> {
      row.reset(r);
      for (int d = 0; d < r.defects.size(); d++) {
        row.problem("-", r.defects.get(d));
      }
      if (r.count != header.size()) {
        row.problem("-", "the row has " + r.count + " fields; the header has " + header.size());
      }
      checkText(r, row);
      if (row.ok()) {
        read.accept(row);
      }
      if (!row.problems().isEmpty()) {
        problems.addAll(row.problems());
      }
    });
  }

  /**
   * Checks every cell against the text rule ({@link Text}); a cell breaking it is a problem in its
   * column and is replaced by its escaped form, so that no later message shows it raw.
   */
  private void checkText(Record r, CsvRow row) {
    if (r.allPlain) {
      return;
    }
    for (int i = 0; i < r.count; i++) {
      if (r.text[i] == null && r.plain[i]) {
        continue;
      }
      // an unquoted cell is looked at where it was read; a String is made only of a bad one
      String bad = Text.problem(r.text[i] != null ? r.text[i] : r.chars(i));
      if (bad != null) {
        String cell = r.cell(i);
        String column = i < header.size() ? header.get(i) : String.valueOf(i + 1);
        row.problem(Text.problem(column) == null ? column : String.valueOf(i + 1), "the text " + bad);
        r.text[i] = Text.escape(cell);
      }
    }
  }

  /** How messages name an encoding. */
  private static String name(Charset charset) {
    return charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name();
  }

  /**
   * The input's characters, decoded a block at a time into a buffer that holds at least the record
   * being split: {@code buf[start, limit)} is decoded and not yet consumed.
   */
  private static final class Chars {
    private final InputStream in;
    private final String source;
    private final List<Problem> problems;
    private final boolean named;
    private Charset charset;
    private @Nullable CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean bytesEnd;
    private long bytesBefore;
    private char[] buf = new char[1 << 16];
    /** The decoder's view of {@link #buf}, made again when the buffer grows. */
    private @Nullable CharBuffer chars;
    private int start;
    private int limit;
    private boolean end;
    /** Line feeds decoded before {@code buf[0]}'s block and in it, for messages about bytes. */
    private long newlines;
    private boolean nonAscii;
    private boolean first = true;
    /** When reading as Windows-1252 after UTF-8 failed: why UTF-8 failed, for a later failure. */
    private @Nullable Problem notUtf8;
    private @Nullable Problem switched;

    Chars(InputStream in, String source, @Nullable Charset charset, List<Problem> problems) {
      this.in = in;
      this.source = source;
      this.problems = problems;
      this.named = charset != null;
      this.charset = charset == null ? StandardCharsets.UTF_8 : charset;
      readBytes();
      if (charset == null && bytes.remaining() >= 2) {
        int b0 = bytes.get(0) & 0xFF;
        int b1 = bytes.get(1) & 0xFF;
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
          this.charset = b0 == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
          bytes.position(2);
        }
      }
    }

    private static CharsetDecoder strict(Charset charset) {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Reads more bytes behind those not yet decoded. */
    private void readBytes() {
      bytesBefore += bytes.position();
      bytes.compact();
      try {
        while (bytes.hasRemaining()) {
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            bytesEnd = true;
            break;
          }
          bytes.position(bytes.position() + n);
        }
      } catch (IOException e) {
        throw Inputs.cannotRead(source, e);
      }
      bytes.flip();
    }

    /**
     * Decodes more characters, keeping {@code buf[from, limit)}: moves it to the front (growing the
     * buffer if it is full) and decodes behind it.
     *
     * @param from the first character to keep
     * @return false at the end of the input
     */
    boolean fill(int from) {
      if (end) {
        return false;
      }
      int keep = limit - from;
      if (from > 0) {
        System.arraycopy(buf, from, buf, 0, keep);
      } else if (keep == buf.length) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
      }
      return decodeBehind(keep);
    }

    /**
     * As {@link #fill(int)}, but into another buffer, leaving this one as it is (its characters
     * still belong to records not read yet).
     *
     * @param from the first character to keep
     * @param into the buffer to fill (a larger one is made if the kept characters fill it)
     * @return false at the end of the input
     */
    boolean fillInto(int from, char[] into) {
      if (end) {
        return false;
      }
      int keep = limit - from;
      char[] next = keep < into.length ? into : new char[Math.max(keep * 2, into.length)];
      System.arraycopy(buf, from, next, 0, keep);
      buf = next;
      return decodeBehind(keep);
    }

    /** Decodes behind the {@code keep} characters at the front of {@link #buf}. */
    private boolean decodeBehind(int keep) {
      start = 0;
      limit = keep;
      while (limit < buf.length) {
        if (!bytes.hasRemaining() && !bytesEnd) {
          readBytes();
        }
        if (!bytes.hasRemaining() && bytesEnd) {
          end = true;
          break;
        }
        int got = decodeSome();
        if (got < 0) {
          break;
        }
      }
      if (first && limit > 0) {
        first = false;
        if (buf[0] == '\uFEFF') {
          start = 1;
        }
      }
      return true;
    }

    /** Whether ASCII bytes are the same characters in the encoding, so they can be copied across. */
    private boolean asciiCompatible() {
      return charset.equals(StandardCharsets.UTF_8) || charset.equals(WINDOWS_1252)
          || charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII);
    }

    /**
     * Decodes some of what the byte buffer holds into {@code buf[limit..]}: a run of ASCII bytes as
     * they are, in an encoding where they are the same characters; else the bytes up to the next
     * ASCII byte (everything, in UTF-16) with the decoder.
     *
     * @return -1 when the character buffer is full, else 0
     */
    private int decodeSome() {
      byte[] b = bytes.array();
      int n = bytes.limit();
      boolean fast = asciiCompatible();
      int q = bytes.position();
      if (fast) {
        // ASCII as it is; in UTF-8 a two-byte sequence (å, ä, ö, é, ...) and in Windows-1252 any
        // mapped byte decoded here too; anything else goes to the decoder below
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        boolean cp1252 = charset.equals(WINDOWS_1252);
        int cap = buf.length;
        char[] out = buf;
        int o = limit;
        long lf = 0;
        while (q < n && o < cap) {
          // eight ASCII bytes at a time: copied across, their line feeds counted without a branch
          // ((c ^ '\n') - 1 is negative only for a line feed). Plain array reads, not a VarHandle: this
          // loop runs in the interpreter and in C1's code for the first few hundred milliseconds,
          // where a VarHandle read is a chain of calls (ten times slower cold, no faster warm)
          while (q + 8 <= n && o + 8 <= cap) {
            byte c0 = b[q];
            byte c1 = b[q + 1];
            byte c2 = b[q + 2];
            byte c3 = b[q + 3];
            byte c4 = b[q + 4];
            byte c5 = b[q + 5];
            byte c6 = b[q + 6];
            byte c7 = b[q + 7];
            if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7) < 0) {
              break;
            }
            out[o] = (char) c0;
            out[o + 1] = (char) c1;
            out[o + 2] = (char) c2;
            out[o + 3] = (char) c3;
            out[o + 4] = (char) c4;
            out[o + 5] = (char) c5;
            out[o + 6] = (char) c6;
            out[o + 7] = (char) c7;
            lf += (((c0 ^ '\n') - 1) >>> 31) + (((c1 ^ '\n') - 1) >>> 31) + (((c2 ^ '\n') - 1) >>> 31)
                + (((c3 ^ '\n') - 1) >>> 31) + (((c4 ^ '\n') - 1) >>> 31) + (((c5 ^ '\n') - 1) >>> 31)
                + (((c6 ^ '\n') - 1) >>> 31) + (((c7 ^ '\n') - 1) >>> 31);
            q += 8;
            o += 8;
          }
          if (q >= n || o >= cap) {
            break;
          }
          byte c = b[q];
          if (c >= 0) {
            out[o++] = (char) c;
            if (c == '\n') {
              lf++;
            }
            q++;
          } else if (utf8 && c >= (byte) 0xC2 && c <= (byte) 0xDF && q + 1 < n && (b[q + 1] & 0xC0) == 0x80) {
            out[o++] = (char) (((c & 0x1F) << 6) | (b[q + 1] & 0x3F));
            nonAscii = true;
            q += 2;
          } else if (cp1252 && CP1252[c & 0x7F] != 0) {
            out[o++] = CP1252[c & 0x7F];
            q++;
          } else {
            break;
          }
        }
        newlines += lf;
        limit = o;
        bytes.position(q);
        if (limit == buf.length) {
          return -1;
        }
        if (q == n) {
          return 0;
        }
      }
      int stop = n;
      if (fast) {
        stop = q;
        while (stop < n && b[stop] < 0) {
          stop++;
        }
      }
      if (decoder == null) {
        decoder = strict(charset);
      }
      boolean last = stop < n || bytesEnd;
      bytes.limit(stop);
      if (chars == null || chars.array() != buf) {
        chars = CharBuffer.wrap(buf);
      }
      CharBuffer out = chars;
      out.limit(buf.length).position(limit);
      int outStart = limit;
      CoderResult r = decoder.decode(bytes, out, last);
      bytes.limit(n);
      for (int i = outStart; i < out.position(); i++) {
        if (buf[i] == '\n') {
          newlines++;
        }
      }
      limit = out.position();
      if (r.isError()) {
        decoder.reset();
        failDecoding(outStart, limit);
        return 0;
      }
      if (limit > outStart && fast) {
        nonAscii = true;
      }
      if (last) {
        decoder.reset();
      }
      if (r.isOverflow()) {
        return -1;
      }
      if (bytes.position() < stop && !last) {
        // a sequence cut by the end of the bytes read so far: read more behind it
        readBytes();
      }
      return 0;
    }

    /**
     * A byte the decoder rejected: in a file whose encoding is detected and whose characters so far
     * are all ASCII, decoding goes on as Windows-1252 (as decoding the whole file as Windows-1252
     * would); otherwise the file cannot be read.
     */
    private void failDecoding(int outStart, int outEnd) {
      long at = bytesBefore + bytes.position() + 1;
      long line = newlines + 1;
      if (!named && charset.equals(StandardCharsets.UTF_8) && !nonAscii && outEnd == outStart) {
        charset = WINDOWS_1252;
        decoder = null;
        notUtf8 = Problem.of(source, line, "-", "neither UTF-8 nor Windows-1252 (byte " + at
            + "); name the file's encoding");
        switched = Problem.note(source, 0, "-", "read as Windows-1252, since it is not valid UTF-8 (line " + line
            + ", byte " + at + "); name the file's encoding if that is wrong");
        problems.add(switched);
        return;
      }
      if (notUtf8 != null) {
        // neither: the note that it was read as Windows-1252 no longer holds
        problems.remove(switched);
        throw new Failure(notUtf8);
      }
      if (!named && charset.equals(StandardCharsets.UTF_8)) {
        throw new Failure(Problem.of(source, line, "-", "not valid UTF-8 (byte " + at + "), though the text before "
            + "it is: the file mixes encodings; name the file's encoding (--encoding)"));
      }
      throw new Failure(Problem.of(source, line, "-", "not valid " + name(charset) + " (byte " + at + ")"));
    }

    /** The delimiter: {@code ;} if the header line has more semicolons than commas, else {@code ,}. */
    char delimiter() {
      while (true) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        int i = start;
        for (; i < limit; i++) {
          char c = buf[i];
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
        // a header line longer than a record may be is left to the splitter to refuse
        if (i < limit || end || limit - start > MAX_RECORD_CHARS || !fill(start)) {
          return semicolons > commas ? ';' : ',';
        }
      }
    }
  }

  /**
   * Splits the characters into records, one at a time. It stops at the end of the input, or with a
   * {@link Failure} when the input cannot be split further (an unterminated quote, a record longer
   * than {@link #MAX_RECORD_CHARS}). A record cut by the end of the characters decoded so far is
   * split again from its start once more have been decoded.
   */
  private static final class Splitter {
    private static final int RECORD = 0;
    private static final int BLANK = 1;
    private static final int END = 2;
    private static final int MORE = 3;
    private final Chars chars;
    private final char delimiter;
    private final String source;
    private final StringBuilder cell = new StringBuilder();
    private final Record record = new Record();
    private long line = 1;

    Splitter(Chars chars, char delimiter, String source) {
      this.chars = chars;
      this.delimiter = delimiter;
      this.source = source;
    }

    /**
     * The next record, skipping blank lines.
     *
     * @param keep whether to keep the cells and defects; when false the record is only found, and
     *     has neither (for counting records)
     * @return the record (reused), or null at the end
     * @throws Failure when the input cannot be split further
     */
    @Nullable Record next(boolean keep) {
      while (true) {
        switch (split(keep)) {
          case RECORD:
            return record;
          case END:
            return null;
          case BLANK:
            continue;
          default:
            refuseLongRecord();
            chars.fill(chars.start);
        }
      }
    }

    /** Refuses a record that has not ended within {@link #MAX_RECORD_CHARS} characters. */
    void refuseLongRecord() {
      if (chars.limit - chars.start > MAX_RECORD_CHARS) {
        throw new Failure(Problem.of(source, line, "-", "a record longer than " + MAX_RECORD_CHARS
            + " characters; is a quoted field never closed?"));
      }
    }

    /** Splits one record from {@code chars.start}, or says that more characters are needed first. */
    private int split(boolean keep) {
      final char[] s = chars.buf;
      final int n = chars.limit;
      final boolean end = chars.end;
      int pos = chars.start;
      if (pos >= n) {
        return end ? END : MORE;
      }
      long ln = line;
      long start = ln;
      Record rec = record;
      rec.count = 0;
      rec.buf = s;
      List<String> defects = List.of();
      int count = 0;
      boolean allBlank = true;
      boolean allPlain = true;
      boolean anyQuote = false;
      while (true) {
        boolean tooLong = false;
        boolean blank;
        String value = null;
        int cellFrom = 0;
        int cellTo = 0;
        int odds = -1;
        if (pos < n && s[pos] == '"') {
          anyQuote = true;
          cell.setLength(0);
          long opened = ln;
          pos++;
          while (true) {
            if (pos >= n) {
              if (!end) {
                return MORE;
              }
              throw new Failure(Problem.of(source, opened, String.valueOf(count + 1), "a quoted field is never closed"));
            }
            char c = s[pos];
            if (c == '"' || c == '\r') {
              if (pos + 1 >= n && !end) {
                return MORE;
              }
            }
            if (c == '"') {
              if (pos + 1 < n && s[pos + 1] == '"') {
                tooLong |= keep && append(cell, '"');
                pos += 2;
                continue;
              }
              pos++;
              break;
            }
            if (c == '\n' || (c == '\r' && (pos + 1 >= n || s[pos + 1] != '\n'))) {
              ln++;
            }
            tooLong |= keep && append(cell, c);
            pos++;
          }
          int junk = pos;
          pos = endOfCell(s, pos, n, delimiter);
          if (pos >= n && !end) {
            return MORE;
          }
          if (keep) {
            if (!blank(s, junk, pos)) {
              defects = defect(defects, "field " + (count + 1) + " has text after its closing quote");
            }
            value = cell.toString();
          }
          blank = false;
        } else {
          int from = pos;
          // the end of the cell, and whether it has a character outside printable ASCII
          final char delim = delimiter;
          odds = 0;
          while (pos < n) {
            char c = s[pos];
            if (c == delim || c == '\n' || c == '\r') {
              break;
            }
            odds |= (c - ' ') | ('~' - c);
            pos++;
          }
          if (pos >= n && !end) {
            return MORE;
          }
          tooLong = pos - from > MAX_CELL_CHARS;
          // at most the first MAX_CELL_CHARS characters are kept, trimmed of white space
          int to = Math.min(pos, from + MAX_CELL_CHARS);
          while (from < to && space(s[from])) {
            from++;
          }
          while (to > from && space(s[to - 1])) {
            to--;
          }
          blank = from == to;
          cellFrom = from;
          cellTo = to;
        }
        if (keep) {
          if (tooLong) {
            defects = defect(defects, "field " + (count + 1) + " is longer than " + MAX_CELL_CHARS + " characters");
          }
          rec.add(cellFrom, cellTo, value);
          boolean plain = value == null && odds >= 0;
          rec.plain[rec.count - 1] = plain;
          allPlain &= plain;
        }
        allBlank &= blank;
        count++;
        if (pos < n && s[pos] == delimiter) {
          pos++;
          continue;
        }
        if (pos < n && s[pos] == '\r') {
          pos++;
          if (pos >= n && !end) {
            return MORE;
          }
        }
        if (pos < n && s[pos] == '\n') {
          pos++;
        }
        ln++;
        break;
      }
      chars.start = pos;
      line = ln;
      if (allBlank && !anyQuote) {
        // a blank line, or one of only delimiters (what Excel keeps of a row whose cells were cleared)
        return BLANK;
      }
      record.line = start;
      record.defects = defects;
      record.allPlain = allPlain;
      return RECORD;
    }
  }

  /**
   * Splitting on a thread of its own: a second thread decodes and splits the input a block of
   * characters at a time, and hands the records of each block over in a {@link Batch}, while the
   * caller's thread reads them. The records, their lines and defects, the problems, the counts
   * and the failure that ends a file part way are those of splitting on the caller's thread, in the
   * same order. Only the blocks differ: a block's characters are not reused until its records have
   * been read, and the thread goes on in the next block a little before the end of the last one
   * (so, before a failure part way, it may have handed over more or fewer records; the result is
   * that failure alone either way). Whatever the splitting thread throws (a {@link Failure}, an
   * unreadable input, running out of memory) is thrown on the caller's thread after the records
   * handed over before it; whatever the caller throws stops the splitting thread.
   */
  private static final class Aside {
    /** Characters left in a block below which the splitting thread goes on in the next one. */
    private static final int AHEAD = 4096;
    /** Batches split and not yet read: enough for the two threads to run at their own pace. */
    private final java.util.concurrent.ArrayBlockingQueue<Batch> split = new java.util.concurrent.ArrayBlockingQueue<>(4);
    /** Batches read, whose arrays the splitting thread fills again. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Batch> free = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Splitter splitter;
    private volatile boolean stopped;

    /** The batch the splitting thread fills: what it throws goes in it, after the records before. */
    private Batch filling;

    Aside(Splitter splitter) {
      this.splitter = splitter;
      this.filling = new Batch(splitter.chars.buf);
    }

    /** Reads every record the splitting thread hands over with {@code each}, counting them. */
    void forEach(CsvTable table, Consumer<Record> each) {
      Thread thread = new Thread(this::split, "esfkit-csv-split");
      thread.setDaemon(true);
      thread.start();
      Record out = new Record();
      try {
        while (true) {
          Batch b = take(thread);
          for (int i = 0; i < b.records; i++) {
            b.load(i, out);
            table.rowCount++;
            each.accept(out);
          }
          if (b.thrown != null) {
            throw Aside.<RuntimeException>sneaky(b.thrown);
          }
          if (b.last) {
            return;
          }
          free.offer(b);
        }
      } finally {
        // the splitting thread, if still running, stops at its next hand-over
        stopped = true;
        split.clear();
      }
    }

    /**
     * The next batch. An interrupt does not stop reading (as for reading on one thread); it is
     * kept. Should the splitting thread end without handing over its last batch (only when even
     * handing over what it threw failed: out of memory), that is thrown here rather than waited for.
     */
    private Batch take(Thread splitting) {
      boolean interrupted = false;
      try {
        while (true) {
          try {
            boolean alive = splitting.isAlive();
            Batch b = split.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (b != null) {
              return b;
            }
            if (!alive) {
              throw new OutOfMemoryError("the thread splitting the input ended without handing its records over");
            }
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }

    /** The splitting thread: splits every record into batches, a batch per block of characters. */
    private void split() {
      Splitter sp = splitter;
      Chars chars = sp.chars;
      try {
        while (true) {
          int r = sp.split(true);
          if (r == Splitter.RECORD) {
            filling.add(sp.record);
            if (!chars.end && chars.limit - chars.start < AHEAD) {
              // the block's last records: the rest goes on in another block before a record is cut
              // by the block's end (the splitter's rarest paths stay rare, so the JIT, which
              // compiles it for the paths it has seen, need not compile it again)
              nextBlock();
            }
          } else if (r == Splitter.END) {
            filling.last = true;
            hand(filling);
            return;
          } else if (r == Splitter.MORE) {
            sp.refuseLongRecord();
            if (filling.records == 0) {
              // nothing split from this block yet: it is filled again in place, as on one thread
              chars.fill(chars.start);
              filling.buf = chars.buf;
            } else {
              nextBlock();
            }
          }
          if (stopped) {
            return;
          }
        }
      } catch (Throwable t) {
        filling.thrown = t;
        filling.last = true;
        hand(filling);
      }
    }

    /**
     * Hands the batch over and goes on in another block: the batch's records keep its characters,
     * the characters not yet split are carried over.
     */
    private void nextBlock() {
      Chars chars = splitter.chars;
      Batch next = free.poll();
      next = next == null ? new Batch(new char[chars.buf.length]) : next.clear();
      hand(filling);
      filling = next;   // what decoding throws from here on goes in this batch, after the last one's records
      chars.fillInto(chars.start, next.buf);
      next.buf = chars.buf;
    }

    /** Hands a batch over, waiting while the reader is behind (not once it has stopped). */
    private void hand(Batch b) {
      try {
        while (!stopped) {
          if (split.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            return;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
      throw (E) t;
    }
  }

  /** The records split from one block of characters, each as a run of cells in flat arrays. */
  private static final class Batch {
    char[] buf;
    int records;
    long[] line = new long[256];
    boolean[] allPlain = new boolean[256];
    @Nullable List<?>[] defects = new List<?>[256];
    /** Record {@code i}'s cells are {@code firstCell[i]} up to {@code firstCell[i + 1]}. */
    int[] firstCell = new int[257];
    int cells;
    int[] from = new int[4096];
    int[] to = new int[4096];
    @Nullable String[] text = new String[4096];
    boolean[] plain = new boolean[4096];
    @Nullable Throwable thrown;
    boolean last;

    Batch(char[] buf) {
      this.buf = buf;
    }

    Batch clear() {
      records = 0;
      cells = 0;
      java.util.Arrays.fill(text, null);
      java.util.Arrays.fill(defects, null);
      return this;
    }

    /** Adds a copy of the splitter's record (its cells' places, in this batch's characters). */
    void add(Record r) {
      if (records + 1 == line.length) {
        line = java.util.Arrays.copyOf(line, line.length * 2);
        allPlain = java.util.Arrays.copyOf(allPlain, allPlain.length * 2);
        defects = java.util.Arrays.copyOf(defects, defects.length * 2);
        firstCell = java.util.Arrays.copyOf(firstCell, firstCell.length * 2);
      }
      int n = r.count;
      if (cells + n > from.length) {
        int c = Math.max(from.length * 2, cells + n);
        from = java.util.Arrays.copyOf(from, c);
        to = java.util.Arrays.copyOf(to, c);
        text = java.util.Arrays.copyOf(text, c);
        plain = java.util.Arrays.copyOf(plain, c);
      }
      System.arraycopy(r.from, 0, from, cells, n);
      System.arraycopy(r.to, 0, to, cells, n);
      System.arraycopy(r.text, 0, text, cells, n);
      System.arraycopy(r.plain, 0, plain, cells, n);
      line[records] = r.line;
      allPlain[records] = r.allPlain;
      defects[records] = r.defects.isEmpty() ? null : r.defects;
      firstCell[records] = cells;
      cells += n;
      records++;
      firstCell[records] = cells;
    }

    /** Makes {@code out} record {@code i} of this batch. */
    @SuppressWarnings("unchecked")
    void load(int i, Record out) {
      int first = firstCell[i];
      int n = firstCell[i + 1] - first;
      if (out.from.length < n) {
        int c = Math.max(n, out.from.length * 2);
        out.from = new int[c];
        out.to = new int[c];
        out.text = new String[c];
        out.plain = new boolean[c];
      }
      System.arraycopy(from, first, out.from, 0, n);
      System.arraycopy(to, first, out.to, 0, n);
      System.arraycopy(text, first, out.text, 0, n);
      System.arraycopy(plain, first, out.plain, 0, n);
      out.count = n;
      out.buf = buf;
      out.line = line[i];
      out.allPlain = allPlain[i];
      List<?> d = defects[i];
      out.defects = d == null ? List.of() : (List<String>) d;
    }
  }

  /** The position of the delimiter or line end that ends the cell text starting at {@code pos}. */
  private static int endOfCell(char[] s, int pos, int n, char delimiter) {
    while (pos < n) {
      char c = s[pos];
      if (c == delimiter || c == '\n' || c == '\r') {
        break;
      }
      pos++;
    }
    return pos;
  }

  /** Whether {@code s[from, to)} is all {@linkplain #space(char) white space}. */
  private static boolean blank(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!space(s[i])) {
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
