package org.esfkit.matching.spi;

import java.util.List;

/**
 * What a {@link MatchingStrategy} decided: the task index of each participant index, or -1, and
 * notes about how it got there (for instance how a fairness rule was met).
 */
public final class Assignment {
  private final int[] taskOf;
  private final List<String> notes;

  private Assignment(int[] taskOf, List<String> notes) {
    this.taskOf = taskOf.clone();
    this.notes = List.copyOf(notes);
  }

  /**
   * Creates an assignment.
   *
   * @param taskOf the task index of each participant index, -1 when unassigned; copied
   * @return the assignment
   */
  public static Assignment of(int[] taskOf) {
    return new Assignment(taskOf, List.of());
  }

  /**
   * Creates an assignment with notes.
   *
   * @param taskOf the task index of each participant index, -1 when unassigned; copied
   * @param notes how the strategy got there, for the result
   * @return the assignment
   */
  public static Assignment of(int[] taskOf, List<String> notes) {
    return new Assignment(taskOf, notes);
  }

  /**
   * The number of participants.
   *
   * @return the count
   */
  public int participantCount() {
    return taskOf.length;
  }

  /**
   * The task of a participant.
   *
   * @param i the participant index
   * @return the task index, or -1 when unassigned
   */
  public int taskOf(int i) {
    return taskOf[i];
  }

  /**
   * A copy of the whole assignment.
   *
   * @return task index by participant index, -1 when unassigned
   */
  public int[] toArray() {
    return taskOf.clone();
  }

  /**
   * Notes about how the strategy got there.
   *
   * @return the notes, possibly empty
   */
  public List<String> notes() {
    return notes;
  }
}
