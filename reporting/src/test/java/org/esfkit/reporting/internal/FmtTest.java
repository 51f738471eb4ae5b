package org.esfkit.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.esfkit.core.Money;
import org.junit.jupiter.api.Test;

/** Number formats, independent of the JVM's default locale. */
class FmtTest {
  private static final Fmt SV = new Fmt(Locale.forLanguageTag("sv"));
  private static final Fmt EN = new Fmt(Locale.ENGLISH);

  @Test
  void swedishUsesDecimalCommaAndNoBreakSpaces() {
    assertThat(SV.percent(13.0 / 36)).isEqualTo("36,1\u00a0%");
    assertThat(SV.percent(new BigDecimal("0.35"))).isEqualTo("35\u00a0%");
    assertThat(SV.percent(new BigDecimal("0.125"))).isEqualTo("12,5\u00a0%");
    assertThat(SV.money(Money.sek("14170499"))).isEqualTo("14\u00a0170\u00a0499\u00a0kr");
    assertThat(SV.money(Money.sek("272509.60"))).isEqualTo("272\u00a0509,60\u00a0kr");
    assertThat(SV.count(1234567)).isEqualTo("1\u00a0234\u00a0567");
  }

  @Test
  void englishUsesDecimalPointAndCommas() {
    assertThat(EN.percent(13.0 / 36)).isEqualTo("36.1%");
    assertThat(EN.percent(-0.25)).isEqualTo("-25.0%");
    assertThat(EN.money(Money.sek("14170499"))).isEqualTo("SEK 14,170,499");
    assertThat(EN.count(999)).isEqualTo("999");
    assertThat(EN.count(1000)).isEqualTo("1,000");
    assertThat(EN.number(228.45, 1)).isEqualTo("228.4");
  }
}
