package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The XLSX report read back from its zip and XML parts with the JDK alone: numbers are number
 * cells with their formats, a hidden figure is the text {@code ..}, text that a spreadsheet would
 * run as a formula is a string cell, and the workbook holds no formula.
 */
class XlsxReportTest {
  private static final ReportOptions SV = ReportOptions.defaults();
  private static final ReportOptions EN = ReportOptions.builder().locale(Locale.ENGLISH).build();

  /**
   * One cell as stored.
   *
   * @param type {@code n} for a number, {@code s} for a string (shared or inline)
   * @param text the number as written or the string
   * @param format the number format's code, or "General"
   * @param formula whether the cell holds a formula
   */
  record XCell(String type, String text, String format, boolean formula) {
    double number() {
      assertThat(type).as("a number cell, holding '%s'", text).isEqualTo("n");
      return Double.parseDouble(text);
    }

    String string() {
      assertThat(type).as("a string cell, holding '%s'", text).isEqualTo("s");
      return text;
    }
  }

  /** Sheets by name, in order; each cell by reference ({@code B3}). */
  static Map<String, Map<String, XCell>> read(byte[] xlsx) throws Exception {
    // read by the central directory, as spreadsheets do (the writer puts sizes after each entry)
    Map<String, byte[]> parts = new HashMap<>();
    Path tmp = Files.createTempFile("report", ".xlsx");
    try {
      Files.write(tmp, xlsx);
      try (ZipFile zip = new ZipFile(tmp.toFile())) {
        for (ZipEntry e : java.util.Collections.list(zip.entries())) {
          try (var in = zip.getInputStream(e)) {
            parts.put(e.getName(), in.readAllBytes());
          }
        }
      }
    } finally {
      Files.delete(tmp);
    }
    List<String> shared = new ArrayList<>();
    if (parts.containsKey("xl/sharedStrings.xml")) {
      NodeList si = xml(parts.get("xl/sharedStrings.xml")).getElementsByTagName("si");
      for (int i = 0; i < si.getLength(); i++) {
        shared.add(si.item(i).getTextContent());
      }
    }
    Document styles = xml(parts.get("xl/styles.xml"));
    Map<String, String> formats = new HashMap<>(Map.of("0", "General", "1", "0", "9", "0%", "10", "0.00%"));
    NodeList numFmts = styles.getElementsByTagName("numFmt");
    for (int i = 0; i < numFmts.getLength(); i++) {
      Element f = (Element) numFmts.item(i);
      formats.put(f.getAttribute("numFmtId"), f.getAttribute("formatCode"));
    }
    NodeList xfs = ((Element) styles.getElementsByTagName("cellXfs").item(0)).getElementsByTagName("xf");
    Map<String, Map<String, XCell>> sheets = new LinkedHashMap<>();
    NodeList names = xml(parts.get("xl/workbook.xml")).getElementsByTagName("sheet");
    for (int s = 0; s < names.getLength(); s++) {
      Map<String, XCell> cells = new LinkedHashMap<>();
      NodeList cs = xml(parts.get("xl/worksheets/sheet" + (s + 1) + ".xml")).getElementsByTagName("c");
      for (int i = 0; i < cs.getLength(); i++) {
        Element c = (Element) cs.item(i);
        String t = c.getAttribute("t");
        String format = c.hasAttribute("s")
            ? formats.get(((Element) xfs.item(Integer.parseInt(c.getAttribute("s")))).getAttribute("numFmtId"))
            : "General";
        boolean formula = c.getElementsByTagName("f").getLength() > 0;
        String v = c.getElementsByTagName("v").getLength() > 0 ? c.getElementsByTagName("v").item(0).getTextContent()
            : null;
        XCell cell;
        if (t.equals("s")) {
          cell = new XCell("s", shared.get(Integer.parseInt(v)), format, formula);
        } else if (t.equals("inlineStr") || t.equals("str")) {
          cell = new XCell("s", c.getTextContent(), format, formula);
        } else if (t.isEmpty() || t.equals("n")) {
          cell = new XCell("n", v == null ? "" : v, format, formula);
        } else {
          cell = new XCell(t, v == null ? "" : v, format, formula);
        }
        cells.put(c.getAttribute("r"), cell);
      }
      sheets.put(((Element) names.item(s)).getAttribute("name"), cells);
    }
    return sheets;
  }

  private static Document xml(byte[] bytes) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  static byte[] xlsx(ProgressReport r, ReportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.write(r, options, ReportFormat.XLSX, out);
    return out.toByteArray();
  }

  @Test
  void numbersAreNumbersAndAHiddenFigureIsTheMask() throws Exception {
    Map<String, Map<String, XCell>> wb = read(xlsx(Fixtures.allaKanArbeta(), SV));
    assertThat(wb).containsOnlyKeys("Lägesrapport", "Mål", "Indikatorer");
    Map<String, XCell> t = wb.get("Mål");
    assertThat(t.get("A1").string()).isEqualTo("Mål");
    assertThat(t.get("N1").string()).isEqualTo("Varför inget besked");
    // row 2: studies in total, 13 of 36 = 36.1 %, threshold 35 %
    assertThat(t.get("A2").string()).isEqualTo("studies");
    assertThat(t.get("D2").string()).isEqualTo("Totalt");
    assertThat(t.get("E2").string()).isEqualTo("✓ Uppnått");
    assertThat(t.get("G2").number()).isEqualTo(0.35);
    assertThat(t.get("G2").format()).isEqualTo("0.0%");
    assertThat(t.get("H2").number()).isEqualTo(13);
    assertThat(t.get("H2").format()).isEqualTo("0");
    assertThat(t.get("I2").number()).isEqualTo(36);
    assertThat(t.get("J2").number()).isEqualTo(13.0 / 36);
    assertThat(t.get("J2").format()).isEqualTo("0.0%");
    // row 5: studies among non-binary participants, 0 of 1: hidden, share hidden too
    assertThat(t.get("D5").string()).isEqualTo("Icke-binära");
    assertThat(t.get("H5").string()).isEqualTo("..");
    assertThat(t.get("I5").string()).isEqualTo("..");
    assertThat(t.get("J5").string()).isEqualTo("..");
    // row 8: internship among women, 4 of 18: the numerator hidden, the denominator shown
    assertThat(t.get("A8").string()).isEqualTo("internship");
    assertThat(t.get("H8").string()).isEqualTo("..");
    assertThat(t.get("I8").number()).isEqualTo(18);
    // no cell anywhere holds a hidden count's value where the mask stands: the masks are strings
    assertThat(wb.values().stream().flatMap(s -> s.values().stream()).filter(c -> c.text().equals("..")))
        .allMatch(c -> c.type().equals("s"));

    Map<String, XCell> i = wb.get("Indikatorer");
    assertThat(i.get("A2").string()).isEqualTo("Totalt antal deltagare (alla uppgifter)");
    assertThat(i.get("C2").number()).isEqualTo(52);
    assertThat(i.get("A5").string()).isEqualTo("varav icke-binära");
    assertThat(i.get("C5").string()).isEqualTo("..");
    assertThat(i.get("A7").string()).isEqualTo("Fullständiga uppgifter");
    assertThat(i.get("C7").number()).isEqualTo(44);
    assertThat(i.get("C8").number()).isEqualTo(44.0 / 52);
    assertThat(i.get("C8").format()).isEqualTo("0.0%");
    assertThat(i.get("A9").string()).isEqualTo("Uppgifter som saknar utbildningsnivå");
    assertThat(i.get("C9").number()).isEqualTo(6);
    assertThat(i.get("A10").string()).isEqualTo("Uppgifter som saknar kön");
    assertThat(i.get("C10").string()).isEqualTo("..");
    // the indicators below: EECO01 44 = 22 + 19 + 1 + 2, the hidden 1 + 2 a small cell together: 19 hidden too
    XCell code = i.values().stream().filter(c -> c.text().equals("EECO01")).findFirst().orElseThrow();
    String row = i.entrySet().stream().filter(e -> e.getValue() == code).findFirst().orElseThrow().getKey().substring(1);
    assertThat(i.get("C" + row).number()).isEqualTo(44);
    assertThat(i.get("D" + row).number()).isEqualTo(22);
    assertThat(i.get("E" + row).string()).isEqualTo("..");
    assertThat(i.get("F" + row).string()).isEqualTo("..");
    assertThat(i.get("G" + row).string()).isEqualTo("..");
  }

  @Test
  void anInternalWorkbookShowsEveryCountAsANumber() throws Exception {
    Map<String, XCell> t = read(xlsx(Fixtures.allaKanArbeta(), ReportOptions.builder().from(EN).internal(true).build()))
        .get("Targets");
    assertThat(t.get("D5").string()).isEqualTo("Non-binary");
    assertThat(t.get("H5").number()).isZero();
    assertThat(t.get("I5").number()).isEqualTo(1);
    assertThat(t.get("J5").number()).isZero();
    assertThat(t.get("H8").number()).isEqualTo(4);
  }

  @Test
  void textThatASpreadsheetWouldRunIsAStringAndTheWorkbookHoldsNoFormula() throws Exception {
    Map<String, Map<String, XCell>> wb = read(xlsx(Fixtures.hostile(), EN));
    assertThat(wb).containsOnlyKeys("Progress report", "Targets", "Indicators");
    List<XCell> all = wb.values().stream().flatMap(s -> s.values().stream()).toList();
    assertThat(all).noneMatch(XCell::formula);
    // the texts appear as written, each as a string cell
    assertThat(wb.get("Targets").get("B2").string()).isEqualTo(Fixtures.HYPERLINK);
    assertThat(all).filteredOn(c -> c.text().equals(Fixtures.CMD)).isNotEmpty().allMatch(c -> c.type().equals("s"));
    assertThat(all).filteredOn(c -> c.text().equals(Fixtures.IMG + " " + Fixtures.CMD)).hasSize(1)
        .allMatch(c -> c.type().equals("s"));
    // every cell that starts like a formula is a string
    assertThat(all).filteredOn(c -> !c.text().isEmpty() && "=+-@".indexOf(c.text().charAt(0)) >= 0)
        .isNotEmpty().allMatch(c -> c.type().equals("s"));
  }

  @Test
  void aGrowthAndItsThresholdAreNumbersInPercent() throws Exception {
    Map<String, XCell> t = read(xlsx(Fixtures.allaKanArbeta(), EN)).get("Targets");
    XCell id = t.values().stream().filter(c -> c.text().equals("internship-places")).findFirst().orElseThrow();
    String row = t.entrySet().stream().filter(e -> e.getValue() == id).findFirst().orElseThrow().getKey().substring(1);
    // 11 employers hosting interns against a baseline of 8: growth 37.5 %, counts of employers never hidden
    assertThat(t.get("H" + row).number()).isEqualTo(11);
    assertThat(t.get("I" + row).number()).isEqualTo(8);
    assertThat(t.get("J" + row).number()).isEqualTo(0.375);
    assertThat(t.get("G" + row).number()).isEqualTo(0.5);
    assertThat(t.get("G" + row).format()).isEqualTo("0.0%");
  }

  @Test
  void theExtensionChoosesTheWorkbookAndTextRenderingRefusesIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.XLSX");
    assertThat(ReportWriter.write(Fixtures.allaKanArbeta(), SV, file)).isEqualTo(ReportFormat.XLSX);
    assertThat(read(Files.readAllBytes(file)).get("Lägesrapport").get("B2").string()).isEqualTo("2020/00131");
    assertThatThrownBy(() -> ReportWriter.render(Fixtures.allaKanArbeta(), SV, ReportFormat.XLSX))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binary");
  }
}
