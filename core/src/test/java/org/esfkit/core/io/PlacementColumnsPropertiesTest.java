package org.esfkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.esfkit.core.Accessibility;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.Register;
import org.esfkit.core.internal.PlacementColumns;
import org.esfkit.core.internal.RegisterColumns;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of {@link PlacementColumns}: the placements a list of columns is built from come back equal,
 * field by field, from its elements, its tables and its selections; written as CSV and read back,
 * they come back equal, and held in columns.
 */
class PlacementColumnsPropertiesTest {
  /** Ids that break naive code: separators, quotes, line breaks, surrounding blanks, other scripts, a surrogate pair. */
  private static final List<String> ODD = List.of("Sm\u00e5land; \u00f6arna", "G\u00e4vle, \"norr\"", "rad\nbrytning",
      " omgiven ", "\u00dcn\u00efc\u00f6d\u00e9 \u6771\u4eac", "=SUM(A1)", "a'b", "tab\there", "\uD83D\uDC4D");
  private static final LocalDate MIN = LocalDate.of(1900, 1, 1);
  private static final LocalDate MAX = LocalDate.of(2200, 12, 31);

  private static String id(ModelGen.Rnd r, String prefix, int n) {
    return r.between(0, 5) == 0 ? r.pick(ODD) : prefix + r.between(0, n);
  }

  /** A placement with every field drawn: nulls, every kind, any adaptations, hours at their bounds, dates at theirs. */
  static Placement placement(ModelGen.Rnd r) {
    LocalDate start = switch (r.between(0, 9)) {
      case 0 -> MIN;
      case 1 -> MAX;
      default -> r.date(LocalDate.of(2010, 1, 1), 4000);
    };
    LocalDate end = r.between(0, 2) == 0 ? null
        : start.plusDays(Math.min(r.between(0, 400), MAX.toEpochDay() - start.toEpochDay()));
    return Placement.builder().participantId(id(r, "P", 20)).employerId(id(r, "E", 6))
        .taskId(r.maybe(() -> id(r, "T", 8))).kind(r.pick(List.of(PlacementKind.values())))
        .startedOn(start).endedOn(end).genderBreaking(r.chance())
        .hoursPerWeek(r.maybe(() -> r.pick(List.of(1, 168, r.between(1, 168)))))
        .supervisorTrained(r.maybe(r::chance))
        .adaptationsProvided(r.subset(Accessibility.class)).build();
  }

  /** Placements, repeats and all. */
  static Gen<List<Placement>> placements() {
    return in -> {
      ModelGen.Rnd r = new ModelGen.Rnd(in);
      List<Placement> out = new ArrayList<>();
      int n = r.between(0, 30);
      for (int i = 0; i < n; i++) {
        out.add(!out.isEmpty() && r.between(0, 7) == 0 ? r.pick(out) : placement(r));
      }
      return out;
    };
  }

  /** Placements listed once each (the reader rejects a second one with the same key). */
  static Gen<List<Placement>> listedOnce() {
    return placements().map(ps -> {
      Map<List<Object>, Placement> byKey = new LinkedHashMap<>();
      for (Placement p : ps) {
        byKey.putIfAbsent(Arrays.asList(p.participantId(), p.employerId(), p.taskId(), p.kind(), p.startedOn()), p);
      }
      return new ArrayList<>(byKey.values());
    });
  }

  @Test
  void columnsGiveBackEveryPlacementTheyWereBuiltFrom() {
    qt().withExamples(500).forAll(placements()).checkAssert(ps -> {
      PlacementColumns c = PlacementColumns.of(ps);
      assertThat(c).hasSize(ps.size()).containsExactlyElementsOf(ps);
      for (int i = 0; i < ps.size(); i++) {
        Placement p = ps.get(i);
        Placement q = c.get(i);
        // field by field, so that a failure names the field (equality is the Immutables one)
        assertThat(q.participantId()).isEqualTo(p.participantId());
        assertThat(q.employerId()).isEqualTo(p.employerId());
        assertThat(q.taskId()).isEqualTo(p.taskId());
        assertThat(q.kind()).isEqualTo(p.kind());
        assertThat(q.startedOn()).isEqualTo(p.startedOn());
        assertThat(q.endedOn()).isEqualTo(p.endedOn());
        assertThat(q.genderBreaking()).isEqualTo(p.genderBreaking());
        assertThat(q.hoursPerWeek()).isEqualTo(p.hoursPerWeek());
        assertThat(q.supervisorTrained()).isEqualTo(p.supervisorTrained());
        assertThat(q.adaptationsProvided()).isEqualTo(p.adaptationsProvided());
        assertThat(q).isEqualTo(p).hasSameHashCodeAs(p);
        // the tables
        assertThat(c.participantId(c.participant[i])).isEqualTo(p.participantId());
        assertThat(c.participantIndex(p.participantId())).isEqualTo(c.participant[i]);
        assertThat(c.employerIds[c.employer[i]]).isEqualTo(p.employerId());
        assertThat(c.task[i] < 0 ? null : c.taskIds[c.task[i]]).isEqualTo(p.taskId());
      }
      assertThat(c).isEqualTo(ps).hasSameHashCodeAs(ps);
      assertThat(ps).isEqualTo(c);
      // each id once, in order of first appearance
      assertThat(c.participantCount()).isEqualTo(ps.stream().map(Placement::participantId).distinct().count());
      assertThat(c.employerIds).containsExactlyElementsOf(ps.stream().map(Placement::employerId).distinct().toList());
      assertThat(c.taskIds).containsExactlyElementsOf(
          ps.stream().map(Placement::taskId).filter(t -> t != null).distinct().toList());
      assertThat(c.participantIndex("not a participant")).isEqualTo(-1);
      assertThat(PlacementColumns.of(c)).isSameAs(c);
    });
  }

  @Test
  void placementsWrittenAndReadBackAreEqualAndHeldInColumns() {
    qt().withExamples(300).forAll(listedOnce()).checkAssert(ps -> {
      ReadResult<List<Placement>> r = PlacementsCsv.read(RoundTripPropertiesTest.bytes(PlacementsCsv.write(ps)), "pl.csv");
      assertThat(RoundTripPropertiesTest.clean(r)).isInstanceOf(PlacementColumns.class).containsExactlyElementsOf(ps);
      // and columns write what the placements write
      assertThat(PlacementsCsv.write(r.value())).isEqualTo(PlacementsCsv.write(ps));
    });
  }

  @Test
  void aSelectionIsTheColumnsOfThoseRowsAlone() {
    qt().withExamples(300).forAll(placements()).checkAssert(ps -> {
      PlacementColumns all = PlacementColumns.of(ps);
      // every other row, backwards, and the first twice
      List<Integer> rows = new ArrayList<>();
      for (int i = ps.size() - 1; i >= 0; i -= 2) {
        rows.add(i);
      }
      if (!ps.isEmpty()) {
        rows.add(0);
      }
      List<Placement> expected = rows.stream().map(ps::get).toList();
      PlacementColumns some = all.select(rows.stream().mapToInt(Integer::intValue).toArray());
      assertThat(some).containsExactlyElementsOf(expected);
      assertThat(some).isEqualTo(PlacementColumns.of(expected));
      assertThat(some.participantCount()).isEqualTo(expected.stream().map(Placement::participantId).distinct().count());
      assertThat(some.employerIds).containsExactlyElementsOf(
          expected.stream().map(Placement::employerId).distinct().toList());
      for (int i = 0; i < some.size(); i++) {
        assertThat(some.participantIndex(expected.get(i).participantId())).isEqualTo(some.participant[i]);
      }
    });
  }

  @Test
  void eachDistinctParticipantIsFoundInTheRegisterByItsCharacters() {
    qt().withExamples(300).forAll(placements()).checkAssert(ps -> {
      PlacementColumns c = PlacementColumns.of(ps);
      // a register of every other participant of the placements, and someone else
      Register.Builder b = Register.builder();
      LinkedHashSet<String> ids = new LinkedHashSet<>(ps.stream().map(Placement::participantId).toList());
      int k = 0;
      for (String id : ids) {
        if (k++ % 2 == 0) {
          b.add(participant(id), pathway(id));
        }
      }
      b.add(participant("someone else"), pathway("someone else"));
      RegisterColumns reg = RegisterColumns.of(b.build());
      int[] rows = c.rowsIn(reg);
      assertThat(rows).hasSize(c.participantCount());
      for (int p = 0; p < rows.length; p++) {
        assertThat(rows[p]).isEqualTo(reg.rowOf(c.participantId(p)));
      }
    });
  }

  private static Participant participant(String id) {
    return Participant.builder().id(id).gender(Gender.WOMAN).build();
  }

  private static Pathway pathway(String id) {
    return Pathway.builder().participantId(id).addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.of(2020, 1, 1)))
        .build();
  }

  @Test
  void toStringCountsThePlacementsAndNamesNoOne() {
    Placement p = Placement.builder().participantId("P-secret").employerId("E1").kind(PlacementKind.INTERNSHIP)
        .startedOn(LocalDate.of(2020, 1, 1)).build();
    PlacementColumns c = PlacementColumns.of(List.of(p, p));
    assertThat(c).hasToString("Placements{placements=2}");
    assertThat(c.toString()).doesNotContain("P-secret");
    assertThat(PlacementColumns.of(List.of())).isEmpty();
  }

  @Test
  void aNullPlacementIsRefusedAsListCopyOfRefusesIt() {
    List<Placement> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> PlacementColumns.of(withNull)).isInstanceOf(NullPointerException.class);
  }
}
