package org.esfkit.core.io.internal;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.esfkit.core.io.ImmutableReadResult;
import org.esfkit.core.io.Problem;
import org.esfkit.core.io.ReadResult;
import org.jspecify.annotations.Nullable;

/** Assembles {@link ReadResult}s. */
public final class Results {
  /** From how many lines on one column's repeated error gets a summary note. */
  static final int SUMMARY_FROM = 5;

  private Results() {}

  /**
   * Creates a result of a reader that does not decode text itself.
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
    return of(source, read, lines.size(), lines, problems, value, null);
  }

  /**
   * Creates a result: the problems sorted by line (stably) into file order, followed by a note for
   * each column that has the same error on {@value #SUMMARY_FROM} lines or more.
   *
   * @param source the input's name
   * @param read rows read
   * @param accepted rows accepted
   * @param lines the line of each record of the value
   * @param problems every problem
   * @param value the value built from the accepted rows
   * @param encoding the encoding the text was decoded with, or null
   * @param <T> the value type
   * @return the result
   */
  public static <T> ReadResult<T> of(String source, long read, long accepted, List<Long> lines,
      List<Problem> problems, @Nullable T value, @Nullable Charset encoding) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingLong(Problem::line));
    sorted.addAll(summaries(sorted));
    return ImmutableReadResult.<T>builder()
        .source(source)
        .rowsRead(read)
        .rowsAccepted(accepted)
        .lines(LongList.values(lines))
        .problems(sorted)
        .acceptedValue(value)
        .encoding(encoding)
        .build();
  }

  /**
   * One note per column and kind of error found on many lines: how many lines, the first and the
   * last, and the first such message with quoted values left out.
   */
  static List<Problem> summaries(List<Problem> problems) {
    Map<String, List<Problem>> byKind = new LinkedHashMap<>();
    for (Problem p : problems) {
      if (p.isError() && p.line() > 1) {
        byKind.computeIfAbsent(p.column() + "\u0000" + kind(p.message()), k -> new ArrayList<>()).add(p);
      }
    }
    List<Problem> out = new ArrayList<>();
    for (List<Problem> same : byKind.values()) {
      long distinctLines = same.stream().mapToLong(Problem::line).distinct().count();
      if (distinctLines >= SUMMARY_FROM) {
        Problem first = same.get(0);
        out.add(Problem.note(first.source(), 0, first.column(), "the same error on " + distinctLines
            + " lines, from line " + first.line() + " to line " + same.get(same.size() - 1).line() + ": "
            + unquoted(first.message())));
      }
    }
    return out;
  }

  /** A message with its quoted values and numbers left out, so that messages of one kind compare equal. */
  static String kind(String message) {
    StringBuilder sb = new StringBuilder(message.length());
    String m = unquoted(message);
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      if (c >= '0' && c <= '9') {
        if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '#') {
          sb.append('#');
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A quoted value in a message; compiled once (this runs for every error of a file). */
  private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'[^']*'");

  /** A message with each {@code 'quoted'} value replaced by {@code '…'}. */
  static String unquoted(String message) {
    return message.indexOf('\'') < 0 ? message : QUOTED.matcher(message).replaceAll("'…'");
  }
}
