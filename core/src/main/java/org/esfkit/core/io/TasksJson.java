package org.esfkit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.esfkit.core.Accessibility;
import org.esfkit.core.CefrLevel;
import org.esfkit.core.Gender;
import org.esfkit.core.GeoPoint;
import org.esfkit.core.ImmutableLowThresholdTask;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.io.internal.Inputs;
import org.esfkit.core.io.internal.Json;
import org.esfkit.core.io.internal.JsonContext;
import org.esfkit.core.io.internal.JsonFields;
import org.esfkit.core.io.internal.JsonRecords;
import org.jspecify.annotations.Nullable;

/**
 * Low-threshold tasks as JSON: an array of objects with the columns of {@link TasksCsv} as
 * snake_case fields, lists as arrays, the location as {@code {"latitude": .., "longitude": ..}}.
 * Task ids must be unique; a repeated id rejects the later task.
 */
public final class TasksJson {
  static final List<String> FIELDS = List.of("task_id", "employer_id", "title", "identified_on", "capacity",
      "occupation_code", "required_competences", "demands", "language_level", "hours_per_week", "location",
      "adaptations", "open_to_all_genders", "dominant_gender");
  static final List<String> LOCATION = List.of("latitude", "longitude");

  private TasksJson() {}

  /**
   * Reads a tasks file.
   *
   * @param path the file; its name as given is the problems' source
   * @return the result: the accepted tasks in file order, and every problem
   * @throws org.esfkit.core.ImportException if the file cannot be opened or read (I/O failure)
   */
  public static ReadResult<List<LowThresholdTask>> read(Path path) {
    return Inputs.read(path, TasksJson::read);
  }

  /**
   * Reads tasks from a stream (which the caller closes).
   *
   * @param in the JSON bytes
   * @param sourceName the name problems are reported under
   * @return the result: the accepted tasks in file order, and every problem
   * @throws org.esfkit.core.ImportException if the stream cannot be read (I/O failure)
   */
  public static ReadResult<List<LowThresholdTask>> read(InputStream in, String sourceName) {
    return JsonRecords.read(in, sourceName, "task_id", "task id", TasksJson::task);
  }

  private static @Nullable LowThresholdTask task(JsonContext ctx, JsonNode node, String path) {
    int before = ctx.problemCount();
    JsonFields f = ctx.object(node, path, FIELDS);
    if (f == null) {
      return null;
    }
    String id = f.requiredText("task_id");
    String employer = f.requiredText("employer_id");
    String title = f.requiredText("title");
    LocalDate identified = f.requiredDate("identified_on");
    Integer capacity = f.integer("capacity");
    String occupation = f.text("occupation_code");
    Set<String> competences = f.textSet("required_competences");
    Set<String> demands = f.textSet("demands");
    CefrLevel language = f.parsed("language_level", CefrLevel::fromCode);
    Integer hours = f.integer("hours_per_week");
    GeoPoint location = location(ctx, f.object("location", LOCATION));
    Set<Accessibility> adaptations = f.codes("adaptations", Accessibility::fromCode);
    Boolean open = f.bool("open_to_all_genders");
    Gender dominant = f.parsed("dominant_gender", Gender::fromCode);
    return ctx.build(path, before, FIELDS, () -> {
      ImmutableLowThresholdTask.Builder b = LowThresholdTask.builder().id(id).employerId(employer).title(title)
          .identifiedOn(identified).occupationCode(occupation).requiredCompetences(competences).demands(demands)
          .languageLevel(language).hoursPerWeek(hours).location(location).adaptations(adaptations)
          .dominantGender(dominant);
      if (capacity != null) {
        b.capacity(capacity);
      }
      if (open != null) {
        b.openToAllGenders(open);
      }
      return b.build();
    });
  }

  /**
   * Reads a {@code {"latitude", "longitude"}} object (shared with {@link ParticipantsJson}).
   *
   * @param ctx the document
   * @param f the object's fields, or null
   * @return the point, or null
   */
  static @Nullable GeoPoint location(JsonContext ctx, @Nullable JsonFields f) {
    if (f == null) {
      return null;
    }
    int before = ctx.problemCount();
    Double lat = f.require("latitude") ? f.real("latitude") : null;
    Double lon = f.require("longitude") ? f.real("longitude") : null;
    return ctx.build(f.path(), before, LOCATION, () -> GeoPoint.of(lat, lon));
  }

  /**
   * Writes tasks as a pretty-printed JSON array; reading it back gives equal tasks.
   *
   * @param tasks the tasks
   * @return the JSON text
   */
  public static String write(List<LowThresholdTask> tasks) {
    return JsonRecords.write(tasks.stream().map(TasksJson::tree).collect(Collectors.toList()));
  }

  private static ObjectNode tree(LowThresholdTask t) {
    ObjectNode o = Json.object();
    o.put("task_id", t.id()).put("employer_id", t.employerId()).put("title", t.title())
        .put("identified_on", t.identifiedOn().toString()).put("capacity", t.capacity());
    if (t.occupationCode() != null) {
      o.put("occupation_code", t.occupationCode());
    }
    texts(o, "required_competences", t.requiredCompetences());
    texts(o, "demands", t.demands());
    if (t.languageLevel() != null) {
      o.put("language_level", t.languageLevel().code());
    }
    if (t.hoursPerWeek() != null) {
      o.put("hours_per_week", t.hoursPerWeek());
    }
    location(o, t.location());
    texts(o, "adaptations", t.adaptations().stream().sorted(Comparator.naturalOrder()).map(Accessibility::code)
        .collect(Collectors.toList()));
    o.put("open_to_all_genders", t.openToAllGenders());
    if (t.dominantGender() != null) {
      o.put("dominant_gender", t.dominantGender().code());
    }
    return o;
  }

  /**
   * Writes a location object if there is one (shared with {@link ParticipantsJson}).
   *
   * @param o the object to write into
   * @param p the point, or null
   */
  static void location(ObjectNode o, @Nullable GeoPoint p) {
    if (p != null) {
      o.putObject("location").put("latitude", p.latitude()).put("longitude", p.longitude());
    }
  }

  /**
   * Writes an array of strings if not empty (shared with {@link ParticipantsJson}).
   *
   * @param o the object to write into
   * @param field the name
   * @param values the strings
   */
  static void texts(ObjectNode o, String field, java.util.Collection<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(field);
      values.forEach(a::add);
    }
  }
}
