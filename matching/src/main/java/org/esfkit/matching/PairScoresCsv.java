package org.esfkit.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.io.Problem;
import org.esfkit.core.io.ReadResult;
import org.esfkit.core.io.ImmutableReadResult;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link PairScores} from two CSV files, as {@code esfkit match --scores S.csv --capacities
 * C.csv} takes them.
 *
 * <ul>
 *   <li>scores: {@code participant_id}, {@code task_id}, {@code score} (0..1), optional
 *       {@code participant_rank} and {@code task_rank} (1 = most preferred; empty = not given);</li>
 *   <li>capacities: {@code task_id}, {@code capacity} (a whole number {@code >= 0}).</li>
 * </ul>
 * A header is required; {@code ,} or {@code ;} is detected from it; UTF-8 with or without BOM;
 * LF or CRLF; fields may be quoted with {@code "} (no line breaks inside). Every bad row is
 * reported with file, line (the header is line 1) and column, and every row is accounted for:
 * a pair whose task has no capacity is rejected, as are repeated pairs and repeated tasks.
 */
public final class PairScoresCsv {
  private static final Set<String> SCORE_COLUMNS = Set.of("participant_id", "task_id", "score", "participant_rank", "task_rank");
  private static final Set<String> CAPACITY_COLUMNS = Set.of("task_id", "capacity");

  private PairScoresCsv() {}

  /**
   * Reads the two files.
   *
   * @param scores the pair scores file
   * @param capacities the capacities file
   * @return the table with every problem found; {@link ReadResult#value()} throws if there is one
   * @throws IOException if a file cannot be read
   */
  public static ReadResult<PairScores> read(Path scores, Path capacities) throws IOException {
    return read(scores.toString(), Files.readString(scores, StandardCharsets.UTF_8),
        capacities.toString(), Files.readString(capacities, StandardCharsets.UTF_8));
  }

  /**
   * Reads the two files from text.
   *
   * @param scoresName the scores file's name, for problems
   * @param scoresText its content
   * @param capacitiesName the capacities file's name, for problems
   * @param capacitiesText its content
   * @return the table with every problem found
   */
  public static ReadResult<PairScores> read(String scoresName, String scoresText, String capacitiesName, String capacitiesText) {
    List<Problem> problems = new ArrayList<>();
    long read = 0;
    long accepted = 0;

    Map<String, Integer> capacity = new LinkedHashMap<>();
    Table caps = Table.parse(capacitiesName, capacitiesText, CAPACITY_COLUMNS, Set.of("task_id", "capacity"), problems);
    for (Row row : caps.rows) {
      read++;
      int before = problems.size();
      String task = row.required("task_id", problems);
      Integer c = row.integer("capacity", 0, problems);
      if (problems.size() == before && task != null && c != null) {
        if (capacity.containsKey(task)) {
          problems.add(row.problem("task_id", "task " + task + " is given a capacity twice"));
        } else {
          capacity.put(task, c);
          accepted++;
        }
      }
    }

    PairScores.Builder b = PairScores.builder();
    capacity.forEach(b::capacity);
    Map<String, Long> seen = new HashMap<>();
    Table sc = Table.parse(scoresName, scoresText, SCORE_COLUMNS, Set.of("participant_id", "task_id", "score"), problems);
    for (Row row : sc.rows) {
      read++;
      int before = problems.size();
      String participant = row.required("participant_id", problems);
      String task = row.required("task_id", problems);
      Double score = row.score(problems);
      Integer pr = row.has("participant_rank") ? row.integer("participant_rank", 1, problems) : Integer.valueOf(0);
      Integer tr = row.has("task_rank") ? row.integer("task_rank", 1, problems) : Integer.valueOf(0);
      if (task != null && !capacity.containsKey(task) && caps.ok) {
        problems.add(row.problem("task_id", "task " + task + " has no capacity in " + capacitiesName));
      }
      if (participant != null && task != null) {
        Long first = seen.putIfAbsent(participant + '\u0000' + task, row.line);
        if (first != null) {
          problems.add(row.problem("task_id", "pair (" + participant + ", " + task + ") already given on line " + first));
        }
      }
      if (problems.size() == before && participant != null && task != null && score != null && pr != null && tr != null
          && capacity.containsKey(task)) {
        b.pair(participant, task, score, pr, tr);
        accepted++;
      }
    }
    PairScores value = caps.ok && sc.ok ? b.build() : null;
    return ImmutableReadResult.<PairScores>builder().rowsRead(read).rowsAccepted(accepted).problems(problems)
        .acceptedValue(value).build();
  }

  /** A parsed file: its header and rows. */
  private static final class Table {
    final List<Row> rows = new ArrayList<>();
    boolean ok = true;

    static Table parse(String source, String text, Set<String> known, Set<String> required, List<Problem> problems) {
      Table t = new Table();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      String[] lines = text.split("\r?\n", -1);
      if (lines.length == 0 || lines[0].isBlank()) {
        problems.add(Problem.of(source, 1, "-", "the file is empty; a header is required: " + String.join(", ", required)));
        t.ok = false;
        return t;
      }
      char sep = lines[0].indexOf(';') >= 0 && lines[0].indexOf(',') < 0 ? ';' : ',';
      List<String> header = split(lines[0], sep);
      if (header == null) {
        problems.add(Problem.of(source, 1, "-", "unbalanced quotes in the header"));
        t.ok = false;
        return t;
      }
      Map<String, Integer> columns = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        String name = header.get(c).strip().toLowerCase(Locale.ROOT);
        if (!known.contains(name)) {
          problems.add(Problem.of(source, 1, name.isEmpty() ? String.valueOf(c + 1) : name,
              "unknown column; expected " + String.join(", ", new java.util.TreeSet<>(known))));
          t.ok = false;
        } else if (columns.put(name, c) != null) {
          problems.add(Problem.of(source, 1, name, "column given twice"));
          t.ok = false;
        }
      }
      for (String r : new java.util.TreeSet<>(required)) {
        if (!columns.containsKey(r)) {
          problems.add(Problem.of(source, 1, r, "missing column"));
          t.ok = false;
        }
      }
      for (int l = 1; l < lines.length; l++) {
        if (lines[l].isBlank()) {
          continue;
        }
        Row row = new Row(source, l + 1, columns);
        List<String> cells = split(lines[l], sep);
        if (cells == null) {
          row.cells = List.of();
          row.broken = "unbalanced quotes";
        } else if (cells.size() != header.size()) {
          row.cells = cells;
          row.broken = "expected " + header.size() + " fields, found " + cells.size();
        } else {
          row.cells = cells;
        }
        t.rows.add(row);
      }
      return t;
    }

    /** Splits one line into fields; quotes may enclose separators and doubled quotes. */
    static @Nullable List<String> split(String line, char sep) {
      List<String> out = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (quoted) {
          if (ch == '"') {
            if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
              cur.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            cur.append(ch);
          }
        } else if (ch == '"') {
          quoted = true;
        } else if (ch == sep) {
          out.add(cur.toString());
          cur.setLength(0);
        } else {
          cur.append(ch);
        }
      }
      if (quoted) {
        return null;
      }
      out.add(cur.toString());
      return out;
    }
  }

  /** One data row. */
  private static final class Row {
    final String source;
    final long line;
    final Map<String, Integer> columns;
    List<String> cells = List.of();
    @Nullable String broken;
    boolean reported;

    Row(String source, long line, Map<String, Integer> columns) {
      this.source = source;
      this.line = line;
      this.columns = columns;
    }

    Problem problem(String column, String message) {
      return Problem.of(source, line, column, message);
    }

    boolean has(String column) {
      return columns.containsKey(column);
    }

    /** The stripped cell, or null after reporting a broken row once. */
    @Nullable String cell(String column, List<Problem> problems) {
      if (broken != null) {
        if (!reported) {
          problems.add(problem("-", broken));
          reported = true;
        }
        return null;
      }
      Integer c = columns.get(column);
      return c == null ? null : cells.get(c).strip();
    }

    @Nullable String required(String column, List<Problem> problems) {
      String v = cell(column, problems);
      if (v != null && v.isEmpty()) {
        problems.add(problem(column, "must not be empty"));
        return null;
      }
      return v;
    }

    @Nullable Integer integer(String column, int min, List<Problem> problems) {
      String v = cell(column, problems);
      if (v == null) {
        return null;
      }
      if (v.isEmpty() && min > 0) {
        return 0;
      }
      try {
        int n = Integer.parseInt(v);
        if (n < min) {
          problems.add(problem(column, "'" + v + "' must be at least " + min));
          return null;
        }
        return n;
      } catch (NumberFormatException e) {
        problems.add(problem(column, "'" + v + "' is not a whole number"));
        return null;
      }
    }

    @Nullable Double score(List<Problem> problems) {
      String v = cell("score", problems);
      if (v == null) {
        return null;
      }
      try {
        if (!v.matches("([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][-+]?[0-9]+)?")) {
          throw new NumberFormatException(v);
        }
        double d = Double.parseDouble(v.replace(',', '.'));
        if (!(d >= 0 && d <= 1)) {
          problems.add(problem("score", "'" + v + "' is outside [0, 1]"));
          return null;
        }
        return d;
      } catch (NumberFormatException e) {
        problems.add(problem("score", "'" + v + "' is not a number"));
        return null;
      }
    }
  }
}
