package org.esfkit.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Every target of a project evaluated as of a date, in the project's order. Immutable and
 * thread-safe.
 */
@Value.Immutable
public interface Evaluation {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableEvaluation.Builder builder() {
    return ImmutableEvaluation.builder();
  }

  /**
   * The project's number.
   *
   * @return the number, or null for a cohort without a project
   */
  @Nullable String projectNumber();

  /**
   * The as-of date.
   *
   * @return the date
   */
  LocalDate asOf();

  /**
   * The results, one per target.
   *
   * @return the results
   */
  List<TargetResult> results();

  /**
   * The cells of the targets' breakdowns ({@link org.esfkit.core.Target#by()}), target by target in
   * the project's order, then dimension by dimension in the order given, then value by value in
   * register order (target groups and age bands in their declaration order).
   *
   * @return the cells, empty when no target has {@code by}
   */
  List<Breakdown> breakdowns();

  /**
   * The breakdown cells of one target.
   *
   * @param id the target id
   * @return its cells, empty when it has none
   */
  default List<Breakdown> breakdowns(String id) {
    return breakdowns().stream().filter(b -> b.targetId().equals(id)).collect(Collectors.toList());
  }

  /**
   * Finds a result by target id.
   *
   * @param id the target id
   * @return the result
   * @throws IllegalArgumentException naming the known target ids if there is no such target
   */
  default TargetResult result(String id) {
    return results().stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no result for target '" + id + "'; known: "
            + (results().isEmpty() ? "none" : results().stream().map(TargetResult::id).collect(Collectors.joining(", ")))));
  }

  /**
   * Finds a result by target id, of a given kind.
   *
   * @param id the target id
   * @param kind the record type, e.g. {@code ShareResult.class}
   * @param <T> the record type
   * @return the result
   * @throws IllegalArgumentException if there is no such target or its result is of another kind
   */
  default <T extends TargetResult> T result(String id, Class<T> kind) {
    TargetResult r = result(id);
    if (!kind.isInstance(r)) {
      throw new IllegalArgumentException("target '" + id + "' is a " + r.type().code() + " target, not a "
          + kind.getSimpleName());
    }
    return kind.cast(r);
  }
}
