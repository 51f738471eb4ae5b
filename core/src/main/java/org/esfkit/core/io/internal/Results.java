package org.esfkit.core.io.internal;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.esfkit.core.io.ImmutableReadResult;
import org.esfkit.core.io.Problem;
import org.esfkit.core.io.ReadResult;
import org.jspecify.annotations.Nullable;

/** Assembles {@link ReadResult}s. */
public final class Results {
  private Results() {}

  /**
   * Creates a result.
   *
   * @param source the input's name
   * @param read records read
   * @param lines the line of each accepted record (its size is the accepted count)
   * @param problems every problem; sorted by line (stably) into file order
   * @param value the value built from the accepted records
   * @param <T> the value type
   * @return the result
   */
  public static <T> ReadResult<T> of(
      String source, long read, List<Long> lines, List<Problem> problems, @Nullable T value) {
    return ImmutableReadResult.<T>builder()
        .source(source)
        .rowsRead(read)
        .rowsAccepted(lines.size())
        .recordLines(lines)
        .problems(problems.stream().sorted(Comparator.comparingLong(Problem::line)).collect(Collectors.toList()))
        .acceptedValue(value)
        .build();
  }
}
