package org.esfkit.core.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Placement;
import org.esfkit.core.Register;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.core.ValidationException;
import org.esfkit.core.internal.RegisterColumns;
import org.jspecify.annotations.Nullable;

/**
 * Problems that no single file shows, found by reading a project's files together (what
 * {@code esfkit validate} reports after each file's own problems):
 * <ul>
 *   <li>an enrolment or exit outside the project period (follow-ups may come later);</li>
 *   <li>a participant's site that is not among the project's planned sites, when the project
 *       plans by site ({@code planned_participants_by_site} or an enrolment target's
 *       {@code by_site}): a <em>warning</em>, since the participant still counts (under the site's
 *       own name, with nothing planned);</li>
 *   <li>a placement naming a participant not in the register, or a task not in the tasks file,
 *       or at another employer than its task's;</li>
 *   <li>a placement outside the participant's time in the project: started before enrolment,
 *       started or ended after the exit of the spell it started in (for a participant who left and
 *       came back, between two spells); one still open after exit is a <em>warning</em> (its end
 *       was not recorded);</li>
 *   <li>a participant's recorded labour-market status at entry that is not
 *       {@linkplain org.esfkit.core.LabourStatus#within within} the project's
 *       {@code operation_target_group}: a <em>warning</em>, since the indicators on labour-market
 *       status count the participant as the group's (the message names the group, never the
 *       record's value).</li>
 * </ul>
 * Each problem points at the file, line and column of the record at fault, using the results'
 * {@link ReadResult#recordLines()}. Only accepted records are checked.
 */
public final class CrossCheck {
  private CrossCheck() {}

  /**
   * Checks files against each other.
   *
   * @param project the project file's result
   * @param register the register's result, or null if not given
   * @param placements the placements' result, or null if not given
   * @param tasks the tasks' result, or null if not given
   * @return the problems, grouped by file in the order register, placements
   */
  public static List<Problem> check(
      ReadResult<EsfProject> project,
      @Nullable ReadResult<Register> register,
      @Nullable ReadResult<List<Placement>> placements,
      @Nullable ReadResult<List<LowThresholdTask>> tasks) {
    List<Problem> out = new ArrayList<>();
    EsfProject p = project.acceptedValue();
    Register reg = register == null ? null : register.acceptedValue();
    if (reg != null && p != null) {
      checkRegister(p, register, reg, out);
    }
    List<Placement> pls = placements == null ? null : placements.acceptedValue();
    if (pls != null) {
      checkPlacements(placements, pls, reg, tasks == null ? null : tasks.acceptedValue(), out);
    }
    return out;
  }

  private static void checkRegister(EsfProject p, ReadResult<Register> result, Register reg, List<Problem> out) {
    Set<String> sites = new LinkedHashSet<>(p.plannedParticipantsBySite().keySet());
    for (Target t : p.targets()) {
      if (t.type() == TargetType.ENROLMENT) {
        sites.addAll(t.bySite().keySet());
      }
    }
    RegisterColumns c = RegisterColumns.of(reg);
    int start = (int) p.period().start().toEpochDay();
    int end = (int) p.period().end().toEpochDay();
    boolean[] planned = new boolean[c.siteNames.length];
    for (int k = 0; k < planned.length; k++) {
      planned[k] = sites.contains(c.siteNames[k]);
    }
    LabourStatus[] statuses = LabourStatus.values();
    for (int i = 0; i < c.size; i++) {
      boolean outside = false;
      for (int k = c.spellFrom[i]; k < c.spellFrom[i + 1]; k++) {
        int exit = c.spellExit[k];
        outside |= c.spellEntry[k] < start || c.spellEntry[k] > end
            || (exit != RegisterColumns.NO_DATE && (exit < start || exit > end));
      }
      // a row's line is looked up only for a problem (recordLines() is a list of boxed numbers)
      if (outside) {
        // the pathway's own check words the message
        try {
          c.pathway(i).checkWithin(p);
        } catch (ValidationException e) {
          String message = String.valueOf(e.getMessage());
          out.add(Problem.of(result.source(), line(result, i), message.contains("(exited on") ? "exited_on"
              : "enrolled_on", message));
        }
      }
      checkOperationTargetGroup(p, c.labourStatus[i] < 0 ? null : statuses[c.labourStatus[i]], c, i, result, out);
      if (!sites.isEmpty() && c.site[i] >= 0 && !planned[c.site[i]]) {
        out.add(Problem.warning(result.source(), line(result, i), "site", "participant " + c.id(i)
            + ": site is not among the project's planned sites (" + String.join(", ", sites)
            + "); counted in the total and under its own name with 0 planned"));
      }
    }
  }

  /**
   * A recorded labour-market status at entry outside the operation's target group: the indicators
   * count the participant as the group's, so the record and the project file disagree.
   */
  private static void checkOperationTargetGroup(EsfProject p, @Nullable LabourStatus recorded, RegisterColumns c,
      int row, ReadResult<?> result, List<Problem> out) {
    LabourStatus group = p.operationTargetGroup();
    if (group != null && recorded != null && !recorded.within(group)) {
      out.add(Problem.warning(result.source(), line(result, row), "labour_status_at_entry", "participant " + c.id(row)
          + ": labour-market status at entry is outside the project's operation_target_group (" + group.code()
          + "); the indicators on labour-market status count the participant as " + group.code()));
    }
  }

  private static void checkPlacements(ReadResult<List<Placement>> result, List<Placement> placements,
      @Nullable Register reg, @Nullable List<LowThresholdTask> tasks, List<Problem> out) {
    RegisterColumns c = reg == null ? null : RegisterColumns.of(reg);
    Map<String, LowThresholdTask> taskById = new HashMap<>();
    if (tasks != null) {
      tasks.forEach(t -> taskById.putIfAbsent(t.id(), t));
    }
    for (int i = 0; i < placements.size(); i++) {
      Placement pl = placements.get(i);
      long line = line(result, i);
      String src = result.source();
      if (reg != null) {
        int row = c.rowOf(pl.participantId());
        Pathway pw = row < 0 ? null : c.pathway(row);
        if (pw == null) {
          out.add(Problem.of(src, line, "participant_id", "participant " + pl.participantId() + " is not in the register"));
        } else {
          String who = "participant " + pl.participantId();
          LocalDate enrolled = pw.enrolledOn();
          // the spell the placement starts in (a participant who came back has several)
          LocalDate[] spell = spellAt(pw, pl.startedOn());
          LocalDate exited = spell[1];
          if (pl.startedOn().isBefore(enrolled)) {
            out.add(Problem.of(src, line, "started_on", "placement starts " + pl.startedOn() + ", before " + who
                + " enrolled on " + enrolled));
          }
          if (exited != null && pl.startedOn().isAfter(exited)) {
            out.add(Problem.of(src, line, "started_on", "placement starts " + pl.startedOn() + ", after " + who
                + " exited on " + exited + (spell[2] == null ? "" : " and before they came back on " + spell[2])));
          } else if (exited != null && pl.endedOn() != null && pl.endedOn().isAfter(exited)) {
            out.add(Problem.of(src, line, "ended_on", "placement ends " + pl.endedOn() + ", after " + who
                + " exited on " + exited));
          } else if (exited != null && pl.endedOn() == null) {
            out.add(Problem.warning(src, line, "ended_on", "placement has no end, but " + who + " exited on "
                + exited));
          }
        }
      }
      if (tasks != null && pl.taskId() != null) {
        LowThresholdTask task = taskById.get(pl.taskId());
        if (task == null) {
          out.add(Problem.of(src, line, "task_id", "task " + pl.taskId() + " is not in the tasks file"));
        } else if (!task.employerId().equals(pl.employerId())) {
          out.add(Problem.of(src, line, "employer_id", "placement at employer " + pl.employerId() + ", but task "
              + task.id() + " belongs to employer " + task.employerId()));
        }
      }
    }
  }

  /**
   * The spell in force on a day: its start, its exit (or null) and the start of the next spell (or
   * null); the first spell for a day before the first enrolment.
   */
  private static LocalDate[] spellAt(Pathway pathway, LocalDate day) {
    LocalDate[] spell = new LocalDate[3];
    for (PathwayEvent e : pathway.events()) {
      if (e.type() == EventType.ENROLLED || e.type() == EventType.RE_ENROLLED) {
        if (spell[0] != null && e.on().isAfter(day)) {
          spell[2] = e.on();
          break;
        }
        spell[0] = e.on();
        spell[1] = null;
      } else if (e.type() == EventType.EXITED) {
        spell[1] = e.on();
      }
    }
    return spell;
  }

  private static long line(ReadResult<?> result, int index) {
    return index < result.recordLines().size() ? result.recordLines().get(index) : 0;
  }
}
