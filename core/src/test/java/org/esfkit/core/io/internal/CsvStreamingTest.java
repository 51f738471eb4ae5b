package org.esfkit.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.esfkit.core.io.Problem;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader splits a file the same wherever its blocks of bytes and characters end:
 * files of several blocks whose quoted fields, line ends (CRLF), multi-byte characters and
 * Windows-1252 bytes fall across the block boundaries read back cell for cell.
 */
class CsvStreamingTest {
  private static final String[] PIECES = {"a", "Ö", "å", "東", "\u00A0", ",", ";", "\"", "\n", "\r\n", " ", "x y",
      "2024-01-31", "12"};

  /** Rows of random cells, each quoted (so cells keep every character), joined with CRLF. */
  private static List<List<String>> rows(long seed, int n, boolean latin) {
    Random r = new Random(seed);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        StringBuilder cell = new StringBuilder();
        for (int k = r.nextInt(12); k > 0; k--) {
          String p = PIECES[r.nextInt(PIECES.length)];
          cell.append(latin && p.equals("東") ? "é" : p);
        }
        cells.add(cell.toString());
      }
      rows.add(cells);
    }
    return rows;
  }

  private static String csv(List<List<String>> rows) {
    StringBuilder sb = new StringBuilder("a,b,c,d\r\n");
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        sb.append(c == 0 ? "" : ",").append('"').append(row.get(c).replace("\"", "\"\"")).append('"');
      }
      sb.append("\r\n");
    }
    return sb.toString();
  }

  private static List<List<String>> read(byte[] bytes, List<Problem> problems) {
    CsvTable t = CsvTable.read(new ByteArrayInputStream(bytes), "t.csv", null, problems);
    List<List<String>> out = new ArrayList<>();
    t.forEachRecord(true, r -> out.add(r.cells()));
    return out;
  }

  @Test
  void utf8FilesOfManyBlocksReadBackCellForCell() {
    for (long seed = 1; seed <= 3; seed++) {
      List<List<String>> rows = rows(seed, 6000, false);
      byte[] bytes = csv(rows).getBytes(StandardCharsets.UTF_8);
      assertThat(bytes.length).isGreaterThan(4 * 65536);
      List<Problem> problems = new ArrayList<>();
      assertThat(read(bytes, problems)).isEqualTo(rows);
      assertThat(problems).isEmpty();
    }
  }

  @Test
  void utf16WithBomReadsBackCellForCell() {
    List<List<String>> rows = rows(7, 4000, false);
    byte[] text = csv(rows).getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    List<Problem> problems = new ArrayList<>();
    assertThat(read(bytes, problems)).isEqualTo(rows);
    assertThat(problems).isEmpty();
  }

  @Test
  void windows1252WhoseFirstAccentComesBlocksIntoTheFileReadsBackCellForCell() {
    // ASCII rows for more than two blocks, then rows with å, ö and é as Windows-1252 bytes
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 15000; i++) {
      rows.add(List.of("P" + i, "man", "2024-01-31", "Avesta"));
    }
    rows.addAll(rows(11, 3000, true).stream().map(r -> r.stream().map(c -> c.replace("東", "é")).toList()).toList());
    byte[] bytes = csv(rows).getBytes(Charset.forName("windows-1252"));
    List<Problem> problems = new ArrayList<>();
    List<List<String>> back = read(bytes, problems);
    assertThat(back).hasSameSizeAs(rows);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(back.get(i)).as("row " + i).isEqualTo(rows.get(i));
    }
    int at = 0;
    int lines = 1;
    while (bytes[at] >= 0) {
      lines += bytes[at++] == '\n' ? 1 : 0;
    }
    assertThat(at).isGreaterThan(2 * 65536);
    assertThat(problems).extracting(Problem::toString).containsExactly("t.csv:0:-: note: read as Windows-1252, since "
        + "it is not valid UTF-8 (line " + lines + ", byte " + (at + 1) + "); name the file's encoding if that is wrong");
  }

  @Test
  void aLineLongerThanTheBoundStopsTheFileWithoutHoldingIt() {
    byte[] bytes = ("a\n" + "x".repeat(3 * CsvTable.MAX_RECORD_CHARS)).getBytes(StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    CsvTable t = CsvTable.read(new ByteArrayInputStream(bytes), "t.csv", null, problems);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.forEachRecord(true, r -> { }))
        .isInstanceOf(org.esfkit.core.ImportException.class)
        .hasMessageContaining("t.csv:2:-: a record longer than 1048576 characters; is a quoted field never closed?");
  }
}
