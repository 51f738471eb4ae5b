package org.esfkit.core.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.EsfProject;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.core.Placement;
import org.esfkit.core.Register;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.core.ValidationException;
import org.esfkit.core.internal.PlacementColumns;
import org.esfkit.core.internal.RegisterColumns;
import org.esfkit.core.io.internal.LongList;
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
    LabourStatus group = p.operationTargetGroup();
    String source = result.source();
    boolean siteTargets = !sites.isEmpty();
    long[] lines = lines(result);
    // the loop does no more than compare numbers for a row without a problem: it runs a million
    // times, the first ones interpreted, before the JIT compiles it
    for (int i = 0; i < c.size; i++) {
      boolean outside = false;
      for (int k = c.spellFrom[i]; k < c.spellFrom[i + 1]; k++) {
        int exit = c.spellExit[k];
        outside |= c.spellEntry[k] < start || c.spellEntry[k] > end
            || (exit != RegisterColumns.NO_DATE && (exit < start || exit > end));
      }
      if (outside) {
        // the pathway's own check words the message
        try {
          c.pathway(i).checkWithin(p);
        } catch (ValidationException e) {
          String message = String.valueOf(e.getMessage());
          out.add(Problem.of(source, line(lines, i), message.contains("(exited on") ? "exited_on" : "enrolled_on",
              message));
        }
      }
      if (group != null && c.labourStatus[i] >= 0 && !statuses[c.labourStatus[i]].within(group)) {
        out.add(Problem.warning(source, line(lines, i), "labour_status_at_entry", "participant " + c.id(i)
            + ": labour-market status at entry is outside the project's operation_target_group (" + group.code()
            + "); the indicators on labour-market status count the participant as " + group.code()));
      }
      if (siteTargets && c.site[i] >= 0 && !planned[c.site[i]]) {
        out.add(Problem.warning(source, line(lines, i), "site", "participant " + c.id(i)
            + ": site is not among the project's planned sites (" + String.join(", ", sites)
            + "); counted in the total and under its own name with 0 planned"));
      }
    }
  }

  private static void checkPlacements(ReadResult<List<Placement>> result, List<Placement> placements,
      @Nullable Register reg, @Nullable List<LowThresholdTask> tasks, List<Problem> out) {
    // the placements' columns (the reader's own, no object per placement); each distinct
    // participant is looked up in the register once, and each distinct task in the tasks once
    PlacementColumns pc = PlacementColumns.of(placements);
    RegisterColumns c = reg == null ? null : RegisterColumns.of(reg);
    int[] rowOf = c == null ? null : pc.rowsIn(c);
    LowThresholdTask[] taskOf = null;
    if (tasks != null) {
      Map<String, LowThresholdTask> taskById = new HashMap<>();
      tasks.forEach(t -> taskById.putIfAbsent(t.id(), t));
      taskOf = new LowThresholdTask[pc.taskIds.length];
      for (int t = 0; t < taskOf.length; t++) {
        taskOf[t] = taskById.get(pc.taskIds[t]);
      }
    }
    long[] lines = lines(result);
    String src = result.source();
    for (int i = 0; i < pc.size; i++) {
      long line = line(lines, i);
      if (rowOf != null) {
        int row = rowOf[pc.participant[i]];
        if (row < 0) {
          out.add(Problem.of(src, line, "participant_id", "participant " + pc.participantId(pc.participant[i])
              + " is not in the register"));
        } else {
          checkWithinSpell(pc, i, c, row, src, line, out);
        }
      }
      int t = pc.task[i];
      if (taskOf != null && t >= 0) {
        LowThresholdTask task = taskOf[t];
        String employer = pc.employerIds[pc.employer[i]];
        if (task == null) {
          out.add(Problem.of(src, line, "task_id", "task " + pc.taskIds[t] + " is not in the tasks file"));
        } else if (!task.employerId().equals(employer)) {
          out.add(Problem.of(src, line, "employer_id", "placement at employer " + employer + ", but task "
              + task.id() + " belongs to employer " + task.employerId()));
        }
      }
    }
  }

  /**
   * A placement against the participant's time in the project, read from the register's columns
   * and the placements' (no object is built): it must start on or after the first enrolment and
   * within the spell in force on its start day (the last one starting on or before it; the first
   * one for a day before the first enrolment), and end by that spell's exit; an open placement of
   * a participant who exited is a warning.
   */
  private static void checkWithinSpell(PlacementColumns pc, int i, RegisterColumns c, int row, String src, long line,
      List<Problem> out) {
    int first = c.spellFrom[row];
    int last = c.spellFrom[row + 1] - 1;
    int started = pc.started[i];
    int ended = pc.ended[i];
    int k = first;
    while (k < last && c.spellEntry[k + 1] <= started) {
      k++;
    }
    if (started < c.spellEntry[first]) {
      out.add(Problem.of(src, line, "started_on", "placement starts " + LocalDate.ofEpochDay(started)
          + ", before participant " + who(pc, i) + " enrolled on " + LocalDate.ofEpochDay(c.spellEntry[first])));
    }
    int exit = c.spellExit[k];
    if (exit == RegisterColumns.NO_DATE) {
      return;
    }
    if (started > exit) {
      out.add(Problem.of(src, line, "started_on", "placement starts " + LocalDate.ofEpochDay(started)
          + ", after participant " + who(pc, i) + " exited on " + LocalDate.ofEpochDay(exit) + (k == last ? ""
          : " and before they came back on " + LocalDate.ofEpochDay(c.spellEntry[k + 1]))));
    } else if (ended != PlacementColumns.NO_DATE && ended > exit) {
      out.add(Problem.of(src, line, "ended_on", "placement ends " + LocalDate.ofEpochDay(ended) + ", after participant "
          + who(pc, i) + " exited on " + LocalDate.ofEpochDay(exit)));
    } else if (ended == PlacementColumns.NO_DATE) {
      out.add(Problem.warning(src, line, "ended_on", "placement has no end, but participant " + who(pc, i)
          + " exited on " + LocalDate.ofEpochDay(exit)));
    }
  }

  /** A placement's participant id, for a message. */
  private static String who(PlacementColumns pc, int i) {
    return pc.participantId(pc.participant[i]);
  }

  /**
   * The lines of a file's accepted records as numbers: the reader's own array when it keeps them
   * as numbers (no object per record).
   */
  private static long[] lines(ReadResult<?> result) {
    return LongList.values(result.recordLines());
  }

  /** Record {@code index}'s line, or 0 when the reader does not track lines. */
  private static long line(long[] lines, int index) {
    return index < lines.length ? lines[index] : 0;
  }
}
