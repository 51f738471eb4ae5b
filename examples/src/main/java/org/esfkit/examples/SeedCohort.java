package org.esfkit.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.Eligibility;
import org.esfkit.core.Employer;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.ImmutableRegister;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Placement;
import org.esfkit.core.Register;
import org.esfkit.core.ValidationException;
import org.jspecify.annotations.Nullable;

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
   * Checks the cohort against its project and itself: every enrolment and exit inside the project
   * period ({@link Pathway#checkWithin}), every participant's age at enrolment admitted by the
   * project's eligibility, every placement referring to a known participant, employer and task and
   * lying within the participant's time in the project, every task at a known employer.
   *
   * @throws ValidationException naming the first offending participant, placement or task
   */
  public void validate() {
    Eligibility eligibility = project.eligibility();
    Map<String, Pathway> pathways = new HashMap<>();
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
      pathways.put(p.id(), pathway);
    }
    Set<String> employerIds = new HashSet<>();
    employers.forEach(e -> employerIds.add(e.id()));
    Map<String, LowThresholdTask> taskById = new HashMap<>();
    for (LowThresholdTask t : tasks) {
      ValidationException.check(employerIds.contains(t.employerId()),
          "task %s: unknown employer %s", t.id(), t.employerId());
      ValidationException.check(taskById.put(t.id(), t) == null, "task id %s appears twice", t.id());
    }
    for (Placement pl : placements) {
      String who = "placement of " + pl.participantId() + " at " + pl.employerId() + " from " + pl.startedOn();
      Pathway pathway = pathways.get(pl.participantId());
      ValidationException.check(pathway != null, "%s: unknown participant", who);
      ValidationException.check(employerIds.contains(pl.employerId()), "%s: unknown employer", who);
      String taskId = pl.taskId();
      if (taskId != null) {
        LowThresholdTask task = taskById.get(taskId);
        ValidationException.check(task != null, "%s: unknown task %s", who, taskId);
        ValidationException.check(task.employerId().equals(pl.employerId()),
            "%s: task %s belongs to employer %s", who, taskId, task.employerId());
      }
      LocalDate exit = exitOf(pathway);
      ValidationException.check(!pl.startedOn().isBefore(pathway.enrolledOn()),
          "%s: starts before enrolment on %s", who, pathway.enrolledOn());
      LocalDate end = pl.endedOn();
      ValidationException.check(exit == null || (end != null && !end.isAfter(exit)),
          "%s: does not end by the participant's exit on %s", who, exit);
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
    ImmutableRegister.Builder rows = Register.builder();
    for (int i = 0; i < register.participants().size(); i++) {
      Participant p = register.participants().get(i);
      rows.addParticipants(Participant.builder().id(p.id()).gender(p.gender()).birthYear(p.birthYear())
          .site(p.site()).targetGroups(p.targetGroups()).labourStatusAtEntry(p.labourStatusAtEntry())
          .isced(p.isced()).disability(p.disability()).foreignBackground(p.foreignBackground())
          .thirdCountryNational(p.thirdCountryNational()).minority(p.minority()).build());
      List<PathwayEvent> kept = new ArrayList<>();
      for (PathwayEvent e : register.pathways().get(i).events()) {
        if (ROW_EVENTS.contains(e.type())) {
          kept.add(e);
        }
      }
      rows.addPathways(Pathway.builder().participantId(p.id()).events(kept).build());
    }
    return rows.build();
  }

  private static final Set<EventType> ROW_EVENTS =
      EnumSet.of(EventType.ENROLLED, EventType.EXITED, EventType.SURVEY_ANSWERED, EventType.FOLLOWED_UP);

  private static @Nullable LocalDate exitOf(Pathway pathway) {
    for (PathwayEvent e : pathway.events()) {
      if (e.type() == EventType.EXITED) {
        return e.on();
      }
    }
    return null;
  }
}
