package org.esfkit.core.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.esfkit.core.ValidationException;
import org.esfkit.core.internal.Bounds;
import org.esfkit.core.internal.Sensitive;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to the fields of one JSON object. Every accessor returns null (or an empty
 * collection) for an absent field or a JSON {@code null}, and records a problem with the field's
 * path for a value of the wrong type, an unknown code, or a date, period or number beyond
 * {@link Bounds}. Messages about a sensitive field ({@link Sensitive}) never show its value.
 */
public final class JsonFields {
  private final JsonContext ctx;
  private final ObjectNode node;
  private final String path;

  JsonFields(JsonContext ctx, ObjectNode node, String path) {
    this.ctx = ctx;
    this.node = node;
    this.path = path;
  }

  /**
   * The object's path.
   *
   * @return e.g. {@code $.targets[0]}
   */
  public String path() {
    return path;
  }

  /**
   * The path of one of the object's fields.
   *
   * @param field the name
   * @return the path
   */
  public String path(String field) {
    return JsonContext.field(path, field);
  }

  /**
   * Tells whether the field is present and not null.
   *
   * @param field the name
   * @return true if given
   */
  public boolean has(String field) {
    JsonNode v = node.get(field);
    return v != null && !v.isNull();
  }

  /**
   * Returns the raw node of a field.
   *
   * @param field the name
   * @return the node, or null if absent or JSON null
   */
  public @Nullable JsonNode raw(String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v;
  }

  /**
   * Records a problem at a field.
   *
   * @param field the name
   * @param message why
   */
  public void problem(String field, String message) {
    ctx.problem(path(field), message);
  }

  /**
   * Records "missing required field" unless the field is given.
   *
   * @param field the name
   * @return true if given
   */
  public boolean require(String field) {
    if (has(field)) {
      return true;
    }
    problem(field, "missing required field '" + field + "'");
    return false;
  }

  /**
   * Reads a string.
   *
   * @param field the name
   * @return the text, or null
   */
  public @Nullable String text(String field) {
    JsonNode v = raw(field);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      problem(field, "expected a string, found " + JsonContext.kind(v));
      return null;
    }
    return v.textValue();
  }

  /**
   * Reads a required string.
   *
   * @param field the name
   * @return the text, or null (with a problem)
   */
  public @Nullable String requiredText(String field) {
    return require(field) ? text(field) : null;
  }

  /**
   * Reads a string or a number as text (codes such as {@code 2} or {@code "102"}).
   *
   * @param field the name
   * @return the text, or null
   */
  public @Nullable String textOrNumber(String field) {
    JsonNode v = raw(field);
    if (v != null && v.isIntegralNumber()) {
      return v.asText();
    }
    if (v != null && v.isNumber()) {
      BigDecimal d = decimal(field);
      return d == null ? null : d.toPlainString();
    }
    return text(field);
  }

  /**
   * Reads an ISO-8601 date ({@code YYYY-MM-DD}).
   *
   * @param field the name
   * @return the date, or null
   */
  public @Nullable LocalDate date(String field) {
    String t = text(field);
    if (t == null) {
      return null;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      problem(field, "'" + t + "' is not a date (YYYY-MM-DD)");
      return null;
    }
    String why = Bounds.date(d);
    if (why != null) {
      problem(field, "the date " + t + " " + why);
      return null;
    }
    return d;
  }

  /**
   * Reads a required date.
   *
   * @param field the name
   * @return the date, or null (with a problem)
   */
  public @Nullable LocalDate requiredDate(String field) {
    return require(field) ? date(field) : null;
  }

  /**
   * Reads an ISO-8601 period such as {@code P3M}.
   *
   * @param field the name
   * @return the period, or null
   */
  public @Nullable Period period(String field) {
    String t = text(field);
    if (t == null) {
      return null;
    }
    Period p;
    try {
      p = Period.parse(t);
    } catch (DateTimeParseException | ArithmeticException e) {
      problem(field, "'" + t + "' is not an ISO-8601 period such as P3M");
      return null;
    }
    String why = Bounds.period(p);
    if (why != null) {
      problem(field, "the period " + t + " " + why);
      return null;
    }
    return p;
  }

  /**
   * Reads a whole number that fits an {@code int}.
   *
   * @param field the name
   * @return the number, or null
   */
  public @Nullable Integer integer(String field) {
    JsonNode v = raw(field);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      problem(field, "expected a whole number, found " + JsonContext.kind(v));
      return null;
    }
    return v.intValue();
  }

  /**
   * Reads a number exactly. A number with more than {@link Bounds#MAX_NUMBER_DIGITS} digits before
   * or after the decimal point (such as {@code 1e999999999}) is a problem, found from its exponent
   * before any arithmetic; the model checks each field's own range.
   *
   * @param field the name
   * @return the number, or null
   */
  public @Nullable BigDecimal decimal(String field) {
    JsonNode v = raw(field);
    if (v == null) {
      return null;
    }
    if (!v.isNumber()) {
      problem(field, "expected a number, found " + JsonContext.kind(v));
      return null;
    }
    BigDecimal d = v.decimalValue();
    String why = Bounds.number(d);
    if (why != null) {
      problem(field, "the number " + why);
      return null;
    }
    return d;
  }

  /**
   * Reads a number as a {@code double} (coordinates).
   *
   * @param field the name
   * @return the number, or null
   */
  public @Nullable Double real(String field) {
    BigDecimal d = decimal(field);
    return d == null ? null : d.doubleValue();
  }

  /**
   * Reads a boolean.
   *
   * @param field the name
   * @return the value, or null
   */
  public @Nullable Boolean bool(String field) {
    JsonNode v = raw(field);
    if (v == null) {
      return null;
    }
    if (!v.isBoolean()) {
      problem(field, "expected true or false, found " + JsonContext.kind(v));
      return null;
    }
    return v.booleanValue();
  }

  /**
   * Parses a string with a model parser (a code, a number format); a {@link ValidationException}
   * becomes a problem.
   *
   * @param field the name
   * @param parse the parser, e.g. {@code OutcomeStatus::fromCode}
   * @param <T> the result type
   * @return the value, or null
   */
  public <T> @Nullable T parsed(String field, Function<String, T> parse) {
    return parse(field, text(field), parse);
  }

  /**
   * Like {@link #parsed} but also accepts a JSON number as the text.
   *
   * @param field the name
   * @param parse the parser
   * @param <T> the result type
   * @return the value, or null
   */
  public <T> @Nullable T parsedTextOrNumber(String field, Function<String, T> parse) {
    return parse(field, textOrNumber(field), parse);
  }

  private <T> @Nullable T parse(String field, @Nullable String text, Function<String, T> parse) {
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (ValidationException e) {
      problem(field, Sensitive.redact(field, text, String.valueOf(e.getMessage())));
      return null;
    }
  }

  /**
   * Reads an array of strings.
   *
   * @param field the name
   * @return the strings, empty if absent
   */
  public List<String> texts(String field) {
    return list(field, (n, p) -> {
      if (!n.isTextual()) {
        ctx.problem(p, "expected a string, found " + JsonContext.kind(n));
        return null;
      }
      return n.textValue();
    });
  }

  /**
   * Reads an array of codes into a set; a code given twice is a problem.
   *
   * @param field the name
   * @param parse the code parser
   * @param <T> the element type
   * @return the set, empty if absent
   */
  public <T> Set<T> codes(String field, Function<String, T> parse) {
    Set<T> out = new LinkedHashSet<>();
    for (int i = 0; i < arraySize(field); i++) {
      String p = path(field) + "[" + i + "]";
      JsonNode n = node.get(field).get(i);
      if (!n.isTextual()) {
        ctx.problem(p, "expected a string, found " + JsonContext.kind(n));
        continue;
      }
      try {
        if (!out.add(parse.apply(n.textValue()))) {
          ctx.problem(p, (Sensitive.is(field) ? "the value" : "'" + n.textValue() + "'") + " appears twice");
        }
      } catch (ValidationException e) {
        ctx.problem(p, Sensitive.redact(field, n.textValue(), String.valueOf(e.getMessage())));
      }
    }
    return out;
  }

  /**
   * Reads an array of strings into a set; a string given twice is a problem.
   *
   * @param field the name
   * @return the set, empty if absent
   */
  public Set<String> textSet(String field) {
    return codes(field, Function.identity());
  }

  private int arraySize(String field) {
    JsonNode v = raw(field);
    if (v == null) {
      return 0;
    }
    if (!v.isArray()) {
      problem(field, "expected an array, found " + JsonContext.kind(v));
      return 0;
    }
    return v.size();
  }

  /**
   * Reads an array with an element reader.
   *
   * @param field the name
   * @param element reads one element from its node and path (null when it has problems)
   * @param <T> the element type
   * @return the elements read, empty if absent
   */
  public <T> List<T> list(String field, BiFunction<JsonNode, String, @Nullable T> element) {
    JsonNode v = raw(field);
    if (v == null) {
      return List.of();
    }
    List<T> out = ctx.array(v, path(field), element);
    return out == null ? List.of() : out;
  }

  /**
   * Reads a nested object with known fields.
   *
   * @param field the name
   * @param fields the nested object's allowed fields
   * @return the nested fields, or null if absent or not an object (with a problem)
   */
  public @Nullable JsonFields object(String field, Collection<String> fields) {
    JsonNode v = raw(field);
    return v == null ? null : ctx.object(v, path(field), fields);
  }

  /**
   * Reads an object of whole numbers keyed by free text (e.g. planned participants by site).
   *
   * @param field the name
   * @return the map in document order, empty if absent
   */
  public Map<String, Integer> counts(String field) {
    JsonNode v = raw(field);
    Map<String, Integer> out = new LinkedHashMap<>();
    if (v == null) {
      return out;
    }
    if (!v.isObject()) {
      problem(field, "expected an object, found " + JsonContext.kind(v));
      return out;
    }
    JsonFields inner = new JsonFields(ctx, (ObjectNode) v, path(field));
    for (Iterator<String> it = v.fieldNames(); it.hasNext();) {
      String key = it.next();
      Integer n = inner.integer(key);
      if (n != null) {
        out.put(key, n);
      } else if (!inner.has(key)) {
        inner.problem(key, "expected a whole number, found null");
      }
    }
    return out;
  }
}
