package org.esfkit.core;

import java.util.List;
import org.esfkit.core.internal.RegisterColumns;

/**
 * A project's participant register: the participants and, for each, their pathway. This is what
 * a register CSV holds (one participant per row, or several rows for a participant who left and
 * came back) and what the metrics evaluate.
 *
 * <pre>{@code
 * Register register = Register.builder()
 *     .add(participant, pathway)      // each participant with their own pathway
 *     .build();
 * }</pre>
 *
 * <p>A register is held in primitive columns, so that a register of millions of rows read from a
 * file takes little memory; {@link #participants()} and {@link #pathways()} build the object model
 * on demand (the objects given to the builder are returned as they were). Immutable; thread-safe.
 * Two registers are equal when their participants and pathways are.
 */
public abstract sealed class Register permits RegisterColumns {
  /** For the one implementation. */
  protected Register() {}

  /**
   * Returns a new builder, which takes each participant together with their pathway.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of participants.
   *
   * @return the count
   */
  public abstract int size();

  /**
   * The participants, ids unique, in register order: a read-only list whose elements are built
   * when read.
   *
   * @return the participants
   */
  public abstract List<Participant> participants();

  /**
   * One pathway per participant, in the same order as {@link #participants()}: a read-only list
   * whose elements are built when read.
   *
   * @return the pathways
   */
  public abstract List<Pathway> pathways();

  @Override
  public final boolean equals(Object o) {
    return o instanceof Register && ((Register) o).participants().equals(participants())
        && ((Register) o).pathways().equals(pathways());
  }

  @Override
  public final int hashCode() {
    return 31 * participants().hashCode() + pathways().hashCode();
  }

  /**
   * Says how many participants there are; never their data.
   *
   * @return e.g. {@code Register{participants=60}}
   */
  @Override
  public final String toString() {
    return "Register{participants=" + size() + "}";
  }

  /**
   * Builds a {@link Register} participant by participant, each with their pathway. Not thread-safe.
   */
  public static final class Builder {
    private final RegisterColumns.Builder columns = RegisterColumns.columnsBuilder();

    private Builder() {}

    /**
     * Adds a participant with their pathway.
     *
     * @param participant the participant
     * @param pathway their pathway
     * @return this builder
     * @throws ValidationException if the pathway is another participant's
     */
    public Builder add(Participant participant, Pathway pathway) {
      ValidationException.check(participant.id().equals(pathway.participantId()),
          "register: participant %s is given the pathway of %s", participant.id(), pathway.participantId());
      columns.add(participant, pathway);
      return this;
    }

    /**
     * Adds every participant of a register, with their pathways.
     *
     * @param register the register
     * @return this builder
     */
    public Builder addAll(Register register) {
      RegisterColumns c = RegisterColumns.of(register);
      for (int i = 0; i < c.size(); i++) {
        columns.copy(c, i);
      }
      return this;
    }

    /**
     * Builds the register.
     *
     * @return the register
     * @throws ValidationException if an id appears twice, or a birth year is after the year of
     *     enrolment
     */
    public Register build() {
      return columns.build();
    }
  }
}
