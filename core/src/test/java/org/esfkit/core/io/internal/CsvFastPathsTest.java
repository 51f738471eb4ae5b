package org.esfkit.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.esfkit.core.Coded;
import org.esfkit.core.Gender;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.TargetGroup;
import org.esfkit.core.internal.Dates;
import org.esfkit.core.internal.RegisterColumns;
import org.esfkit.core.io.Problem;
import org.esfkit.core.io.ReadResult;
import org.junit.jupiter.api.Test;

/** The reader's fast paths behave exactly as the general code they stand in for. */
class CsvFastPathsTest {
  /** What {@link LocalDate#parse} makes of a text: the date, or the exception's class. */
  private static Object general(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return e.getClass();
    }
  }

  private static Object fast(String text) {
    try {
      return CsvRow.isoDate(text);
    } catch (DateTimeParseException e) {
      return e.getClass();
    }
  }

  @Test
  void isoDateAgreesWithLocalDateParseOnHandPickedTexts() {
    for (String t : new String[] {"2020-02-29", "2021-02-29", "2021-02-28", "0000-01-01", "9999-12-31", "2021-13-01",
        "2021-00-10", "2021-04-31", "2021-04-00", "2021-1-01", "2021/01/01", "+2021-01-01", "-2021-01-01",
        "+12021-01-01", "2021-01-01 ", "٢٠٢١-01-01", "1900-02-29", "2000-02-29", ""}) {
      assertThat(fast(t)).as(t).isEqualTo(general(t));
    }
    assertThat(CsvRow.isoDate("2020-02-29")).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @Test
  void isoDateAgreesWithLocalDateParseOnDateShapedTexts() {
    // four digits, dash, two digits, dash, two digits, with any of the characters replaced
    qt().withExamples(3000)
        .forAll(integers().between(0, 9999), integers().between(0, 9999), integers().between(0, 128 * 12 - 1))
        .checkAssert((y, monthDay, replace) -> {
          StringBuilder t = new StringBuilder(String.format("%04d-%02d-%02d", y, monthDay / 100, monthDay % 100));
          int at = replace / 128;
          if (at < 10) {
            t.setCharAt(at, (char) (replace % 128));
          }
          String text = t.toString();
          assertThat(fast(text)).as(text).isEqualTo(general(text));
        });
  }

  @Test
  void epochDaysAndYearsAgreeWithLocalDateOnEveryDayOfTheBounds() {
    for (LocalDate d = LocalDate.of(1899, 12, 1); d.isBefore(LocalDate.of(2201, 2, 1)); d = d.plusDays(1)) {
      assertThat(CsvRow.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).as(d.toString())
          .isEqualTo((int) d.toEpochDay());
      assertThat(Dates.yearOf((int) d.toEpochDay())).as(d.toString()).isEqualTo(d.getYear());
      assertThat(Dates.monthDayOf(d.toEpochDay())).as(d.toString())
          .isEqualTo(d.getMonthValue() * 100 + d.getDayOfMonth());
    }
    // far outside the bounds too, before year 0 included (the 400-year cycles folded)
    for (LocalDate d = LocalDate.of(-2001, 1, 1); d.isBefore(LocalDate.of(12001, 1, 1)); d = d.plusDays(997)) {
      assertThat(Dates.yearOf(d.toEpochDay())).as(d.toString()).isEqualTo(d.getYear());
      assertThat(Dates.monthDayOf(d.toEpochDay())).as(d.toString())
          .isEqualTo(d.getMonthValue() * 100 + d.getDayOfMonth());
    }
  }

  @Test
  void dayFromCharactersAgreesWithTheGeneralParserOnDateShapedTexts() {
    // the date-shaped texts of the test above, and Excel's midnight forms of them
    qt().withExamples(3000)
        .forAll(integers().between(0, 9999), integers().between(0, 9999), integers().between(0, 128 * 12 - 1),
            integers().between(0, 2))
        .checkAssert((y, monthDay, replace, time) -> {
          StringBuilder t = new StringBuilder(String.format("%04d-%02d-%02d", y, monthDay / 100, monthDay % 100));
          int at = replace / 128;
          if (at < 10) {
            t.setCharAt(at, (char) (replace % 128));
          }
          String text = t + (time == 0 ? "" : time == 1 ? " 00:00" : " 00:00:00");
          Object general = fast(text);
          int day = CsvRow.isoDay(text.toCharArray(), 0, text.length());
          boolean inBounds = general instanceof LocalDate && ((LocalDate) general).getYear() >= 1900
              && ((LocalDate) general).getYear() <= 2200;
          if (day != CsvRow.NO_DATE) {
            assertThat(general).as(text).isEqualTo(LocalDate.ofEpochDay(day));
          } else if (inBounds && text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}( 00:00(:00)?)?")) {
            throw new AssertionError(text + " is a plain date in the bounds, but was not read from its characters");
          }
        });
  }

  /**
   * Yes/no, codes and lists of codes read from the characters (the register's and the placements'
   * fast paths) against the general readers on the same cell: the same value and the same
   * problem, for words in any mix of case, with a letter changed, padded with spaces or a
   * no-break space, or behind a non-ASCII letter. ("JA" was once read as no.)
   */
  @Test
  void yesNoAndCodesFromCharactersAgreeWithTheGeneralReaders() {
    String[] words = {"yes", "no", "ja", "nej", "true", "false", "y", "n", "jo", "woman", "man", "non_binary",
        "kvinna", "employment", "studies", "self_employment", "job_seeking", "dropped_out", "internship",
        "work_trial", "unemployed", "inactive", "long_term_unemployed", "young", "newly_arrived",
        "long_term_unemployed|young", "young|x", "x"};
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder csv = new StringBuilder("c\n");
    for (int i = 0; i < 4000; i++) {
      StringBuilder t = new StringBuilder(words[random.nextInt(words.length)]);
      for (int k = 0; k < t.length(); k++) {
        if (random.nextBoolean()) {
          t.setCharAt(k, Character.toUpperCase(t.charAt(k)));
        }
      }
      switch (random.nextInt(8)) {
        case 0 -> t.setCharAt(random.nextInt(t.length()), (char) ('a' + random.nextInt(26)));
        case 1 -> t.insert(0, ' ').append(' ');
        case 2 -> t.append('\u00A0');
        case 3 -> t.insert(0, 'Å');
        default -> { }
      }
      csv.append(t).append('\n');
    }
    List<Problem> problems = new ArrayList<>();
    CsvTable table = table(csv.toString(), problems);
    table.checkHeader(List.of("c"), List.of(), problems);
    int[] rows = new int[1];
    table.readRows(Set.of(), problems, row -> {
      rows[0]++;
      String text = row.text("c");
      int before = row.problems().size();
      byte fast = row.yesNoCode("c");
      int between = row.problems().size();
      Boolean general = row.yesNo("c");
      assertThat(fast).as(text).isEqualTo(RegisterColumns.yesNo(general));
      assertSameProblems(row, before, between, text);
      sameCode(row, Gender.class, text);
      sameCode(row, OutcomeStatus.class, text);
      sameCode(row, LabourStatus.class, text);
      sameCode(row, PlacementKind.class, text);
      before = row.problems().size();
      int bits = row.codeBits("c", TargetGroup.class);
      between = row.problems().size();
      int expected = 0;
      for (TargetGroup g : row.codes("c", t -> Coded.parse(TargetGroup.class, t))) {
        expected |= 1 << g.ordinal();
      }
      assertThat(bits).as(text).isEqualTo(expected);
      assertSameProblems(row, before, between, text);
    });
    assertThat(rows[0]).isEqualTo(4000);
  }

  /**
   * Whole numbers read from the characters against {@code Integer.valueOf} on the same cell, and
   * recurring texts (sites, referrers) against the plain text, on number-like and name-like cells.
   */
  @Test
  void numbersAndRecurringTextsFromCharactersAgreeWithTheGeneralReaders() {
    String[] words = {"1980", "0", "007", "+1980", "-5", "1980.0", "1 980", "19a0", "2147483647", "2147483648",
        "999999999", "1000000000", "\u0661\u0669\u0668\u0660", "Avesta", "Jönköping", "Västerås", "A"};
    SplittableRandom random = new SplittableRandom(11);
    StringBuilder csv = new StringBuilder("c\n");
    for (int i = 0; i < 3000; i++) {
      StringBuilder t = new StringBuilder(words[random.nextInt(words.length)]);
      switch (random.nextInt(6)) {
        case 0 -> t.setCharAt(random.nextInt(t.length()), (char) ('0' + random.nextInt(10)));
        case 1 -> t.insert(0, ' ').append(' ');
        case 2 -> t.append('\u00A0');
        default -> { }
      }
      csv.append(t).append('\n');
    }
    List<Problem> problems = new ArrayList<>();
    CsvTable table = table(csv.toString(), problems);
    table.checkHeader(List.of("c"), List.of(), problems);
    int missing = Integer.MIN_VALUE;
    table.readRows(Set.of(), problems, row -> {
      String text = row.text("c");
      int before = row.problems().size();
      int fast = row.number("c", missing);
      int between = row.problems().size();
      Integer general = row.integer("c");
      assertThat(fast).as(text).isEqualTo(general == null ? missing : general);
      assertSameProblems(row, before, between, text);
      assertThat(row.recurring("c")).as(text).isEqualTo(text);
    });
  }

  private static <E extends Enum<E> & Coded> void sameCode(CsvRow row, Class<E> type, String text) {
    int before = row.problems().size();
    E fast = row.coded("c", type);
    int between = row.problems().size();
    E general = row.coded("c", t -> Coded.parse(type, t));
    assertThat(fast).as(type.getSimpleName() + " " + text).isEqualTo(general);
    assertSameProblems(row, before, between, text);
  }

  /**
   * The problems the fast reader added (from {@code before} to {@code between}) are those the
   * general one added after it.
   */
  private static void assertSameProblems(CsvRow row, int before, int between, String text) {
    List<Problem> all = row.problems();
    assertThat(all.subList(between, all.size())).as(text).isEqualTo(all.subList(before, between));
  }

  private static CsvTable table(String csv, List<Problem> problems) {
    return CsvTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv", null, problems);
  }

  @Test
  void cellsLongerThanTheBoundAreCutAndReported() {
    String atBound = "x".repeat(CsvTable.MAX_CELL_CHARS);
    String over = atBound + "yz";
    List<Problem> problems = new ArrayList<>();
    CsvTable t = table("a;b\n" + atBound + ";\"" + over + "\"\n " + over + " ;ok\n", problems);
    assertThat(problems).isEmpty();
    List<CsvTable.Record> records = t.records();
    CsvTable.Record first = records.get(0);
    assertThat(first.cells()).containsExactly(atBound, atBound);
    assertThat(first.defects()).containsExactly("field 2 is longer than 10000 characters");
    CsvTable.Record second = records.get(1);
    // the unquoted cell keeps its first characters (the leading blank among them), then is stripped
    assertThat(second.cells()).containsExactly(atBound.substring(1), "ok");
    assertThat(second.defects()).containsExactly("field 1 is longer than 10000 characters");
  }

  @Test
  void unquotedCellsAreStrippedAndQuotedCellsKeptWhole() {
    List<Problem> problems = new ArrayList<>();
    CsvTable t = table("a,b,c\r\n  x ,\" y \"  ,\"z\"junk\r\n\r\n,,\n", problems);
    assertThat(problems).isEmpty();
    // the row of only delimiters is a blank line, as the empty line before it
    List<CsvTable.Record> records = t.records();
    assertThat(records).hasSize(1);
    assertThat(t.rowCount()).isEqualTo(1);
    assertThat(records.get(0).cells()).containsExactly("x", " y ", "z");
    assertThat(records.get(0).defects()).containsExactly("field 3 has text after its closing quote");
  }

  @Test
  void asciiUtf8AndInvalidBytesDecodeAsBefore() {
    List<Problem> problems = new ArrayList<>();
    assertThat(table("site\nAvesta\n", problems).records().get(0).cells()).containsExactly("Avesta");
    assertThat(table("\uFEFFsite\nJ\u00f6nk\u00f6ping \u6771\u4eac\n", problems).records().get(0).cells())
        .containsExactly("J\u00f6nk\u00f6ping \u6771\u4eac");
    assertThat(problems).isEmpty();
    byte[] bad = {'s', '\n', 'a', '\n', (byte) 0xC3, '(', '\n'};
    assertThat(CsvTable.read(new ByteArrayInputStream(bad), "t.csv", StandardCharsets.UTF_8, problems)).isNull();
    assertThat(problems).extracting(Problem::toString).containsExactly("t.csv:3:-: not valid UTF-8 (byte 5)");
    problems.clear();
    // detected: not UTF-8, so Windows-1252, said in a note
    CsvTable t = CsvTable.read(new ByteArrayInputStream(bad), "t.csv", null, problems);
    assertThat(t.encoding()).isEqualTo(CsvTable.WINDOWS_1252);
    assertThat(t.records().get(1).cells()).containsExactly("\u00c3(");
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "t.csv:0:-: note: read as Windows-1252, since it is not valid UTF-8 (line 3, byte 5); "
            + "name the file's encoding if that is wrong");
    problems.clear();
    // 0x81 is neither UTF-8 nor Windows-1252
    byte[] worse = {'s', '\n', (byte) 0x81, '\n'};
    assertThat(CsvTable.read(new ByteArrayInputStream(worse), "t.csv", null, problems)).isNull();
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "t.csv:2:-: neither UTF-8 nor Windows-1252 (byte 3); name the file's encoding");
    problems.clear();
    // UTF-8 up to a byte that is not: the file mixes encodings, which no single decoding reads
    byte[] mixed = {'s', '\n', (byte) 0xC3, (byte) 0xB6, '\n', (byte) 0xF6, '\n'};
    assertThat(CsvTable.read(new ByteArrayInputStream(mixed), "t.csv", null, problems)).isNull();
    assertThat(problems).extracting(Problem::toString).containsExactly("t.csv:3:-: not valid UTF-8 (byte 6), though "
        + "the text before it is: the file mixes encodings; name the file's encoding (--encoding)");
  }

  @Test
  void aFileLevelProblemAfterGoodRowsStopsTheFileAndNoRowCounts() {
    List<String> read = new ArrayList<>();
    ReadResult<List<String>> r = CsvTable.readAll(new ByteArrayInputStream("a,b\n1,2\n3,4\n5,\"six\n\n"
        .getBytes(StandardCharsets.UTF_8)), "t.csv", null, List.of("a", "b"), List.of(), List.of(),
        row -> row.text("a"), values -> values);
    assertThat(r.problems()).extracting(Problem::toString).containsExactly("t.csv:4:2: a quoted field is never closed");
    assertThat(r.rowsRead()).isZero();
    assertThat(r.acceptedValue()).isNull();
    List<Problem> problems = new ArrayList<>();
    assertThat(table("\n a \n", problems)).isNull();
    assertThat(problems).extracting(Problem::toString).containsExactly("t.csv:1:-: the first line must be the header");
  }

  @Test
  void rowsAreCountedAndSplitWithTheirLinesBlankLinesSkipped() {
    List<Problem> problems = new ArrayList<>();
    CsvTable t = table("a,b\n\n1,\"x\ny\"\n   \n\"\"\n3,4", problems);
    assertThat(problems).isEmpty();
    List<CsvTable.Record> records = t.records();
    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(records).extracting(CsvTable.Record::line).containsExactly(3L, 6L, 7L);
    assertThat(records.get(0).cells()).containsExactly("1", "x\ny");
    assertThat(records.get(1).cells()).containsExactly("");
  }

  /**
   * The decimal number's shape, checked character by character, agrees with the regular
   * expression it replaced, on hand-picked texts and on 20,000 texts built from its characters.
   */
  @Test
  void decimalShapeAgreesWithTheRegularExpression() {
    String regex = "[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?";
    List<String> texts = new ArrayList<>(List.of("", "0", "-1", "+1", "1.", ".5", "1.5", "1e5", "1E-5", "1.5e+10",
        "1e", "1e+", "--1", "1..2", "62.629", "17,938", "1.5.2", " 1", "1 ", "١٢", "1e5.5", "+", "-", "e5", "0x10"));
    SplittableRandom random = new SplittableRandom(20261201);
    String alphabet = "0123456789+-.eE,x ";
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(9); n > 0; n--) {
        b.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
            : (char) ('0' + random.nextInt(10)));
      }
      texts.add(b.toString());
    }
    for (String t : texts) {
      assertThat(CsvRow.decimalShaped(t)).as(t).isEqualTo(t.matches(regex));
    }
  }
}
