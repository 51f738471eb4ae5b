package org.esfkit.benchmarks.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL side and esfkit agree with a hand count on the edges of the share-at-follow-up
 * semantics (as of 2024-06-30, window P3M, the target's statuses).
 */
class DuckDbShareTest {
  private static final String HEADER = "participant_id,gender,birth_year,site,enrolled_on,exited_on,exit_status,"
      + "follow_up_on,follow_up_status,perceived_improvement,target_groups,labour_status_at_entry,isced,disability,"
      + "foreign_background,qualification_gained\n";

  // A-C: window 2024-01-10..2024-04-10; D, E: 2023-11-30 + P3M clamps to 2024-02-29 (leap year);
  // F: window ends on the as-of date itself; G: window still open (pending); H: exits after the
  // as-of date; I, J: closed, no follow-up / a status outside the set; K: enrolled after the as-of
  // date; L: 2023-08-31 + P3M clamps to 2023-11-30, follow-up the day after.
  private static final String ROWS = HEADER
      + "A,woman,1990,Umeå,2023-06-01,2024-01-10,job_seeking,2024-03-01,employment,,,unemployed,3,,no,\n"
      + "B,woman,1990,Umeå,2023-06-01,2024-01-10,job_seeking,2024-04-10,studies,yes,,unemployed,3,,no,\n"
      + "C,woman,1990,Umeå,2023-06-01,2024-01-10,employment,2024-04-11,employment,,young,unemployed,3,,no,\n"
      + "D,man,1980,Umeå,2023-06-01,2023-11-30,other,2024-02-29,employment,,,unemployed,3,,no,\n"
      + "E,man,1980,Umeå,2023-06-01,2023-11-30,employment,2024-03-01,employment,,,unemployed,3,,no,\n"
      + "F,man,1980,Umeå,2023-06-01,2024-03-31,other,2024-03-31,work_rehabilitation,no,,unemployed,3,,no,\n"
      + "G,non_binary,1970,Umeå,2023-06-01,2024-04-01,other,2024-04-05,employment,,,unemployed,3,,no,\n"
      + "H,non_binary,1970,Umeå,2023-06-01,2024-07-15,employment,,,,,unemployed,3,,no,\n"
      + "I,not_reported,1970,Umeå,2022-06-01,2023-05-01,employment,,,,,unemployed,3,,no,\n"
      + "J,not_reported,1970,Umeå,2022-06-01,2023-05-01,employment,2023-06-01,job_seeking,,,unemployed,3,,no,\n"
      + "K,woman,2000,Umeå,2024-08-01,,,,,,,unemployed,3,,no,\n"
      + "L,man,1980,Umeå,2023-06-01,2023-08-31,other,2023-12-01,studies,,,unemployed,3,,no,\n";

  @Test
  void sqlAndEsfkitGiveTheHandCount(@TempDir Path dir) throws Exception {
    Path register = Files.writeString(dir.resolve("r.csv"), ROWS);
    ShareCounts hand = ShareCounts.parse(
        "all=4/9 woman=2/3 man=2/4 non_binary=0/0 not_reported=0/2");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      assertThat(DuckDbShare.count(db, register, RegisterFiles.AS_OF, RegisterFiles.WINDOW_MONTHS,
          RegisterFiles.STATUSES)).isEqualTo(hand);
    }
    assertThat(EsfkitInProcess.counts(RegisterFiles.project(dir), register)).isEqualTo(hand);
  }

  @Test
  void aCellOfTheWrongTypeFailsTheQuery(@TempDir Path dir) throws Exception {
    Path register = Files.writeString(dir.resolve("r.csv"), HEADER
        + "A,woman,1990,Umeå,2023-06-01,2024-02-30,job_seeking,2024-03-01,employment,,,unemployed,3,,no,\n");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      assertThatThrownBy(() -> DuckDbShare.count(db, register, RegisterFiles.AS_OF, RegisterFiles.WINDOW_MONTHS,
          RegisterFiles.STATUSES)).isInstanceOf(SQLException.class).hasMessageContaining("exited_on");
    }
  }
}
