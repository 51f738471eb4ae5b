package org.esfkit.examples;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.esfkit.core.Eligibility;
import org.esfkit.core.Employer;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Placement;
import org.esfkit.core.Register;
import org.esfkit.core.ValidationException;

/**
 * A seed project with its synthetic data: the project (with the achievements the synthetic
 * history produced), the participant register, the placements, the low-threshold tasks and the
 * employers. Made by {@link SyntheticCohorts#cohort(Seed)}.
 *
 * @param seed which seed project
 * @param project the project as its file states it, plus synthetic achievements
 * @param register participants and their pathways
 * @param placements placements of participants at employers
 * @param tasks low-threshold tasks identified at employers
 * @param employers the employers
 */
public record SeedCohort(
    Seed seed,
    EsfProject project,
    Register register,
    List<Placement> placements,
    List<LowThresholdTask> tasks,
    List<Employer> employers) {

  /**
   * Creates a cohort, copying the lists.
   *
   * @param seed which seed project
   * @param project the project
   * @param register participants and their pathways
   * @param placements the placements
   * @param tasks the tasks
   * @param employers the employers
   */
  public SeedCohort {
    placements = List.copyOf(placements);
    tasks = List.copyOf(tasks);
    employers = List.copyOf(employers);
  }

  /**
   * Checks the cohort against its project: every enrolment and exit inside the project period
   * ({@link Pathway#checkWithin}) and every participant's age at enrolment (enrolment year minus
   * birth year) admitted by the project's eligibility. The files' cross-checks (placements against
   * the register and the tasks) are {@link SeedFiles#check}'s.
   *
   * @throws ValidationException naming the first offending participant
   */
  public void validate() {
    Eligibility eligibility = project.eligibility();
    for (int i = 0; i < register.participants().size(); i++) {
      Participant p = register.participants().get(i);
      Pathway pathway = register.pathways().get(i);
      pathway.checkWithin(project);
      Integer birthYear = p.birthYear();
      if (eligibility != null && birthYear != null) {
        int age = pathway.enrolledOn().getYear() - birthYear;
        ValidationException.check(eligibility.admitsAge(age),
            "participant %s: age %d at enrolment is outside the project's eligibility", p.id(), age);
      }
    }
  }

  /**
   * The register as a register CSV holds it: the participants without their matching profiles
   * (those go to participants JSON), and each pathway reduced to its enrolment, exit, exit survey
   * and follow-up. Phases, action plans and placement events are left out (placements go to the
   * placements file). Every event a metric reads is kept.
   *
   * @return the reduced register
   */
  public Register registerRows() {
    Register.Builder rows = Register.builder();
    for (int i = 0; i < register.participants().size(); i++) {
      Participant p = register.participants().get(i);
      Participant row = Participant.builder().id(p.id()).gender(p.gender()).birthYear(p.birthYear())
          .site(p.site()).referral(p.referral()).targetGroups(p.targetGroups())
          .labourStatusAtEntry(p.labourStatusAtEntry())
          .isced(p.isced()).disability(p.disability()).foreignBackground(p.foreignBackground())
          .thirdCountryNational(p.thirdCountryNational()).minority(p.minority()).build();
      List<PathwayEvent> kept = new ArrayList<>();
      for (PathwayEvent e : register.pathways().get(i).events()) {
        if (ROW_EVENTS.contains(e.type())) {
          kept.add(e);
        }
      }
      rows.add(row, Pathway.builder().participantId(p.id()).events(kept).build());
    }
    return rows.build();
  }

  private static final Set<EventType> ROW_EVENTS =
      EnumSet.of(EventType.ENROLLED, EventType.EXITED, EventType.SURVEY_ANSWERED, EventType.FOLLOWED_UP);
}
