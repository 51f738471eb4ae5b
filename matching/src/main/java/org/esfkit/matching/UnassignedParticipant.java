package org.esfkit.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A participant the strategy did not assign, with the reasons: no task admitted them (and which
 * constraints rejected the tasks), or every admissible task went to others.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnassignedParticipant.class)
@JsonPropertyOrder({"participant_id", "reasons"})
public interface UnassignedParticipant {
  /**
   * Creates the entry.
   *
   * @param participantId the participant
   * @param reasons why they were not assigned
   * @return the entry
   */
  static UnassignedParticipant of(String participantId, List<String> reasons) {
    return ImmutableUnassignedParticipant.builder().participantId(participantId).reasons(reasons).build();
  }

  /**
   * The participant's pseudonymous id.
   *
   * @return the id
   */
  @JsonProperty("participant_id")
  String participantId();

  /**
   * Why the participant was not assigned; never empty.
   *
   * @return the reasons
   */
  @JsonProperty("reasons")
  List<String> reasons();

  /** Checks that there is a reason. */
  @Value.Check
  default void check() {
    if (reasons().isEmpty()) {
      throw new IllegalStateException("unassigned participant " + participantId() + " has no reason");
    }
  }
}
