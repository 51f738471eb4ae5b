package org.esfkit.examples.guide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Parity;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Register;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.Evaluation;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.TargetResult;

/**
 * Example 2 — a project and its participants built in code with the builders, no files. Every
 * builder validates on {@code build()} and throws {@link org.esfkit.core.ValidationException}
 * naming the field and the value; a half-built object never exists.
 *
 * <p>The cohort: four participants of a made-up project shaped like Kraftverket. Test:
 * {@code BuildersExampleTest}, which checks the numbers worked out by hand in the comments.
 */
public final class BuildersExample {
  private BuildersExample() {}

  /**
   * Prints the two targets' results as of 2021-06-30.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    for (TargetResult r : evaluate(LocalDate.of(2021, 6, 30)).results()) {
      ShareResult s = (ShareResult) r;   // both targets are shares
      System.out.println(s.id() + ": " + s.status().code() + ", " + s.numerator() + "/" + s.denominator()
          + ", pending " + s.pending());
    }
  }

  /**
   * The project: two targets, as a project file would state them.
   *
   * @return the project
   */
  public static EsfProject project() {
    return EsfProject.builder()
        .projectNumber("2020/00999")
        .name("Exempelprojektet")
        .period(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)))
        .plannedParticipants(4)
        // "at least 50 % in work or studies at exit"
        .addTargets(Target.builder().id("work-or-studies").type(TargetType.SHARE)
            .measure(Measure.EXIT_STATUS)
            .addStatuses(OutcomeStatus.EMPLOYMENT, OutcomeStatus.STUDIES)
            .atLeast(new BigDecimal("0.50"))
            .build())
        // "at least 50 % self-sufficient within three months of leaving, women as well as men"
        .addTargets(Target.builder().id("self-sufficient-3m").type(TargetType.SHARE)
            .measure(Measure.FOLLOW_UP_STATUS).window(Period.ofMonths(3))
            .addStatuses(OutcomeStatus.EMPLOYMENT, OutcomeStatus.SELF_EMPLOYMENT, OutcomeStatus.STUDIES)
            .atLeast(new BigDecimal("0.50"))
            .parity(Parity.EACH_GENDER)
            .build())
        .build();
  }

  /**
   * The register: participants (pseudonymous ids, no names) and one pathway each, in the same
   * order.
   *
   * @return the register
   */
  public static Register register() {
    return Register.builder()
        // P1, a woman: left for a job on 2021-01-15, still employed at the follow-up in April
        .add(Participant.builder().id("P1").gender(Gender.WOMAN).birthYear(1985).site("Umeå").build(),
            Pathway.builder().participantId("P1")
            .addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.of(2020, 3, 1)))
            .addEvents(PathwayEvent.exited(LocalDate.of(2021, 1, 15), OutcomeStatus.EMPLOYMENT))
            .addEvents(PathwayEvent.followedUp(LocalDate.of(2021, 4, 10), OutcomeStatus.EMPLOYMENT))
            .build())
        // P2, a man: left job-seeking; studying at the follow-up, inside his three months
        .add(Participant.builder().id("P2").gender(Gender.MAN).birthYear(1990).build(),
            Pathway.builder().participantId("P2")
            .addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.of(2020, 4, 1)))
            .addEvents(PathwayEvent.exited(LocalDate.of(2021, 2, 1), OutcomeStatus.JOB_SEEKING))
            .addEvents(PathwayEvent.followedUp(LocalDate.of(2021, 4, 20), OutcomeStatus.STUDIES))
            .build())
        // P3, a man: left for studies on 2021-05-01; his window closes on 2021-08-01
        .add(Participant.builder().id("P3").gender(Gender.MAN).birthYear(2000).build(),
            Pathway.builder().participantId("P3")
            .addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.of(2020, 6, 1)))
            .addEvents(PathwayEvent.exited(LocalDate.of(2021, 5, 1), OutcomeStatus.STUDIES))
            .build())
        // P4, a woman: still in the project
        .add(Participant.builder().id("P4").gender(Gender.WOMAN).birthYear(1970).build(),
            Pathway.builder().participantId("P4")
            .addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.of(2020, 9, 1)))
            .build())
        .build();
  }

  /**
   * Evaluates the project's targets as of a date.
   *
   * <p>As of 2021-06-30, by hand:
   * <ul>
   *   <li>{@code work-or-studies}: three have left (P1, P2, P3); P1 (employment) and P3 (studies)
   *       count: 2/3 ≥ 0.50, achieved;</li>
   *   <li>{@code self-sufficient-3m}: P1's window [2021-01-15, 2021-04-15] and P2's
   *       [2021-02-01, 2021-05-01] have closed, P3's has not (pending 1); both closed windows hold a
   *       follow-up with a counted status: 2/2, the woman 1/1 and the man 1/1, achieved with
   *       parity.</li>
   * </ul>
   *
   * @param asOf the as-of date
   * @return the evaluation
   */
  public static Evaluation evaluate(LocalDate asOf) {
    Cohort cohort = Cohort.of(project(), register());
    return MetricsEngine.standard().evaluate(cohort, asOf);
  }
}
