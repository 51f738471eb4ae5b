package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EsfRegion;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.Money;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Register;
import org.junit.jupiter.api.Test;

/** Facts and enrolment over time read off a small register, by hand. */
class RegisterFiguresTest {
  private static final LocalDate AS_OF = LocalDate.of(2021, 5, 15);
  private static final EsfProject PROJECT = EsfProject.builder().projectNumber("2020/00002").name("SMÖT")
      .period(DateRange.of(LocalDate.of(2020, 10, 1), LocalDate.of(2022, 12, 31)))
      .region(EsfRegion.SMALAND_OCH_OARNA).totalBudget(Money.sek("1000000")).esfGrant(Money.sek("400000"))
      .plannedParticipants(120).plannedParticipantsBySite(Map.of("Jönköping", 60))
      .build();

  private static Register register() {
    return Register.builder()
        .add(person("A", "Jönköping"), pathway("A", LocalDate.of(2020, 10, 5), LocalDate.of(2020, 12, 4)))
        .add(person("B", "Gotland"), pathway("B", LocalDate.of(2020, 11, 1), LocalDate.of(2021, 5, 1)))
        // C: enrolled 2021-02-10, active
        .add(person("C", "Jönköping"), pathway("C", LocalDate.of(2021, 2, 10), null))
        // D: enrolled after the report date
        .add(person("D", "Jönköping"), pathway("D", LocalDate.of(2021, 6, 1), null))
        .build();
  }

  private static Participant person(String id, String site) {
    return Participant.builder().id(id).gender(Gender.WOMAN).site(site).build();
  }

  private static Pathway pathway(String id, LocalDate in, LocalDate out) {
    org.esfkit.core.ImmutablePathway.Builder b = Pathway.builder().participantId(id).addEvents(PathwayEvent.of(EventType.ENROLLED, in));
    if (out != null) {
      b.addEvents(PathwayEvent.exited(out, OutcomeStatus.EMPLOYMENT));
    }
    return b.build();
  }

  @Test
  void factsCountThoseEnrolledByTheDatePerPlannedAndOtherSite() {
    ProjectFacts f = RegisterFigures.facts(PROJECT, register(), AS_OF);
    assertThat(f.enrolledParticipants()).isEqualTo(3);
    assertThat(f.sites()).containsExactly(SiteRow.of("Jönköping", 60, 2), SiteRow.of("Gotland", null, 1));
    assertThat(f.region()).isEqualTo("Småland och öarna");
    assertThat(f.coFinancing()).isEqualTo(Money.sek("600000"));
  }

  @Test
  void enrolmentIsCountedAtEachQuarterEndAndOnTheReportDate() {
    assertThat(RegisterFigures.enrolment(PROJECT, register(), AS_OF)).containsExactly(
        EnrolmentPoint.of(LocalDate.of(2020, 12, 31), 2),
        EnrolmentPoint.of(LocalDate.of(2021, 3, 31), 3),
        EnrolmentPoint.of(AS_OF, 3));
  }
}
