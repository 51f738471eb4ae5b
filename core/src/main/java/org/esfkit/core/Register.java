package org.esfkit.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

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
 */
@Value.Immutable
public interface Register {
  /**
   * Returns a new builder, which takes each participant together with their pathway.
   *
   * @return a builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * The participants, ids unique.
   *
   * @return the participants
   */
  List<Participant> participants();

  /**
   * One pathway per participant, in the same order as {@link #participants()}.
   *
   * @return the pathways
   */
  @Value.Redacted
  List<Pathway> pathways();

  /** Checks that every participant has exactly one pathway and ids are unique. */
  @Value.Check
  default void check() {
    ValidationException.check(participants().size() == pathways().size(),
        "register: %d participants but %d pathways", participants().size(), pathways().size());
    Set<String> seen = new HashSet<>(participants().size() * 4 / 3 + 1);
    for (int i = 0; i < participants().size(); i++) {
      String id = participants().get(i).id();
      ValidationException.check(seen.add(id), "register: participant id %s appears twice", id);
      ValidationException.check(id.equals(pathways().get(i).participantId()),
          "register: participant %s at position %d has the pathway of %s", id, i + 1, pathways().get(i).participantId());
      Integer born = participants().get(i).birthYear();
      ValidationException.check(born == null || born <= pathways().get(i).enrolledOn().getYear(),
          "register: participant %s: birth_year is after the year of enrolled_on", id);
    }
  }

  /**
   * Builds a {@link Register} participant by participant, each with their pathway. Not thread-safe.
   */
  final class Builder {
    private final List<Participant> participants = new ArrayList<>();
    private final List<Pathway> pathways = new ArrayList<>();

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
      participants.add(participant);
      pathways.add(pathway);
      return this;
    }

    /**
     * Adds every participant of a register, with their pathways.
     *
     * @param register the register
     * @return this builder
     */
    public Builder addAll(Register register) {
      participants.addAll(register.participants());
      pathways.addAll(register.pathways());
      return this;
    }

    /**
     * Builds the register.
     *
     * @return the register
     * @throws ValidationException if an id appears twice
     */
    public Register build() {
      return ImmutableRegister.builder().participants(participants).pathways(pathways).build();
    }
  }
}
