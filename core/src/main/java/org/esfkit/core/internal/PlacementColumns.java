package org.esfkit.core.internal;

import java.nio.CharBuffer;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import org.esfkit.core.Accessibility;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.jspecify.annotations.Nullable;

/**
 * Placements held in primitive columns, one row per placement: what the placements reader streams
 * into, and what the checks across files and esfkit-metrics read without building objects. As a
 * {@code List<Placement>} each element is built when read ({@link #get}), equal to the placement
 * the row was read or copied from.
 *
 * <p>Encodings: a participant is an index into the table of the distinct participant ids (held as
 * characters, in order of first appearance: {@link #participantCount()}, {@link #participantId});
 * an employer and a task are indexes into {@link #employerIds} and {@link #taskIds} (in order of
 * first appearance; a task -1 when the placement did not come from an identified task); the kind
 * is its constant's ordinal; dates are epoch days, {@link #NO_DATE} for an open end; hours per
 * week {@link #NO_HOURS} when not recorded; the supervisor's training
 * {@link RegisterColumns#YES}, {@link RegisterColumns#NO} or {@link RegisterColumns#MISSING}; the
 * adaptations a bit set of {@link Accessibility} ordinals.
 *
 * <p>Consumers that need each placement's register row look each distinct participant up once
 * ({@link #rowsIn}), not once per placement. {@link #toString()} gives the number of placements
 * only, never an id. Equality is a list's. Arrays are shared with readers and must not be changed.
 * Immutable once built; thread-safe.
 */
public final class PlacementColumns extends AbstractList<Placement> implements RandomAccess {
  /** An open end: after every date (the register's own code). */
  public static final int NO_DATE = RegisterColumns.NO_DATE;
  /** Hours per week not recorded (a placement's hours are 1 to 168). */
  public static final int NO_HOURS = 0;

  private static final PlacementKind[] KINDS = PlacementKind.values();
  private static final Accessibility[] ADAPTATIONS = Accessibility.values();
  private static final PlacementColumns EMPTY = new Builder().build();

  /** Rows (placements). */
  public final int size;
  /** Index of the participant in the table of distinct participant ids. */
  public final int[] participant;
  /** The distinct participant ids, as characters (no object per id). */
  private final IdIndex.Ids participantIds;
  private final int participantCount;
  /** Index into {@link #employerIds}. */
  public final int[] employer;
  /** The distinct employer ids, in order of first appearance. */
  public final String[] employerIds;
  /** Index into {@link #taskIds}, or -1 when not from an identified task. */
  public final int[] task;
  /** The distinct task ids, in order of first appearance. */
  public final String[] taskIds;
  /** {@link PlacementKind} ordinal. */
  public final byte[] kind;
  /** First day, an epoch day. */
  public final int[] started;
  /** Last day, an epoch day, or {@link #NO_DATE} while ongoing. */
  public final int[] ended;
  /** Whether the placement breaks gender patterns. */
  public final boolean[] genderBreaking;
  /** Hours per week, or {@link #NO_HOURS}. */
  public final int[] hours;
  /** Whether the supervisor is trained: yes/no, or {@link RegisterColumns#MISSING}. */
  public final byte[] supervisorTrained;
  /** Adaptations provided: bit {@code ordinal} set for each {@link Accessibility}. */
  public final int[] adaptations;

  private volatile @Nullable IdIndex participantIndex;

  private PlacementColumns(Builder b) {
    int n = b.size;
    size = n;
    participant = Arrays.copyOf(b.participant, n);
    participantCount = b.participants.count;
    participantIds = b.participants.ids(false);
    employer = Arrays.copyOf(b.employer, n);
    employerIds = b.employers.names();
    task = Arrays.copyOf(b.task, n);
    taskIds = b.tasks.names();
    kind = Arrays.copyOf(b.kind, n);
    started = Arrays.copyOf(b.started, n);
    ended = Arrays.copyOf(b.ended, n);
    genderBreaking = Arrays.copyOf(b.genderBreaking, n);
    hours = Arrays.copyOf(b.hours, n);
    supervisorTrained = Arrays.copyOf(b.supervisorTrained, n);
    adaptations = Arrays.copyOf(b.adaptations, n);
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Placements as columns: the list itself when it is held in columns already, else columns
   * filled from its placements (in its order; repeats are kept).
   *
   * @param placements the placements
   * @return their columns
   * @throws NullPointerException if the list or one of its placements is null
   */
  public static PlacementColumns of(List<Placement> placements) {
    if (placements instanceof PlacementColumns) {
      return (PlacementColumns) placements;
    }
    if (placements.isEmpty()) {
      return EMPTY;
    }
    Builder b = new Builder();
    for (Placement p : placements) {
      b.add(Objects.requireNonNull(p, "placement"));
    }
    return b.build();
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Builds a row's placement.
   *
   * @param i the row
   * @return the placement, equal to the one the row was read or copied from
   */
  @Override
  public Placement get(int i) {
    Objects.checkIndex(i, size);
    return Placement.builder().participantId(participantIds.id(participant[i]))
        .employerId(employerIds[employer[i]])
        .taskId(task[i] < 0 ? null : taskIds[task[i]])
        .kind(KINDS[kind[i]])
        .startedOn(LocalDate.ofEpochDay(started[i]))
        .endedOn(ended[i] == NO_DATE ? null : LocalDate.ofEpochDay(ended[i]))
        .genderBreaking(genderBreaking[i])
        .hoursPerWeek(hours[i] == NO_HOURS ? null : hours[i])
        .supervisorTrained(RegisterColumns.bool(supervisorTrained[i]))
        .adaptationsProvided(adaptations(adaptations[i]))
        .build();
  }

  /**
   * The adaptations of a bit set of their ordinals, as the {@link #adaptations} column holds them.
   *
   * @param bits bit {@code a.ordinal()} set for each adaptation {@code a}
   * @return the adaptations
   */
  public static Set<Accessibility> adaptations(int bits) {
    Set<Accessibility> provided = EnumSet.noneOf(Accessibility.class);
    for (Accessibility a : ADAPTATIONS) {
      if ((bits & (1 << a.ordinal())) != 0) {
        provided.add(a);
      }
    }
    return provided;
  }

  /**
   * The number of distinct participants.
   *
   * @return the count; participant indexes run from 0 to it
   */
  public int participantCount() {
    return participantCount;
  }

  /**
   * A distinct participant's id.
   *
   * @param p the participant's index (as in {@link #participant}), not a row
   * @return the id (a String made on each call)
   */
  public String participantId(int p) {
    Objects.checkIndex(p, participantCount);
    return participantIds.id(p);
  }

  /**
   * The index of a participant id.
   *
   * @param id the id
   * @return its index (as in {@link #participant}), or -1 if no placement is the participant's
   */
  public int participantIndex(String id) {
    char[] key = id.toCharArray();
    return index().find(participantIds, key, 0, key.length);
  }

  private IdIndex index() {
    IdIndex i = participantIndex;
    if (i == null) {
      i = IdIndex.of(participantIds, participantCount);
      participantIndex = i;
    }
    return i;
  }

  /**
   * The register row of each distinct participant, each looked up once by the id's characters.
   *
   * @param register the register
   * @return by participant index, the row, or -1 when the participant is not in the register
   */
  public int[] rowsIn(RegisterColumns register) {
    int[] rows = new int[participantCount];
    char[] chars = participantIds.chars();
    int[] ends = participantIds.ends();
    for (int p = 0; p < participantCount; p++) {
      rows[p] = register.rowOf(chars, participantIds.start(p), ends[p]);
    }
    return rows;
  }

  /**
   * The placements of some rows, in the order given, as if built from them alone (the tables of
   * distinct ids hold only theirs).
   *
   * @param rows the rows to keep
   * @return their columns
   */
  public PlacementColumns select(int[] rows) {
    Builder b = new Builder();
    int[] newParticipant = minusOnes(participantCount);
    int[] newEmployer = minusOnes(employerIds.length);
    int[] newTask = minusOnes(taskIds.length);
    for (int r : rows) {
      Objects.checkIndex(r, size);
      int p = participant[r];
      if (newParticipant[p] < 0) {
        newParticipant[p] = b.participants.append(participantIds.chars(), participantIds.start(p),
            participantIds.ends()[p]);
      }
      int e = employer[r];
      if (newEmployer[e] < 0) {
        newEmployer[e] = b.employers.append(employerIds[e]);
      }
      int t = task[r];
      if (t >= 0 && newTask[t] < 0) {
        newTask[t] = b.tasks.append(taskIds[t]);
      }
      b.addRow(newParticipant[p], newEmployer[e], t < 0 ? -1 : newTask[t], kind[r], started[r], ended[r],
          genderBreaking[r], hours[r], supervisorTrained[r], adaptations[r]);
    }
    return b.build();
  }

  private static int[] minusOnes(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }

  /**
   * The number of placements, never their contents (which name participants).
   *
   * @return e.g. {@code Placements{placements=120}}
   */
  @Override
  public String toString() {
    return "Placements{placements=" + size + "}";
  }

  /**
   * Builds placement columns row by row: from placements ({@link #add}), or from values a reader
   * read ({@link #addRow}, with the ids' indexes from {@link #participant}, {@link #employer} and
   * {@link #task}). Can find the first row of a placement's key ({@link #firstWithKey}). Not
   * thread-safe.
   */
  public static final class Builder {
    private int size;
    private int[] participant = new int[16];
    private int[] employer = new int[16];
    private int[] task = new int[16];
    private byte[] kind = new byte[16];
    private int[] started = new int[16];
    private int[] ended = new int[16];
    private boolean[] genderBreaking = new boolean[16];
    private int[] hours = new int[16];
    private byte[] supervisorTrained = new byte[16];
    private int[] adaptations = new int[16];
    private final Table participants = new Table();
    private final Table employers = new Table();
    private final Table tasks = new Table();
    /** Rows by key: slot {@code k} holds a row at {@code 2k} (-1 when empty) and its key's hash; null until asked. */
    private int @Nullable [] keys;
    private int keyed;

    private Builder() {}

    /**
     * The index of a participant id, added to the table of distinct ids if it is new.
     *
     * @param id the id's characters (a reader's view, from its position to its limit)
     * @return the participant's index
     */
    public int participant(CharBuffer id) {
      return participants.index(id);
    }

    /**
     * The index of an employer id, added to the table of distinct ids if it is new.
     *
     * @param id the id's characters (a reader's view, from its position to its limit)
     * @return the employer's index
     */
    public int employer(CharBuffer id) {
      return employers.index(id);
    }

    /**
     * The index of a task id, added to the table of distinct ids if it is new.
     *
     * @param id the id's characters (a reader's view, from its position to its limit)
     * @return the task's index
     */
    public int task(CharBuffer id) {
      return tasks.index(id);
    }

    /**
     * A participant's id, for messages.
     *
     * @param p the participant's index
     * @return the id
     */
    public String participantId(int p) {
      return participants.ids(true).id(p);
    }

    /**
     * An employer's id, for messages.
     *
     * @param e the employer's index
     * @return the id
     */
    public String employerId(int e) {
      return employers.ids(true).id(e);
    }

    /**
     * A task's id, for messages.
     *
     * @param t the task's index
     * @return the id
     */
    public String taskId(int t) {
      return tasks.ids(true).id(t);
    }

    /**
     * Adds a placement.
     *
     * @param p the placement
     * @return this builder
     */
    public Builder add(Placement p) {
      int bits = 0;
      for (Accessibility a : p.adaptationsProvided()) {
        bits |= 1 << a.ordinal();
      }
      Integer h = p.hoursPerWeek();
      addRow(participants.index(p.participantId()), employers.index(p.employerId()),
          p.taskId() == null ? -1 : tasks.index(p.taskId()), (byte) p.kind().ordinal(),
          (int) p.startedOn().toEpochDay(), p.endedOn() == null ? NO_DATE : (int) p.endedOn().toEpochDay(),
          p.genderBreaking(), h == null ? NO_HOURS : h, RegisterColumns.yesNo(p.supervisorTrained()), bits);
      return this;
    }

    /**
     * Adds a row of values the caller has checked as the model checks a placement (hours 1 to
     * 168, an end not before the start, dates within bounds).
     *
     * @param participant the participant's index
     * @param employer the employer's index
     * @param task the task's index, or -1
     * @param kind the kind's ordinal
     * @param started the first day
     * @param ended the last day, or {@link #NO_DATE}
     * @param genderBreaking whether gender-breaking
     * @param hours hours per week, or {@link #NO_HOURS}
     * @param supervisorTrained yes/no, or {@link RegisterColumns#MISSING}
     * @param adaptations the adaptations' bits
     * @return the row's index
     */
    public int addRow(int participant, int employer, int task, byte kind, int started, int ended,
        boolean genderBreaking, int hours, byte supervisorTrained, int adaptations) {
      int i = size;
      if (i == this.participant.length) {
        grow();
      }
      this.participant[i] = participant;
      this.employer[i] = employer;
      this.task[i] = task;
      this.kind[i] = kind;
      this.started[i] = started;
      this.ended[i] = ended;
      this.genderBreaking[i] = genderBreaking;
      this.hours[i] = hours;
      this.supervisorTrained[i] = supervisorTrained;
      this.adaptations[i] = adaptations;
      size++;
      if (keys != null) {
        key(i);
      }
      return i;
    }

    /**
     * The first row added with a placement's key: who, where, for which task, what kind, from
     * when. The first call indexes the rows added so far; later rows are indexed as added.
     *
     * @param participant the participant's index
     * @param employer the employer's index
     * @param task the task's index, or -1
     * @param kind the kind's ordinal
     * @param started the first day
     * @return the row, or -1 if no row has the key
     */
    public int firstWithKey(int participant, int employer, int task, byte kind, int started) {
      if (keys == null) {
        keys = new int[64];
        Arrays.fill(keys, -1);
        for (int r = 0; r < size; r++) {
          key(r);
        }
      }
      int h = hash(participant, employer, task, kind, started);
      return keys[2 * slot(participant, employer, task, kind, started, h)];
    }

    /**
     * The slot of a key with hash {@code h}: the one holding its first row, or the empty one where
     * it would go.
     */
    private int slot(int participant, int employer, int task, byte kind, int started, int h) {
      int[] s = keys;
      int mask = s.length / 2 - 1;
      for (int k = h & mask; ; k = (k + 1) & mask) {
        int r = s[2 * k];
        if (r < 0 || (s[2 * k + 1] == h && this.participant[r] == participant && this.employer[r] == employer
            && this.task[r] == task && this.kind[r] == kind && this.started[r] == started)) {
          return k;
        }
      }
    }

    /**
     * Tells whether a row holds these values besides its key (with the key, the whole placement).
     *
     * @param row the row
     * @param ended the last day, or {@link #NO_DATE}
     * @param genderBreaking whether gender-breaking
     * @param hours hours per week, or {@link #NO_HOURS}
     * @param supervisorTrained yes/no, or {@link RegisterColumns#MISSING}
     * @param adaptations the adaptations' bits
     * @return true if every value is the row's
     */
    public boolean holds(int row, int ended, boolean genderBreaking, int hours, byte supervisorTrained,
        int adaptations) {
      return this.ended[row] == ended && this.genderBreaking[row] == genderBreaking && this.hours[row] == hours
          && this.supervisorTrained[row] == supervisorTrained && this.adaptations[row] == adaptations;
    }

    /** Indexes row {@code r} by its key, unless an earlier row has the key. */
    private void key(int r) {
      if (4 * (keyed + 1) > keys.length) {
        keys = IdIndex.grown(keys);
      }
      int h = hash(participant[r], employer[r], task[r], kind[r], started[r]);
      int k = slot(participant[r], employer[r], task[r], kind[r], started[r], h);
      if (keys[2 * k] < 0) {
        keys[2 * k] = r;
        keys[2 * k + 1] = h;
        keyed++;
      }
    }

    private static int hash(int participant, int employer, int task, byte kind, int started) {
      int h = participant;
      h = 31 * h + employer;
      h = 31 * h + task;
      h = 31 * h + kind;
      h = 31 * h + started;
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }

    private void grow() {
      int c = participant.length * 2;
      participant = Arrays.copyOf(participant, c);
      employer = Arrays.copyOf(employer, c);
      task = Arrays.copyOf(task, c);
      kind = Arrays.copyOf(kind, c);
      started = Arrays.copyOf(started, c);
      ended = Arrays.copyOf(ended, c);
      genderBreaking = Arrays.copyOf(genderBreaking, c);
      hours = Arrays.copyOf(hours, c);
      supervisorTrained = Arrays.copyOf(supervisorTrained, c);
      adaptations = Arrays.copyOf(adaptations, c);
    }

    /**
     * The number of rows added.
     *
     * @return the count
     */
    public int size() {
      return size;
    }

    /**
     * Builds the columns (the builder may go on, for other columns).
     *
     * @return the columns
     */
    public PlacementColumns build() {
      return new PlacementColumns(this);
    }
  }

  /**
   * Distinct ids numbered in order of first appearance, held as characters one after another, and
   * found by their characters ({@link IdIndex}): no object per look-up.
   */
  private static final class Table {
    /** The ids, one after another; made again when its arrays grow (not on every look-up). */
    private IdIndex.Ids ids = new IdIndex.Ids(new char[64], new int[16]);
    private int count;
    /** The ids' index, made when first asked for. */
    private @Nullable IdIndex index;

    /** The index of {@code a[from, to)}, appended (and indexed) if new. */
    int index(char[] a, int from, int to) {
      IdIndex i = index();
      int found = i.find(ids, a, from, to);
      if (found >= 0) {
        return found;
      }
      int k = put(a, from, to);
      i.add(ids, k);
      return k;
    }

    /** The index of the id a view of characters holds, appended (and indexed) if new. */
    int index(CharBuffer id) {
      int from = id.arrayOffset() + id.position();
      return index(id.array(), from, from + id.remaining());
    }

    /** The index of an id given as a String, appended (and indexed) if new. */
    int index(String id) {
      char[] c = id.toCharArray();
      return index(c, 0, c.length);
    }

    private IdIndex index() {
      IdIndex i = index;
      if (i == null) {
        i = IdIndex.of(ids, count);
        index = i;
      }
      return i;
    }

    /**
     * Appends an id without indexing it: the caller knows it is new. The index, if made, no longer
     * holds every id and is dropped (made again when next asked for).
     */
    int append(char[] a, int from, int to) {
      index = null;
      return put(a, from, to);
    }

    /** {@link #append(char[], int, int)} of a String's characters. */
    int append(String id) {
      char[] c = id.toCharArray();
      return append(c, 0, c.length);
    }

    /** Appends an id's characters, growing the arrays if needed; the caller indexes it or drops the index. */
    private int put(char[] a, int from, int to) {
      int n = to - from;
      char[] chars = ids.chars();
      int[] ends = ids.ends();
      int start = ids.start(count);
      if (start + n > chars.length || count == ends.length) {
        chars = start + n > chars.length ? Arrays.copyOf(chars, Math.max(chars.length * 2, start + n)) : chars;
        ends = count == ends.length ? Arrays.copyOf(ends, count * 2) : ends;
        ids = new IdIndex.Ids(chars, ends);
      }
      System.arraycopy(a, from, chars, start, n);
      ends[count] = start + n;
      return count++;
    }

    /** The ids: the arrays themselves when {@code share}, else copies cut to length. */
    IdIndex.Ids ids(boolean share) {
      if (share) {
        return ids;
      }
      return new IdIndex.Ids(Arrays.copyOf(ids.chars(), ids.start(count)), Arrays.copyOf(ids.ends(), count));
    }

    String[] names() {
      String[] out = new String[count];
      for (int k = 0; k < count; k++) {
        out[k] = ids.id(k);
      }
      return out;
    }
  }
}
