package org.esfkit.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A project's participant register: the participants and, for each, their pathway. This is what
 * a register CSV holds (one row per participant) and what the metrics evaluate.
 */
@Value.Immutable
public interface Register {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableRegister.Builder builder() {
    return ImmutableRegister.builder();
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
}
