package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esfkit.core.CountOf;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.Status;
import org.esfkit.reporting.internal.CsvRenderer;
import org.junit.jupiter.api.Test;

/** CSV cells a spreadsheet would run as formulas are neutralised; numbers stay numbers. */
class CsvInjectionTest {
  /** Splits RFC 4180 text into rows of cells (quotes removed, doubled quotes undone). */
  static List<List<String>> parse(String csv) {
    return parse(csv, ',');
  }

  /** Splits CSV text with a given separator into rows of cells. */
  static List<List<String>> parse(String csv, char separator) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }

  @Test
  void textCellsStartingWithAFormulaCharacterAreQuotedAndPrefixed() {
    for (String bad : List.of("=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1", Fixtures.HYPERLINK)) {
      String cell = CsvRenderer.text(bad);
      assertThat(cell).as("cell for %s", bad).startsWith("\"'");
      assertThat(parse(cell + "\r\n").get(0).get(0)).isEqualTo("'" + bad);
    }
  }

  @Test
  void ordinaryTextIsLeftAloneAndQuotedOnlyWhenNeeded() {
    assertThat(CsvRenderer.text("Härnösand")).isEqualTo("Härnösand");
    assertThat(CsvRenderer.text("a, b")).isEqualTo("\"a, b\"");
    assertThat(CsvRenderer.text("a; b")).isEqualTo("\"a; b\"");
    assertThat(CsvRenderer.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvRenderer.text("1 = 1")).isEqualTo("1 = 1");
  }

  @Test
  void noCellOfAHostileReportStartsAFormulaUnlessItIsANumberWeWrote() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"))) {
      boolean swedish = locale.getLanguage().equals("sv");
      String csv = ReportWriter.render(Fixtures.hostile(), ReportOptions.builder().locale(locale).build(),
          ReportFormat.CSV);
      List<List<String>> rows = parse(csv, swedish ? ';' : ',');
      assertThat(rows).hasSize(1 + 4 * 5 + 1 + 1 + 5);
      for (List<String> row : rows) {
        assertThat(row).hasSize(17);
        for (String cell : row) {
          if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            assertThat(cell).as("a cell starting a formula").matches(swedish ? "-\\d+(,\\d+)?" : "-\\d+(\\.\\d+)?");
          }
        }
      }
      assertThat(rows.get(1).get(4)).isEqualTo("'" + Fixtures.HYPERLINK);
      assertThat(rows.get(11).get(4)).isEqualTo("'" + Fixtures.CMD);
    }
  }

  @Test
  void aNegativeGrowthStaysANumber() {
    GrowthResult shrink = new GrowthResult("hosts", Fixtures.AS_OF, Status.NOT_ACHIEVED, false, null,
        CountOf.EMPLOYERS_HOSTING_INTERNS, new BigDecimal("0.5"), 6L, 8);
    EsfProject project = EsfProject.builder().from(Fixtures.allaKanArbeta().project())
        .targets(List.of(Target.builder().id("hosts").type(TargetType.GROWTH).description("-50 % fewer?")
            .of(CountOf.EMPLOYERS_HOSTING_INTERNS).baseline(8).atLeast(new BigDecimal("0.5")).build()))
        .build();
    ProgressReport r = ProgressReport.builder().from(Fixtures.allaKanArbeta()).project(project)
        .targets(List.of(shrink)).build();
    String csv = ReportWriter.render(r, ReportOptions.builder().locale(Locale.ENGLISH).build(), ReportFormat.CSV);
    assertThat(csv).contains(",hosts,growth,\"'-50 % fewer?\",total,not_achieved,false,false,0.5,6,8,-0.25,,,0,\r\n");
    String sv = ReportWriter.render(r, ReportOptions.defaults(), ReportFormat.CSV);
    assertThat(sv).contains(";hosts;growth;\"'-50 % fewer?\";total;not_achieved;false;false;0,5;6;8;-0,25;;;0;\r\n");
  }
}
