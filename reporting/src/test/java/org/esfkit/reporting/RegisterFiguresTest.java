package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.Enrolment;
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

  private static ProgressReport report() {
    return ProgressReport.of(Cohort.of(PROJECT, register()), AS_OF);
  }

  @Test
  void factsCountThoseEnrolledByTheDatePerPlannedAndOtherSite() {
    ProgressReport r = report();
    assertThat(r.enrolment().total()).isEqualTo(3);
    assertThat(r.enrolment().bySite()).containsExactly(Map.entry("Jönköping", 2L), Map.entry("Gotland", 1L));
    String md = ReportWriter.render(r, ReportOptions.builder().internal(true).build(), ReportFormat.MARKDOWN);
    // the planned site first, then the others by name; the facts' total is the same enrolment
    assertThat(md).contains("| Jönköping | 60 | 2 |\n| Gotland | – | 1 |\n| Totalt | 120 | 3 |")
        .contains("| Inskrivna deltagare | 3 |")
        .contains("| Region | Småland och öarna |")
        .containsPattern("\\| Nationell medfinansiering \\| 600.000.kr \\|");
  }

  @Test
  void enrolmentIsCountedAtEachQuarterEndAndOnTheReportDate() {
    assertThat(report().enrolmentOverTime()).extracting(Enrolment::asOf, Enrolment::total).containsExactly(
        tuple(LocalDate.of(2020, 12, 31), 2L),
        tuple(LocalDate.of(2021, 3, 31), 3L),
        tuple(AS_OF, 3L));
  }
}
