package org.esfkit.core.io.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.esfkit.core.Coded;
import org.esfkit.core.ValidationException;
import org.esfkit.core.internal.Bounds;
import org.esfkit.core.internal.RegisterColumns;
import org.esfkit.core.internal.Sensitive;
import org.esfkit.core.io.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to the cells of one CSV row. An absent column or an empty cell reads as null (not
 * recorded); a bad value is a problem at this row's line and the column's name, and reads as null.
 * Values of sensitive columns are never echoed in messages. Dates may carry a midnight time as
 * Excel writes a reformatted date cell ({@code 2022-01-07 00:00[:00]}); in a {@code ;} file a
 * decimal number may use a decimal comma ({@code 62,629}).
 */
public final class CsvRow {
  /** A date not recorded, or not read: after every date ({@link #day}); the register's own code. */
  public static final int NO_DATE = RegisterColumns.NO_DATE;
  /** A yes/no not recorded, or not read ({@link #yesNoCode}); the register's own code. */
  public static final byte MISSING = RegisterColumns.MISSING;

  private final String source;
  private long line;
  private CsvTable.Record record = new CsvTable.Record();
  private final Map<String, Integer> index;
  private final Collection<String> sensitive;
  private final boolean decimalComma;
  private final List<Problem> problems = new ArrayList<>();

  CsvRow(String source, Map<String, Integer> index, Collection<String> sensitive, boolean decimalComma) {
    this.source = source;
    this.index = index;
    this.sensitive = sensitive;
    this.decimalComma = decimalComma;
  }

  /** Moves on to the next record: no problems yet. */
  void reset(CsvTable.Record r) {
    record = r;
    line = r.line;
    problems.clear();
  }

  /**
   * The cell of a column in this file. A reader can find its cells once per file and then use the
   * variants of the readers that take a cell, which spare a look-up per cell.
   *
   * @param column the column name
   * @return the column's cell, or -1 if the file has no such column
   */
  public int cellOf(String column) {
    // a format asks for its columns by the same String constants row after row: find them by
    // identity (hashed by the hash a String keeps) in a table of their own, filled as they are
    // first asked for
    String[] keys = columnKeys;
    int mask = keys.length - 1;
    int k = column.hashCode() & mask;
    int i;
    while (true) {
      String key = keys[k];
      if (key == column) {
        i = columnCells[k];
        break;
      }
      if (key == null) {
        i = remember(column);
        break;
      }
      k = (k + 1) & mask;
    }
    return i;
  }

  /** The cell of a column, or -1 if the column is absent or the row too short. */
  private int cell(String column) {
    return valid(cellOf(column));
  }

  /** The cell, or -1 if the row is too short to have it. */
  private int valid(int cell) {
    return cell >= record.count ? -1 : cell;
  }

  private String[] columnKeys = new String[64];
  private int[] columnCells = new int[64];
  private int columnsKnown;

  /** Adds a column name (as asked for) to the identity table, with its cell or -1. */
  private int remember(String column) {
    if (2 * (columnsKnown + 1) > columnKeys.length) {
      String[] oldKeys = columnKeys;
      int[] oldCells = columnCells;
      columnKeys = new String[oldKeys.length * 2];
      columnCells = new int[oldKeys.length * 2];
      columnsKnown = 0;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != null) {
          put(oldKeys[j], oldCells[j]);
        }
      }
    }
    Integer found = index.get(column);
    int i = found == null ? -1 : found;
    put(column, i);
    return i;
  }

  private void put(String column, int cell) {
    int mask = columnKeys.length - 1;
    int k = column.hashCode() & mask;
    while (columnKeys[k] != null) {
      k = (k + 1) & mask;
    }
    columnKeys[k] = column;
    columnCells[k] = cell;
    columnsKnown++;
  }

  /**
   * The line the row starts on.
   *
   * @return 1-based line
   */
  public long line() {
    return line;
  }

  /**
   * The problems found in this row so far, in order.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Tells whether the row is clean so far.
   *
   * @return true if no error was found (warnings may have been)
   */
  public boolean ok() {
    for (int i = 0; i < problems.size(); i++) {
      if (problems.get(i).isError()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Records a problem in a column of this row.
   *
   * @param column the column name
   * @param message why
   */
  public void problem(String column, String message) {
    problems.add(Problem.of(source, line, column, message));
  }

  /**
   * Records a warning in a column of this row; the row is still accepted.
   *
   * @param column the column name
   * @param message why
   */
  public void warning(String column, String message) {
    problems.add(Problem.warning(source, line, column, message));
  }

  /**
   * Reports every cell that holds what looks like a personnummer ({@link Personnummer#looksLike}),
   * which esfkit must never store, pointing to {@code esfkit pseudonymise}.
   */
  public void refusePersonnummer() {
    CsvTable.Record r = record;
    for (int i = 0; i < r.count; i++) {
      if (r.text[i] == null && !Personnummer.shaped(r.buf, r.from[i], r.to[i])) {
        continue;
      }
      if (Personnummer.looksLike(r.cell(i))) {
        String column = String.valueOf(i + 1);
        for (Map.Entry<String, Integer> e : index.entrySet()) {
          if (e.getValue() == i) {
            column = e.getKey();
          }
        }
        problem(column, "holds what looks like a personnummer, which esfkit must never store; replace the column "
            + "with pseudonyms first: esfkit pseudonymise --key-file KEY IN.csv OUT.csv");
      }
    }
  }

  /**
   * Tells whether a cell has a value.
   *
   * @param column the column name
   * @return true if the column is present and the cell is not empty
   */
  public boolean present(String column) {
    return present(cell(column), column);
  }

  /**
   * As {@link #present(String)}, for a cell found once per file ({@link #cellOf}).
   *
   * @param cell the cell, or -1
   * @param column the column name, for messages
   * @return the same as the variant by column name
   */
  public boolean present(int cell, String column) {
    int k = valid(cell);
    return k >= 0 && !record.empty(k);
  }

  /**
   * Reads a cell as text.
   *
   * @param column the column name
   * @return the text, or null if absent or empty
   */
  public @Nullable String text(String column) {
    int k = cell(column);
    return k < 0 || record.empty(k) ? null : record.cell(k);
  }

  /**
   * Reads text that recurs from row to row, such as a site or a referrer: the same text gives the
   * same {@code String}, copied out of the characters read only the first time (up to 256
   * different texts a column are remembered).
   *
   * @param column the column name
   * @return the text, or null if absent or empty
   */
  public @Nullable String recurring(String column) {
    return recurring(cell(column), column);
  }

  /**
   * As {@link #recurring(String)}, for a cell found once per file ({@link #cellOf}).
   *
   * @param cell the cell, or -1
   * @param column the column name, for messages
   * @return the same as the variant by column name
   */
  public @Nullable String recurring(int cell, String column) {
    int k = valid(cell);
    if (k < 0 || record.empty(k)) {
      return null;
    }
    CsvTable.Record r = record;
    if (r.text[k] != null) {
      return r.text[k];
    }
    if (k >= recurring.length) {
      recurring = java.util.Arrays.copyOf(recurring, Math.max(k + 1, 2 * recurring.length));
    }
    List<String> seen = recurring[k];
    if (seen == null) {
      seen = recurring[k] = new ArrayList<>();
    }
    int from = r.from[k];
    int n = r.to[k] - from;
    for (int i = 0; i < seen.size(); i++) {
      String t = seen.get(i);
      if (t.length() == n && same(t, r.buf, from)) {
        return t;
      }
    }
    String t = r.cell(k);
    if (seen.size() < 256) {
      seen.add(t);
    }
    return t;
  }

  /** The texts seen so far, by cell. */
  @SuppressWarnings("unchecked")
  private List<String>[] recurring = new List[0];

  private static boolean same(String t, char[] a, int from) {
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) != a[from + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a cell that must have a value.
   *
   * @param column the column name
   * @return the text, or null (with a problem)
   */
  public @Nullable String required(String column) {
    String t = text(column);
    if (t == null) {
      problem(column, column + " is required");
    }
    return t;
  }

  /**
   * Reads a cell that must have a value, without copying its characters into a String: a view of
   * the characters read, from its position to its limit, valid until the next row or the next call
   * of this or {@link #chars} (which move the same view; a quoted cell's text is copied into a
   * buffer of its own).
   *
   * @param column the column name
   * @return the text, or null (with a problem)
   */
  public java.nio.@Nullable CharBuffer requiredChars(String column) {
    return requiredChars(cell(column), column);
  }

  /**
   * As {@link #requiredChars(String)}, for a cell found once per file ({@link #cellOf}).
   *
   * @param cell the cell, or -1
   * @param column the column name, for messages
   * @return the same as the variant by column name
   */
  public java.nio.@Nullable CharBuffer requiredChars(int cell, String column) {
    java.nio.CharBuffer c = chars(cell, column);
    if (c == null) {
      problem(column, column + " is required");
    }
    return c;
  }

  /**
   * Reads a cell without copying its characters into a String, as {@link #requiredChars} does, for
   * a cell that may be empty.
   *
   * @param column the column name
   * @return the text (a view valid until the next row, or the next call of this or
   *     {@link #requiredChars}), or null if absent or empty
   */
  public java.nio.@Nullable CharBuffer chars(String column) {
    return chars(cell(column), column);
  }

  /**
   * As {@link #chars(String)}, for a cell found once per file ({@link #cellOf}).
   *
   * @param cell the cell, or -1
   * @param column the column name, for messages
   * @return the same as the variant by column name
   */
  public java.nio.@Nullable CharBuffer chars(int cell, String column) {
    int k = valid(cell);
    if (k < 0 || record.empty(k)) {
      return null;
    }
    CsvTable.Record r = record;
    return r.text[k] != null ? java.nio.CharBuffer.wrap(r.text[k].toCharArray()) : r.chars(k);
  }

  /**
   * Reads a required id that must be unique in the file; a repeated id is a problem naming the
   * line it first appeared on.
   *
   * @param column the id column
   * @param label how messages name the id, e.g. {@code participant id}
   * @param firstLine the lines ids were first seen on, shared across the file's rows
   * @return the id, or null (with a problem) if empty
   */
  public @Nullable String uniqueId(String column, String label, Map<String, Long> firstLine) {
    String id = required(column);
    if (id != null) {
      Long first = firstLine.putIfAbsent(id, line);
      if (first != null) {
        problem(column, label + " " + id + " appears twice; first on line " + first);
      }
    }
    return id;
  }

  /**
   * Reads an ISO-8601 date.
   *
   * @param column the column name
   * @return the date, or null
   */
  public @Nullable LocalDate date(String column) {
    return bounded(column, parse(column, text(column), CsvRow::isoDate, "a date (YYYY-MM-DD)"));
  }

  /** A date within {@link Bounds}, or null (with a problem). */
  private @Nullable LocalDate bounded(String column, @Nullable LocalDate date) {
    String why = date == null ? null : Bounds.date(date);
    if (why != null) {
      problem(column, "the date " + date + " " + why);
      return null;
    }
    return date;
  }

  /**
   * Parses an ISO-8601 date as {@link LocalDate#parse(CharSequence)} does, optionally followed by a
   * space and the midnight time {@code 00:00} or {@code 00:00:00} (a date cell Excel reformatted).
   * A plain valid {@code YYYY-MM-DD}, what nearly every cell holds, is read without the general
   * parser; anything else goes to it, so what is accepted and how a bad value fails are the same.
   *
   * @param text the text
   * @return the date
   * @throws DateTimeParseException if the text is not a date
   */
  static LocalDate isoDate(String text) {
    int n = text.length();
    if ((n == 10 || midnight(text)) && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int y = digits(text, 0, 4);
      int m = digits(text, 5, 7);
      int d = digits(text, 8, 10);
      if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= Month.of(m).length(Year.isLeap(y))) {
        return LocalDate.of(y, m, d);
      }
    }
    return LocalDate.parse(midnight(text) ? text.substring(0, 10) : text);
  }

  /** Whether {@code text} is ten characters followed by {@code " 00:00"} or {@code " 00:00:00"}. */
  private static boolean midnight(String text) {
    int n = text.length();
    return (n == 16 || n == 19) && text.startsWith(" 00:00", 10) && (n == 16 || text.startsWith(":00", 16));
  }

  /** The number written by ASCII digits {@code [from, to)}, or -1 if any is not a digit. */
  private static int digits(String text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      int c = text.charAt(i) - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }

  /**
   * Reads an ISO-8601 date as an epoch day, without building objects for a plain
   * {@code YYYY-MM-DD} within the bounds; anything else is read as {@link #date} reads it.
   *
   * @param column the column name
   * @return the epoch day, or {@link #NO_DATE} if empty or bad (bad: with a problem)
   */
  public int day(String column) {
    return day(cell(column), column);
  }

  /**
   * As {@link #day(String)}, for a cell found once per file ({@link #cellOf}).
   *
   * @param cell the cell, or -1
   * @param column the column name, for messages
   * @return the same as the variant by column name
   */
  public int day(int cell, String column) {
    int k = valid(cell);
    if (k < 0 || record.empty(k)) {
      return NO_DATE;
    }
    CsvTable.Record r = record;
    if (r.text[k] == null) {
      int d = isoDay(r.buf, r.from[k], r.to[k]);
      if (d != NO_DATE) {
        return d;
      }
    }
    LocalDate date = date(column);
    return date == null ? NO_DATE : (int) date.toEpochDay();
  }

  /**
   * Reads a required date as an epoch day.
   *
   * @param column the column name
   * @return the epoch day, or {@link #NO_DATE} (with a problem)
   */
  public int requiredDay(String column) {
    return requiredDay(cell(column), column);
  }

  /**
   * As {@link #requiredDay(String)}, for a cell found once per file ({@link #cellOf}).
   *
   * @param cell the cell, or -1
   * @param column the column name, for messages
   * @return the same as the variant by column name
   */
  public int requiredDay(int cell, String column) {
    if (!present(cell, column)) {
      problem(column, column + " is required");
      return NO_DATE;
    }
    return day(cell, column);
  }

  /** The epoch day of a plain date {@code YYYY-MM-DD[ 00:00[:00]]} within {@link Bounds}, else {@link #NO_DATE}. */
  static int isoDay(char[] a, int from, int to) {
    int n = to - from;
    if ((n != 10 && n != 16 && n != 19) || a[from + 4] != '-' || a[from + 7] != '-') {
      return NO_DATE;
    }
    if (n > 10 && !(a[from + 10] == ' ' && a[from + 11] == '0' && a[from + 12] == '0' && a[from + 13] == ':'
        && a[from + 14] == '0' && a[from + 15] == '0'
        && (n == 16 || (a[from + 16] == ':' && a[from + 17] == '0' && a[from + 18] == '0')))) {
      return NO_DATE;
    }
    int y = digits(a, from, from + 4);
    int m = digits(a, from + 5, from + 7);
    int d = digits(a, from + 8, from + 10);
    if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m]
        || (m == 2 && d == 29 && !((y & 3) == 0 && (y % 100 != 0 || y % 400 == 0)))) {
      return NO_DATE;
    }
    return epochDay(y, m, d);
  }

  private static final int MIN_YEAR = Bounds.MIN_DATE.getYear();
  private static final int MAX_YEAR = Bounds.MAX_DATE.getYear();
  private static final int[] DAYS_IN_MONTH = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  /**
   * The epoch day of a valid date of the proleptic Gregorian calendar, as
   * {@link LocalDate#toEpochDay()} gives it (days from civil, H. Hinnant's algorithm).
   */
  static int epochDay(int y, int m, int d) {
    int yy = m <= 2 ? y - 1 : y;
    int era = Math.floorDiv(yy, 400);
    int yoe = yy - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  private static int digits(char[] a, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      int c = a[i] - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }

  /**
   * Reads a whole number as an {@code int}, without building objects for up to nine plain digits.
   *
   * @param column the column name
   * @param missing what an empty or bad cell reads as (bad: with a problem)
   * @return the number
   */
  public int number(String column, int missing) {
    return number(cell(column), column, missing);
  }

  /**
   * As {@link #number(String, int)}, for a cell found once per file ({@link #cellOf}).
   *
   * @param cell the cell, or -1
   * @param column the column name, for messages
   * @param missing what an empty or bad cell reads as
   * @return the same as the variant by column name
   */
  public int number(int cell, String column, int missing) {
    int k = valid(cell);
    if (k < 0 || record.empty(k)) {
      return missing;
    }
    CsvTable.Record r = record;
    if (r.text[k] == null && r.to[k] - r.from[k] <= 9) {
      int v = digits(r.buf, r.from[k], r.to[k]);
      if (v >= 0) {
        return v;
      }
    }
    Integer v = integer(column);
    return v == null ? missing : v;
  }

  /**
   * Reads yes/no as {@code 1}, {@code 0} or {@link #MISSING}, without building objects for the
   * usual spellings.
   *
   * @param column the column name
   * @return the code; {@link #MISSING} if empty or bad (bad: with a problem)
   */
  public byte yesNoCode(String column) {
    return yesNoCode(cell(column), column);
  }

  /**
   * As {@link #yesNoCode(String)}, for a cell found once per file ({@link #cellOf}).
   *
   * @param cell the cell, or -1
   * @param column the column name, for messages
   * @return the same as the variant by column name
   */
  public byte yesNoCode(int cell, String column) {
    int k = valid(cell);
    if (k < 0 || record.empty(k)) {
      return MISSING;
    }
    CsvTable.Record r = record;
    if (r.text[k] == null) {
      // "yes", "nej", "no", "ja" in any case ("Ja", "JA", "NEJ"): setting bit 5 lower-cases an ASCII
      // letter, and only a letter's two cases become that lower-case letter
      char[] b = r.buf;
      int f = r.from[k];
      int n = r.to[k] - f;
      if (n == 3 || n == 2) {
        int c0 = b[f] | 0x20;
        int c1 = b[f + 1] | 0x20;
        int c2 = n == 3 ? b[f + 2] | 0x20 : 0;
        if (c0 == 'y' && c1 == 'e' && c2 == 's' || c0 == 'j' && c1 == 'a' && c2 == 0) {
          return RegisterColumns.YES;
        }
        if (c0 == 'n' && (c1 == 'e' && c2 == 'j' || c1 == 'o' && c2 == 0)) {
          return RegisterColumns.NO;
        }
      }
    }
    Boolean b = yesNo(column);
    return RegisterColumns.yesNo(b);
  }

  /**
   * Reads a code of an enumeration, without building objects when the cell is one of its codes
   * or aliases in ASCII; anything else is read as {@link #coded(String, Function)} reads it (with
   * the same message when it is no code).
   *
   * @param column the column name
   * @param type the enumeration
   * @param <E> the enumeration type
   * @return the constant, or null if empty or bad (bad: with a problem)
   */
  public <E extends Enum<E> & Coded> @Nullable E coded(String column, Class<E> type) {
    return coded(cell(column), column, type);
  }

  /**
   * As {@link #coded(String, Class)}, for a cell found once per file ({@link #cellOf}).
   *
   * @param cell the cell, or -1
   * @param column the column name, for messages
   * @param type the enumeration
   * @param <E> the enumeration type
   * @return the same as the variant by column name
   */
  public <E extends Enum<E> & Coded> @Nullable E coded(int cell, String column, Class<E> type) {
    int k = valid(cell);
    if (k < 0 || record.empty(k)) {
      return null;
    }
    CsvTable.Record r = record;
    if (r.text[k] == null) {
      Object found = lookup(type, r.buf, r.from[k], r.to[k]);
      if (found != null) {
        return type.cast(found);
      }
    }
    return coded(column, t -> Coded.parse(type, t));
  }

  /**
   * Reads a {@code |}-separated list of codes as a bit set of their ordinals.
   *
   * @param column the column name
   * @param type the enumeration (of at most 32 constants)
   * @param <E> the enumeration type
   * @return bit {@code ordinal} set for each code; 0 if empty; bad codes are problems
   */
  public <E extends Enum<E> & Coded> int codeBits(String column, Class<E> type) {
    return codeBits(cell(column), column, type);
  }

  /**
   * As {@link #codeBits(String, Class)}, for a cell found once per file ({@link #cellOf}).
   *
   * @param cell the cell, or -1
   * @param column the column name, for messages
   * @param type the enumeration
   * @param <E> the enumeration type
   * @return the same as the variant by column name
   */
  public <E extends Enum<E> & Coded> int codeBits(int cell, String column, Class<E> type) {
    int k = valid(cell);
    if (k < 0 || record.empty(k)) {
      return 0;
    }
    CsvTable.Record r = record;
    if (r.text[k] == null) {
      int bits = 0;
      int p = r.from[k];
      int end = r.to[k];
      boolean fast = true;
      while (fast && p <= end) {
        int q = p;
        while (q < end && r.buf[q] != '|') {
          q++;
        }
        int a = p;
        int b = q;
        // ASCII white space only, as String.strip() drops around each part
        while (a < b && r.buf[a] <= ' ' && CsvTable.space(r.buf[a])) {
          a++;
        }
        while (b > a && r.buf[b - 1] <= ' ' && CsvTable.space(r.buf[b - 1])) {
          b--;
        }
        if (a < b) {
          Object found = lookup(type, r.buf, a, b);
          if (found == null) {
            fast = false;
          } else {
            bits |= 1 << ((Enum<?>) found).ordinal();
          }
        }
        p = q + 1;
      }
      if (fast) {
        return bits;
      }
    }
    int bits = 0;
    for (E e : codes(column, t -> Coded.parse(type, t))) {
      bits |= 1 << e.ordinal();
    }
    return bits;
  }

  /**
   * Codes and aliases of each enumeration, for {@link #lookup}: by first letter (lower case ASCII)
   * and length, the one code or alias with both, or none.
   */
  private static final ClassValue<Codes> CODES = new ClassValue<>() {
    @Override
    protected Codes computeValue(Class<?> type) {
      return new Codes(type);
    }
  };

  /** An enumeration's codes and aliases, by first letter and length. */
  private static final class Codes {
    private static final int LENGTHS = 32;
    private final String[] text = new String[128 * LENGTHS];
    private final Object[] constant = new Object[128 * LENGTHS];
    /** Slots that two codes share: looked up one by one. */
    private final List<Object> shared = new ArrayList<>();

    Codes(Class<?> type) {
      for (Object c : type.getEnumConstants()) {
        put(((Coded) c).code(), c);
        for (String alias : ((Coded) c).aliases()) {
          put(alias, c);
        }
      }
    }

    private void put(String code, Object c) {
      int slot = slot(code.isEmpty() ? 0 : code.charAt(0), code.length());
      if (slot < 0 || text[slot] != null) {
        shared.add(code);
        shared.add(c);
        if (slot >= 0 && text[slot] != null && constant[slot] != null) {
          // the slot's first code joins the shared ones; the slot now says "look among them"
          shared.add(text[slot]);
          shared.add(constant[slot]);
          constant[slot] = null;
        }
        if (slot >= 0) {
          text[slot] = "";
        }
        return;
      }
      text[slot] = code;
      constant[slot] = c;
    }

    private static int slot(char first, int length) {
      return first >= 128 || length >= LENGTHS ? -1 : first * LENGTHS + length;
    }

    @Nullable Object find(char[] a, int from, int to) {
      char first = a[from];
      if (first >= 'A' && first <= 'Z') {
        first += 'a' - 'A';
      }
      int slot = slot(first, to - from);
      if (slot >= 0 && text[slot] == null) {
        return null;
      }
      if (slot >= 0 && constant[slot] != null) {
        return equalsLower(a, from, to, text[slot]) ? constant[slot] : null;
      }
      for (int i = 0; i < shared.size(); i += 2) {
        if (equalsLower(a, from, to, (String) shared.get(i))) {
          return shared.get(i + 1);
        }
      }
      return null;
    }
  }

  /** The constant whose code or alias is {@code a[from, to)} (any case), or null. */
  private @Nullable Object lookup(Class<?> type, char[] a, int from, int to) {
    // the few enumerations of a format, remembered here: no ClassValue look-up per cell
    Class<?>[] types = codeTypes;
    for (int i = 0; i < types.length; i++) {
      if (types[i] == type) {
        return codeTables[i].find(a, from, to);
      }
      if (types[i] == null) {
        types[i] = type;
        codeTables[i] = CODES.get(type);
        return codeTables[i].find(a, from, to);
      }
    }
    return CODES.get(type).find(a, from, to);
  }

  private final Class<?>[] codeTypes = new Class<?>[8];
  private final Codes[] codeTables = new Codes[8];

  /** Whether the ASCII text {@code a[from, to)} lower-cased is {@code lower}. */
  private static boolean equalsLower(char[] a, int from, int to, String lower) {
    if (to - from != lower.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (c > 0x7F) {
        return false;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != lower.charAt(i - from)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a required ISO-8601 date.
   *
   * @param column the column name
   * @return the date, or null (with a problem)
   */
  public @Nullable LocalDate requiredDate(String column) {
    return bounded(column, parse(column, required(column), CsvRow::isoDate, "a date (YYYY-MM-DD)"));
  }

  /**
   * Reads a whole number.
   *
   * @param column the column name
   * @return the number, or null
   */
  public @Nullable Integer integer(String column) {
    return parse(column, text(column), Integer::valueOf, "a whole number");
  }

  /**
   * Reads a decimal number as a {@code double}.
   *
   * @param column the column name
   * @return the number, or null
   */
  public @Nullable Double real(String column) {
    return parse(column, text(column), t -> decimal(t, decimalComma), decimalComma
        ? "a number (decimal point or decimal comma)" : "a number");
  }

  /**
   * Parses a decimal number: optional sign, digits, optional fraction, optional exponent. With
   * {@code decimalComma} (a {@code ;} file), a single {@code ,} may stand for the decimal point.
   *
   * @param text the text
   * @param decimalComma whether a decimal comma is accepted
   * @return the number
   * @throws NumberFormatException if the text is not such a number
   */
  static double decimal(String text, boolean decimalComma) {
    String t = decimalComma && text.indexOf(',') >= 0 && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
    if (!decimalShaped(t)) {
      throw new NumberFormatException(t);
    }
    double d = Double.parseDouble(t);
    if (Double.isInfinite(d)) {
      throw new NumberFormatException(t);
    }
    return d;
  }

  /**
   * Whether a text is {@code [-+]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?}, checked character by
   * character (a regular expression would be compiled on every call).
   */
  static boolean decimalShaped(String t) {
    int n = t.length();
    int from = sign(t, 0);
    int i = digitsEnd(t, from);
    if (i == from) {
      return false;
    }
    if (i < n && t.charAt(i) == '.') {
      from = i + 1;
      i = digitsEnd(t, from);
      if (i == from) {
        return false;
      }
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      from = sign(t, i + 1);
      i = digitsEnd(t, from);
      if (i == from) {
        return false;
      }
    }
    return i == n;
  }

  /** {@code i}, or the index after it when {@code t} has a sign there. */
  private static int sign(String t, int i) {
    return i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+') ? i + 1 : i;
  }

  /** The end of the run of ASCII digits that starts at {@code i}. */
  private static int digitsEnd(String t, int i) {
    while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /**
   * Reads {@code yes} / {@code no} (also {@code ja} / {@code nej}, {@code true} / {@code false}).
   *
   * @param column the column name
   * @return the value, or null
   */
  public @Nullable Boolean yesNo(String column) {
    return parse(column, text(column), t -> {
      switch (lower(t)) {
        case "yes":
        case "ja":
        case "true":
          return Boolean.TRUE;
        case "no":
        case "nej":
        case "false":
          return Boolean.FALSE;
        default:
          throw new IllegalArgumentException(t);
      }
    }, "yes or no");
  }

  /** The text lower-cased; itself (no copy) when it has no upper-case or non-ASCII letter. */
  private static String lower(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c >= 'A' && c <= 'Z') || c > 0x7F) {
        return t.toLowerCase(Locale.ROOT);
      }
    }
    return t;
  }

  /**
   * Reads a cell with a model parser (a code); its {@link ValidationException} becomes a problem.
   *
   * @param column the column name
   * @param parse the parser, e.g. {@code OutcomeStatus::fromCode}
   * @param <T> the result type
   * @return the value, or null
   */
  public <T> @Nullable T coded(String column, Function<String, T> parse) {
    return code(column, text(column), parse);
  }

  /**
   * Reads a required coded cell.
   *
   * @param column the column name
   * @param parse the parser
   * @param <T> the result type
   * @return the value, or null (with a problem)
   */
  public <T> @Nullable T requiredCoded(String column, Function<String, T> parse) {
    return code(column, required(column), parse);
  }

  /**
   * Reads a {@code |}-separated list of codes into a set.
   *
   * @param column the column name
   * @param parse the code parser
   * @param <T> the element type
   * @return the set, empty if the cell is empty
   */
  public <T> Set<T> codes(String column, Function<String, T> parse) {
    Set<T> out = new LinkedHashSet<>();
    for (String part : list(column)) {
      T t = code(column, part, parse);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Reads a {@code |}-separated list of free-text tags.
   *
   * @param column the column name
   * @return the tags in order, empty if the cell is empty; blank parts are left out
   */
  public List<String> list(String column) {
    String t = text(column);
    List<String> out = new ArrayList<>();
    if (t != null) {
      for (String part : t.split("\\|", -1)) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  /**
   * Builds a model value if the row is clean; a {@link ValidationException} becomes a problem in
   * the column its message names first (else column {@code -}).
   *
   * @param columns the row's column names, to find the one a message is about
   * @param build builds the value
   * @param <T> the value type
   * @return the value, or null
   */
  public <T> @Nullable T build(Collection<String> columns, Supplier<T> build) {
    if (!ok()) {
      return null;
    }
    try {
      return build.get();
    } catch (ValidationException e) {
      String message = String.valueOf(e.getMessage());
      problem(Names.firstNamed(message, columns).orElse("-"), message);
      return null;
    }
  }

  private <T> @Nullable T code(String column, @Nullable String text, Function<String, T> parse) {
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (ValidationException e) {
      String message = String.valueOf(e.getMessage());
      problem(column, sensitive.contains(column) ? Sensitive.redact(column, text, message) : message);
      return null;
    }
  }

  private <T> @Nullable T parse(String column, @Nullable String text, Function<String, T> parse, String what) {
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      problem(column, (sensitive.contains(column) ? "not " : "'" + text + "' is not ") + what);
      return null;
    }
  }
}
