package org.esfkit.metrics;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.esfkit.core.Achievement;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Gender;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Placement;
import org.esfkit.core.Register;
import org.esfkit.core.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The input of every evaluation: a project's participants, pathways, placements, tasks and
 * achievements, converted once into primitive columns (dates as epoch days, codes as bytes,
 * several follow-ups per participant in compressed-row form). Evaluations then read the columns
 * without allocating per participant.
 *
 * <p>The accessors are the read-only view that {@linkplain org.esfkit.metrics.spi calculators}
 * use. Conventions:
 * <ul>
 *   <li>dates are epoch days ({@link LocalDate#toEpochDay()}); a missing date is {@link #NONE},
 *       which is after every date, so {@code exitedOn(i) <= asOf} tests "exited as of";</li>
 *   <li>enumerations are their ordinal as a byte ({@link Gender#ordinal()},
 *       {@link OutcomeStatus#ordinal()}, ...); a missing value is {@link #MISSING};</li>
 *   <li>yes/no characteristics are {@code 1} (yes), {@code 0} (no) or {@link #MISSING};</li>
 *   <li>participants are rows {@code 0 .. participantCount() - 1} in register order;</li>
 *   <li>a participant who left and came back (several spells, see {@link org.esfkit.core.Pathway})
 *       is one row, enrolled at the first entry; the exit, its status and the survey answers as
 *       of a date are those of the spell in force at that date ({@link #exitedOn(int, int)},
 *       {@link #exitStatus(int, int)}, {@link #spellEnrolledOn(int, int)}).</li>
 * </ul>
 *
 * <pre>{@code
 * Cohort cohort = Cohort.builder(project)
 *     .register(register)
 *     .placements(placements)
 *     .tasks(tasks)
 *     .build();
 * }</pre>
 */
public final class Cohort {
  /** A missing date: after every real date. */
  public static final int NONE = Integer.MAX_VALUE;
  /** A missing code or yes/no value. */
  public static final byte MISSING = -1;

  private final @Nullable EsfProject project;
  private final int projectStart;
  private final int projectEnd;
  // participants
  private final String[] ids;
  private final byte[] gender;
  private final int[] birthYear;
  private final int[] site;
  private final String[] siteNames;
  private final int[] enrolled;
  private final int[] exited;
  private final byte[] exitStatus;
  private final byte[] qualification;
  private final byte[] labourStatus;
  private final byte[] isced;
  private final byte[] disability;
  private final byte[] foreignBackground;
  private final byte[] thirdCountry;
  private final byte[] minority;
  private final int[] followStart;
  private final int[] followOn;
  private final byte[] followStatus;
  private final int[] surveyStart;
  private final int[] surveyOn;
  private final byte[] surveyAnswer;
  // the spells before the last of participants who came back, in compressed-row form (empty for
  // everyone else); the last spell is in enrolled / exited / exitStatus / qualification, with
  // its start in lastEntry
  private final int[] lastEntry;
  private final int[] spellStart;
  private final int[] spellEntry;
  private final int[] spellExit;
  private final byte[] spellExitStatus;
  private final byte[] spellQualification;
  // placements
  private final int[] placementParticipant;
  private final int[] placementEmployer;
  private final byte[] placementKind;
  private final int[] placementStart;
  private final int[] placementEnd;
  private final boolean[] placementGenderBreaking;
  private final String[] employerIds;
  // tasks
  private final String[] taskIds;
  private final int[] taskIdentified;
  private final boolean[] taskOpenToAll;
  private final int[] taskEmployer;
  // achievements
  private final String[] achievementNames;
  private final byte[] achievementKind;
  private final int[] achievementOn;
  // day shifts (date + period) precomputed over the days the cohort spans
  private final int minDay;
  private final int maxDay;
  private final Map<Period, Shift> shifts = new ConcurrentHashMap<>();

  private Cohort(Builder b) {
    this.project = b.project;
    this.projectStart = project == null ? NONE : (int) project.period().start().toEpochDay();
    this.projectEnd = project == null ? NONE : (int) project.period().end().toEpochDay();
    Register reg = b.register;
    int n = reg.participants().size();
    ids = new String[n];
    gender = new byte[n];
    birthYear = new int[n];
    site = new int[n];
    enrolled = new int[n];
    exited = new int[n];
    exitStatus = new byte[n];
    qualification = new byte[n];
    labourStatus = new byte[n];
    isced = new byte[n];
    disability = new byte[n];
    foreignBackground = new byte[n];
    thirdCountry = new byte[n];
    minority = new byte[n];
    followStart = new int[n + 1];
    surveyStart = new int[n + 1];
    lastEntry = new int[n];
    spellStart = new int[n + 1];
    IntList pEntry = new IntList();
    IntList pExit = new IntList();
    IntList pStatus = new IntList();
    IntList pQualification = new IntList();
    Map<String, Integer> sites = new LinkedHashMap<>();
    Map<String, Integer> rowOf = new HashMap<>(n * 2);
    IntList fOn = new IntList();
    IntList fStatus = new IntList();
    IntList sOn = new IntList();
    IntList sAnswer = new IntList();
    for (int i = 0; i < n; i++) {
      Participant p = reg.participants().get(i);
      Pathway w = reg.pathways().get(i);
      ids[i] = p.id();
      rowOf.put(p.id(), i);
      gender[i] = (byte) p.gender().ordinal();
      birthYear[i] = p.birthYear() == null ? 0 : p.birthYear();
      site[i] = p.site() == null ? -1 : sites.computeIfAbsent(p.site(), k -> sites.size());
      labourStatus[i] = p.labourStatusAtEntry() == null ? MISSING : (byte) p.labourStatusAtEntry().ordinal();
      isced[i] = p.isced() == null ? MISSING : p.isced().byteValue();
      disability[i] = yesNo(p.disability());
      foreignBackground[i] = yesNo(p.foreignBackground());
      thirdCountry[i] = yesNo(p.thirdCountryNational());
      minority[i] = yesNo(p.minority());
      enrolled[i] = (int) w.enrolledOn().toEpochDay();
      exited[i] = NONE;
      exitStatus[i] = MISSING;
      qualification[i] = MISSING;
      followStart[i] = fOn.size();
      surveyStart[i] = sOn.size();
      spellStart[i] = pEntry.size();
      lastEntry[i] = enrolled[i];
      for (PathwayEvent e : w.events()) {
        int day = (int) e.on().toEpochDay();
        switch (e.type()) {
          case RE_ENROLLED:
            // the spell before ends here: keep it, and start the new one
            pEntry.add(lastEntry[i]);
            pExit.add(exited[i]);
            pStatus.add(exitStatus[i]);
            pQualification.add(qualification[i]);
            lastEntry[i] = day;
            exited[i] = NONE;
            exitStatus[i] = MISSING;
            qualification[i] = MISSING;
            break;
          case EXITED:
            exited[i] = day;
            exitStatus[i] = (byte) e.status().ordinal();
            qualification[i] = yesNo(e.qualificationGained());
            break;
          case FOLLOWED_UP:
            fOn.add(day);
            fStatus.add(e.status().ordinal());
            break;
          case SURVEY_ANSWERED:
            sOn.add(day);
            sAnswer.add(Boolean.TRUE.equals(e.perceivedImprovement()) ? 1 : 0);
            break;
          default:
            break;
        }
      }
    }
    int lo = NONE;
    int hi = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      lo = Math.min(lo, enrolled[i]);
      hi = Math.max(hi, exited[i] == NONE ? enrolled[i] : exited[i]);
    }
    minDay = n == 0 ? 0 : lo;
    maxDay = n == 0 ? -1 : hi;
    followStart[n] = fOn.size();
    surveyStart[n] = sOn.size();
    spellStart[n] = pEntry.size();
    spellEntry = pEntry.toArray();
    spellExit = pExit.toArray();
    spellExitStatus = pStatus.toBytes();
    spellQualification = pQualification.toBytes();
    followOn = fOn.toArray();
    followStatus = fStatus.toBytes();
    surveyOn = sOn.toArray();
    surveyAnswer = sAnswer.toBytes();
    siteNames = sites.keySet().toArray(new String[0]);

    Map<String, Integer> employers = new LinkedHashMap<>();
    int m = b.placements.size();
    placementParticipant = new int[m];
    placementEmployer = new int[m];
    placementKind = new byte[m];
    placementStart = new int[m];
    placementEnd = new int[m];
    placementGenderBreaking = new boolean[m];
    for (int k = 0; k < m; k++) {
      Placement pl = b.placements.get(k);
      Integer row = rowOf.get(pl.participantId());
      if (row == null) {
        throw new ValidationException("placement " + (k + 1) + " at employer " + pl.employerId()
            + ": participant " + pl.participantId() + " is not in the register");
      }
      placementParticipant[k] = row;
      placementEmployer[k] = employers.computeIfAbsent(pl.employerId(), key -> employers.size());
      placementKind[k] = (byte) pl.kind().ordinal();
      placementStart[k] = (int) pl.startedOn().toEpochDay();
      placementEnd[k] = pl.endedOn() == null ? NONE : (int) pl.endedOn().toEpochDay();
      placementGenderBreaking[k] = pl.genderBreaking();
    }
    int t = b.tasks.size();
    taskIds = new String[t];
    taskIdentified = new int[t];
    taskOpenToAll = new boolean[t];
    taskEmployer = new int[t];
    for (int k = 0; k < t; k++) {
      LowThresholdTask task = b.tasks.get(k);
      taskIds[k] = task.id();
      taskIdentified[k] = (int) task.identifiedOn().toEpochDay();
      taskOpenToAll[k] = task.openToAllGenders();
      taskEmployer[k] = employers.computeIfAbsent(task.employerId(), key -> employers.size());
    }
    employerIds = employers.keySet().toArray(new String[0]);
    List<Achievement> ach = project == null ? List.of() : project.achievements();
    achievementNames = new String[ach.size()];
    achievementKind = new byte[ach.size()];
    achievementOn = new int[ach.size()];
    for (int k = 0; k < ach.size(); k++) {
      achievementNames[k] = ach.get(k).name();
      achievementKind[k] = (byte) ach.get(k).kind().ordinal();
      achievementOn[k] = (int) ach.get(k).on().toEpochDay();
    }
  }

  private static byte yesNo(@Nullable Boolean b) {
    return b == null ? MISSING : (byte) (b ? 1 : 0);
  }

  /**
   * Starts a cohort of a project.
   *
   * @param project the project whose targets, period and achievements apply
   * @return a builder
   */
  public static Builder builder(EsfProject project) {
    return new Builder(project);
  }

  /**
   * Starts a cohort without a project: enough for the ESF+ common indicators, not for targets.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(null);
  }

  /**
   * Creates a cohort of a project and its register, without placements or tasks.
   *
   * @param project the project
   * @param register its register
   * @return the cohort
   */
  public static Cohort of(EsfProject project, Register register) {
    return builder(project).register(register).build();
  }

  /**
   * The project, if the cohort has one.
   *
   * @return the project, or null
   */
  public @Nullable EsfProject project() {
    return project;
  }

  /**
   * The project, required.
   *
   * @return the project
   * @throws IllegalStateException if the cohort was built without a project
   */
  public EsfProject requireProject() {
    if (project == null) {
      throw new IllegalStateException("this cohort was built without a project; targets need one");
    }
    return project;
  }

  /**
   * First day of the project period.
   *
   * @return epoch day, or {@link #NONE} without a project
   */
  public int projectStart() {
    return projectStart;
  }

  /**
   * Last day of the project period.
   *
   * @return epoch day, or {@link #NONE} without a project
   */
  public int projectEnd() {
    return projectEnd;
  }

  // ---------------------------------------------------------------- participants

  /**
   * Number of participants (rows).
   *
   * @return the count
   */
  public int participantCount() {
    return ids.length;
  }

  /**
   * The pseudonymous id of a participant.
   *
   * @param row the row
   * @return the id
   */
  public String participantId(int row) {
    return ids[row];
  }

  /**
   * Gender.
   *
   * @param row the row
   * @return {@link Gender#ordinal()}
   */
  public byte gender(int row) {
    return gender[row];
  }

  /**
   * Year of birth.
   *
   * @param row the row
   * @return the year, or 0 if not recorded
   */
  public int birthYear(int row) {
    return birthYear[row];
  }

  /**
   * Site.
   *
   * @param row the row
   * @return index into {@link #siteName(int)}, or -1 if none
   */
  public int site(int row) {
    return site[row];
  }

  /**
   * Number of distinct sites.
   *
   * @return the count
   */
  public int siteCount() {
    return siteNames.length;
  }

  /**
   * The name of a site.
   *
   * @param index site index
   * @return the name
   */
  public String siteName(int index) {
    return siteNames[index];
  }

  /**
   * Enrolment date.
   *
   * @param row the row
   * @return epoch day
   */
  public int enrolledOn(int row) {
    return enrolled[row];
  }

  /**
   * The final exit: that of the participant's last spell.
   *
   * @param row the row
   * @return epoch day, or {@link #NONE} if the last spell has no exit
   */
  public int exitedOn(int row) {
    return exited[row];
  }

  /**
   * The exit as of a day: that of the spell in force (the latest that started on or before the
   * day; the first, for a day before the first entry).
   *
   * @param row the row
   * @param day the as-of epoch day
   * @return epoch day, or {@link #NONE} if that spell has no exit
   */
  public int exitedOn(int row, int day) {
    int k = spell(row, day);
    return k < 0 ? exited[row] : spellExit[k];
  }

  /**
   * Status at the final exit.
   *
   * @param row the row
   * @return {@link OutcomeStatus#ordinal()}, or {@link #MISSING}
   */
  public byte exitStatus(int row) {
    return exitStatus[row];
  }

  /**
   * Status at the exit of the spell in force at a day (see {@link #exitedOn(int, int)}).
   *
   * @param row the row
   * @param day the as-of epoch day
   * @return {@link OutcomeStatus#ordinal()}, or {@link #MISSING}
   */
  public byte exitStatus(int row, int day) {
    int k = spell(row, day);
    return k < 0 ? exitStatus[row] : spellExitStatus[k];
  }

  /**
   * Whether a qualification was gained by the final exit.
   *
   * @param row the row
   * @return 1, 0 or {@link #MISSING}
   */
  public byte qualificationGained(int row) {
    return qualification[row];
  }

  /**
   * Whether a qualification was gained by the exit of the spell in force at a day.
   *
   * @param row the row
   * @param day the as-of epoch day
   * @return 1, 0 or {@link #MISSING}
   */
  public byte qualificationGained(int row, int day) {
    int k = spell(row, day);
    return k < 0 ? qualification[row] : spellQualification[k];
  }

  /**
   * The start of the spell in force at a day: the enrolment, or the re-enrolment the participant
   * came back on (see {@link #exitedOn(int, int)}).
   *
   * @param row the row
   * @param day the as-of epoch day
   * @return epoch day
   */
  public int spellEnrolledOn(int row, int day) {
    int k = spell(row, day);
    return k < 0 ? lastEntry[row] : spellEntry[k];
  }

  /**
   * Days in the project as of a day, summed over the spells: each from its start to its exit, or
   * to the day while it is open; 0 before the first entry.
   *
   * @param row the row
   * @param day the as-of epoch day
   * @return the days
   */
  public int daysInProject(int row, int day) {
    int days = 0;
    for (int k = spellStart[row], to = spellStart[row + 1]; k < to && spellEntry[k] <= day; k++) {
      days += Math.min(spellExit[k], day) - spellEntry[k];
    }
    if (lastEntry[row] <= day) {
      days += Math.min(exited[row], day) - lastEntry[row];
    }
    return days;
  }

  /**
   * Number of spells: 1, plus one for each time the participant came back.
   *
   * @param row the row
   * @return the count
   */
  public int spellCount(int row) {
    return spellStart[row + 1] - spellStart[row] + 1;
  }

  /** The earlier spell in force at a day, or -1 when it is the last (or the only) one. */
  private int spell(int row, int day) {
    int from = spellStart[row];
    int to = spellStart[row + 1];
    if (from == to || lastEntry[row] <= day) {
      return -1;
    }
    int k = from;
    while (k + 1 < to && spellEntry[k + 1] <= day) {
      k++;
    }
    return k;
  }

  /**
   * Labour-market status at entry.
   *
   * @param row the row
   * @return {@link org.esfkit.core.LabourStatus#ordinal()}, or {@link #MISSING}
   */
  public byte labourStatusAtEntry(int row) {
    return labourStatus[row];
  }

  /**
   * ISCED level at entry.
   *
   * @param row the row
   * @return 0-8, or {@link #MISSING}
   */
  public byte isced(int row) {
    return isced[row];
  }

  /**
   * Disability (sensitive).
   *
   * @param row the row
   * @return 1, 0 or {@link #MISSING}
   */
  public byte disability(int row) {
    return disability[row];
  }

  /**
   * Foreign background (sensitive).
   *
   * @param row the row
   * @return 1, 0 or {@link #MISSING}
   */
  public byte foreignBackground(int row) {
    return foreignBackground[row];
  }

  /**
   * Third-country national.
   *
   * @param row the row
   * @return 1, 0 or {@link #MISSING}
   */
  public byte thirdCountryNational(int row) {
    return thirdCountry[row];
  }

  /**
   * Minority (sensitive).
   *
   * @param row the row
   * @return 1, 0 or {@link #MISSING}
   */
  public byte minority(int row) {
    return minority[row];
  }

  /**
   * First follow-up of a participant: follow-ups {@code followUpsFrom(row) .. followUpsFrom(row + 1) - 1}
   * belong to the row, in date order.
   *
   * @param row the row, up to {@link #participantCount()} inclusive
   * @return index into {@link #followUpOn(int)}
   */
  public int followUpsFrom(int row) {
    return followStart[row];
  }

  /**
   * Date of a follow-up.
   *
   * @param k follow-up index
   * @return epoch day
   */
  public int followUpOn(int k) {
    return followOn[k];
  }

  /**
   * Status found at a follow-up.
   *
   * @param k follow-up index
   * @return {@link OutcomeStatus#ordinal()}
   */
  public byte followUpStatus(int k) {
    return followStatus[k];
  }

  /**
   * First survey answer of a participant: answers {@code surveysFrom(row) .. surveysFrom(row + 1) - 1}
   * belong to the row, in date order.
   *
   * @param row the row, up to {@link #participantCount()} inclusive
   * @return index into {@link #surveyOn(int)}
   */
  public int surveysFrom(int row) {
    return surveyStart[row];
  }

  /**
   * Date of a survey answer.
   *
   * @param k answer index
   * @return epoch day
   */
  public int surveyOn(int k) {
    return surveyOn[k];
  }

  /**
   * A survey answer: did the participant perceive their chances improved.
   *
   * @param k answer index
   * @return 1 (yes) or 0 (no)
   */
  public byte surveyAnswer(int k) {
    return surveyAnswer[k];
  }

  // ---------------------------------------------------------------- placements

  /**
   * Number of placements.
   *
   * @return the count
   */
  public int placementCount() {
    return placementParticipant.length;
  }

  /**
   * The participant placed.
   *
   * @param k placement index
   * @return participant row
   */
  public int placementParticipant(int k) {
    return placementParticipant[k];
  }

  /**
   * The employer hosting a placement.
   *
   * @param k placement index
   * @return index into {@link #employerId(int)}
   */
  public int placementEmployer(int k) {
    return placementEmployer[k];
  }

  /**
   * Kind of placement.
   *
   * @param k placement index
   * @return {@link org.esfkit.core.PlacementKind#ordinal()}
   */
  public byte placementKind(int k) {
    return placementKind[k];
  }

  /**
   * First day of a placement.
   *
   * @param k placement index
   * @return epoch day
   */
  public int placementStartedOn(int k) {
    return placementStart[k];
  }

  /**
   * Last day of a placement.
   *
   * @param k placement index
   * @return epoch day, or {@link #NONE} while ongoing
   */
  public int placementEndedOn(int k) {
    return placementEnd[k];
  }

  /**
   * Whether a placement is gender-breaking.
   *
   * @param k placement index
   * @return true if so
   */
  public boolean placementGenderBreaking(int k) {
    return placementGenderBreaking[k];
  }

  /**
   * Number of distinct employers (of placements and tasks).
   *
   * @return the count
   */
  public int employerCount() {
    return employerIds.length;
  }

  /**
   * An employer's id.
   *
   * @param index employer index
   * @return the id
   */
  public String employerId(int index) {
    return employerIds[index];
  }

  // ---------------------------------------------------------------- tasks

  /**
   * Number of low-threshold tasks.
   *
   * @return the count
   */
  public int taskCount() {
    return taskIds.length;
  }

  /**
   * A task's id.
   *
   * @param k task index
   * @return the id
   */
  public String taskId(int k) {
    return taskIds[k];
  }

  /**
   * The date a task was identified.
   *
   * @param k task index
   * @return epoch day
   */
  public int taskIdentifiedOn(int k) {
    return taskIdentified[k];
  }

  /**
   * Whether a task is offered to all participants regardless of gender.
   *
   * @param k task index
   * @return true if so
   */
  public boolean taskOpenToAllGenders(int k) {
    return taskOpenToAll[k];
  }

  /**
   * The employer offering a task.
   *
   * @param k task index
   * @return index into {@link #employerId(int)}
   */
  public int taskEmployer(int k) {
    return taskEmployer[k];
  }

  // ---------------------------------------------------------------- achievements

  /**
   * Number of the project's achievements.
   *
   * @return the count
   */
  public int achievementCount() {
    return achievementKind.length;
  }

  /**
   * Kind of an achievement.
   *
   * @param k achievement index
   * @return {@link org.esfkit.core.AchievementKind#ordinal()}
   */
  public byte achievementKind(int k) {
    return achievementKind[k];
  }

  /**
   * Date of an achievement.
   *
   * @param k achievement index
   * @return epoch day
   */
  public int achievementOn(int k) {
    return achievementOn[k];
  }

  /**
   * Name of an achievement, e.g. the social enterprise's.
   *
   * @param k achievement index
   * @return the name
   */
  public String achievementName(int k) {
    return achievementNames[k];
  }

  /**
   * Returns the shift that adds a period to epoch days ({@code date + P3M}), precomputed once per
   * period over the days the cohort spans, so that evaluating does not allocate per participant.
   *
   * @param period the period, e.g. a follow-up window
   * @return the shift
   */
  public Shift shift(Period period) {
    return shifts.computeIfAbsent(period, p -> new Shift(p, minDay, maxDay));
  }

  /** Adds a fixed period to epoch days; see {@link Cohort#shift(Period)}. */
  public static final class Shift {
    private final Period period;
    private final int min;
    private final int[] table;

    private Shift(Period period, int min, int max) {
      this.period = period;
      this.min = min;
      this.table = new int[Math.max(0, max - min + 1)];
      for (int i = 0; i < table.length; i++) {
        table[i] = (int) LocalDate.ofEpochDay((long) min + i).plus(period).toEpochDay();
      }
    }

    /**
     * Adds the period to a day.
     *
     * @param day an epoch day, or {@link Cohort#NONE}
     * @return the day plus the period ({@link Cohort#NONE} stays {@code NONE})
     */
    public int apply(int day) {
      int i = day - min;
      if (i >= 0 && i < table.length) {
        return table[i];
      }
      return day == NONE ? NONE : (int) LocalDate.ofEpochDay(day).plus(period).toEpochDay();
    }
  }

  @Override
  public String toString() {
    return "Cohort[" + (project == null ? "no project" : project.projectNumber()) + ", " + ids.length
        + " participants, " + placementParticipant.length + " placements, " + taskIds.length + " tasks]";
  }

  /** Builds a {@link Cohort}. */
  public static final class Builder {
    private final @Nullable EsfProject project;
    private Register register = Register.builder().build();
    private List<Placement> placements = List.of();
    private List<LowThresholdTask> tasks = List.of();

    private Builder(@Nullable EsfProject project) {
      this.project = project;
    }

    /**
     * Sets the register: participants and their pathways.
     *
     * @param register the register
     * @return this builder
     */
    public Builder register(Register register) {
      this.register = register;
      return this;
    }

    /**
     * Sets the placements.
     *
     * @param placements the placements; every participant must be in the register
     * @return this builder
     */
    public Builder placements(List<Placement> placements) {
      this.placements = new ArrayList<>(placements);
      return this;
    }

    /**
     * Sets the low-threshold tasks.
     *
     * @param tasks the tasks
     * @return this builder
     */
    public Builder tasks(List<LowThresholdTask> tasks) {
      this.tasks = new ArrayList<>(tasks);
      return this;
    }

    /**
     * Converts everything into columns.
     *
     * @return the cohort
     * @throws ValidationException if a placement names a participant not in the register
     */
    public Cohort build() {
      return new Cohort(this);
    }
  }

  /** A growable int array. */
  private static final class IntList {
    private int[] a = new int[16];
    private int size;

    void add(int v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(a, size);
    }

    byte[] toBytes() {
      byte[] b = new byte[size];
      for (int i = 0; i < size; i++) {
        b[i] = (byte) a[i];
      }
      return b;
    }
  }
}
