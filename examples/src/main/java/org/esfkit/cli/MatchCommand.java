package org.esfkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.core.ImportException;
import org.esfkit.core.io.Problem;
import org.esfkit.core.io.ReadResult;
import org.esfkit.matching.MatchingPolicy;
import org.esfkit.matching.MatchingProblem;
import org.esfkit.matching.MatchingResult;
import org.esfkit.matching.MatchingStrategies;
import org.esfkit.matching.PairScores;
import org.esfkit.matching.PairScoresCsv;
import org.esfkit.matching.ScoredPair;
import org.esfkit.matching.UnassignedParticipant;
import org.esfkit.matching.spi.MatchingStrategy;

/**
 * {@code esfkit match}: pairs participants with tasks by a strategy, from a table of pair scores
 * and capacities, or from full profiles scored by the standard policy (with explanations). Prints the result as JSON or text. The result is a suggestion; it changes
 * nothing.
 */
final class MatchCommand implements Command {
  /** The longest commute the profile form admits unless told otherwise, in kilometres. */
  static final double DEFAULT_MAX_COMMUTE_KM = 30;

  @Override
  public String name() {
    return "match";
  }

  @Override
  public String summary() {
    return "pair participants with tasks (greedy, optimal, stable, fair); suggestions only";
  }

  @Override
  public String help() {
    return "usage: esfkit match --scores S.csv --capacities C.csv --strategy NAME [--format json|text]\n"
        + "       esfkit match --project P.json --participants R.json --tasks T.json --strategy NAME\n"
        + "                    [--max-commute-km KM] [--format json|text]\n"
        + "\n"
        + "  --scores S.csv       participant_id, task_id, score (0..1), optional participant_rank, task_rank;\n"
        + "                       a pair absent from the file is inadmissible\n"
        + "  --capacities C.csv   task_id, capacity\n"
        + "  --project P.json     the project file (checked)\n"
        + "  --participants R.json  participant profiles; --tasks T.json task profiles: scored by the built-in\n"
        + "                       constraints and scorers (MatchingPolicy.standard), explained in the output\n"
        + "  --max-commute-km KM  longest commute for the profile form (default 30)\n"
        + "  --strategy NAME      one of " + String.join(", ", MatchingStrategies.names()) + "\n"
        + "  --format json|text   output format (default json)\n"
        + "\nThe result suggests; a person decides. esfkit acts on no one.\n"
        + "FOR THE CASEWORKER'S EYES ONLY: with --participants, the explanations tie a participant id to\n"
        + "accessibility needs, hours and competences. Do not share the output; reports are what is shared.\n";
  }

  @Override
  public Set<String> valuedOptions() {
    return Set.of("--scores", "--capacities", "--project", "--participants", "--tasks", "--max-commute-km",
        "--strategy", "--format");
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    MatchingStrategy strategy = strategy(args.require("--strategy"));
    String format = args.choice("--format", "json", Set.of("json", "text"));
    boolean scores = args.has("--scores") || args.has("--capacities");
    boolean profiles = args.has("--project") || args.has("--participants") || args.has("--tasks");
    if (scores == profiles) {
      throw new UsageException("give either --scores and --capacities, or --project, --participants and --tasks");
    }
    MatchingProblem problem;
    if (scores) {
      Path scoresFile = args.requirePath("--scores");
      Path capacitiesFile = args.requirePath("--capacities");
      List<Problem> wrong = new ArrayList<>();
      for (Problem p : new Problem[] {
          Inputs.checkFormat("--scores", scoresFile, false, "pair scores in CSV (participant_id, task_id, score)"),
          Inputs.checkFormat("--capacities", capacitiesFile, false, "capacities in CSV (task_id, capacity)")}) {
        if (p != null) {
          wrong.add(p);
        }
      }
      if (!wrong.isEmpty()) {
        throw new ImportException(wrong);
      }
      ReadResult<PairScores> read = PairScoresCsv.read(scoresFile, capacitiesFile);
      if (read.isClean()) {
        read.problems().forEach(err::println);   // notes and warnings; errors are thrown below with them
      }
      problem = MatchingProblem.of(read.value());
    } else {
      List<Problem> problems = new ArrayList<>();
      Inputs.read(Inputs.PROJECT, args.requirePath("--project"), problems);
      ReadResult<List<Participant>> participants = Inputs.read(Inputs.PROFILES, args.requirePath("--participants"), problems);
      ReadResult<List<LowThresholdTask>> tasks = Inputs.read(Inputs.TASK_PROFILES, args.requirePath("--tasks"), problems);
      if (!problems.isEmpty()) {
        throw new ImportException(problems);
      }
      problem = MatchingProblem.of(participants.value(), tasks.value(), MatchingPolicy.standard(maxCommuteKm(args)).build());
    }
    MatchingResult result = problem.match(strategy);
    out.print(format.equals("json") ? json(result, profiles) : text(result, profiles));
    return 0;
  }

  private static double maxCommuteKm(Args args) {
    String v = args.get("--max-commute-km");
    if (v == null) {
      return DEFAULT_MAX_COMMUTE_KM;
    }
    try {
      double km = Double.parseDouble(v);
      if (km > 0 && Double.isFinite(km)) {
        return km;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("option --max-commute-km: '" + v + "' is not a positive number of kilometres");
  }

  static MatchingStrategy strategy(String name) {
    try {
      return MatchingStrategies.byName(name);
    } catch (IllegalArgumentException e) {
      throw new UsageException("option --strategy: " + e.getMessage());
    }
  }

  /**
   * The JSON of DESIGN.md: {@code strategy, assigned, total_score, assignments, unassigned}, and
   * the strategy's {@code notes} (empty but for {@code fair});
   * with {@code explained}, each assignment carries its {@code explanation} and each unassigned
   * participant is {@code {"participant_id", "reasons"}}.
   */
  static String json(MatchingResult r, boolean explained) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("strategy", r.strategy());
    root.put("assigned", r.assigned());
    root.put("total_score", r.totalScore());
    ArrayNode assignments = root.putArray("assignments");
    for (ScoredPair p : r.assignments()) {
      ObjectNode a = assignments.addObject();
      a.put("participant_id", p.participantId());
      a.put("task_id", p.taskId());
      a.put("score", p.score());
      if (explained) {
        a.set("explanation", mapper.valueToTree(p.explanation()));
      }
    }
    ArrayNode unassigned = root.putArray("unassigned");
    for (UnassignedParticipant u : r.unassigned()) {
      if (explained) {
        unassigned.add(mapper.valueToTree(u));
      } else {
        unassigned.add(u.participantId());
      }
    }
    ArrayNode notes = root.putArray("notes");
    r.notes().forEach(notes::add);
    return mapper.writeValueAsString(root) + "\n";
  }

  static String text(MatchingResult r, boolean explained) {
    StringBuilder sb = new StringBuilder();
    sb.append("strategy ").append(r.strategy()).append(": ").append(r.assigned()).append(" assigned, total score ")
        .append(r.totalScore()).append('\n');
    for (ScoredPair p : r.assignments()) {
      sb.append(String.format(java.util.Locale.ROOT, "  %s -> %s  %s%n", p.participantId(), p.taskId(), p.score()));
      if (explained) {
        p.explanation().toText().lines().forEach(l -> sb.append("      ").append(l).append('\n'));
      }
    }
    sb.append("unassigned: ").append(r.unassigned().size()).append('\n');
    for (UnassignedParticipant u : r.unassigned()) {
      sb.append("  ").append(u.participantId()).append('\n');
      if (explained) {
        u.reasons().forEach(reason -> sb.append("      ").append(reason).append('\n'));
      }
    }
    r.notes().forEach(n -> sb.append("note: ").append(n).append('\n'));
    sb.append("These are suggestions: a person decides.\n");
    return sb.toString();
  }
}
