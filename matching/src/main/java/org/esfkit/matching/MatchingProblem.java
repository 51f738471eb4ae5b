package org.esfkit.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.core.ValidationException;
import org.esfkit.matching.internal.Model;
import org.esfkit.matching.internal.ProfileModel;
import org.esfkit.matching.internal.ScoresModel;
import org.esfkit.matching.spi.Assignment;
import org.esfkit.matching.spi.CandidateGraph;
import org.esfkit.matching.spi.MatchingStrategy;

/**
 * A matching problem: participants and low-threshold tasks judged by a {@link MatchingPolicy},
 * or a table of {@link PairScores}. Solve it with a {@link MatchingStrategy}, or ask it for
 * suggestions for a caseworker's screen.
 *
 * <p>Participants and tasks are ordered by id, so ties are broken by id and the same problem
 * gives the same result whatever the order of the input and the number of threads. Admissible
 * pairs are evaluated once, on the first call that needs them, and kept.
 *
 * <p><b>Matching suggests; a person decides.</b> Neither a {@link MatchingResult} nor a
 * suggestion is acted on by esfkit: a caseworker and the participant decide.
 *
 * <p>Instances are thread-safe.
 */
public final class MatchingProblem {
  private final Model model;

  private MatchingProblem(Model model) {
    this.model = model;
  }

  /**
   * A problem on full profiles.
   *
   * @param participants the participants, with unique ids
   * @param tasks the tasks, with unique ids
   * @param policy the constraints, scorers and options
   * @return the problem
   * @throws ValidationException if a participant or task id appears twice
   */
  public static MatchingProblem of(Collection<Participant> participants, Collection<LowThresholdTask> tasks, MatchingPolicy policy) {
    return new MatchingProblem(new ProfileModel(participants, tasks, policy));
  }

  /**
   * A problem given as pair scores and capacities.
   *
   * @param scores the table
   * @return the problem
   */
  public static MatchingProblem of(PairScores scores) {
    return new MatchingProblem(new ScoresModel(scores));
  }

  /**
   * The admissible pairs with their scores, participants and tasks indexed in id order.
   *
   * @return the candidate graph, computed once
   */
  public CandidateGraph candidates() {
    return model.graph();
  }

  /**
   * Solves the problem with the strategy of that name found through ServiceLoader ({@link MatchingStrategies#byName}).
   *
   * @param strategyName e.g. {@code optimal}
   * @return the result
   * @throws IllegalArgumentException if no strategy has that name
   */
  public MatchingResult match(String strategyName) {
    return match(MatchingStrategies.byName(strategyName));
  }

  /**
   * Solves the problem with a strategy and explains the outcome: every assigned pair with its
   * explanation tree, every unassigned participant with reasons.
   *
   * @param strategy the strategy
   * @return the result, a suggestion for a person to decide on
   * @throws IllegalStateException if the strategy assigns an inadmissible pair or exceeds a
   *     capacity
   */
  public MatchingResult match(MatchingStrategy strategy) {
    CandidateGraph g = model.graph();
    Assignment a = strategy.solve(g);
    int[] load = check(strategy, g, a);
    List<ScoredPair> assignments = new ArrayList<>();
    List<UnassignedParticipant> unassigned = new ArrayList<>();
    for (int i = 0; i < g.participantCount(); i++) {
      int k = a.taskOf(i);
      if (k >= 0) {
        assignments.add(ScoredPair.of(g.participantId(i), g.taskId(k), g.edgeScore(g.edge(i, k)), model.explain(i, k)));
      } else if (g.rowStart(i) == g.rowEnd(i)) {
        unassigned.add(UnassignedParticipant.of(g.participantId(i), model.whyNoAdmissibleTask(i)));
      } else {
        unassigned.add(UnassignedParticipant.of(g.participantId(i), takenReasons(g, i, load)));
      }
    }
    return ImmutableMatchingResult.builder().strategy(strategy.name()).assignments(assignments)
        .unassigned(unassigned).notes(a.notes()).build();
  }

  private static int[] check(MatchingStrategy strategy, CandidateGraph g, Assignment a) {
    if (a.participantCount() != g.participantCount()) {
      throw new IllegalStateException("strategy " + strategy.name() + " assigned " + a.participantCount()
          + " participants of " + g.participantCount());
    }
    int[] load = new int[g.taskCount()];
    for (int i = 0; i < g.participantCount(); i++) {
      int k = a.taskOf(i);
      if (k < -1 || k >= g.taskCount() || (k >= 0 && g.edge(i, k) < 0)) {
        throw new IllegalStateException("strategy " + strategy.name() + " assigned participant " + g.participantId(i)
            + " to " + (k >= 0 && k < g.taskCount() ? "task " + g.taskId(k) + ", an inadmissible pair" : "task index " + k));
      }
      if (k >= 0 && ++load[k] > g.capacity(k)) {
        throw new IllegalStateException("strategy " + strategy.name() + " assigned more participants to task "
            + g.taskId(k) + " than its capacity " + g.capacity(k));
      }
    }
    return load;
  }

  private static List<String> takenReasons(CandidateGraph g, int i, int[] load) {
    List<String> full = new ArrayList<>();
    List<String> free = new ArrayList<>();
    for (int e = g.rowStart(i); e < g.rowEnd(i); e++) {
      int k = g.edgeTask(e);
      (load[k] >= g.capacity(k) ? full : free).add(g.taskId(k));
    }
    List<String> reasons = new ArrayList<>();
    if (!full.isEmpty()) {
      reasons.add((free.isEmpty() ? "all " : "") + full.size() + " admissible task(s) had every slot taken by other participants: "
          + org.esfkit.matching.internal.Texts.ids(full));
    }
    if (!free.isEmpty()) {
      reasons.add("the strategy left " + free.size() + " admissible task(s) with a free slot unassigned to this participant: "
          + org.esfkit.matching.internal.Texts.ids(free));
    }
    return reasons;
  }

  /**
   * The best tasks for a participant, as many as the policy's {@code topK}.
   *
   * @param participantId the participant
   * @return admissible pairs by descending score, then task id, each explained
   * @throws IllegalArgumentException if there is no such participant
   */
  public List<ScoredPair> suggestTasks(String participantId) {
    return suggestTasks(participantId, model.defaultTopK());
  }

  /**
   * The {@code k} best tasks for a participant, for a caseworker's screen. Uses indexes so that
   * it does not score every task; the result equals scoring every task and sorting.
   *
   * @param participantId the participant
   * @param k how many at most, {@code >= 0}
   * @return admissible pairs by descending score, then task id, each explained; empty when no
   *     task admits the participant, and {@link #explainNoSuggestions} says why
   * @throws IllegalArgumentException if there is no such participant or {@code k < 0}
   */
  public List<ScoredPair> suggestTasks(String participantId, int k) {
    int i = model.participantIndex(participantId);
    if (i < 0) {
      throw new IllegalArgumentException("unknown participant id '" + participantId + "'");
    }
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0, got " + k);
    }
    return model.topTasks(i, k);
  }

  /**
   * Why {@link #suggestTasks} has nothing for a participant: no task admits them. Each task is
   * counted under the first constraint that rejects it; the reasons are a summary line, then one
   * line per rejecting constraint with its count and one example task with the constraint's
   * reason (the same reasons {@link #match} gives an unassigned participant with no admissible
   * task). Checks the participant against every task, stopping at the first that admits them;
   * builds no candidate graph.
   *
   * <p>For the caseworker's eyes only: the reasons name the participant's needs and hours.
   *
   * @param participantId the participant
   * @return the reasons, or an empty list if some task admits the participant (then
   *     {@code suggestTasks(participantId, k)} is not empty for {@code k >= 1})
   * @throws IllegalArgumentException if there is no such participant
   */
  public List<String> explainNoSuggestions(String participantId) {
    int i = model.participantIndex(participantId);
    if (i < 0) {
      throw new IllegalArgumentException("unknown participant id '" + participantId + "'");
    }
    return model.whyNoAdmissibleTask(i);
  }

  /**
   * The best participants for a task, as many as the policy's {@code topK}.
   *
   * @param taskId the task
   * @return admissible pairs by descending score, then participant id, each explained
   * @throws IllegalArgumentException if there is no such task
   */
  public List<ScoredPair> suggestParticipants(String taskId) {
    return suggestParticipants(taskId, model.defaultTopK());
  }

  /**
   * The {@code k} best participants for a task. Uses indexes so that it does not score every
   * participant; the result equals scoring every participant and sorting.
   *
   * @param taskId the task
   * @param k how many at most, {@code >= 0}
   * @return admissible pairs by descending score, then participant id, each explained
   * @throws IllegalArgumentException if there is no such task or {@code k < 0}
   */
  public List<ScoredPair> suggestParticipants(String taskId, int k) {
    int t = model.taskIndex(taskId);
    if (t < 0) {
      throw new IllegalArgumentException("unknown task id '" + taskId + "'");
    }
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0, got " + k);
    }
    return model.topParticipants(t, k);
  }
}
