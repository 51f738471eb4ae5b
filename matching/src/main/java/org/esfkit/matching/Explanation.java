package org.esfkit.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Why a value is what it is, as a tree in the shape of Lucene's {@code Explanation}: a value, a
 * description of how it came about, and the explanations it was computed from.
 *
 * <p>A pair's explanation has the pair's score as its value, one detail listing the hard
 * constraints it passed and one detail per scorer holding that scorer's weighted contribution.
 * Serialises to JSON as {@code {"value": x, "description": "...", "details": [...]}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExplanation.class)
@JsonPropertyOrder({"value", "description", "details"})
public abstract class Explanation {
  /**
   * Creates an explanation.
   *
   * @param value the value explained
   * @param description how it came about
   * @param details the explanations it was computed from
   * @return the explanation
   */
  public static Explanation of(double value, String description, List<Explanation> details) {
    return ImmutableExplanation.builder().value(value).description(description).details(details).build();
  }

  /**
   * Creates an explanation without details.
   *
   * @param value the value explained
   * @param description how it came about
   * @return the explanation
   */
  public static Explanation of(double value, String description) {
    return of(value, description, List.of());
  }

  /**
   * The value explained (a score, a weighted contribution, 1 for a passed constraint).
   *
   * @return the value
   */
  @JsonProperty("value")
  public abstract double value();

  /**
   * How the value came about, in words.
   *
   * @return the description
   */
  @JsonProperty("description")
  public abstract String description();

  /**
   * The explanations the value was computed from.
   *
   * @return the details, possibly empty
   */
  @JsonProperty("details")
  public abstract List<Explanation> details();

  /**
   * Renders the tree as indented text, one node a line: {@code value = description}.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    appendText(sb, 0);
    return sb.toString();
  }

  private void appendText(StringBuilder sb, int depth) {
    sb.append("  ".repeat(depth)).append(org.esfkit.matching.internal.Texts.number(value())).append(" = ").append(description()).append('\n');
    for (Explanation d : details()) {
      d.appendText(sb, depth + 1);
    }
  }

  @Override
  public String toString() {
    return toText();
  }
}
