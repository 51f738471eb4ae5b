package org.esfkit.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.esfkit.core.Gender;
import org.esfkit.core.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A matching problem given as a table of pair scores, from an external model or a team's
 * ratings: the admissible pairs with a score in [0, 1] and optional ranks, and the tasks'
 * capacities. A pair absent from the table is inadmissible.
 *
 * <p>Ranks are 1 for the most preferred; the {@code stable} strategy uses them and ranks by
 * score where they are absent. Participants may carry a gender for the {@code fair} strategy.
 */
public final class PairScores {
  private final List<Pair> pairs;
  private final Map<String, Integer> capacities;
  private final Set<String> participants;
  private final Map<String, Gender> genders;

  private PairScores(Builder b) {
    this.pairs = List.copyOf(b.pairs);
    this.capacities = Collections.unmodifiableMap(new TreeMap<>(b.capacities));
    Set<String> ids = new TreeSet<>(b.participants);
    for (Pair p : pairs) {
      ids.add(p.participantId());
    }
    this.participants = Collections.unmodifiableSet(ids);
    this.genders = Collections.unmodifiableMap(new TreeMap<>(b.genders));
  }

  /**
   * Returns an empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The admissible pairs, in the order given.
   *
   * @return the pairs
   */
  public List<Pair> pairs() {
    return pairs;
  }

  /**
   * The tasks' capacities by task id.
   *
   * @return capacities, sorted by id
   */
  public Map<String, Integer> capacities() {
    return capacities;
  }

  /**
   * Every participant: those in a pair and those declared without one.
   *
   * @return the ids, sorted
   */
  public Set<String> participantIds() {
    return participants;
  }

  /**
   * A participant's gender, if given.
   *
   * @param participantId the participant
   * @return the gender, or null
   */
  public @Nullable Gender gender(String participantId) {
    return genders.get(participantId);
  }

  /**
   * One admissible pair.
   *
   * @param participantId the participant
   * @param taskId the task
   * @param score the score, in [0, 1]
   * @param participantRank the participant's rank of the task (1 = most preferred), 0 when not given
   * @param taskRank the task's rank of the participant (1 = most preferred), 0 when not given
   */
  public record Pair(String participantId, String taskId, double score, int participantRank, int taskRank) {}

  /** Builds {@link PairScores}; every method checks its values. */
  public static final class Builder {
    private final List<Pair> pairs = new ArrayList<>();
    private final Map<String, Integer> capacities = new HashMap<>();
    private final Set<String> participants = new TreeSet<>();
    private final Map<String, Gender> genders = new HashMap<>();
    private final Set<String> seen = new java.util.HashSet<>();

    private Builder() {}

    /**
     * Sets a task's capacity.
     *
     * @param taskId the task
     * @param capacity slots, {@code >= 0}
     * @return this builder
     * @throws ValidationException if the capacity is negative or the task was given a capacity before
     */
    public Builder capacity(String taskId, int capacity) {
      ValidationException.check(!taskId.isBlank(), "task_id must not be blank");
      ValidationException.check(capacity >= 0, "task %s: capacity %d must be at least 0", taskId, capacity);
      ValidationException.check(capacities.putIfAbsent(taskId, capacity) == null, "task %s: capacity given twice", taskId);
      return this;
    }

    /**
     * Adds an admissible pair without ranks.
     *
     * @param participantId the participant
     * @param taskId the task
     * @param score the score, in [0, 1]
     * @return this builder
     * @throws ValidationException if the score is outside [0, 1] or the pair was given before
     */
    public Builder pair(String participantId, String taskId, double score) {
      return pair(participantId, taskId, score, 0, 0);
    }

    /**
     * Adds an admissible pair with ranks.
     *
     * @param participantId the participant
     * @param taskId the task
     * @param score the score, in [0, 1]
     * @param participantRank the participant's rank of the task, {@code >= 1}, or 0 when not given
     * @param taskRank the task's rank of the participant, {@code >= 1}, or 0 when not given
     * @return this builder
     * @throws ValidationException if a value is out of range or the pair was given before
     */
    public Builder pair(String participantId, String taskId, double score, int participantRank, int taskRank) {
      ValidationException.check(!participantId.isBlank(), "participant_id must not be blank");
      ValidationException.check(!taskId.isBlank(), "task_id must not be blank");
      ValidationException.check(score >= 0 && score <= 1, "pair (%s, %s): score %s is outside [0, 1]", participantId, taskId, score);
      ValidationException.check(participantRank >= 0 && taskRank >= 0,
          "pair (%s, %s): ranks must be at least 1 when given", participantId, taskId);
      ValidationException.check(seen.add(participantId + '\u0000' + taskId), "pair (%s, %s) given twice", participantId, taskId);
      pairs.add(new Pair(participantId, taskId, score, participantRank, taskRank));
      return this;
    }

    /**
     * Declares a participant, so that one without any pair appears as unassigned.
     *
     * @param participantId the participant
     * @return this builder
     */
    public Builder participant(String participantId) {
      ValidationException.check(!participantId.isBlank(), "participant_id must not be blank");
      participants.add(participantId);
      return this;
    }

    /**
     * Sets a participant's gender, for the {@code fair} strategy.
     *
     * @param participantId the participant
     * @param gender the gender
     * @return this builder
     */
    public Builder gender(String participantId, Gender gender) {
      participant(participantId);
      genders.put(participantId, gender);
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws ValidationException if a pair names a task without a capacity
     */
    public PairScores build() {
      for (Pair p : pairs) {
        ValidationException.check(capacities.containsKey(p.taskId()),
            "pair (%s, %s): task %s has no capacity", p.participantId(), p.taskId(), p.taskId());
      }
      return new PairScores(this);
    }
  }
}
