package org.esfkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link Coded#parse} finds what a scan of the constants in declaration order finds. */
class CodedParseTest {
  private static final List<Class<? extends Enum<?>>> CODED = List.of(Accessibility.class, AchievementKind.class,
      CefrLevel.class, CountOf.class, EsfRegion.class, EventType.class, Gender.class, LabourStatus.class,
      Measure.class, OutcomeStatus.class, Parity.class, PathwayPhase.class, PlacementKind.class,
      ProgrammePeriod.class, ProjectPhaseKind.class, TargetGroup.class, TargetType.class);

  /** The reference: the first constant whose code or one of whose aliases is the text. */
  private static Object scan(Class<? extends Enum<?>> type, String wanted) {
    for (Enum<?> e : type.getEnumConstants()) {
      Coded c = (Coded) e;
      if (c.code().equals(wanted) || c.aliases().contains(wanted)) {
        return e;
      }
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parse(Class<? extends Enum<?>> type, String text) {
    return Coded.parse((Class) type, text);
  }

  @Test
  void everyCodeAndAliasParsesToTheConstantAScanFinds() {
    int checked = 0;
    for (Class<? extends Enum<?>> type : CODED) {
      List<String> spellings = new ArrayList<>();
      for (Enum<?> e : type.getEnumConstants()) {
        spellings.add(((Coded) e).code());
        spellings.addAll(((Coded) e).aliases());
      }
      for (String s : spellings) {
        Object expected = scan(type, s);
        assertThat(parse(type, s)).as("%s %s", type.getSimpleName(), s).isSameAs(expected);
        assertThat(parse(type, "  " + s.toUpperCase(Locale.ROOT) + "\t")).isSameAs(expected);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(CODED.size());
    assertThat(Gender.fromCode("kvinna")).isSameAs(Gender.WOMAN);
  }

  @Test
  void anUnknownCodeNamesTheTextAndTheCodes() {
    assertThatThrownBy(() -> OutcomeStatus.fromCode("retired"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("unknown outcome status 'retired'; expected one of employment, ");
  }
}
