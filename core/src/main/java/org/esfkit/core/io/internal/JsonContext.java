package org.esfkit.core.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.esfkit.core.ValidationException;
import org.esfkit.core.internal.Text;
import org.esfkit.core.io.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Where JSON is read from: the source name, the line of every path, and the problems found so far.
 * Paths are JSONPath-like: {@code $.targets[2].window}; names that are not plain identifiers are
 * written {@code ['name']}.
 */
public class JsonContext {
  /** A field name written as {@code $.name} in a path; compiled once. */
  private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private final String source;
  private final Map<String, Long> lines;
  private final List<Problem> problems;

  JsonContext(String source, Map<String, Long> lines, List<Problem> problems) {
    this.source = source;
    this.lines = lines;
    this.problems = problems;
  }

  /**
   * The input's name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The line of each path seen.
   *
   * @return path to line (mutable, filled by the parser)
   */
  public Map<String, Long> lines() {
    return lines;
  }

  /**
   * The problems found, in order.
   *
   * @return the problems (mutable)
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * How many problems have been found; compare before and after reading a record.
   *
   * @return the count
   */
  public int problemCount() {
    return problems.size();
  }

  /**
   * Records a problem at a path, on the line of the path (or of its nearest known parent).
   *
   * @param path the JSON path
   * @param message why
   */
  public void problem(String path, String message) {
    problems.add(Problem.of(source, lineOf(path), path, message));
  }

  /**
   * The line a path starts on.
   *
   * @param path the JSON path
   * @return the line of the path or of its nearest parent in the document, else 1
   */
  public long lineOf(String path) {
    String p = path;
    while (true) {
      Long line = lines.get(p);
      if (line != null) {
        return line;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return 1;
      }
      p = p.substring(0, cut);
    }
  }

  /**
   * The path of a field of an object.
   *
   * @param parent the object's path
   * @param name the field name
   * @return e.g. {@code $.targets} or {@code $.by_site['Småland']}
   */
  public static String field(String parent, String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return parent + "." + name;
    }
    StringBuilder sb = new StringBuilder(parent).append("['");
    for (char c : name.toCharArray()) {
      if (c == '\'' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return Text.escape(sb.append("']").toString());
  }

  /**
   * Opens a node as an object with a known set of fields; every other field is a problem.
   *
   * @param node the node
   * @param path its path
   * @param fields the field names allowed
   * @return the object's fields, or null (with a problem) if the node is not an object
   */
  public @Nullable JsonFields object(JsonNode node, String path, Collection<String> fields) {
    if (!node.isObject()) {
      problem(path, "expected an object, found " + kind(node));
      return null;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String name = it.next();
      if (!fields.contains(name)) {
        problem(field(path, name), "unknown field '" + Text.escape(name) + "'");
      }
    }
    return new JsonFields(this, (ObjectNode) node, path);
  }

  /**
   * Reads every element of an array; elements read as null (having problems) are left out.
   *
   * @param node the node
   * @param path its path
   * @param element reads one element from its node and path
   * @param <T> the element type
   * @return the elements read, or null (with a problem) if the node is not an array
   */
  public <T> @Nullable List<T> array(JsonNode node, String path, BiFunction<JsonNode, String, @Nullable T> element) {
    if (!node.isArray()) {
      problem(path, "expected an array, found " + kind(node));
      return null;
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      T t = element.apply(node.get(i), path + "[" + i + "]");
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Builds a model value unless problems were found since {@code before}; a
   * {@link ValidationException} from the model becomes a problem at {@code path}.
   *
   * @param path where the value is
   * @param before the problem count when reading the value began
   * @param build builds the value
   * @param <T> the value type
   * @return the value, or null
   */
  public <T> @Nullable T build(String path, int before, Supplier<T> build) {
    return build(path, before, List.of(), build);
  }

  /**
   * Like {@link #build(String, int, Supplier)}, but points a model problem at the field its message
   * names first, when it names one of {@code fields} (e.g. {@code $.targets[1].at_least}).
   *
   * @param path where the value is
   * @param before the problem count when reading the value began
   * @param fields the value's field names
   * @param build builds the value
   * @param <T> the value type
   * @return the value, or null
   */
  public <T> @Nullable T build(String path, int before, Collection<String> fields, Supplier<T> build) {
    if (problems.size() > before) {
      return null;
    }
    try {
      return build.get();
    } catch (ValidationException e) {
      String message = String.valueOf(e.getMessage());
      problem(Names.firstNamed(message, fields).map(f -> field(path, f)).orElse(path), message);
      return null;
    }
  }

  /**
   * Names a node's JSON type for messages.
   *
   * @param node the node
   * @return e.g. {@code a string}
   */
  static String kind(JsonNode node) {
    switch (node.getNodeType()) {
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
