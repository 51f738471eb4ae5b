package org.esfkit.benchmarks.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.esfkit.core.io.ReadResult;
import org.esfkit.core.io.RegisterCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated register is valid, covers every case of the semantics, and its count is esfkit's. */
class RegisterFilesTest {
  @Test
  void theRegisterIsCleanAndItsExpectedNumbersAreEsfkits(@TempDir Path dir) throws IOException {
    RegisterFiles.Register reg = RegisterFiles.register(dir, 30_000, 11);
    ReadResult<?> read = RegisterCsv.read(reg.csv());
    assertThat(read.problems()).isEmpty();
    assertThat(read.rowsAccepted()).isEqualTo(30_000);
    assertThat(EsfkitInProcess.counts(RegisterFiles.project(dir), reg.csv())).isEqualTo(reg.expected());
    assertThat(reg.expected().numerator()).isPositive().isLessThan(reg.expected().denominator());
  }

  @Test
  void everyCaseOfTheSemanticsOccurs(@TempDir Path dir) throws IOException {
    Path csv = RegisterFiles.register(dir, 30_000, 11).csv();
    LocalDate d = RegisterFiles.AS_OF;
    Set<String> seen = new HashSet<>();
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      seen.add("gender " + f[1]);
      if (LocalDate.parse(f[4]).isAfter(d)) {
        seen.add("enrolled after the as-of date");
      }
      if (f[5].isEmpty()) {
        seen.add("no exit");
        continue;
      }
      LocalDate exit = LocalDate.parse(f[5]);
      LocalDate end = exit.plus(RegisterFiles.WINDOW);
      if (exit.isAfter(d)) {
        seen.add("exits after the as-of date");
      } else if (end.isAfter(d)) {
        seen.add("pending");
      }
      if (end.getDayOfMonth() != exit.getDayOfMonth()) {
        seen.add("window end clamped to the month's end");
      }
      if (f[7].isEmpty()) {
        seen.add("no follow-up");
        continue;
      }
      LocalDate fu = LocalDate.parse(f[7]);
      seen.add(fu.equals(exit) ? "follow-up on the exit day" : fu.equals(end) ? "follow-up on the window's last day"
          : fu.equals(end.plusDays(1)) ? "follow-up a day late" : fu.isAfter(end) ? "follow-up long after"
          : "follow-up inside");
      seen.add(RegisterFiles.STATUSES.contains(f[8]) ? "status in the set" : "status outside the set");
    }
    assertThat(seen).contains("gender woman", "gender man", "gender non_binary", "gender not_reported",
        "enrolled after the as-of date", "no exit", "exits after the as-of date", "pending",
        "window end clamped to the month's end", "no follow-up", "follow-up on the exit day",
        "follow-up on the window's last day", "follow-up a day late", "follow-up long after", "follow-up inside",
        "status in the set", "status outside the set");
  }

  @Test
  void theSameSeedGivesTheSameFileAndAnotherSeedAnother() throws IOException {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    StringBuilder c = new StringBuilder();
    RegisterFiles.write(a, 2_000, 5);
    RegisterFiles.write(b, 2_000, 5);
    RegisterFiles.write(c, 2_000, 6);
    assertThat(a.toString()).isEqualTo(b.toString()).isNotEqualTo(c.toString());
  }

  @Test
  void aCompleteFileIsReusedAndAnIncompleteOneRewritten(@TempDir Path dir) throws IOException {
    RegisterFiles.Register first = RegisterFiles.register(dir, 1_000, 3);
    Files.writeString(first.csv(), "left alone\n");
    assertThat(Files.readString(RegisterFiles.register(dir, 1_000, 3).csv())).isEqualTo("left alone\n");
    Files.delete(dir.resolve("register-1000-seed3-v" + RegisterFiles.VERSION + ".expected"));
    RegisterFiles.Register again = RegisterFiles.register(dir, 1_000, 3);
    assertThat(Files.readAllLines(again.csv())).hasSize(1_001);
    assertThat(again.expected()).isEqualTo(first.expected());
  }
}
