package org.esfkit.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.NotComputedIndicator;
import org.esfkit.metrics.spi.Indicator;
import org.junit.jupiter.api.Test;

/**
 * The codes and names esfkit prints for the built-in common indicators, in English (metrics) and
 * Swedish (reports), are those transcribed in {@code regulation/common-indicators.tsv} from the
 * regulation texts: an edit that changes a code, its order or a word fails here.
 */
class RegulationNamesTest {
  private static final Locale SV = Locale.forLanguageTag("sv-SE");
  private static final Set<String> CHECKED_AGAINST =
      Set.of("2021-1057", "1304-adopted", "1304-consolidated", "sfc", "esfkit", "unverified");

  private record Row(String list, String code, String english, String englishSource, String swedish,
      String swedishSource) {}

  private static List<Row> transcribed() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = RegulationNamesTest.class.getResourceAsStream("/regulation/common-indicators.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertThat(f).as(line).hasSize(6);
        rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5]));
      }
    }
    return rows;
  }

  @Test
  void everyListPrintsTheTranscribedCodesInOrderWithTheTranscribedEnglishAndSwedishNames() throws IOException {
    List<Row> rows = transcribed();
    for (IndicatorList list : IndicatorList.values()) {
      List<Row> expected = rows.stream().filter(r -> r.list().equals(list.code())).collect(Collectors.toList());
      List<String> printed = new ArrayList<>();
      Map<String, Row> byCode = expected.stream().collect(Collectors.toMap(Row::code, r -> r));
      for (Indicator i : list.indicators()) {
        printed.add(i.code());
        Row row = byCode.get(i.code());
        assertThat(row).as("%s %s is transcribed", list, i.code()).isNotNull();
        IndicatorResult result = IndicatorResult.builder().code(i.code()).name(i.name()).asOf(LocalDate.of(2024, 6, 30))
            .total(0).byGender(Map.of()).list(list).source(list.regulation()).build();
        assertThat(i.name()).as("%s English", i.code()).isEqualTo(row.english());
        assertThat(IndicatorNames.name(result, Locale.ENGLISH)).as("%s English report", i.code())
            .isEqualTo(row.english());
        assertThat(IndicatorNames.name(result, SV)).as("%s Swedish", i.code()).isEqualTo(row.swedish());
      }
      for (NotComputedIndicator n : list.notComputed()) {
        printed.add(n.code());
        Row row = byCode.get(n.code());
        assertThat(row).as("%s %s is transcribed", list, n.code()).isNotNull();
        assertThat(n.name()).as("%s English", n.code()).isEqualTo(row.english());
        assertThat(IndicatorNames.name(n, SV)).as("%s Swedish", n.code()).isEqualTo(row.swedish());
      }
      assertThat(printed).as("%s codes in order", list)
          .containsExactlyElementsOf(expected.stream().map(Row::code).collect(Collectors.toList()));
    }
    assertThat(rows).allSatisfy(r -> {
      assertThat(CHECKED_AGAINST).as("%s English source", r.code()).contains(r.englishSource());
      assertThat(CHECKED_AGAINST).as("%s Swedish source", r.code()).contains(r.swedishSource());
    });
  }
}
