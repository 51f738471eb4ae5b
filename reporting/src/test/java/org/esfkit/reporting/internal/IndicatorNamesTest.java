package org.esfkit.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.NotComputedIndicator;
import org.esfkit.metrics.spi.Indicator;
import org.junit.jupiter.api.Test;

/** A Swedish report names every built-in indicator, and says what those not computed need, in Swedish. */
class IndicatorNamesTest {
  private static final Locale SV = Locale.forLanguageTag("sv-SE");

  @Test
  void everyBuiltInIndicatorHasASwedishNameAndEveryNotComputedOneItsNeeds() {
    for (IndicatorList list : IndicatorList.values()) {
      for (Indicator i : list.indicators()) {
        assertThat(IndicatorNames.hasSwedishName(i.code())).as("%s %s", list, i.code()).isTrue();
      }
      for (NotComputedIndicator n : list.notComputed()) {
        assertThat(IndicatorNames.hasSwedishName(n.code())).as("%s %s", list, n.code()).isTrue();
        assertThat(IndicatorNames.hasSwedishNeeds(n.code())).as("%s %s needs", list, n.code()).isTrue();
        assertThat(IndicatorNames.needs(n, SV)).isNotEqualTo(n.needs());
        assertThat(IndicatorNames.needs(n, Locale.ENGLISH)).isEqualTo(n.needs());
      }
    }
  }

  @Test
  void anIndicatorAddedToTheEngineKeepsItsNameAndEnglishKeepsMetricsWords() {
    IndicatorResult builtIn = IndicatorResult.builder().code("EECO12").name("participants with disabilities")
        .asOf(java.time.LocalDate.of(2024, 6, 30)).total(0).byGender(java.util.Map.of())
        .list(IndicatorList.ESF_PLUS).source("Regulation (EU) 2021/1057, Annex I").build();
    assertThat(IndicatorNames.name(builtIn, SV)).isEqualTo("deltagare med funktionsnedsättning");
    assertThat(IndicatorNames.name(builtIn, Locale.ENGLISH)).isEqualTo("participants with disabilities");
    IndicatorResult added = IndicatorResult.builder().from(builtIn).code("EECO12").name("egen indikator").list(null)
        .source("added to the engine (programme-specific)").build();
    assertThat(IndicatorNames.name(added, SV)).isEqualTo("egen indikator");
  }
}
