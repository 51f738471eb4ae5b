package org.esfkit.core.internal;

import java.nio.CharBuffer;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.ImmutablePathway;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.PathwayPhase;
import org.esfkit.core.PathwayState;
import org.esfkit.core.Register;
import org.esfkit.core.TargetGroup;
import org.esfkit.core.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The one implementation of {@link Register}: the register held in primitive columns, one row per
 * participant, with their spells, follow-ups, survey answers and phases in compressed-row form
 * (row {@code i}'s spells are {@code spellFrom[i] .. spellFrom[i + 1] - 1}, and so on). This is
 * what the register reader streams into and what esfkit-metrics reads; the object model
 * ({@link Participant}, {@link Pathway}) is built only when {@link #participants()} or
 * {@link #pathways()} is read.
 *
 * <p>Encodings: dates are epoch days, {@link #NO_DATE} when not recorded (after every date);
 * enumerations are their constant's ordinal, {@link #MISSING} when not recorded; yes/no
 * characteristics {@link #YES}, {@link #NO} or {@link #MISSING}; target groups a bit set by
 * ordinal; a birth year 0 when not recorded. The per-spell values of a participant with one spell
 * are the fold ({@link PathwayState#fold}) of their pathway over all time; a participant who left
 * and came back has one spell per entry, each folded as of the day before the next entry.
 *
 * <p>Arrays are shared with readers and must not be changed. Immutable once built; thread-safe.
 */
public final class RegisterColumns extends Register {
  /** A date not recorded: after every date. */
  public static final int NO_DATE = Integer.MAX_VALUE;
  /** A value not recorded. */
  public static final byte MISSING = -1;
  /** Yes. */
  public static final byte YES = 1;
  /** No. */
  public static final byte NO = 0;

  private static final Gender[] GENDERS = Gender.values();
  private static final OutcomeStatus[] STATUSES = OutcomeStatus.values();
  private static final LabourStatus[] LABOUR = LabourStatus.values();
  private static final TargetGroup[] GROUPS = TargetGroup.values();
  private static final PathwayPhase[] PHASES = PathwayPhase.values();

  /** Rows. */
  public final int size;
  /** Ids, unique, as characters (no object per row); read one with {@link #id}. */
  private final IdIndex.Ids ids;
  /** Gender ordinal. */
  public final byte[] gender;
  /** Birth year, 0 if not recorded. */
  public final int[] birthYear;
  /** Birth date, or {@link #NO_DATE}. */
  public final int[] birthDate;
  /** Index into {@link #siteNames}, or -1. */
  public final int[] site;
  /** Site names in order of first appearance. */
  public final String[] siteNames;
  /** Index into {@link #referralNames}, or -1. */
  public final int[] referral;
  /** Referrers in order of first appearance. */
  public final String[] referralNames;
  /** Target groups: bit {@code ordinal} set for each. */
  public final int[] targetGroups;
  /** Labour status at entry ordinal, or {@link #MISSING}. */
  public final byte[] labourStatus;
  /** ISCED level, or {@link #MISSING}. */
  public final byte[] isced;
  /** Yes/no. */
  public final byte[] disability;
  /** Yes/no. */
  public final byte[] foreignBackground;
  /** Yes/no. */
  public final byte[] thirdCountry;
  /** Yes/no. */
  public final byte[] minority;
  /** Yes/no. */
  public final byte[] joblessHousehold;
  /** Yes/no. */
  public final byte[] dependentChildren;
  /** Yes/no. */
  public final byte[] singleAdultHousehold;
  /** First entry. */
  public final int[] enrolled;
  /** Row i's spells start at {@code spellFrom[i]}; {@code size + 1} entries. */
  public final int[] spellFrom;
  /** Spell entry. */
  public final int[] spellEntry;
  /** Spell exit, or {@link #NO_DATE}. */
  public final int[] spellExit;
  /** Spell exit status ordinal, or {@link #MISSING}. */
  public final byte[] spellExitStatus;
  /** Spell qualification at exit: yes/no, {@link #MISSING} without an exit. */
  public final byte[] spellQualification;
  /** Row i's follow-ups start at {@code followFrom[i]}. */
  public final int[] followFrom;
  /** Follow-up date. */
  public final int[] followOn;
  /** Follow-up status ordinal. */
  public final byte[] followStatus;
  /** Row i's survey answers start at {@code surveyFrom[i]}. */
  public final int[] surveyFrom;
  /** Survey answer date. */
  public final int[] surveyOn;
  /** Survey answer: yes/no. */
  public final byte[] surveyAnswer;
  /** Row i's phase starts start at {@code phaseFrom[i]}. */
  public final int[] phaseFrom;
  /** Phase start date. */
  public final int[] phaseOn;
  /** Phase ordinal. */
  public final byte[] phaseCode;
  /** The objects a row was built from, when it was built from objects; else null (built on demand). */
  private final @Nullable Participant[] keptParticipants;
  private final @Nullable Pathway[] keptPathways;

  /**
   * The columns of a builder's rows: copies of its arrays cut to length, or, when {@code take}, its
   * arrays themselves (the builder then takes no more rows); readers never look past {@link #size}
   * and the compressed rows' ends.
   */
  private RegisterColumns(Builder b, boolean take) {
    int n = b.size;
    size = n;
    int[] ends = take ? b.ids.ends() : Arrays.copyOf(b.ids.ends(), n);
    ids = new IdIndex.Ids(take ? b.ids.chars() : Arrays.copyOf(b.ids.chars(), n == 0 ? 0 : ends[n - 1]), ends);
    gender = take ? b.gender : Arrays.copyOf(b.gender, n);
    birthYear = take ? b.birthYear : Arrays.copyOf(b.birthYear, n);
    birthDate = take ? b.birthDate : Arrays.copyOf(b.birthDate, n);
    site = take ? b.site : Arrays.copyOf(b.site, n);
    siteNames = b.sites.names();
    referral = take ? b.referral : Arrays.copyOf(b.referral, n);
    referralNames = b.referrals.names();
    targetGroups = take ? b.targetGroups : Arrays.copyOf(b.targetGroups, n);
    labourStatus = take ? b.labourStatus : Arrays.copyOf(b.labourStatus, n);
    isced = take ? b.isced : Arrays.copyOf(b.isced, n);
    disability = take ? b.disability : Arrays.copyOf(b.disability, n);
    foreignBackground = take ? b.foreignBackground : Arrays.copyOf(b.foreignBackground, n);
    thirdCountry = take ? b.thirdCountry : Arrays.copyOf(b.thirdCountry, n);
    minority = take ? b.minority : Arrays.copyOf(b.minority, n);
    joblessHousehold = take ? b.joblessHousehold : Arrays.copyOf(b.joblessHousehold, n);
    dependentChildren = take ? b.dependentChildren : Arrays.copyOf(b.dependentChildren, n);
    singleAdultHousehold = take ? b.singleAdultHousehold : Arrays.copyOf(b.singleAdultHousehold, n);
    enrolled = take ? b.enrolled : Arrays.copyOf(b.enrolled, n);
    spellFrom = take ? b.spellFrom : Arrays.copyOf(b.spellFrom, n + 1);
    spellFrom[n] = b.spells;
    spellEntry = take ? b.spellEntry : Arrays.copyOf(b.spellEntry, b.spells);
    spellExit = take ? b.spellExit : Arrays.copyOf(b.spellExit, b.spells);
    spellExitStatus = take ? b.spellExitStatus : Arrays.copyOf(b.spellExitStatus, b.spells);
    spellQualification = take ? b.spellQualification : Arrays.copyOf(b.spellQualification, b.spells);
    followFrom = take ? b.followFrom : Arrays.copyOf(b.followFrom, n + 1);
    followFrom[n] = b.follows;
    followOn = take ? b.followOn : Arrays.copyOf(b.followOn, b.follows);
    followStatus = take ? b.followStatus : Arrays.copyOf(b.followStatus, b.follows);
    surveyFrom = take ? b.surveyFrom : Arrays.copyOf(b.surveyFrom, n + 1);
    surveyFrom[n] = b.surveys;
    surveyOn = take ? b.surveyOn : Arrays.copyOf(b.surveyOn, b.surveys);
    surveyAnswer = take ? b.surveyAnswer : Arrays.copyOf(b.surveyAnswer, b.surveys);
    phaseFrom = take ? b.phaseFrom : Arrays.copyOf(b.phaseFrom, n + 1);
    phaseFrom[n] = b.phases;
    phaseOn = take ? b.phaseOn : Arrays.copyOf(b.phaseOn, b.phases);
    phaseCode = take ? b.phaseCode : Arrays.copyOf(b.phaseCode, b.phases);
    keptParticipants = b.anyKept ? Arrays.copyOf(b.keptParticipants, n) : null;
    keptPathways = b.anyKept ? Arrays.copyOf(b.keptPathways, n) : null;
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder columnsBuilder() {
    return new Builder();
  }

  /**
   * The columns of a register (every register is held in columns).
   *
   * @param register the register
   * @return its columns
   */
  public static RegisterColumns of(Register register) {
    return (RegisterColumns) register;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public List<Participant> participants() {
    return new AbstractList<>() {
      @Override
      public Participant get(int i) {
        return participant(i);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public List<Pathway> pathways() {
    return new AbstractList<>() {
      @Override
      public Pathway get(int i) {
        return pathway(i);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /**
   * The number of spells of a row.
   *
   * @param row the row
   * @return 1, or more for a participant who came back
   */
  public int spellCount(int row) {
    return spellFrom[row + 1] - spellFrom[row];
  }

  /**
   * A row's participant, as given to the builder or built from the columns.
   *
   * @param row the row
   * @return the participant
   */
  public Participant participant(int row) {
    Objects.checkIndex(row, size);
    if (keptParticipants != null && keptParticipants[row] != null) {
      return keptParticipants[row];
    }
    Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
    for (TargetGroup g : GROUPS) {
      if ((targetGroups[row] & (1 << g.ordinal())) != 0) {
        groups.add(g);
      }
    }
    return Participant.builder().id(ids.id(row)).gender(GENDERS[gender[row]])
        .birthYear(birthYear[row] == 0 ? null : birthYear[row])
        .birthDate(date(birthDate[row]))
        .site(site[row] < 0 ? null : siteNames[site[row]])
        .referral(referral[row] < 0 ? null : referralNames[referral[row]])
        .targetGroups(groups)
        .labourStatusAtEntry(labourStatus[row] == MISSING ? null : LABOUR[labourStatus[row]])
        .isced(isced[row] == MISSING ? null : (int) isced[row])
        .disability(bool(disability[row])).foreignBackground(bool(foreignBackground[row]))
        .thirdCountryNational(bool(thirdCountry[row])).minority(bool(minority[row]))
        .joblessHousehold(bool(joblessHousehold[row])).dependentChildren(bool(dependentChildren[row]))
        .singleAdultHousehold(bool(singleAdultHousehold[row])).build();
  }

  /**
   * A row's pathway, as given to the builder or built from the columns (a row added with
   * {@link Builder#addRow} has one spell: enrolled, exited with its status and qualification, a
   * survey answer on the exit day, one follow-up).
   *
   * @param row the row
   * @return the pathway
   */
  public Pathway pathway(int row) {
    Objects.checkIndex(row, size);
    if (keptPathways != null && keptPathways[row] != null) {
      return keptPathways[row];
    }
    int s = spellFrom[row];
    ImmutablePathway.Builder b = Pathway.builder().participantId(ids.id(row))
        .addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.ofEpochDay(spellEntry[s])));
    if (spellExit[s] != NO_DATE) {
      LocalDate exit = LocalDate.ofEpochDay(spellExit[s]);
      b.addEvents(PathwayEvent.builder().type(EventType.EXITED).on(exit).status(STATUSES[spellExitStatus[s]])
          .qualificationGained(bool(spellQualification[s])).build());
      for (int k = surveyFrom[row]; k < surveyFrom[row + 1]; k++) {
        b.addEvents(PathwayEvent.builder().type(EventType.SURVEY_ANSWERED).on(LocalDate.ofEpochDay(surveyOn[k]))
            .perceivedImprovement(surveyAnswer[k] == YES).build());
      }
      for (int k = followFrom[row]; k < followFrom[row + 1]; k++) {
        b.addEvents(PathwayEvent.followedUp(LocalDate.ofEpochDay(followOn[k]), STATUSES[followStatus[k]]));
      }
    }
    return b.build();
  }

  /**
   * The row of an id.
   *
   * @param id the id
   * @return the row, or -1
   */
  public int rowOf(String id) {
    char[] key = id.toCharArray();
    return rowOf(key, 0, key.length);
  }

  /**
   * The row of an id held as characters (no copy of them).
   *
   * @param key characters holding the id
   * @param from the id's first character in {@code key}
   * @param to the end of the id in {@code key}
   * @return the row, or -1
   */
  public int rowOf(char[] key, int from, int to) {
    return index().find(ids, key, from, to);
  }

  /**
   * A row's id.
   *
   * @param row the row
   * @return the id (a String made on each call)
   */
  public String id(int row) {
    return ids.id(row);
  }

  private volatile @Nullable IdIndex index;

  private IdIndex index() {
    IdIndex i = index;
    if (i == null) {
      i = IdIndex.of(ids, size);
      index = i;
    }
    return i;
  }

  /**
   * The register of some rows, in the order given.
   *
   * @param rows the rows to keep
   * @return their register
   */
  public RegisterColumns select(int[] rows) {
    Builder b = columnsBuilder();
    for (int r : rows) {
      b.copy(this, r);
    }
    return b.build();
  }

  private static @Nullable LocalDate date(int day) {
    return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
  }

  /**
   * A yes/no code as the model holds it ({@link #yesNo(Boolean)} the other way round).
   *
   * @param yesNo {@link #YES}, {@link #NO} or {@link #MISSING}
   * @return true, false, or null when missing
   */
  public static @Nullable Boolean bool(byte yesNo) {
    return yesNo == MISSING ? null : yesNo == YES;
  }

  /**
   * A yes/no code.
   *
   * @param b the value, or null
   * @return {@link #YES}, {@link #NO} or {@link #MISSING}
   */
  public static byte yesNo(@Nullable Boolean b) {
    return b == null ? MISSING : b ? YES : NO;
  }

  /** Builds columns row by row; not thread-safe. */
  public static final class Builder {
    private int size;
    private int spells;
    private int follows;
    private int surveys;
    private int phases;
    /** The ids' characters, row after row, and where each row's ends; replaced as they grow. */
    private IdIndex.Ids ids = new IdIndex.Ids(new char[256], new int[16]);
    private byte[] gender = new byte[16];
    private int[] birthYear = new int[16];
    private int[] birthDate = new int[16];
    private int[] site = new int[16];
    private final Names sites = new Names();
    private int[] referral = new int[16];
    private final Names referrals = new Names();
    private int[] targetGroups = new int[16];
    private byte[] labourStatus = new byte[16];
    private byte[] isced = new byte[16];
    private byte[] disability = new byte[16];
    private byte[] foreignBackground = new byte[16];
    private byte[] thirdCountry = new byte[16];
    private byte[] minority = new byte[16];
    private byte[] joblessHousehold = new byte[16];
    private byte[] dependentChildren = new byte[16];
    private byte[] singleAdultHousehold = new byte[16];
    private int[] enrolled = new int[16];
    private int[] spellFrom = new int[17];
    private int[] spellEntry = new int[16];
    private int[] spellExit = new int[16];
    private byte[] spellExitStatus = new byte[16];
    private byte[] spellQualification = new byte[16];
    private int[] followFrom = new int[17];
    private int[] followOn = new int[16];
    private byte[] followStatus = new byte[16];
    private int[] surveyFrom = new int[17];
    private int[] surveyOn = new int[16];
    private byte[] surveyAnswer = new byte[16];
    private int[] phaseFrom = new int[17];
    private int[] phaseOn = new int[16];
    private byte[] phaseCode = new byte[16];
    private Participant[] keptParticipants = new Participant[16];
    private Pathway[] keptPathways = new Pathway[16];
    private boolean anyKept;
    private final IdIndex seen = new IdIndex();

    private Builder() {}

    /**
     * Rows added so far.
     *
     * @return the count
     */
    public int size() {
      return size;
    }

    /**
     * The id of a row added.
     *
     * @param row the row
     * @return its id
     */
    public String id(int row) {
      return ids.id(row);
    }

    /**
     * The gender ordinal of a row added.
     *
     * @param row the row
     * @return the ordinal
     */
    public byte gender(int row) {
      return gender[row];
    }

    /**
     * The birth year of a row added.
     *
     * @param row the row
     * @return the year, 0 if not recorded
     */
    public int birthYear(int row) {
      return birthYear[row];
    }

    /**
     * The first entry of a row added.
     *
     * @param row the row
     * @return epoch day
     */
    public int enrolled(int row) {
      return enrolled[row];
    }

    /**
     * The exit of a row added with {@link #addRow} (one spell).
     *
     * @param row the row
     * @return epoch day, or {@link #NO_DATE}
     */
    public int exit(int row) {
      return spellExit[spellFrom[row]];
    }

    /**
     * The follow-up of a row added with {@link #addRow}.
     *
     * @param row the row
     * @return epoch day, or {@link #NO_DATE}
     */
    public int followUp(int row) {
      int to = row + 1 < size ? followFrom[row + 1] : follows;
      return followFrom[row] < to ? followOn[followFrom[row]] : NO_DATE;
    }

    /**
     * The first row added with an id.
     *
     * @param id the id
     * @return the row, or -1
     */
    public int rowOf(CharBuffer id) {
      int from = id.arrayOffset() + id.position();
      return seen.find(ids, id.array(), from, from + id.remaining());
    }

    /**
     * The register file's columns of characteristics at entry whose values differ between two rows.
     *
     * @param a a row
     * @param b another row
     * @return the column names, in the file's order
     */
    public List<String> differences(int a, int b) {
      List<String> out = new java.util.ArrayList<>();
      differ(out, "site", site[a] != site[b]);
      differ(out, "target_groups", targetGroups[a] != targetGroups[b]);
      differ(out, "labour_status_at_entry", labourStatus[a] != labourStatus[b]);
      differ(out, "isced", isced[a] != isced[b]);
      differ(out, "disability", disability[a] != disability[b]);
      differ(out, "foreign_background", foreignBackground[a] != foreignBackground[b]);
      differ(out, "third_country_national", thirdCountry[a] != thirdCountry[b]);
      differ(out, "minority", minority[a] != minority[b]);
      differ(out, "birth_date", birthDate[a] != birthDate[b]);
      differ(out, "jobless_household", joblessHousehold[a] != joblessHousehold[b]);
      differ(out, "dependent_children", dependentChildren[a] != dependentChildren[b]);
      differ(out, "single_adult_household", singleAdultHousehold[a] != singleAdultHousehold[b]);
      return out;
    }

    private static void differ(List<String> out, String column, boolean differs) {
      if (differs) {
        out.add(column);
      }
    }

    private void grow() {
      int c = gender.length * 2;
      ids = new IdIndex.Ids(ids.chars(), Arrays.copyOf(ids.ends(), c));
      gender = Arrays.copyOf(gender, c);
      birthYear = Arrays.copyOf(birthYear, c);
      birthDate = Arrays.copyOf(birthDate, c);
      site = Arrays.copyOf(site, c);
      referral = Arrays.copyOf(referral, c);
      targetGroups = Arrays.copyOf(targetGroups, c);
      labourStatus = Arrays.copyOf(labourStatus, c);
      isced = Arrays.copyOf(isced, c);
      disability = Arrays.copyOf(disability, c);
      foreignBackground = Arrays.copyOf(foreignBackground, c);
      thirdCountry = Arrays.copyOf(thirdCountry, c);
      minority = Arrays.copyOf(minority, c);
      joblessHousehold = Arrays.copyOf(joblessHousehold, c);
      dependentChildren = Arrays.copyOf(dependentChildren, c);
      singleAdultHousehold = Arrays.copyOf(singleAdultHousehold, c);
      enrolled = Arrays.copyOf(enrolled, c);
      spellFrom = Arrays.copyOf(spellFrom, c + 1);
      followFrom = Arrays.copyOf(followFrom, c + 1);
      surveyFrom = Arrays.copyOf(surveyFrom, c + 1);
      phaseFrom = Arrays.copyOf(phaseFrom, c + 1);
      keptParticipants = Arrays.copyOf(keptParticipants, c);
      keptPathways = Arrays.copyOf(keptPathways, c);
    }

    private void spell(int entry, int exit, byte status, byte qualification) {
      if (spells == spellEntry.length) {
        int c = spells * 2;
        spellEntry = Arrays.copyOf(spellEntry, c);
        spellExit = Arrays.copyOf(spellExit, c);
        spellExitStatus = Arrays.copyOf(spellExitStatus, c);
        spellQualification = Arrays.copyOf(spellQualification, c);
      }
      spellEntry[spells] = entry;
      spellExit[spells] = exit;
      spellExitStatus[spells] = status;
      spellQualification[spells] = qualification;
      spells++;
    }

    private void followUp(int on, byte status) {
      if (follows == followOn.length) {
        followOn = Arrays.copyOf(followOn, follows * 2);
        followStatus = Arrays.copyOf(followStatus, follows * 2);
      }
      followOn[follows] = on;
      followStatus[follows] = status;
      follows++;
    }

    private void survey(int on, byte answer) {
      if (surveys == surveyOn.length) {
        surveyOn = Arrays.copyOf(surveyOn, surveys * 2);
        surveyAnswer = Arrays.copyOf(surveyAnswer, surveys * 2);
      }
      surveyOn[surveys] = on;
      surveyAnswer[surveys] = answer;
      surveys++;
    }

    private void phase(int on, byte code) {
      if (phases == phaseOn.length) {
        phaseOn = Arrays.copyOf(phaseOn, phases * 2);
        phaseCode = Arrays.copyOf(phaseCode, phases * 2);
      }
      phaseOn[phases] = on;
      phaseCode[phases] = code;
      phases++;
    }

    /** Starts a row: its compressed-row offsets. */
    private int begin() {
      if (taken) {
        throw new IllegalStateException("the register is built; start another builder");
      }
      if (size == gender.length) {
        grow();   // called only when full: rare, so the JIT compiles it only if ever
      }
      spellFrom[size] = spells;
      followFrom[size] = follows;
      surveyFrom[size] = surveys;
      phaseFrom[size] = phases;
      return size;
    }

    /**
     * Adds a participant with their pathway, folding the pathway once per spell; the objects are
     * kept and returned as they are by {@link RegisterColumns#participant} and
     * {@link RegisterColumns#pathway}.
     *
     * @param p the participant
     * @param w their pathway
     * @return this builder
     */
    public Builder add(Participant p, Pathway w) {
      int i = begin();
      char[] id = p.id().toCharArray();
      id(i, id, 0, id.length);
      gender[i] = (byte) p.gender().ordinal();
      birthYear[i] = p.birthYear() == null ? 0 : p.birthYear();
      birthDate[i] = p.birthDate() == null ? NO_DATE : (int) p.birthDate().toEpochDay();
      site[i] = p.site() == null ? -1 : sites.index(p.site());
      referral[i] = p.referral() == null ? -1 : referrals.index(p.referral());
      int groups = 0;
      for (TargetGroup g : p.targetGroups()) {
        groups |= 1 << g.ordinal();
      }
      targetGroups[i] = groups;
      labourStatus[i] = p.labourStatusAtEntry() == null ? MISSING : (byte) p.labourStatusAtEntry().ordinal();
      isced[i] = p.isced() == null ? MISSING : p.isced().byteValue();
      disability[i] = yesNo(p.disability());
      foreignBackground[i] = yesNo(p.foreignBackground());
      thirdCountry[i] = yesNo(p.thirdCountryNational());
      minority[i] = yesNo(p.minority());
      joblessHousehold[i] = yesNo(p.joblessHousehold());
      dependentChildren[i] = yesNo(p.dependentChildren());
      singleAdultHousehold[i] = yesNo(p.singleAdultHousehold());
      enrolled[i] = (int) w.enrolledOn().toEpochDay();
      for (PathwayEvent e : w.events()) {
        if (e.type() == EventType.PHASE_STARTED) {
          phase((int) e.on().toEpochDay(), (byte) e.phase().ordinal());
        }
      }
      // each spell as of the day before the next one starts (re-enrolment follows the exit by a day
      // at least, so that spell's exit, follow-ups and answers are all in); the last one as of ever
      List<PathwayEvent> events = w.events();
      int entry = enrolled[i];
      for (int e = 1; e <= events.size(); e++) {
        boolean last = e == events.size();
        if (!last && events.get(e).type() != EventType.RE_ENROLLED) {
          continue;
        }
        PathwayState s = PathwayState.fold(w, last ? LocalDate.MAX : events.get(e).on().minusDays(1));
        spell(entry, s.exitedOn() == null ? NO_DATE : (int) s.exitedOn().toEpochDay(),
            s.exitStatus() == null ? MISSING : (byte) s.exitStatus().ordinal(),
            s.exitedOn() == null ? MISSING : yesNo(s.qualificationGained()));
        for (PathwayEvent f : s.followUps()) {
          followUp((int) f.on().toEpochDay(), (byte) f.status().ordinal());
        }
        for (PathwayEvent a : s.surveyAnswers()) {
          survey((int) a.on().toEpochDay(), Boolean.TRUE.equals(a.perceivedImprovement()) ? YES : NO);
        }
        if (!last) {
          entry = (int) events.get(e).on().toEpochDay();
        }
      }
      keptParticipants[i] = p;
      keptPathways[i] = w;
      anyKept = true;
      end(i);
      return this;
    }

    /**
     * Adds a row of one spell, as a register file's row holds it: characteristics, an enrolment,
     * perhaps an exit with its status and qualification, a survey answer on the exit day and one
     * follow-up. The caller has checked the row (an exit status with an exit, a follow-up after
     * it); the same as {@link #add} of the participant and pathway {@link #participant} and
     * {@link #pathway} build from it.
     *
     * @param row the row's values, read with the codes of this class
     * @return the row's index
     */
    public int addRow(Row row) {
      int i = begin();
      int idFrom = row.id.arrayOffset() + row.id.position();
      id(i, row.id.array(), idFrom, idFrom + row.id.remaining());
      gender[i] = row.gender;
      birthYear[i] = row.birthYear;
      birthDate[i] = row.birthDate;
      site[i] = row.site == null ? -1 : sites.index(row.site);
      referral[i] = row.referral == null ? -1 : referrals.index(row.referral);
      targetGroups[i] = row.targetGroups;
      labourStatus[i] = row.labourStatus;
      isced[i] = row.isced;
      disability[i] = row.disability;
      foreignBackground[i] = row.foreignBackground;
      thirdCountry[i] = row.thirdCountry;
      minority[i] = row.minority;
      joblessHousehold[i] = row.joblessHousehold;
      dependentChildren[i] = row.dependentChildren;
      singleAdultHousehold[i] = row.singleAdultHousehold;
      enrolled[i] = row.enrolled;
      boolean exited = row.exited != NO_DATE;
      spell(row.enrolled, row.exited, exited ? row.exitStatus : MISSING, exited ? row.qualification : MISSING);
      if (exited && row.followOn != NO_DATE) {
        followUp(row.followOn, row.followStatus);
      }
      if (exited && row.survey != MISSING) {
        survey(row.exited, row.survey);
      }
      end(i);
      return i;
    }

    /**
     * Copies a row of other columns.
     *
     * @param c the columns
     * @param r the row
     */
    public void copy(RegisterColumns c, int r) {
      if (c.keptParticipants != null && c.keptParticipants[r] != null) {
        add(c.keptParticipants[r], c.keptPathways[r]);
        return;
      }
      int i = begin();
      id(i, c.ids.chars(), c.ids.start(r), c.ids.ends()[r]);
      gender[i] = c.gender[r];
      birthYear[i] = c.birthYear[r];
      birthDate[i] = c.birthDate[r];
      site[i] = c.site[r] < 0 ? -1 : sites.index(c.siteNames[c.site[r]]);
      referral[i] = c.referral[r] < 0 ? -1 : referrals.index(c.referralNames[c.referral[r]]);
      targetGroups[i] = c.targetGroups[r];
      labourStatus[i] = c.labourStatus[r];
      isced[i] = c.isced[r];
      disability[i] = c.disability[r];
      foreignBackground[i] = c.foreignBackground[r];
      thirdCountry[i] = c.thirdCountry[r];
      minority[i] = c.minority[r];
      joblessHousehold[i] = c.joblessHousehold[r];
      dependentChildren[i] = c.dependentChildren[r];
      singleAdultHousehold[i] = c.singleAdultHousehold[r];
      enrolled[i] = c.enrolled[r];
      for (int k = c.spellFrom[r]; k < c.spellFrom[r + 1]; k++) {
        spell(c.spellEntry[k], c.spellExit[k], c.spellExitStatus[k], c.spellQualification[k]);
      }
      for (int k = c.followFrom[r]; k < c.followFrom[r + 1]; k++) {
        followUp(c.followOn[k], c.followStatus[k]);
      }
      for (int k = c.surveyFrom[r]; k < c.surveyFrom[r + 1]; k++) {
        survey(c.surveyOn[k], c.surveyAnswer[k]);
      }
      for (int k = c.phaseFrom[r]; k < c.phaseFrom[r + 1]; k++) {
        phase(c.phaseOn[k], c.phaseCode[k]);
      }
      end(i);
    }

    /** Takes back the last row added with {@link #addRow}, whose id an earlier row has. */
    public void removeLast() {
      size--;
      spells = spellFrom[size];
      follows = followFrom[size];
      surveys = surveyFrom[size];
      phases = phaseFrom[size];
    }

    /** Sets row {@code i}'s id (the row after the last) to {@code src[from, to)}: appends those characters. */
    private void id(int i, char[] src, int from, int to) {
      int start = ids.start(i);
      int n = to - from;
      char[] chars = ids.chars();
      if (start + n > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, start + n));
        ids = new IdIndex.Ids(chars, ids.ends());
      }
      System.arraycopy(src, from, chars, start, n);
      ids.ends()[i] = start + n;
    }

    /** Ends a row: counts it, and indexes its id unless an earlier row has it. */
    private void end(int i) {
      size++;
      if (seen.add(ids, i) >= 0) {
        repeated = true;
      }
    }

    private boolean repeated;
    /** Whether {@link #build} handed this builder's arrays to the register it built. */
    private boolean taken;

    /**
     * Builds the columns, checking that ids are unique and no birth year is after the year of
     * enrolment.
     *
     * @return the columns
     * @throws ValidationException naming the id otherwise
     */
    public RegisterColumns build() {
      if (repeated) {
        IdIndex check = new IdIndex();
        for (int i = 0; i < size; i++) {
          if (check.add(ids, i) >= 0) {
            throw new ValidationException("register: participant id " + ids.id(i) + " appears twice");
          }
        }
      }
      for (int i = 0; i < size; i++) {
        if (birthYear[i] != 0 && birthYear[i] > Dates.yearOf(enrolled[i])) {
          throw new ValidationException("register: participant " + ids.id(i) + ": birth_year is after the year of enrolled_on");
        }
      }
      RegisterColumns c = new RegisterColumns(this, true);
      taken = true;
      c.index = seen;
      return c;
    }

    /**
     * The rows added so far, as columns, without the checks of {@link #build} (rows of one id
     * that a reader joins into one participant afterwards).
     *
     * @return the columns
     */
    public RegisterColumns rows() {
      return new RegisterColumns(this, false);
    }
  }

  /**
   * One register row's values, filled by a reader and handed to {@link Builder#addRow}; reused
   * from row to row.
   */
  public static final class Row {
    /**
     * Id: characters read and not yet copied, from its position to its limit (an array-backed
     * buffer); copied into the columns by {@link Builder#addRow}.
     */
    public CharBuffer id = CharBuffer.wrap(new char[0]);
    /** Gender ordinal. */
    public byte gender;
    /** Birth year or 0. */
    public int birthYear;
    /** Birth date or {@link #NO_DATE}. */
    public int birthDate = NO_DATE;
    /** Site or null. */
    public @Nullable String site;
    /** Referral or null. */
    public @Nullable String referral;
    /** Target group bits. */
    public int targetGroups;
    /** Labour status ordinal or {@link #MISSING}. */
    public byte labourStatus = MISSING;
    /** ISCED or {@link #MISSING}. */
    public byte isced = MISSING;
    /** Yes/no. */
    public byte disability = MISSING;
    /** Yes/no. */
    public byte foreignBackground = MISSING;
    /** Yes/no. */
    public byte thirdCountry = MISSING;
    /** Yes/no. */
    public byte minority = MISSING;
    /** Yes/no. */
    public byte joblessHousehold = MISSING;
    /** Yes/no. */
    public byte dependentChildren = MISSING;
    /** Yes/no. */
    public byte singleAdultHousehold = MISSING;
    /** Enrolment. */
    public int enrolled;
    /** Exit or {@link #NO_DATE}. */
    public int exited = NO_DATE;
    /** Exit status ordinal or {@link #MISSING}. */
    public byte exitStatus = MISSING;
    /** Qualification yes/no. */
    public byte qualification = MISSING;
    /** Survey answer at exit yes/no. */
    public byte survey = MISSING;
    /** Follow-up date or {@link #NO_DATE}. */
    public int followOn = NO_DATE;
    /** Follow-up status ordinal. */
    public byte followStatus = MISSING;
  }

  /** Names numbered in order of first appearance. */
  private static final class Names {
    private final java.util.Map<String, Integer> index = new java.util.HashMap<>();
    private final java.util.List<String> names = new java.util.ArrayList<>();

    int index(String name) {
      // a reader hands the same String for the same name (CsvRow.recurring): most are found by identity
      for (int k = 0, n = Math.min(names.size(), 64); k < n; k++) {
        if (names.get(k) == name) {
          return k;
        }
      }
      Integer i = index.get(name);
      if (i == null) {
        i = names.size();
        index.put(name, i);
        names.add(name);
      }
      return i;
    }

    String[] names() {
      return names.toArray(new String[0]);
    }
  }
}
