package org.esfkit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.esfkit.core.EventType;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.PathwayPhase;
import org.esfkit.core.ValidationException;
import org.esfkit.core.io.internal.Inputs;
import org.esfkit.core.io.internal.Json;
import org.esfkit.core.io.internal.JsonContext;
import org.esfkit.core.io.internal.JsonFields;
import org.esfkit.core.io.internal.JsonRecords;
import org.jspecify.annotations.Nullable;

/**
 * Full pathways (JSON): every event of every participant, for histories a register row cannot
 * hold (phases, placements, activities, several follow-ups).
 *
 * <pre>{@code
 * [{"participant_id": "P01", "events": [
 *    {"type": "enrolled", "on": "2020-09-14"},
 *    {"type": "phase_started", "on": "2020-09-14", "phase": "mapping"},
 *    {"type": "exited", "on": "2021-03-01", "status": "employment", "qualification_gained": true},
 *    {"type": "followed_up", "on": "2021-06-01", "status": "employment"}]}]
 * }</pre>
 *
 * <p>Event fields: {@code type} and {@code on} always; {@code status} (exited, followed_up),
 * {@code qualification_gained} (exited), {@code phase} (phase_started), {@code placement_id}
 * (placement_started, placement_ended), {@code perceived_improvement} (survey_answered),
 * {@code description} (activity). An impossible history is a problem at the offending event's
 * path, naming the participant and the event.
 */
public final class PathwayJson {
  static final List<String> FIELDS = List.of("participant_id", "events");
  static final List<String> EVENT = List.of("type", "on", "status", "qualification_gained", "phase",
      "placement_id", "perceived_improvement", "description");
  private static final Pattern EVENT_NUMBER = Pattern.compile(": event (\\d+) \\(");

  private PathwayJson() {}

  /**
   * Reads a pathway file.
   *
   * @param path the file; its name as given is the problems' source
   * @return the result: the accepted pathways in file order, and every problem
   * @throws org.esfkit.core.ImportException if the file cannot be opened or read (I/O failure)
   */
  public static ReadResult<List<Pathway>> read(Path path) {
    return Inputs.read(path, PathwayJson::read);
  }

  /**
   * Reads pathways from a stream (which the caller closes).
   *
   * @param in the JSON bytes
   * @param sourceName the name problems are reported under
   * @return the result: the accepted pathways in file order, and every problem
   * @throws org.esfkit.core.ImportException if the stream cannot be read (I/O failure)
   */
  public static ReadResult<List<Pathway>> read(InputStream in, String sourceName) {
    return JsonRecords.read(in, sourceName, "participant_id", "participant id", PathwayJson::pathway);
  }

  private static @Nullable Pathway pathway(JsonContext ctx, JsonNode node, String path) {
    int before = ctx.problemCount();
    JsonFields f = ctx.object(node, path, FIELDS);
    if (f == null) {
      return null;
    }
    String id = f.requiredText("participant_id");
    List<PathwayEvent> events = f.require("events") ? f.list("events", (n, p) -> event(ctx, n, p)) : List.of();
    if (ctx.problemCount() > before) {
      return null;
    }
    try {
      return Pathway.builder().participantId(id).events(events).build();
    } catch (ValidationException e) {
      String message = String.valueOf(e.getMessage());
      Matcher m = EVENT_NUMBER.matcher(message);
      ctx.problem(m.find() ? f.path("events") + "[" + (Integer.parseInt(m.group(1)) - 1) + "]" : path, message);
      return null;
    }
  }

  private static @Nullable PathwayEvent event(JsonContext ctx, JsonNode node, String path) {
    int before = ctx.problemCount();
    JsonFields f = ctx.object(node, path, EVENT);
    if (f == null) {
      return null;
    }
    EventType type = f.require("type") ? f.parsed("type", EventType::fromCode) : null;
    LocalDate on = f.requiredDate("on");
    OutcomeStatus status = f.parsed("status", OutcomeStatus::fromCode);
    Boolean qualification = f.bool("qualification_gained");
    PathwayPhase phase = f.parsed("phase", PathwayPhase::fromCode);
    String placement = f.text("placement_id");
    Boolean perceived = f.bool("perceived_improvement");
    String description = f.text("description");
    return ctx.build(path, before, EVENT.subList(2, EVENT.size()), () -> PathwayEvent.builder().type(type).on(on).status(status)
        .qualificationGained(qualification).phase(phase).placementId(placement).perceivedImprovement(perceived)
        .description(description).build());
  }

  /**
   * Writes pathways as a pretty-printed JSON array; reading it back gives equal pathways.
   *
   * @param pathways the pathways
   * @return the JSON text
   */
  public static String write(List<Pathway> pathways) {
    return JsonRecords.write(pathways.stream().map(PathwayJson::tree).collect(Collectors.toList()));
  }

  private static ObjectNode tree(Pathway pathway) {
    ObjectNode o = Json.object();
    o.put("participant_id", pathway.participantId());
    ArrayNode events = o.putArray("events");
    for (PathwayEvent e : pathway.events()) {
      ObjectNode n = events.addObject();
      n.put("type", e.type().code());
      n.put("on", e.on().toString());
      if (e.status() != null) {
        n.put("status", e.status().code());
      }
      if (e.qualificationGained() != null) {
        n.put("qualification_gained", e.qualificationGained());
      }
      if (e.phase() != null) {
        n.put("phase", e.phase().code());
      }
      if (e.placementId() != null) {
        n.put("placement_id", e.placementId());
      }
      if (e.perceivedImprovement() != null) {
        n.put("perceived_improvement", e.perceivedImprovement());
      }
      if (e.description() != null) {
        n.put("description", e.description());
      }
    }
    return o;
  }
}
