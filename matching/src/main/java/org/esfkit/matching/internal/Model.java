package org.esfkit.matching.internal;

import java.util.List;
import org.esfkit.matching.Explanation;
import org.esfkit.matching.ScoredPair;
import org.esfkit.matching.spi.CandidateGraph;

/** The two kinds of matching problem (full profiles, or a table of pair scores) behind one face. */
public interface Model {
  /**
   * The admissible pairs, evaluated once.
   *
   * @return the graph
   */
  CandidateGraph graph();

  /**
   * Explains the score of an admissible pair, by re-evaluating it.
   *
   * @param i participant index
   * @param k task index
   * @return the explanation
   */
  Explanation explain(int i, int k);

  /**
   * Why no task admits a participant: for each constraint, how many tasks it rejected first and
   * one example with its reason.
   *
   * @param i participant index
   * @return the reasons; empty if some task admits the participant
   */
  List<String> whyNoAdmissibleTask(int i);

  /**
   * The best admissible tasks for a participant, by descending score then task id.
   *
   * @param i participant index
   * @param k how many at most
   * @return the pairs, explained
   */
  List<ScoredPair> topTasks(int i, int k);

  /**
   * The best admissible participants for a task, by descending score then participant id.
   *
   * @param task task index
   * @param k how many at most
   * @return the pairs, explained
   */
  List<ScoredPair> topParticipants(int task, int k);

  /**
   * The number of participants.
   *
   * @return the count
   */
  int participantCount();

  /**
   * Finds a participant.
   *
   * @param id the id
   * @return the index or -1
   */
  int participantIndex(String id);

  /**
   * Finds a task.
   *
   * @param id the id
   * @return the index or -1
   */
  int taskIndex(String id);

  /**
   * The default number of suggestions.
   *
   * @return at least 1
   */
  int defaultTopK();
}
