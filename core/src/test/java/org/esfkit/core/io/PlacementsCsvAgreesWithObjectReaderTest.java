package org.esfkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.Accessibility;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.internal.PlacementColumns;
import org.esfkit.core.internal.RegisterColumns;
import org.esfkit.core.internal.Sensitive;
import org.esfkit.core.io.internal.CsvRow;
import org.esfkit.core.io.internal.CsvTable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The columnar placements reader against the reader it replaced, which built a {@link Placement}
 * per row and found repeats in a map of keys (kept here, as it was, as the oracle): on files of
 * good, bad, padded, quoted, repeated and conflicting rows, in any column order, the two give the
 * same problems (message, line, column, severity, order), the same counts and lines, and equal
 * placements.
 */
class PlacementsCsvAgreesWithObjectReaderTest {
  private static final List<String> COLUMNS = List.of("participant_id", "employer_id", "task_id", "kind",
      "started_on", "ended_on", "gender_breaking", "hours_per_week", "supervisor_trained", "adaptations_provided");

  /** Cells by column: good ones, padded and quoted ones, empty ones, bad ones, and ones the model rejects. */
  private static final Map<String, List<String>> CELLS = Map.of(
      "participant_id", List.of("P1", "P2", "P3", " P1 ", "\"P1\"", "\" \"", "\"  P2\"", "", "\u00a0P2\u00a0", "Ö1",
          "kind", "\"a\nb\""),
      "employer_id", List.of("E1", "E2", "\"E1\"", "\" \"", "", "Åre AB", "\"E, 2\""),
      "task_id", List.of("", "", "T1", "T2", "\"T1\"", "\" \"", " T2\u2009"),
      "kind", List.of("internship", "Internship", "WORK_TRIAL", "employment", "holiday", "", " social_enterprise ",
          "\"internship\"", "\"INTERNSHIP \""),
      "started_on", List.of("2020-01-01", "2020-01-01 00:00", "2020-02-01", "", "2020/01/01", "1899-12-31",
          "2020-02-30", "\"2020-01-01\"", "2020-01-01 00:00:00", "2200-12-31"),
      "ended_on", List.of("", "", "2019-12-31", "2020-03-01", "2020-01-01", "bad", "2201-01-01", "2020-01-31 00:00"),
      "gender_breaking", List.of("", "yes", "no", "JA", "Nej", "perhaps", "true", "\"ja\"", "Ja\u00a0"),
      "hours_per_week", List.of("", "", "20", "0", "1", "168", "169", "-2147483648", "abc", "+5", "007", "2147483648",
          "\" 12\"", "-3"),
      "supervisor_trained", List.of("", "ja", "NEJ", "maybe", "false", "YES"),
      "adaptations_provided", List.of("", "physical", "physical|communicative", "communicative | physical", "bogus",
          "physical||informative", "\"attitudinal\"", "Physical|\u00a0informative", "attitudinal|attitudinal"));

  /** A placements file: some columns in some order, rows drawn from the cells, with repeats and near repeats. */
  static Gen<String> files() {
    return in -> {
      ModelGen.Rnd r = new ModelGen.Rnd(in);
      List<String> columns = new ArrayList<>();
      for (String c : COLUMNS) {
        // the required columns nearly always, the optional ones often
        if (r.between(0, c.equals("participant_id") || c.equals("kind") ? 30 : 3) > 0) {
          columns.add(c);
        }
      }
      if (columns.isEmpty()) {
        columns.add("participant_id");
      }
      if (r.chance()) {
        java.util.Collections.rotate(columns, r.between(0, columns.size()));
      }
      String delimiter = r.chance() ? ";" : ",";
      StringBuilder csv = new StringBuilder(String.join(delimiter, columns)).append(r.chance() ? "\r\n" : "\n");
      List<List<String>> rows = new ArrayList<>();
      int n = r.between(1, 14);
      for (int i = 0; i < n; i++) {
        List<String> row;
        if (!rows.isEmpty() && r.between(0, 3) == 0) {
          // a repeat of an earlier row, exactly or with one cell changed
          row = new ArrayList<>(r.pick(rows));
          if (r.chance()) {
            int k = r.between(0, columns.size() - 1);
            row.set(k, r.pick(CELLS.get(columns.get(k))));
          }
        } else {
          row = new ArrayList<>();
          for (String c : columns) {
            List<String> pool = CELLS.get(c);
            // mostly a good value (the first few), sometimes anything
            row.add(r.between(0, 2) == 0 ? r.pick(pool) : pool.get(r.between(0, Math.min(2, pool.size() - 1))));
          }
        }
        rows.add(row);
        csv.append(String.join(delimiter, row)).append("\n");
        if (r.between(0, 9) == 0) {
          csv.append(delimiter.repeat(columns.size() - 1)).append("\n");
        }
      }
      return csv.toString();
    };
  }

  private static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyFileGivesTheSameProblemsCountsAndPlacementsAsTheObjectReader() {
    qt().withExamples(2000).forAll(files()).checkAssert(csv -> {
      ReadResult<List<Placement>> now = PlacementsCsv.read(in(csv), "pl.csv");
      ReadResult<List<Placement>> before = ObjectReader.read(in(csv), "pl.csv");
      assertThat(now.problems()).extracting(Problem::toString).as(csv)
          .containsExactlyElementsOf(before.problems().stream().map(Problem::toString).toList());
      assertThat(now.problems()).extracting(Problem::severity)
          .containsExactlyElementsOf(before.problems().stream().map(Problem::severity).toList());
      assertThat(now.rowsRead()).as(csv).isEqualTo(before.rowsRead());
      assertThat(now.rowsAccepted()).as(csv).isEqualTo(before.rowsAccepted());
      assertThat(now.recordLines()).as(csv).isEqualTo(before.recordLines());
      if (before.acceptedValue() == null) {
        assertThat(now.acceptedValue()).as(csv).isNull();
      } else {
        assertThat(now.acceptedValue()).as(csv).isInstanceOf(PlacementColumns.class)
            .containsExactlyElementsOf(before.acceptedValue());
      }
    });
  }

  @Test
  void theFilesHoldWhatTheComparisonIsAbout() {
    // a smoke check of the generator: the comparison above meets every kind of outcome
    List<String> seen = new ArrayList<>();
    qt().withExamples(2000).forAll(files()).checkAssert(csv -> {
      ReadResult<List<Placement>> r = ObjectReader.read(in(csv), "pl.csv");
      r.problems().forEach(p -> seen.add(p.toString()));
      if (r.rowsAccepted() > 0) {
        seen.add("accepted");
      }
    });
    assertThat(seen).anyMatch(s -> s.contains("exactly; it is counted once"))
        .anyMatch(s -> s.contains("already has a"))
        .anyMatch(s -> s.contains("must not be blank"))
        .anyMatch(s -> s.contains("is before started_on"))
        .anyMatch(s -> s.contains("is outside 1-168"))
        .anyMatch(s -> s.contains("kind is required"))
        .anyMatch(s -> s.contains("is not a whole number"))
        .contains("accepted");
  }

  /** The placements reader as it was: a {@code Placement} per row, repeats found in a map of keys. */
  private static final class ObjectReader {
    private static final List<String> REQUIRED = List.of("participant_id", "employer_id", "kind", "started_on");
    private static final List<String> OPTIONAL = List.of("task_id", "ended_on", "gender_breaking", "hours_per_week",
        "supervisor_trained", "adaptations_provided");

    static ReadResult<List<Placement>> read(InputStream in, String sourceName) {
      Map<Key, First> seen = new HashMap<>();
      return CsvTable.readAll(in, sourceName, null, REQUIRED, OPTIONAL, Sensitive.FIELDS, row -> {
        String participant = row.required("participant_id");
        String employer = row.required("employer_id");
        String task = row.text("task_id");
        PlacementKind kind = row.coded("kind", PlacementKind.class);
        if (kind == null && !row.present("kind")) {
          row.problem("kind", "kind is required");
        }
        LocalDate started = row.requiredDate("started_on");
        LocalDate ended = row.date("ended_on");
        boolean genderBreaking = row.yesNoCode("gender_breaking") == RegisterColumns.YES;
        Integer hours = row.integer("hours_per_week");
        Boolean trained = RegisterColumns.bool(row.yesNoCode("supervisor_trained"));
        Set<Accessibility> adaptations = row.codes("adaptations_provided", Accessibility::fromCode);
        Placement p = row.build(COLUMNS, () -> Placement.builder().participantId(participant).employerId(employer)
            .taskId(task).kind(kind).startedOn(started).endedOn(ended)
            .genderBreaking(genderBreaking).hoursPerWeek(hours).supervisorTrained(trained)
            .adaptationsProvided(adaptations).build());
        return p == null ? null : unique(row, p, seen);
      }, List::copyOf);
    }

    private record Key(String participant, String employer, @Nullable String task, PlacementKind kind,
        LocalDate started) {}

    private record First(Placement placement, long line) {}

    private static @Nullable Placement unique(CsvRow row, Placement p, Map<Key, First> seen) {
      First first = seen.putIfAbsent(new Key(p.participantId(), p.employerId(), p.taskId(), p.kind(), p.startedOn()),
          new First(p, row.line()));
      if (first == null) {
        return p;
      }
      if (first.placement().equals(p)) {
        row.warning("-", "the row repeats the placement on line " + first.line() + " exactly; it is counted once");
      } else {
        row.problem("started_on", "participant " + p.participantId() + " already has a placement of kind "
            + p.kind().code() + " at employer " + p.employerId() + (p.taskId() == null ? "" : " for task " + p.taskId())
            + " starting on " + p.startedOn() + " (line " + first.line() + ")");
      }
      return null;
    }
  }
}
