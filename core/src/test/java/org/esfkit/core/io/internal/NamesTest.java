package org.esfkit.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Finding the column a model's message names, without a regular expression per message, agrees
 * with the expression it replaced.
 */
class NamesTest {
  /** The expression {@link Names#wordAt} replaced. */
  private static int byRegex(String message, String word) {
    Matcher m = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(word) + "(?![A-Za-z0-9_])").matcher(message);
    return m.find() ? m.start() : -1;
  }

  @Test
  void aColumnIsFoundAsAWholeWordOnly() {
    List<String> columns = List.of("birth_year", "year", "participant_id", "hours_per_week", "enrolled_on");
    assertThat(Names.firstNamed("participant P1: birth_year must lie in 1900..2100", columns)).hasValue("birth_year");
    assertThat(Names.firstNamed("the year of enrolled_on", columns)).hasValue("year");
    assertThat(Names.firstNamed("birth_years are many", columns)).isEmpty();
    assertThat(Names.firstNamed("hours 0 is outside 1-168", columns)).isEmpty();
    assertThat(Names.firstNamed("x_enrolled_on, then enrolled_on.", columns)).hasValue("enrolled_on");
  }

  @Test
  void wordAtAgreesWithTheRegularExpression() {
    SplittableRandom random = new SplittableRandom(20261201);
    String alphabet = "ab_1 .:-åé(AB";
    List<String> words = new ArrayList<>(List.of("a", "ab", "a_b", "b1", "", ".", "a.b", "å"));
    for (int k = 0; k < 20_000; k++) {
      StringBuilder m = new StringBuilder();
      for (int n = random.nextInt(14); n > 0; n--) {
        m.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String message = m.toString();
      for (String w : words) {
        assertThat(Names.wordAt(message, w)).as("'%s' in '%s'", w, message).isEqualTo(byRegex(message, w));
      }
    }
  }
}
