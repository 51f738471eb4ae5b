package org.esfkit.benchmarks.endtoend;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The input of the end-to-end comparison: a participant register (CSV, as docs/formats.md
 * describes it) of a given size from a fixed seed, and a project file with one share-at-follow-up
 * target like Kraftverket's {@code self-sufficient-3m}.
 *
 * <p>Rows mix everything the target's semantics distinguish: enrolled after the as-of date,
 * still active, exited with the window still open (pending), exited without a follow-up, with
 * a follow-up on the exit day, inside the window, on its last day, a day after it or long after,
 * statuses inside and outside the target's set, exits at the end of a month (where adding three
 * months clamps), and all four genders. While writing, the generator counts the target itself
 * (the expected numbers); they are kept beside the file, so a file is written once for a seed and
 * size and reused afterwards.
 */
final class RegisterFiles {
  static final LocalDate START = LocalDate.of(2019, 1, 7);
  static final LocalDate END = LocalDate.of(2024, 12, 31);
  /** The as-of date of the comparison. */
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  static final String TARGET_ID = "self-sufficient-3m";
  /** The target's window, in months (the SQL side adds {@code INTERVAL n MONTH}). */
  static final int WINDOW_MONTHS = 3;
  static final Period WINDOW = Period.ofMonths(WINDOW_MONTHS);
  static final List<String> STATUSES = List.of("employment", "self_employment", "subsidised_employment",
      "studies", "work_rehabilitation");

  /** Part of the file names: raise it whenever {@link #write} changes, so no stale file is reused. */
  static final int VERSION = 2;

  private static final String[] ALL_STATUSES = {"employment", "self_employment", "subsidised_employment",
      "studies", "internship", "work_rehabilitation", "job_seeking", "social_enterprise", "other",
      "dropped_out", "unknown"};
  private static final String[] SITES = {"Umeå", "Bjurholm", "Vännäs", "Jönköping", "Gotland", "Avesta",
      "Hedemora", "Malmö"};
  private static final String[] GROUPS = {"long_term_unemployed", "young", "newly_arrived", "foreign_born",
      "low_schooling", "disability", "sick_listed", "social_assistance", "pre_rehabilitation"};
  private static final String[] LABOUR = {"unemployed", "long_term_unemployed", "inactive", "employed"};
  private static final String[] YES_NO = {"", "yes", "no"};
  private static final String HEADER = "participant_id,gender,birth_year,site,enrolled_on,exited_on,exit_status,"
      + "follow_up_on,follow_up_status,perceived_improvement,target_groups,labour_status_at_entry,isced,disability,"
      + "foreign_background,qualification_gained\n";

  private RegisterFiles() {}

  /** A register file and the numbers the target must give on it. */
  record Register(Path csv, int rows, ShareCounts expected) {}

  /**
   * Returns the register of {@code rows} rows from {@code seed} in {@code dir}, writing it unless a
   * complete one (with its expected numbers) is already there.
   */
  static Register register(Path dir, int rows, long seed) throws IOException {
    Files.createDirectories(dir);
    String name = "register-" + rows + "-seed" + seed + "-v" + VERSION;
    Path csv = dir.resolve(name + ".csv");
    Path expected = dir.resolve(name + ".expected");
    if (Files.isRegularFile(csv) && Files.isRegularFile(expected)) {
      return new Register(csv, rows, ShareCounts.parse(Files.readString(expected)));
    }
    Path part = dir.resolve(csv.getFileName() + ".part");
    ShareCounts counts;
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(part, StandardCharsets.UTF_8), 1 << 20)) {
      counts = write(w, rows, seed);
    }
    Files.move(part, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.writeString(expected, counts + "\n");
    return new Register(csv, rows, counts);
  }

  /** Writes the project file (one target) to {@code dir} and returns its path. */
  static Path project(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("project.json");
    Files.writeString(file, "{\n"
        + "  \"project_number\": \"2019/00042\",\n"
        + "  \"name\": \"End-to-end benchmark (synthetic)\",\n"
        + "  \"period\": {\"start\": \"" + START + "\", \"end\": \"" + END + "\"},\n"
        + "  \"targets\": [\n"
        + "    {\"id\": \"" + TARGET_ID + "\", \"type\": \"share\", \"measure\": \"follow_up_status\",\n"
        + "     \"window\": \"" + WINDOW + "\", \"statuses\": [\"" + String.join("\", \"", STATUSES) + "\"],\n"
        + "     \"at_least\": 0.6, \"parity\": \"each_gender\"}\n"
        + "  ]\n"
        + "}\n", StandardCharsets.UTF_8);
    return file;
  }

  /** Writes the header and {@code rows} rows; returns the target's numbers on them. */
  static ShareCounts write(Appendable out, int rows, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    int first = (int) START.toEpochDay();
    // enrolments run a quarter past the as-of date, so some rows are not yet enrolled as of it
    int enrolSpan = (int) (AS_OF.plusMonths(3).toEpochDay() - first);
    int asOf = (int) AS_OF.toEpochDay();
    int last = (int) END.toEpochDay();
    String[] dates = new String[last + 400 - first];
    for (int d = 0; d < dates.length; d++) {
      dates[d] = LocalDate.ofEpochDay(first + d).toString();
    }
    ShareCounts counts = new ShareCounts();
    out.append(HEADER);
    StringBuilder row = new StringBuilder(160);
    for (int i = 0; i < rows; i++) {
      row.setLength(0);
      int genderDraw = r.nextInt(100);
      int g = genderDraw < 48 ? 0 : genderDraw < 94 ? 1 : genderDraw < 97 ? 2 : 3;
      int enrolled = first + r.nextInt(enrolSpan);
      row.append('P').append(1_000_000_000 + i).append(',').append(ShareCounts.GENDERS[g]).append(',')
          .append(1955 + r.nextInt(51)).append(',').append(SITES[r.nextInt(SITES.length)]).append(',')
          .append(dates[enrolled - first]).append(',');
      int exit = enrolled + 14 + r.nextInt(500);
      if (r.nextInt(100) < 15) {
        // the last day of its month: adding the window clamps (e.g. 30 November + P3M = 28 February)
        LocalDate day = LocalDate.ofEpochDay(exit);
        exit = (int) day.withDayOfMonth(day.lengthOfMonth()).toEpochDay();
      }
      boolean exited = exit <= last && r.nextInt(100) < 88;
      int followUp = -1;
      String followUpStatus = null;
      if (exited) {
        row.append(dates[exit - first]).append(',').append(ALL_STATUSES[r.nextInt(ALL_STATUSES.length)]).append(',');
        int windowEnd = (int) LocalDate.ofEpochDay(exit).plus(WINDOW).toEpochDay();
        int kind = r.nextInt(100);
        if (kind < 70) {
          followUp = exit + 1 + r.nextInt(windowEnd - exit - 1);
        } else if (kind < 73) {
          followUp = exit;
        } else if (kind < 76) {
          followUp = windowEnd;
        } else if (kind < 79) {
          followUp = windowEnd + 1;
        } else if (kind < 85) {
          followUp = windowEnd + 2 + r.nextInt(200);
        }
        if (followUp >= 0) {
          // about half the follow-ups in the target's set
          followUpStatus = r.nextInt(2) == 0 ? STATUSES.get(r.nextInt(STATUSES.size()))
              : ALL_STATUSES[r.nextInt(ALL_STATUSES.length)];
          row.append(dates[followUp - first]).append(',').append(followUpStatus).append(',');
        } else {
          row.append(",,");
        }
        int survey = r.nextInt(3);
        row.append(survey == 0 ? "" : survey == 1 ? "yes" : "no").append(',');
        if (exit <= asOf && windowEnd <= asOf) {
          counts.denominator[g]++;
          if (followUp >= exit && followUp <= windowEnd && STATUSES.contains(followUpStatus)) {
            counts.numerator[g]++;
          }
        }
      } else {
        row.append(",,,,,");
      }
      if (r.nextInt(100) < 40) {
        int a = r.nextInt(GROUPS.length);
        row.append(GROUPS[a]);
        if (r.nextInt(3) == 0) {
          row.append('|').append(GROUPS[(a + 1 + r.nextInt(GROUPS.length - 1)) % GROUPS.length]);
        }
      }
      // the ESF+ characteristics of a real register; qualification_gained is recorded at exit
      row.append(',').append(LABOUR[r.nextInt(LABOUR.length)]).append(',');
      if (r.nextInt(10) != 0) {
        row.append(r.nextInt(9));
      }
      row.append(',').append(YES_NO[r.nextInt(3)]).append(',').append(YES_NO[r.nextInt(3)]).append(',')
          .append(exited ? YES_NO[r.nextInt(3)] : "").append('\n');
      out.append(row);
    }
    return counts;
  }
}
