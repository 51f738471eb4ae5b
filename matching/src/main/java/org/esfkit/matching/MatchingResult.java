package org.esfkit.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of a strategy on a problem: the assigned pairs, each explained, in participant id
 * order; the participants left unassigned, each with reasons; and the totals.
 *
 * <p>A result is a suggestion for a person to consider. Nothing in esfkit acts on a participant
 * because of it.
 *
 * <p>JSON (snake_case): {@code {"strategy", "assigned", "total_score", "assignments",
 * "unassigned", "notes"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMatchingResult.class)
@JsonPropertyOrder({"strategy", "assigned", "total_score", "assignments", "unassigned", "notes"})
public interface MatchingResult {
  /**
   * The strategy's name.
   *
   * @return the name
   */
  @JsonProperty("strategy")
  String strategy();

  /**
   * The assigned pairs, in participant id order.
   *
   * @return the pairs
   */
  @JsonProperty("assignments")
  List<ScoredPair> assignments();

  /**
   * The participants left unassigned, in id order, with reasons.
   *
   * @return the participants
   */
  @JsonProperty("unassigned")
  List<UnassignedParticipant> unassigned();

  /**
   * Notes from the strategy about how it got there.
   *
   * @return the notes, possibly empty
   */
  @JsonProperty("notes")
  List<String> notes();

  /**
   * The number of assigned participants.
   *
   * @return the count
   */
  @Value.Derived
  @JsonProperty("assigned")
  default int assigned() {
    return assignments().size();
  }

  /**
   * The sum of the assigned pairs' scores, added exactly in decimal (so 0.1 + 0.2 is 0.3) and
   * rounded once to the nearest {@code double}.
   *
   * @return the total
   */
  @Value.Derived
  @JsonProperty("total_score")
  default double totalScore() {
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (ScoredPair p : assignments()) {
      sum = sum.add(java.math.BigDecimal.valueOf(p.score()));
    }
    return sum.doubleValue();
  }
}
