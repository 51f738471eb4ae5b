package org.esfkit.metrics.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.esfkit.core.Achievement;
import org.esfkit.core.AgeBand;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.PathwayState;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.Register;
import org.esfkit.core.Gender;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.PathwayPhase;
import org.esfkit.core.internal.PlacementColumns;
import org.esfkit.core.internal.RegisterColumns;
import org.esfkit.core.Subgroup;
import org.esfkit.core.TargetGroup;
import org.esfkit.core.ValidationException;
import org.esfkit.metrics.spi.Codes;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.spi.DayShift;
import org.jspecify.annotations.Nullable;

/**
 * The column store behind a {@link org.esfkit.metrics.Cohort}: every table of {@link CohortTables}
 * converted once into primitive arrays (several follow-ups and survey answers per participant in
 * compressed-row form). A participant's pathway is read through {@link PathwayState#fold}, the one
 * fold of pathway events, once per spell: a participant who left and came back has one spell per
 * entry, each folded as of the day before the next re-enrolment (the last over the whole
 * pathway), so that the exit, its status, the qualification, the follow-ups and the survey
 * answers as of a date are the spell in force's. Immutable once built; thread-safe.
 */
public final class Columns implements CohortTables {
  private final @Nullable EsfProject project;
  /** The register these columns were read from (a subgroup's: its rows of the cohort's). */
  private final RegisterColumns register;
  private final int projectStart;
  private final int projectEnd;
  private final boolean placementsSupplied;
  private final boolean tasksSupplied;
  // participants
  private final byte[] gender;
  private final int[] birthYear;
  private final int[] birthDate;
  private final int[] site;
  private final String[] siteNames;
  private final int[] referral;
  private final String[] referralNames;
  private final int[] targetGroups;
  private final @Nullable Subgroup subgroup;
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
  private final byte[] joblessHousehold;
  private final byte[] dependentChildren;
  private final byte[] singleAdultHousehold;
  private final int[] followStart;
  private final int[] followOn;
  private final byte[] followStatus;
  private final int[] surveyStart;
  private final int[] surveyOn;
  private final byte[] surveyAnswer;
  private final int[] phaseStart;
  private final int[] phaseOn;
  private final byte[] phaseCode;
  // every participant's spells in compressed-row form (one for most); the last is the final exit
  private final int[] spellFrom;
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
  private final Map<Period, DayShift> shifts = new ConcurrentHashMap<>();

  /**
   * Converts a cohort's inputs into columns.
   *
   * @param project the project, or null
   * @param reg the register
   * @param placements the placements, or null when not supplied
   * @param tasks the tasks, or null when not supplied
   * @throws ValidationException if a placement names a participant not in the register
   */
  public Columns(@Nullable EsfProject project, Register reg, @Nullable List<Placement> placements,
      @Nullable List<LowThresholdTask> tasks) {
    this(project, RegisterColumns.of(reg), null, null, null, placements, tasks);
  }

  /** The subgroup's participants: their rows selected, their placements kept, everything else shared. */
  private Columns(Columns all, Subgroup subgroup, int[] rows) {
    this(all.project, all.register.select(rows), subgroup, all, rows, null, null);
  }

  /**
   * The columns of a register: the whole cohort's ({@code all} null: placements and tasks from
   * their lists), or a subgroup's (placements gathered from the whole cohort's, the rest shared).
   */
  private Columns(@Nullable EsfProject project, RegisterColumns c, @Nullable Subgroup subgroup,
      @Nullable Columns all, int @Nullable [] rows, @Nullable List<Placement> placements,
      @Nullable List<LowThresholdTask> tasks) {
    this.project = project;
    this.projectStart = project == null ? Codes.NO_DATE : (int) project.period().start().toEpochDay();
    this.projectEnd = project == null ? Codes.NO_DATE : (int) project.period().end().toEpochDay();
    this.placementsSupplied = all != null ? all.placementsSupplied : placements != null;
    this.tasksSupplied = all != null ? all.tasksSupplied : tasks != null;
    this.register = c;
    int n = c.size;
    // the register's own arrays where they are already in the tables' encoding (dates, indexes,
    // bit sets, yes/no); enumerations are translated from ordinals into the stable codes
    birthYear = c.birthYear;
    birthDate = c.birthDate;
    site = c.site;
    siteNames = c.siteNames;
    referral = c.referral;
    referralNames = c.referralNames;
    targetGroups = translateGroups(c.targetGroups);
    this.subgroup = subgroup;
    enrolled = c.enrolled;
    isced = c.isced;
    disability = c.disability;
    foreignBackground = c.foreignBackground;
    thirdCountry = c.thirdCountry;
    minority = c.minority;
    joblessHousehold = c.joblessHousehold;
    dependentChildren = c.dependentChildren;
    singleAdultHousehold = c.singleAdultHousehold;
    gender = translate(c.gender, GENDER);
    LabourStatus operationGroup = project == null ? null : project.operationTargetGroup();
    if (operationGroup != null) {
      // an operation target group supplies the status, unless the record's is within it (e.g.
      // long-term unemployed in an operation for the unemployed); a conflicting one is a warning of
      // CrossCheck
      LabourStatus[] statuses = LabourStatus.values();
      labourStatus = new byte[n];
      for (int i = 0; i < n; i++) {
        LabourStatus recorded = c.labourStatus[i] < 0 ? null : statuses[c.labourStatus[i]];
        labourStatus[i] = Codes.of(recorded != null && recorded.within(operationGroup) ? recorded : operationGroup);
      }
    } else {
      labourStatus = translate(c.labourStatus, LABOUR);
    }
    spellFrom = c.spellFrom;
    spellEntry = c.spellEntry;
    spellExit = c.spellExit;
    spellExitStatus = translate(c.spellExitStatus, STATUS);
    spellQualification = c.spellQualification;
    followStart = c.followFrom;
    followOn = c.followOn;
    followStatus = translate(c.followStatus, STATUS);
    surveyStart = c.surveyFrom;
    surveyOn = c.surveyOn;
    surveyAnswer = c.surveyAnswer;
    phaseStart = c.phaseFrom;
    phaseOn = c.phaseOn;
    phaseCode = translate(c.phaseCode, PHASE);
    // each participant's last spell; when each has one spell (no one came back), those are the
    // spells' own columns, shared
    boolean oneSpellEach = spellFrom[n] == n;
    exited = oneSpellEach ? spellExit : new int[n];
    exitStatus = oneSpellEach ? spellExitStatus : new byte[n];
    qualification = oneSpellEach ? spellQualification : new byte[n];
    int lo = Codes.NO_DATE;
    int hi = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      if (!oneSpellEach) {
        int last = spellFrom[i + 1] - 1;
        exited[i] = spellExit[last];
        exitStatus[i] = spellExitStatus[last];
        qualification[i] = spellQualification[last];
      }
      lo = Math.min(lo, enrolled[i]);
      hi = Math.max(hi, exited[i] == Codes.NO_DATE ? enrolled[i] : exited[i]);
    }
    // a subgroup keeps the whole cohort's span of days (its day shifts are the cohort's)
    minDay = all != null ? all.minDay : n == 0 ? 0 : lo;
    maxDay = all != null ? all.maxDay : n == 0 ? -1 : hi;

    if (all != null) {
      int[] newRow = new int[all.register.size];
      Arrays.fill(newRow, -1);
      for (int i = 0; i < n; i++) {
        newRow[rows[i]] = i;
      }
      IntList kept = new IntList();
      for (int k = 0; k < all.placementParticipant.length; k++) {
        if (newRow[all.placementParticipant[k]] >= 0) {
          kept.add(k);
        }
      }
      int m = kept.size();
      placementParticipant = new int[m];
      placementEmployer = new int[m];
      placementKind = new byte[m];
      placementStart = new int[m];
      placementEnd = new int[m];
      placementGenderBreaking = new boolean[m];
      for (int j = 0; j < m; j++) {
        int k = kept.a[j];
        placementParticipant[j] = newRow[all.placementParticipant[k]];
        placementEmployer[j] = all.placementEmployer[k];
        placementKind[j] = all.placementKind[k];
        placementStart[j] = all.placementStart[k];
        placementEnd[j] = all.placementEnd[k];
        placementGenderBreaking[j] = all.placementGenderBreaking[k];
      }
      employerIds = all.employerIds;
      taskIds = all.taskIds;
      taskIdentified = all.taskIdentified;
      taskOpenToAll = all.taskOpenToAll;
      taskEmployer = all.taskEmployer;
      achievementNames = all.achievementNames;
      achievementKind = all.achievementKind;
      achievementOn = all.achievementOn;
      return;
    }
    // the placements' columns (a file's as read, no object per placement); each distinct
    // participant is looked up in the register once, and employers are numbered in order of first
    // appearance, placements' first, then tasks'
    Map<String, Integer> employers = new LinkedHashMap<>();
    PlacementColumns pls = PlacementColumns.of(placements == null ? List.of() : placements);
    int m = pls.size;
    int[] rowOf = pls.rowsIn(c);
    int[] employerOf = new int[pls.employerIds.length];
    Arrays.fill(employerOf, -1);
    placementParticipant = new int[m];
    placementEmployer = new int[m];
    placementKind = new byte[m];
    for (int k = 0; k < m; k++) {
      int row = rowOf[pls.participant[k]];
      int e = pls.employer[k];
      if (row < 0) {
        throw new ValidationException("placement " + (k + 1) + " at employer " + pls.employerIds[e]
            + ": participant " + pls.participantId(pls.participant[k]) + " is not in the register");
      }
      placementParticipant[k] = row;
      if (employerOf[e] < 0) {
        employerOf[e] = employers.size();
        employers.put(pls.employerIds[e], employerOf[e]);
      }
      placementEmployer[k] = employerOf[e];
      placementKind[k] = KIND[pls.kind[k]];
    }
    // already in the tables' encoding (epoch days, the same missing date): shared
    placementStart = pls.started;
    placementEnd = pls.ended;
    placementGenderBreaking = pls.genderBreaking;
    List<LowThresholdTask> ts = tasks == null ? List.of() : tasks;
    int t = ts.size();
    taskIds = new String[t];
    taskIdentified = new int[t];
    taskOpenToAll = new boolean[t];
    taskEmployer = new int[t];
    for (int k = 0; k < t; k++) {
      LowThresholdTask task = ts.get(k);
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
      achievementKind[k] = Codes.of(ach.get(k).kind());
      achievementOn[k] = (int) ach.get(k).on().toEpochDay();
    }
  }

  /**
   * The tables of a subgroup's participants, with their placements; tasks and achievements are
   * this cohort's. Conditions are matched against this cohort's rows, whatever subgroup it is.
   *
   * @param where the subgroup
   * @return new tables, empty when the subgroup selects nobody
   */
  public Columns select(Subgroup where) {
    int group = where.targetGroup() == null ? 0 : 1 << Codes.of(where.targetGroup());
    int siteIndex = where.site() == null ? -1 : Arrays.asList(siteNames).indexOf(where.site());
    int referralIndex = where.referral() == null ? -1 : Arrays.asList(referralNames).indexOf(where.referral());
    IntList rows = new IntList();
    for (int i = 0; i < register.size; i++) {
      boolean in = (targetGroups[i] & group) == group
          && (where.site() == null || (siteIndex >= 0 && site[i] == siteIndex))
          && (where.referral() == null || (referralIndex >= 0 && referral[i] == referralIndex))
          && (where.ageBand() == null || ageBand(i) == where.ageBand());
      if (in) {
        rows.add(i);
      }
    }
    return new Columns(this, where, rows.toArray());
  }

  /**
   * The age band at entry of a participant, by {@link CommonIndicators#ageAtEntry}.
   *
   * @param row the row
   * @return the band, or null when neither a birth date nor a birth year is recorded
   */
  public @Nullable AgeBand ageBand(int row) {
    int age = CommonIndicators.ageAtEntry(this, row);
    return age == CommonIndicators.NO_AGE ? null : AgeBand.of(age);
  }

  /** Stable codes by ordinal. */
  private static final byte[] GENDER = codes(Gender.values(), g -> Codes.of((Gender) g));
  private static final byte[] LABOUR = codes(LabourStatus.values(), g -> Codes.of((LabourStatus) g));
  private static final byte[] STATUS = codes(OutcomeStatus.values(), g -> Codes.of((OutcomeStatus) g));
  private static final byte[] PHASE = codes(PathwayPhase.values(), g -> Codes.of((PathwayPhase) g));
  private static final byte[] GROUP = codes(TargetGroup.values(), g -> Codes.of((TargetGroup) g));
  private static final byte[] KIND = codes(PlacementKind.values(), g -> Codes.of((PlacementKind) g));

  private static byte[] codes(Enum<?>[] values, java.util.function.ToIntFunction<Enum<?>> code) {
    byte[] out = new byte[values.length];
    for (Enum<?> v : values) {
      out[v.ordinal()] = (byte) code.applyAsInt(v);
    }
    return out;
  }

  /**
   * Ordinals (or {@link Codes#MISSING}) into stable codes; the same array when every code is its
   * ordinal (no copy: neither side writes it).
   */
  private static byte[] translate(byte[] ordinals, byte[] code) {
    boolean same = Codes.MISSING == RegisterColumns.MISSING;
    for (int k = 0; k < code.length; k++) {
      same &= code[k] == k;
    }
    if (same) {
      return ordinals;
    }
    byte[] out = new byte[ordinals.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = ordinals[i] < 0 ? Codes.MISSING : code[ordinals[i]];
    }
    return out;
  }

  /** Target-group bits by ordinal into bits by code. */
  private static int[] translateGroups(int[] byOrdinal) {
    boolean same = true;
    for (int k = 0; k < GROUP.length; k++) {
      same &= GROUP[k] == k;
    }
    if (same) {
      return byOrdinal;
    }
    int[] out = new int[byOrdinal.length];
    for (int i = 0; i < out.length; i++) {
      for (int k = 0; k < GROUP.length; k++) {
        if ((byOrdinal[i] & (1 << k)) != 0) {
          out[i] |= 1 << GROUP[k];
        }
      }
    }
    return out;
  }

  @Override
  public @Nullable EsfProject project() {
    return project;
  }

  @Override
  public int projectStart() {
    return projectStart;
  }

  @Override
  public int projectEnd() {
    return projectEnd;
  }

  @Override
  public boolean placementsSupplied() {
    return placementsSupplied;
  }

  @Override
  public boolean tasksSupplied() {
    return tasksSupplied;
  }

  @Override
  public int participantCount() {
    return register.size;
  }

  @Override
  public String participantId(int row) {
    return register.id(row);
  }

  @Override
  public byte gender(int row) {
    return gender[row];
  }

  @Override
  public int birthYear(int row) {
    return birthYear[row];
  }

  @Override
  public int birthDate(int row) {
    return birthDate[row];
  }

  @Override
  public int site(int row) {
    return site[row];
  }

  @Override
  public int siteCount() {
    return siteNames.length;
  }

  @Override
  public String siteName(int index) {
    return siteNames[index];
  }

  @Override
  public int referral(int row) {
    return referral[row];
  }

  @Override
  public int referralCount() {
    return referralNames.length;
  }

  @Override
  public String referralName(int index) {
    return referralNames[index];
  }

  @Override
  public int targetGroups(int row) {
    return targetGroups[row];
  }

  @Override
  public @Nullable Subgroup subgroup() {
    return subgroup;
  }

  @Override
  public int enrolledOn(int row) {
    return enrolled[row];
  }

  @Override
  public int exitedOn(int row) {
    return exited[row];
  }

  @Override
  public byte exitStatus(int row) {
    return exitStatus[row];
  }

  @Override
  public byte qualificationGained(int row) {
    return qualification[row];
  }

  @Override
  public int exitedOn(int row, int day) {
    return spellExit[spell(row, day)];
  }

  @Override
  public byte exitStatus(int row, int day) {
    return spellExitStatus[spell(row, day)];
  }

  @Override
  public byte qualificationGained(int row, int day) {
    return spellQualification[spell(row, day)];
  }

  @Override
  public int spellEnrolledOn(int row, int day) {
    return spellEntry[spell(row, day)];
  }

  @Override
  public int daysInProject(int row, int day) {
    int days = 0;
    for (int k = spellFrom[row], to = spellFrom[row + 1]; k < to && spellEntry[k] <= day; k++) {
      days += Math.min(spellExit[k], day) - spellEntry[k];
    }
    return days;
  }

  @Override
  public int spellCount(int row) {
    return spellFrom[row + 1] - spellFrom[row];
  }

  /** The spell in force at a day: the latest that started on or before it; the first before any. */
  private int spell(int row, int day) {
    int k = spellFrom[row];
    int to = spellFrom[row + 1];
    while (k + 1 < to && spellEntry[k + 1] <= day) {
      k++;
    }
    return k;
  }

  @Override
  public byte labourStatusAtEntry(int row) {
    return labourStatus[row];
  }

  @Override
  public byte isced(int row) {
    return isced[row];
  }

  @Override
  public byte disability(int row) {
    return disability[row];
  }

  @Override
  public byte foreignBackground(int row) {
    return foreignBackground[row];
  }

  @Override
  public byte thirdCountryNational(int row) {
    return thirdCountry[row];
  }

  @Override
  public byte minority(int row) {
    return minority[row];
  }

  @Override
  public byte joblessHousehold(int row) {
    return joblessHousehold[row];
  }

  @Override
  public byte dependentChildren(int row) {
    return dependentChildren[row];
  }

  @Override
  public byte singleAdultHousehold(int row) {
    return singleAdultHousehold[row];
  }

  @Override
  public int followUpsFrom(int row) {
    return followStart[row];
  }

  @Override
  public int followUpOn(int k) {
    return followOn[k];
  }

  @Override
  public byte followUpStatus(int k) {
    return followStatus[k];
  }

  @Override
  public int surveysFrom(int row) {
    return surveyStart[row];
  }

  @Override
  public int surveyOn(int k) {
    return surveyOn[k];
  }

  @Override
  public byte surveyAnswer(int k) {
    return surveyAnswer[k];
  }

  @Override
  public int phasesFrom(int row) {
    return phaseStart[row];
  }

  @Override
  public int phaseOn(int k) {
    return phaseOn[k];
  }

  @Override
  public byte phase(int k) {
    return phaseCode[k];
  }

  @Override
  public int placementCount() {
    return placementParticipant.length;
  }

  @Override
  public int placementParticipant(int k) {
    return placementParticipant[k];
  }

  @Override
  public int placementEmployer(int k) {
    return placementEmployer[k];
  }

  @Override
  public byte placementKind(int k) {
    return placementKind[k];
  }

  @Override
  public int placementStartedOn(int k) {
    return placementStart[k];
  }

  @Override
  public int placementEndedOn(int k) {
    return placementEnd[k];
  }

  @Override
  public boolean placementGenderBreaking(int k) {
    return placementGenderBreaking[k];
  }

  @Override
  public int employerCount() {
    return employerIds.length;
  }

  @Override
  public String employerId(int index) {
    return employerIds[index];
  }

  @Override
  public int taskCount() {
    return taskIds.length;
  }

  @Override
  public String taskId(int k) {
    return taskIds[k];
  }

  @Override
  public int taskIdentifiedOn(int k) {
    return taskIdentified[k];
  }

  @Override
  public boolean taskOpenToAllGenders(int k) {
    return taskOpenToAll[k];
  }

  @Override
  public int taskEmployer(int k) {
    return taskEmployer[k];
  }

  @Override
  public int achievementCount() {
    return achievementKind.length;
  }

  @Override
  public byte achievementKind(int k) {
    return achievementKind[k];
  }

  @Override
  public int achievementOn(int k) {
    return achievementOn[k];
  }

  @Override
  public String achievementName(int k) {
    return achievementNames[k];
  }

  @Override
  public DayShift shift(Period period) {
    return shifts.computeIfAbsent(period, p -> new DayShift(p, minDay, maxDay));
  }

  @Override
  public String toString() {
    return "CohortTables[" + register.size + " participants, " + placementParticipant.length + " placements, "
        + taskIds.length + " tasks]";
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

    int get(int i) {
      return a[i];
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
