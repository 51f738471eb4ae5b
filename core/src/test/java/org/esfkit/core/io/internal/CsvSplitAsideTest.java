package org.esfkit.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.esfkit.core.io.Problem;
import org.esfkit.core.io.ReadResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Splitting on a thread of its own ({@code CsvTable.Aside}) gives what splitting on the caller's
 * thread gives: the same rows, lines, problems (in order), counts and encoding, and the same
 * failure part way, on files of many blocks with the awkward cases at and across the blocks' ends.
 */
class CsvSplitAsideTest {
  private static final List<String> COLUMNS = List.of("id", "name", "note");

  @AfterEach
  void splitAsideAgain() {
    CsvTable.splitAside = true;
  }

  /** What a read gives, as comparable values: rows (line and cells), problems, counts, encoding. */
  private record Outcome(List<String> rows, List<Problem> problems, long rowsRead, long rowsAccepted,
      String encoding) {}

  /** Compares part by part, so that a difference is shown small. */
  private static void assertSame(Outcome aside, Outcome one) {
    assertSameResult(aside, one);
    assertThat(aside.rows().size()).isEqualTo(one.rows().size());
    for (int i = 0; i < aside.rows().size(); i++) {
      assertThat(aside.rows().get(i)).as("row %d", i).isEqualTo(one.rows().get(i));
    }
  }

  /**
   * Compares what the result says. When a file fails part way, the result is that failure alone;
   * how many rows the reader was handed before it depends on where the blocks of characters end,
   * on one thread as on two, and is not compared.
   */
  private static void assertSameResult(Outcome aside, Outcome one) {
    // each row handed over once, in file order
    assertThat(aside.rows().stream().mapToLong(r -> Long.parseLong(r.substring(0, r.indexOf(':')))).toArray())
        .isSorted().doesNotHaveDuplicates();
    assertThat(aside.problems()).isEqualTo(one.problems());
    assertThat(aside.rowsRead()).isEqualTo(one.rowsRead());
    assertThat(aside.rowsAccepted()).isEqualTo(one.rowsAccepted());
    assertThat(aside.encoding()).isEqualTo(one.encoding());
  }

  private static Outcome read(byte[] bytes, boolean aside) {
    CsvTable.splitAside = aside;
    List<String> rows = new ArrayList<>();
    ReadResult<Integer> r = CsvTable.stream(new ByteArrayInputStream(bytes), "t.csv", null, List.of("id"),
        List.of("name", "note"), Set.of(), row -> {
          String id = row.required("id");
          if (id == null) {
            return false;
          }
          if (id.endsWith("7")) {
            row.problem("id", "ids ending in 7 are refused here");
            return false;
          }
          rows.add(row.line() + ":" + id + "|" + row.text("name") + "|" + row.text("note"));
          return true;
        }, n -> new CsvTable.Assembled<>(n.intValue(), List.of()));
    return new Outcome(rows, r.problems(), r.rowsRead(), r.rowsAccepted(),
        r.encoding() == null ? "-" : r.encoding().name());
  }

  /** Random rows with the awkward cases: quoted fields over lines, blanks, short rows, bad text. */
  private static String csv(long seed, int n, String delimiter, String newline) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder(String.join(delimiter, COLUMNS)).append(newline);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(40)) {
        case 0 -> sb.append(newline);                                           // a blank line
        case 1 -> sb.append(delimiter).append(delimiter).append(newline);       // cleared by Excel
        case 2 -> sb.append(i).append(delimiter).append("short").append(newline); // a field missing
        case 3 -> sb.append(i).append(delimiter).append("\"two\nlines, \"\"quoted\"\"\"").append(delimiter)
            .append("x").append(newline);
        case 4 -> sb.append(i).append(delimiter).append("bell\u0007").append(delimiter).append("y").append(newline);
        case 5 -> sb.append(i).append(delimiter).append("\"closed\" junk").append(delimiter).append("z")
            .append(newline);
        default -> sb.append(i).append(delimiter).append("\u00A0Åsa ").append(random.nextInt(1000))
            .append(delimiter).append("x".repeat(random.nextInt(200))).append(newline);
      }
    }
    return sb.toString();
  }

  @Test
  void utf8FilesOfManyBlocksReadTheSame() {
    for (long seed = 1; seed <= 4; seed++) {
      byte[] bytes = csv(seed, 20_000, seed % 2 == 0 ? ";" : ",", seed % 3 == 0 ? "\n" : "\r\n")
          .getBytes(StandardCharsets.UTF_8);
      assertThat(bytes.length).isGreaterThan(20 * 65536);
      Outcome aside = read(bytes, true);
      assertThat(aside.rowsAccepted()).isGreaterThan(15_000);
      assertThat(aside.problems()).isNotEmpty();
      assertSame(aside, read(bytes, false));
    }
  }

  @Test
  void windows1252FoundBlocksIntoTheFileReadsTheSame() {
    // ASCII for many blocks, then a Windows-1252 byte: decoding goes on as Windows-1252, with a note
    String text = csv(5, 20_000, ";", "\r\n").replace("Åsa", "Asa") + "99999;G\u00F6ran;x\r\n";
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    Outcome aside = read(bytes, true);
    assertThat(aside.encoding()).isEqualTo("windows-1252");
    assertThat(aside.rows().get(aside.rows().size() - 1)).endsWith("99999|Göran|x");
    assertSame(aside, read(bytes, false));
  }

  @Test
  void aFailurePartWayEndsBothTheSame() {
    // UTF-8 accents, then a Windows-1252 byte many blocks in: mixed encodings, the file is refused
    byte[] mixed = (csv(6, 20_000, ",", "\n") + "99999,G").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(mixed, mixed.length + 4);
    bytes[mixed.length] = (byte) 0xF6;
    bytes[mixed.length + 1] = 'r';
    bytes[mixed.length + 2] = ',';
    bytes[mixed.length + 3] = '\n';
    Outcome aside = read(bytes, true);
    assertThat(aside.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("mixes encodings"));
    assertThat(aside.rowsRead()).isZero();
    assertSameResult(aside, read(bytes, false));

    // a quote never closed, many blocks in
    byte[] open = (csv(7, 20_000, ",", "\n") + "99999,\"never closed,x\n" + "1,a,b\n".repeat(100))
        .getBytes(StandardCharsets.UTF_8);
    Outcome unclosed = read(open, true);
    assertThat(unclosed.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("a quoted field is never closed"));
    assertSameResult(unclosed, read(open, false));
  }

  @Test
  void aRecordLongerThanABlockReadsTheSame() {
    // a quoted field of 300,000 characters over many lines (refused as a cell, but split as a record):
    // the block it is split from must grow
    String longField = "\"" + "line of a long note\n".repeat(15_000) + "\"";
    String text = csv(8, 5_000, ",", "\n") + "99999,long," + longField + "\n" + csv(9, 5_000, ",", "\n")
        .substring("id,name,note\n".length());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Outcome aside = read(bytes, true);
    assertThat(aside.problems()).anySatisfy(p -> assertThat(p.message()).contains("is longer than 10000 characters"));
    assertSame(aside, read(bytes, false));
  }

  @Test
  void whatTheReaderThrowsStopsTheSplittingThread() throws InterruptedException {
    byte[] bytes = csv(10, 50_000, ",", "\n").getBytes(StandardCharsets.UTF_8);
    CsvTable t = CsvTable.read(new ByteArrayInputStream(bytes), "t.csv", null, new ArrayList<>());
    int[] seen = new int[1];
    assertThatThrownBy(() -> t.forEachRecord(true, r -> {
      if (++seen[0] == 1000) {
        throw new IllegalStateException("the reader stops");
      }
    })).hasMessage("the reader stops");
    for (int i = 0; i < 100 && splitting(); i++) {
      Thread.sleep(20);
    }
    assertThat(splitting()).as("a splitting thread still running").isFalse();
  }

  private static boolean splitting() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(th -> th.getName().equals("esfkit-csv-split") && th.isAlive());
  }
}
