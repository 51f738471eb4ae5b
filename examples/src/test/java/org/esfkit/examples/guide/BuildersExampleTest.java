package org.esfkit.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esfkit.testkit.EsfkitAssertions.assertThat;

import java.time.LocalDate;
import org.esfkit.core.Gender;
import org.esfkit.core.Participant;
import org.esfkit.core.ValidationException;
import org.esfkit.metrics.Evaluation;
import org.junit.jupiter.api.Test;

/** Example 2: the hand-computed numbers of the builders example. */
class BuildersExampleTest {
  @Test
  void exitShareCountsEveryoneWhoHasLeft() {
    Evaluation ev = BuildersExample.evaluate(LocalDate.of(2021, 6, 30));

    assertThat(ev.result("work-or-studies")).isAchieved().hasNumerator(2).hasDenominator(3).isPending(0);
  }

  @Test
  void followUpShareWaitsForOpenWindows() {
    Evaluation ev = BuildersExample.evaluate(LocalDate.of(2021, 6, 30));

    assertThat(ev.result("self-sufficient-3m")).isAchieved().hasNumerator(2).hasDenominator(2).isPending(1)
        .hasParity().isNotFinal();
    assertThat(ev.result("self-sufficient-3m")).hasShareForGender(Gender.WOMAN).is(1, 1);
    assertThat(ev.result("self-sufficient-3m")).hasShareForGender(Gender.MAN).is(1, 1);
  }

  @Test
  void whenP3sWindowClosesWithoutAFollowUpMenReachExactlyTheThreshold() {
    // P3's window [2021-05-01, 2021-08-01] closes with no follow-up: he counts as not achieved.
    // Men 1 of 2 = 0.50 exactly, which reaches "at least 50 %": parity holds, 2/3 overall
    Evaluation ev = BuildersExample.evaluate(LocalDate.of(2021, 8, 1));

    assertThat(ev.result("self-sufficient-3m")).isAchieved().hasNumerator(2).hasDenominator(3).isPending(0)
        .hasParity();
    assertThat(ev.result("self-sufficient-3m")).hasShareForGender(Gender.MAN).is(1, 2);
  }

  @Test
  void beforeAnyoneLeavesThereIsNoShare() {
    Evaluation ev = BuildersExample.evaluate(LocalDate.of(2020, 12, 31));

    assertThat(ev.result("work-or-studies")).hasInsufficientData().hasNoValue().hasDenominator(0);
  }

  @Test
  void buildersRejectInvalidValuesNamingTheField() {
    assertThatThrownBy(() -> Participant.builder().id("P9").gender(Gender.MAN).isced(9).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("isced must lie in 0..8");
    assertThat(BuildersExample.register().participants()).extracting(Participant::id)
        .containsExactly("P1", "P2", "P3", "P4");
  }
}
