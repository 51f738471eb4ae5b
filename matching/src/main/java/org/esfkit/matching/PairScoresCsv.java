package org.esfkit.matching;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.esfkit.core.ImportException;
import org.esfkit.core.io.ImmutableReadResult;
import org.esfkit.core.io.Problem;
import org.esfkit.core.io.ReadResult;
import org.esfkit.core.io.internal.CsvRow;
import org.esfkit.core.io.internal.CsvTable;
import org.esfkit.core.io.internal.Inputs;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link PairScores} from two CSV files, as {@code esfkit match --scores S.csv --capacities
 * C.csv} takes them.
 *
 * <ul>
 *   <li>scores: {@code participant_id}, {@code task_id}, {@code score} (0..1, {@code .} or
 *       {@code ,} as the decimal mark), optional {@code participant_rank} and {@code task_rank}
 *       (1 = most preferred; empty = not given);</li>
 *   <li>capacities: {@code task_id}, {@code capacity} (a whole number {@code >= 0}).</li>
 * </ul>
 * Read by esfkit's one CSV reader, with its dialect and bounds (see {@code docs/formats.md}): a
 * header is required, {@code ,} or {@code ;}, UTF-8 with or without BOM, quoted fields may span
 * lines, at most 256 MB a file. Every problem is reported with file, line (the header is line 1)
 * and column, and every row is accounted for: a pair whose task has no capacity is rejected, as are
 * repeated pairs and repeated tasks. Whether each pair's task has a capacity is checked once the
 * capacities file is clean.
 */
public final class PairScoresCsv {
  private static final List<String> SCORE_REQUIRED = List.of("participant_id", "task_id", "score");
  private static final List<String> SCORE_OPTIONAL = List.of("participant_rank", "task_rank");
  private static final List<String> CAPACITY_REQUIRED = List.of("task_id", "capacity");
  private static final Pattern NUMBER = Pattern.compile("([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][-+]?[0-9]+)?");

  private PairScoresCsv() {}

  /** One accepted row of the scores file. */
  private record Scored(String participant, String task, double score, int participantRank, int taskRank) {}

  /**
   * Reads the two files.
   *
   * @param scores the pair scores file; its name as given is the problems' source
   * @param capacities the capacities file
   * @return the table with every problem found; {@link ReadResult#value()} throws if there is one
   * @throws ImportException if a file cannot be opened or read, with a problem for each such file
   */
  public static ReadResult<PairScores> read(Path scores, Path capacities) {
    List<Problem> unreadable = new ArrayList<>();
    ReadResult<Map<String, Integer>> caps = open(capacities, PairScoresCsv::capacities, unreadable);
    ReadResult<List<Scored>> pairs = open(scores, (in, name) -> scores(in, name, caps, capacities.toString()),
        unreadable);
    if (!unreadable.isEmpty()) {
      List<Problem> all = new ArrayList<>(unreadable);
      for (ReadResult<?> r : new ReadResult<?>[] {caps, pairs}) {
        if (r != null) {
          all.addAll(r.problems());
        }
      }
      throw new ImportException(all);
    }
    return combine(scores.toString(), caps, pairs);
  }

  /**
   * Reads the two files from streams (which the caller closes).
   *
   * @param scores the pair scores CSV
   * @param scoresName its name, for problems
   * @param capacities the capacities CSV
   * @param capacitiesName its name, for problems
   * @return the table with every problem found; {@link ReadResult#value()} throws if there is one
   * @throws ImportException if a stream cannot be read
   */
  public static ReadResult<PairScores> read(InputStream scores, String scoresName, InputStream capacities,
      String capacitiesName) {
    ReadResult<Map<String, Integer>> caps = capacities(capacities, capacitiesName);
    return combine(scoresName, caps, scores(scores, scoresName, caps, capacitiesName));
  }

  private static <T> @Nullable ReadResult<T> open(Path path, Inputs.StreamReader<ReadResult<T>> reader,
      List<Problem> unreadable) {
    try {
      return Inputs.read(path, reader);
    } catch (ImportException e) {
      unreadable.addAll(e.problems());
      return null;
    }
  }

  private static ReadResult<Map<String, Integer>> capacities(InputStream in, String source) {
    Map<String, Long> firstLine = new HashMap<>();
    return CsvTable.readAll(in, source, null, CAPACITY_REQUIRED, List.of(), Set.of(), row -> {
      String task = id(row, "task_id");
      if (task != null) {
        Long first = firstLine.putIfAbsent(task, row.line());
        if (first != null) {
          row.problem("task_id", "task " + task + " is given a capacity twice; first on line " + first);
        }
      }
      Integer capacity = row.required("capacity") == null ? null : atLeast(row, "capacity", 0);
      return row.ok() ? Map.entry(task, capacity) : null;
    }, entries -> {
      Map<String, Integer> m = new LinkedHashMap<>();
      entries.forEach(e -> m.put(e.getKey(), e.getValue()));
      return m;
    });
  }

  /**
   * Reads the scores; each pair's task must have a capacity when the capacities are clean (when
   * they are not, their problems come first and the table is not built anyway).
   */
  private static ReadResult<List<Scored>> scores(InputStream in, String source,
      @Nullable ReadResult<Map<String, Integer>> caps, String capacitiesName) {
    Map<String, Integer> capacity = caps != null && caps.isClean() ? caps.value() : null;
    Map<String, Long> firstLine = new HashMap<>();
    return CsvTable.readAll(in, source, null, SCORE_REQUIRED, SCORE_OPTIONAL, Set.of(), row -> {
      String participant = id(row, "participant_id");
      String task = id(row, "task_id");
      Double score = score(row);
      Integer pr = row.present("participant_rank") ? atLeast(row, "participant_rank", 1) : Integer.valueOf(0);
      Integer tr = row.present("task_rank") ? atLeast(row, "task_rank", 1) : Integer.valueOf(0);
      if (task != null && capacity != null && !capacity.containsKey(task)) {
        row.problem("task_id", "task " + task + " has no capacity in " + capacitiesName);
      }
      if (participant != null && task != null) {
        Long first = firstLine.putIfAbsent(participant + '\u0000' + task, row.line());
        if (first != null) {
          row.problem("task_id", "pair (" + participant + ", " + task + ") already given on line " + first);
        }
      }
      return row.ok() ? new Scored(participant, task, score, pr, tr) : null;
    }, List::copyOf);
  }

  /** Both files' rows and problems, capacities first; the table only when both are clean (notes and warnings allowed). */
  private static ReadResult<PairScores> combine(String source, ReadResult<Map<String, Integer>> caps,
      ReadResult<List<Scored>> pairs) {
    List<Problem> problems = new ArrayList<>(caps.problems());
    problems.addAll(pairs.problems());
    PairScores value = null;
    if (caps.isClean() && pairs.isClean()) {
      PairScores.Builder b = PairScores.builder();
      caps.value().forEach(b::capacity);
      for (Scored s : pairs.value()) {
        b.pair(s.participant(), s.task(), s.score(), s.participantRank(), s.taskRank());
      }
      value = b.build();
    }
    return ImmutableReadResult.<PairScores>builder().source(source)
        .rowsRead(caps.rowsRead() + pairs.rowsRead()).rowsAccepted(caps.rowsAccepted() + pairs.rowsAccepted())
        .problems(problems).acceptedValue(value).build();
  }

  /** A required id: not empty, not blank. */
  private static @Nullable String id(CsvRow row, String column) {
    String v = row.required(column);
    if (v != null && v.isBlank()) {
      row.problem(column, column + " must not be blank");
      return null;
    }
    return v;
  }

  private static @Nullable Integer atLeast(CsvRow row, String column, int min) {
    Integer n = row.integer(column);
    if (n != null && n < min) {
      row.problem(column, "'" + n + "' must be at least " + min);
      return null;
    }
    return n;
  }

  private static @Nullable Double score(CsvRow row) {
    String v = row.required("score");
    if (v == null) {
      return null;
    }
    if (!NUMBER.matcher(v).matches()) {
      row.problem("score", "'" + v + "' is not a number");
      return null;
    }
    double d = Double.parseDouble(v.replace(',', '.'));
    if (!(d >= 0 && d <= 1)) {
      row.problem("score", "'" + v + "' is outside [0, 1]");
      return null;
    }
    return d;
  }
}
