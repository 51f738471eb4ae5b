package org.esfkit.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A participant–task pair with its score and the explanation of the score: an assignment in a
 * {@link MatchingResult}, or a suggestion. A suggestion, like an assignment, is for a person to
 * consider; nothing acts on it automatically.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScoredPair.class)
@JsonPropertyOrder({"participant_id", "task_id", "score", "explanation"})
public interface ScoredPair {
  /**
   * Creates a pair.
   *
   * @param participantId the participant
   * @param taskId the task
   * @param score the score
   * @param explanation why the score is what it is
   * @return the pair
   */
  static ScoredPair of(String participantId, String taskId, double score, Explanation explanation) {
    return ImmutableScoredPair.builder().participantId(participantId).taskId(taskId).score(score)
        .explanation(explanation).build();
  }

  /**
   * The participant's pseudonymous id.
   *
   * @return the id
   */
  @JsonProperty("participant_id")
  String participantId();

  /**
   * The task's id.
   *
   * @return the id
   */
  @JsonProperty("task_id")
  String taskId();

  /**
   * The pair's score.
   *
   * @return the score
   */
  @JsonProperty("score")
  double score();

  /**
   * Why: the constraints the pair passed and each scorer's weighted contribution.
   *
   * @return the explanation tree
   */
  @JsonProperty("explanation")
  Explanation explanation();
}
