package org.esfkit.benchmarks.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's parsing of case names, of esfkit's JSON and of GNU time, and the plot's data. */
class EndToEndTest {
  @Test
  void caseNamesGiveRows() {
    assertThat(EndToEnd.rows("metrics-1m")).isEqualTo(1_000_000);
    assertThat(EndToEnd.rows("metrics-250k")).isEqualTo(250_000);
    assertThat(EndToEnd.rows("metrics-1234")).isEqualTo(1_234);
    assertThatThrownBy(() -> EndToEnd.rows("dense-1m")).hasMessageContaining("metrics-N");
  }

  @Test
  void readsTheTargetFromEsfkitsJson() throws Exception {
    String json = "{\"project\": \"2019/00042\", \"as_of\": \"2024-06-30\", \"targets\": ["
        + "{\"id\": \"other\", \"numerator\": 1, \"denominator\": 2},"
        + "{\"id\": \"self-sufficient-3m\", \"type\": \"share\", \"numerator\": 10, \"denominator\": 27,"
        + " \"by_gender\": {\"woman\": {\"numerator\": 4, \"denominator\": 10}, \"man\": {\"numerator\": 5,"
        + " \"denominator\": 15}, \"non_binary\": {\"numerator\": 1, \"denominator\": 1},"
        + " \"not_reported\": {\"numerator\": 0, \"denominator\": 1}}}]}";
    assertThat(EndToEnd.esfkitCounts(json))
        .isEqualTo(ShareCounts.parse("all=10/27 woman=4/10 man=5/15 non_binary=1/1 not_reported=0/1"));
    assertThatThrownBy(() -> EndToEnd.esfkitCounts(json.replace("\"numerator\": 10", "\"numerator\": 11")))
        .hasMessageContaining("not the sums by gender");
    assertThatThrownBy(() -> EndToEnd.esfkitCounts(json.replace("self-sufficient-3m", "x")))
        .hasMessageContaining("no target self-sufficient-3m");
  }

  @Test
  void measuresAProcessThatFailsToo(@TempDir Path dir) throws Exception {
    EndToEnd.Measured ok = EndToEnd.Measured.of("/usr/bin/time", List.of("sh", "-c", "echo out; echo err >&2"), dir);
    assertThat(ok.exit()).isZero();
    assertThat(ok.stdout()).isEqualTo("out\n");
    assertThat(ok.rssMb()).isPositive();
    EndToEnd.Measured refused = EndToEnd.Measured.of("/usr/bin/time",
        List.of("sh", "-c", "echo 'r.csv:0:-: more than 2000000 rows' >&2; exit 2"), dir);
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.rssMb()).isPositive();
    assertThat(refused.firstErrorLine()).isEqualTo("r.csv:0:-: more than 2000000 rows");
    try (var left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void theCsvReadsBackAndThePlotMarksARefusal(@TempDir Path dir) throws Exception {
    List<Plot.Point> points = List.of(new Plot.Point(1_000_000, "esfkit", "ok", 3.5, 512),
        new Plot.Point(1_000_000, "duckdb", "ok", 1.25, 200),
        new Plot.Point(5_000_000, "esfkit", "refused", Double.NaN, Double.NaN),
        new Plot.Point(5_000_000, "duckdb", "ok", 4.0, 350));
    Path csv = dir.resolve("e2e.csv");
    Plot.writeCsv(points, csv);
    assertThat(Files.readString(csv)).isEqualTo("rows,tool,status,seconds,rss_mb\n1000000,esfkit,ok,3.500,512\n"
        + "1000000,duckdb,ok,1.250,200\n5000000,esfkit,refused,,\n5000000,duckdb,ok,4.000,350\n");
    assertThat(Plot.read(csv)).isEqualTo(points);
    Path svg = dir.resolve("img/e2e.svg");
    Plot.write(Plot.read(csv), svg);
    assertThat(Files.readString(svg)).startsWith("<svg").contains("esfkit metrics refused at 5M rows").contains("5M").endsWith("</svg>\n");
  }

  @Test
  void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
    assertThat(Plot.niceStep(0.7)).isEqualTo(1);
    assertThat(Plot.niceStep(130)).isEqualTo(200);
    assertThat(Plot.niceStep(400)).isEqualTo(500);
    assertThat(Plot.niceStep(0)).isEqualTo(1);
  }
}
