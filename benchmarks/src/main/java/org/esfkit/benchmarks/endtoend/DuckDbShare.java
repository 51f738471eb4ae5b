package org.esfkit.benchmarks.endtoend;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The DuckDB side of the end-to-end comparison: one SQL query over the register CSV computing a
 * share-at-follow-up target by gender, exactly as DESIGN.md defines it. Run by
 * {@link EndToEnd} in a fresh JVM, as {@code esfkit metrics} is, so both pay JVM start-up:
 *
 * <pre>java -cp benchmarks.jar org.esfkit.benchmarks.endtoend.DuckDbShare REGISTER.csv AS_OF MONTHS STATUS,...</pre>
 *
 * <p>It prints one line, {@code all=N/D woman=N/D man=N/D non_binary=N/D not_reported=N/D}.
 */
public final class DuckDbShare {
  private DuckDbShare() {}

  /**
   * Runs the query and prints the numbers.
   *
   * @param args the register, the as-of date, the window in months and the statuses (comma-separated)
   * @throws SQLException if DuckDB fails, e.g. on a cell that is not of its column's type
   */
  public static void main(String[] args) throws SQLException {
    if (args.length != 4) {
      System.err.println("usage: DuckDbShare REGISTER.csv AS_OF WINDOW_MONTHS STATUS[,STATUS...]");
      System.exit(2);
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      System.out.println(count(db, Path.of(args[0]), LocalDate.parse(args[1]), Integer.parseInt(args[2]),
          Arrays.asList(args[3].split(","))));
    }
  }

  /**
   * The SQL of the target. Every column is read with its type given (no sniffing). Semantics
   * (DESIGN.md, share at follow-up): as of D only exits dated on or before D exist; the window
   * is [exit, exit + window] (DuckDB's month arithmetic clamps to the month's end as
   * {@code LocalDate.plusMonths} does); only closed windows (exit + window ≤ D) count, in
   * numerator and denominator alike; the numerator counts a follow-up dated inside the window
   * with a status in the set. The register holds at most one follow-up per participant (one row
   * per participant, ids unique), so "the latest inside the window" is that one.
   */
  static String sql(int windowMonths, int statuses) {
    String marks = String.join(", ", Collections.nCopies(statuses, "?"));
    return "SELECT gender,\n"
        + "       count(*) FILTER (WHERE follow_up_on BETWEEN exited_on AND exited_on + INTERVAL "
        + windowMonths + " MONTH\n"
        + "                          AND follow_up_status IN (" + marks + ")) AS numerator,\n"
        + "       count(*) AS denominator\n"
        + "FROM read_csv(?, header = true, delim = ',', quote = '\"', escape = '\"', auto_detect = false,\n"
        + "     columns = {'participant_id': 'VARCHAR', 'gender': 'VARCHAR', 'birth_year': 'INTEGER',\n"
        + "                'site': 'VARCHAR', 'enrolled_on': 'DATE', 'exited_on': 'DATE', 'exit_status': 'VARCHAR',\n"
        + "                'follow_up_on': 'DATE', 'follow_up_status': 'VARCHAR',\n"
        + "                'perceived_improvement': 'VARCHAR', 'target_groups': 'VARCHAR',\n"
        + "                'labour_status_at_entry': 'VARCHAR', 'isced': 'INTEGER', 'disability': 'VARCHAR',\n"
        + "                'foreign_background': 'VARCHAR', 'qualification_gained': 'VARCHAR'})\n"
        + "WHERE exited_on <= CAST(? AS DATE) AND exited_on + INTERVAL " + windowMonths + " MONTH <= CAST(? AS DATE)\n"
        + "GROUP BY gender";
  }

  /** Runs {@link #sql} on a register and returns the numbers. */
  static ShareCounts count(Connection db, Path register, LocalDate asOf, int windowMonths, List<String> statuses)
      throws SQLException {
    ShareCounts counts = new ShareCounts();
    try (PreparedStatement q = db.prepareStatement(sql(windowMonths, statuses.size()))) {
      int p = 1;
      for (String s : statuses) {
        q.setString(p++, s);
      }
      q.setString(p++, register.toString());
      q.setString(p++, asOf.toString());
      q.setString(p, asOf.toString());
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          int g = ShareCounts.gender(rs.getString(1));
          counts.numerator[g] = rs.getLong(2);
          counts.denominator[g] = rs.getLong(3);
        }
      }
    }
    return counts;
  }
}
