package org.esfkit.core.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.esfkit.core.io.ReadResult;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON file holding an array of records, each identified by an id field that must be
 * unique: every record is read, a record with a problem is rejected, and a repeated id rejects
 * the later record.
 */
public final class JsonRecords {
  private JsonRecords() {}

  /**
   * Reads one record.
   *
   * @param <T> the record type
   */
  @FunctionalInterface
  public interface RecordReader<T> {
    /**
     * Reads a record, reporting problems to the context.
     *
     * @param ctx the document
     * @param node the record's node
     * @param path the record's path, e.g. {@code $[3]}
     * @return the record, or null if it has problems
     */
    @Nullable T read(JsonContext ctx, JsonNode node, String path);
  }

  /**
   * Reads an array of records.
   *
   * @param in the input
   * @param source the input's name
   * @param idField the name of the id field, e.g. {@code task_id}
   * @param idLabel how messages name the id, e.g. {@code task id}
   * @param reader reads one record
   * @param <T> the record type
   * @return the records accepted, in file order, with every problem
   */
  public static <T> ReadResult<List<T>> read(
      InputStream in, String source, String idField, String idLabel, RecordReader<T> reader) {
    Json.JsonIn doc = Json.parse(in, source);
    JsonNode root = doc.root();
    if (root == null) {
      return Results.of(source, 0, List.of(), doc.problems(), null);
    }
    if (!root.isArray()) {
      doc.problem("$", "expected an array of records, found " + JsonContext.kind(root));
      return Results.of(source, 0, List.of(), doc.problems(), null);
    }
    List<T> values = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    Map<String, String> firstAt = new HashMap<>();
    for (int i = 0; i < root.size(); i++) {
      String path = "$[" + i + "]";
      JsonNode node = root.get(i);
      int before = doc.problemCount();
      JsonNode id = node.get(idField);
      if (id != null && id.isTextual()) {
        String first = firstAt.putIfAbsent(id.textValue(), path);
        if (first != null) {
          doc.problem(JsonContext.field(path, idField), idLabel + " " + id.textValue() + " appears twice; first at " + first);
        }
      }
      T value = reader.read(doc, node, path);
      if (value != null && doc.problemCount() == before) {
        values.add(value);
        lines.add(doc.lineOf(path));
      }
    }
    return Results.of(source, root.size(), lines, doc.problems(), List.copyOf(values));
  }

  /**
   * Writes records as a pretty-printed JSON array.
   *
   * @param records the records' trees
   * @return the JSON text
   */
  public static String write(List<? extends JsonNode> records) {
    ArrayNode a = Json.array();
    records.forEach(a::add);
    return Json.write(a);
  }
}
