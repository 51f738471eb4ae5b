package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.esfkit.core.Accessibility;
import org.esfkit.core.CountOf;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.Register;
import org.esfkit.core.Subgroup;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.core.ValidationException;
import org.esfkit.core.internal.PlacementColumns;
import org.esfkit.core.io.PlacementsCsv;
import org.esfkit.metrics.spi.Codes;
import org.esfkit.metrics.spi.CohortTables;
import org.junit.jupiter.api.Test;

/**
 * A cohort's placements are the same whatever list holds them: a plain {@code List<Placement>}, the
 * columns the placements reader fills, or columns selected out of a larger set (as
 * {@code --keep-going} leaves placements out). The cohort's tables hold each placement as given,
 * and every evaluation, series, indicator and audit agrees.
 */
class PlacementColumnsCohortTest {
  private static final LocalDate START = LocalDate.of(2020, 9, 1);
  private static final LocalDate END = LocalDate.of(2023, 2, 28);
  private static final LocalDate AS_OF = LocalDate.of(2022, 11, 20);
  private static final String[] SITES = {"Avesta", "Hedemora"};

  private final MetricsEngine engine = MetricsEngine.standard();

  /** A project's inputs: its register, its placements (listed once each), its tasks, and placements of others. */
  private record Inputs(EsfProject project, Register register, List<Placement> placements,
      List<LowThresholdTask> tasks, List<Placement> others) {}

  private static Target count(String id, CountOf of, Subgroup where) {
    return Target.builder().id(id).type(TargetType.COUNT).of(of).atLeast(new BigDecimal("3")).where(where).build();
  }

  /** Every target of the seeds, and the placement counts of a subgroup. */
  private static List<Target> targets() {
    List<Target> out = new ArrayList<>(SeriesAgreesWithEvaluationTest.targets());
    Subgroup avesta = Subgroup.builder().site("Avesta").build();
    out.add(count("internships-avesta", CountOf.INTERNSHIP_PLACEMENTS, avesta));
    out.add(count("hosts-avesta", CountOf.EMPLOYERS_HOSTING_INTERNS, avesta));
    out.add(count("gender-breaking-avesta", CountOf.GENDER_BREAKING_PLACEMENTS, avesta));
    return out;
  }

  private static Inputs inputs(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    OutcomeStatus[] statuses = OutcomeStatus.values();
    PlacementKind[] kinds = PlacementKind.values();
    int span = (int) (END.toEpochDay() - START.toEpochDay());
    Register.Builder register = Register.builder();
    Map<List<Object>, Placement> placements = new LinkedHashMap<>();
    List<Placement> others = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      String id = "P" + i;
      Gender gender = r.nextInt(100) < 45 ? Gender.WOMAN : Gender.MAN;
      LocalDate enrolled = START.plusDays(r.nextInt(span));
      List<PathwayEvent> events = new ArrayList<>();
      events.add(PathwayEvent.of(EventType.ENROLLED, enrolled));
      LocalDate exit = enrolled.plusDays(r.nextInt(500));
      if (!exit.isAfter(END) && r.nextInt(100) < 80) {
        events.add(PathwayEvent.exited(exit, statuses[r.nextInt(statuses.length)]));
        if (r.nextInt(100) < 70) {
          events.add(PathwayEvent.followedUp(exit.plusDays(3 + r.nextInt(120)), statuses[r.nextInt(statuses.length)]));
        }
      }
      register.add(Participant.builder().id(id).gender(gender).site(SITES[r.nextInt(2)])
          .birthYear(1960 + r.nextInt(45)).build(), Pathway.builder().participantId(id).events(events).build());
      // none, one or several placements each, some of them at the same employer
      int n = r.nextInt(100) < 40 ? 0 : 1 + r.nextInt(3);
      for (int k = 0; k < n; k++) {
        Placement p = placement(r, id, kinds, span);
        placements.putIfAbsent(Arrays.asList(p.participantId(), p.employerId(), p.taskId(), p.kind(), p.startedOn()), p);
      }
      // placements of someone not in the register, to be left out
      if (r.nextInt(100) < 20) {
        others.add(placement(r, "X" + i, kinds, span));
      }
    }
    List<LowThresholdTask> tasks = new ArrayList<>();
    for (int k = 0; k < 40; k++) {
      tasks.add(LowThresholdTask.builder().id("T" + k).employerId("E" + r.nextInt(25)).title("Task " + k)
          .identifiedOn(START.plusDays(r.nextInt(span))).openToAllGenders(r.nextInt(100) < 80).build());
    }
    EsfProject project = EsfProject.builder().projectNumber("2020/00002").name("Placements in columns")
        .period(DateRange.of(START, END)).addAllTargets(targets()).build();
    return new Inputs(project, register.build(), new ArrayList<>(placements.values()), tasks, others);
  }

  private static Placement placement(SplittableRandom r, String id, PlacementKind[] kinds, int span) {
    LocalDate started = START.plusDays(r.nextInt(span + 60) - 30);
    return Placement.builder().participantId(id).employerId("E" + r.nextInt(20))
        .taskId(r.nextInt(100) < 30 ? "T" + r.nextInt(40) : null)
        .kind(r.nextBoolean() ? PlacementKind.INTERNSHIP : kinds[r.nextInt(kinds.length)])
        .startedOn(started).endedOn(r.nextInt(100) < 30 ? null : started.plusDays(r.nextInt(200)))
        .genderBreaking(r.nextInt(100) < 20).hoursPerWeek(r.nextInt(100) < 50 ? null : 1 + r.nextInt(40))
        .supervisorTrained(r.nextInt(3) == 0 ? null : r.nextBoolean())
        .adaptationsProvided(r.nextInt(100) < 20 ? List.of(Accessibility.PHYSICAL) : List.of()).build();
  }

  /** The placements as the reader holds them: written as CSV and read back. */
  private static List<Placement> read(List<Placement> placements) {
    byte[] csv = PlacementsCsv.write(placements).getBytes(StandardCharsets.UTF_8);
    return PlacementsCsv.read(new ByteArrayInputStream(csv), "pl.csv").value();
  }

  /** The placements selected, in their order, out of columns of them and others shuffled together. */
  private static PlacementColumns selected(List<Placement> placements, List<Placement> others, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < placements.size() + others.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    List<Placement> all = new ArrayList<>();
    int[] rowOf = new int[placements.size()];
    for (int i : order) {
      if (i < placements.size()) {
        rowOf[i] = all.size();
      }
      all.add(i < placements.size() ? placements.get(i) : others.get(i - placements.size()));
    }
    return PlacementColumns.of(all).select(rowOf);
  }

  private Cohort cohort(Inputs in, List<Placement> placements) {
    return Cohort.builder(in.project()).register(in.register()).placements(placements).tasks(in.tasks()).build();
  }

  @Test
  void theTablesHoldEachPlacementAsGivenWhateverListHoldsIt() {
    Inputs in = inputs(1);
    List<Placement> plain = new ArrayList<>(in.placements());
    for (List<Placement> list : List.of(plain, read(plain), selected(plain, in.others(), 1))) {
      CohortTables t = cohort(in, list).tables();
      assertThat(t.placementCount()).isEqualTo(plain.size());
      // employers numbered in order of first appearance: the placements', then the tasks'
      List<String> employers = new ArrayList<>(new LinkedHashSet<>(
          plain.stream().map(Placement::employerId).toList()));
      in.tasks().stream().map(LowThresholdTask::employerId).filter(e -> !employers.contains(e)).distinct()
          .forEach(employers::add);
      assertThat(t.employerCount()).isEqualTo(employers.size());
      for (int e = 0; e < employers.size(); e++) {
        assertThat(t.employerId(e)).isEqualTo(employers.get(e));
      }
      List<String> ids = in.register().participants().stream().map(Participant::id).toList();
      for (int k = 0; k < plain.size(); k++) {
        Placement p = plain.get(k);
        assertThat(ids.get(t.placementParticipant(k))).isEqualTo(p.participantId());
        assertThat(t.placementEmployer(k)).isEqualTo(employers.indexOf(p.employerId()));
        assertThat(t.placementKind(k)).isEqualTo(Codes.of(p.kind()));
        assertThat(t.placementStartedOn(k)).isEqualTo((int) p.startedOn().toEpochDay());
        assertThat(t.placementEndedOn(k)).isEqualTo(p.endedOn() == null ? Codes.NO_DATE : (int) p.endedOn().toEpochDay());
        assertThat(t.placementGenderBreaking(k)).isEqualTo(p.genderBreaking());
      }
      for (int k = 0; k < in.tasks().size(); k++) {
        assertThat(t.taskEmployer(k)).isEqualTo(employers.indexOf(in.tasks().get(k).employerId()));
      }
    }
  }

  @Test
  void aCohortOfColumnsEvaluatesAsOneOfAPlainList() {
    for (long seed = 1; seed <= 3; seed++) {
      Inputs in = inputs(seed);
      List<Placement> plain = Collections.unmodifiableList(new ArrayList<>(in.placements()));
      List<Placement> read = read(plain);
      assertThat(read).isInstanceOf(PlacementColumns.class);
      Cohort ofList = cohort(in, plain);
      Evaluation expected = engine.evaluate(ofList, AS_OF);
      // the placements are counted: the comparison is about something
      assertThat(expected.result("internship-growth", GrowthResult.class).count()).isPositive();
      assertThat(expected.result("gender-breaking", CountResult.class).count()).isPositive();
      for (List<Placement> columns : List.of(read, selected(plain, in.others(), seed))) {
        Cohort ofColumns = cohort(in, columns);
        assertThat(ofColumns.tables().placementCount()).isEqualTo(ofList.tables().placementCount());
        assertThat(engine.evaluate(ofColumns, AS_OF)).isEqualTo(expected);
        assertThat(engine.series(ofColumns, AS_OF)).isEqualTo(engine.series(ofList, AS_OF));
        assertThat(engine.indicators(ofColumns, AS_OF)).isEqualTo(engine.indicators(ofList, AS_OF));
        for (Target t : in.project().targets()) {
          if (t.type() == TargetType.COUNT || t.type() == TargetType.GROWTH) {
            assertThat(engine.audit(ofColumns, AS_OF, t).counted()).as(t.id())
                .isEqualTo(engine.audit(ofList, AS_OF, t).counted());
          }
        }
      }
    }
  }

  @Test
  void theBuilderKeepsColumnsAsTheyAreAndCopiesAnyOtherList() {
    Inputs in = inputs(4);
    List<Placement> read = read(in.placements());
    List<Placement> mutable = new ArrayList<>(in.placements());
    Cohort ofList = cohort(in, mutable);
    Cohort ofColumns = cohort(in, read);
    // a list changed after it was supplied does not change the cohort
    mutable.clear();
    assertThat(ofList.tables().placementCount()).isEqualTo(in.placements().size());
    assertThat(engine.evaluate(ofColumns, AS_OF)).isEqualTo(engine.evaluate(ofList, AS_OF));
  }

  @Test
  void aPlacementOfSomeoneNotInTheRegisterIsRefusedTheSameWayFromColumns() {
    Inputs in = inputs(5);
    List<Placement> withOther = new ArrayList<>(in.placements());
    withOther.add(3, in.others().get(0));
    String message = "placement 4 at employer " + in.others().get(0).employerId() + ": participant "
        + in.others().get(0).participantId() + " is not in the register";
    assertThatThrownBy(() -> cohort(in, withOther)).isInstanceOf(ValidationException.class).hasMessage(message);
    assertThatThrownBy(() -> cohort(in, read(withOther))).isInstanceOf(ValidationException.class).hasMessage(message);
  }
}
