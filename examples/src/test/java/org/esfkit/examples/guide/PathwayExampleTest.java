package org.esfkit.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.esfkit.core.EventType;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.PathwayPhase;
import org.esfkit.core.PathwayState;
import org.esfkit.core.ValidationException;
import org.junit.jupiter.api.Test;

/** Example 3: a pathway folded as of three dates. */
class PathwayExampleTest {
  @Test
  void stateAsOfThreeDates() {
    assertThat(PathwayExample.states()).containsExactly(
        "2011-10-01: active, phase internship_and_work, action plan 2011-04-20, open placements [pl-1]",
        "2012-03-01: exited on 2012-01-31 to subsidised_employment, follow-ups 0, within three months: none",
        "2012-09-01: exited on 2012-01-31 to subsidised_employment, follow-ups 1, within three months: employment");
  }

  @Test
  void laterEventsDoNotExistAsOfAnEarlierDate() {
    PathwayState s = PathwayExample.pathway().asOf(LocalDate.of(2011, 4, 10));

    assertThat(s.isActive()).isTrue();
    assertThat(s.phase()).isEqualTo(PathwayPhase.ABILITY_AND_POTENTIAL);
    assertThat(s.actionPlanApprovedOn()).isNull();
    assertThat(PathwayExample.pathway().asOf(LocalDate.of(2011, 4, 3)).enrolledOn()).isNull();
  }

  @Test
  void aFollowUpBeforeExitIsRejectedNamingParticipantAndEvent() {
    assertThatThrownBy(() -> Pathway.builder().participantId("KV-0042")
            .addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.of(2011, 4, 4)))
            .addEvents(PathwayEvent.followedUp(LocalDate.of(2011, 6, 1), OutcomeStatus.EMPLOYMENT))
            .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("KV-0042")
        .hasMessageContaining("follow-up before exit");
  }
}
