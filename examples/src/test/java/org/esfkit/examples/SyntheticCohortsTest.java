package org.esfkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.esfkit.core.AchievementKind;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.GeoPoint;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.Register;
import org.esfkit.core.io.EmployersCsv;
import org.esfkit.core.io.ParticipantsJson;
import org.esfkit.core.io.PathwayJson;
import org.esfkit.core.io.PlacementsCsv;
import org.esfkit.core.io.TasksCsv;
import org.esfkit.core.io.TasksJson;
import org.esfkit.core.io.ProjectJson;
import org.esfkit.core.io.ReadResult;
import org.esfkit.core.io.RegisterCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyntheticCohortsTest {
  private static final Map<Seed, SeedCohort> COHORTS = new EnumMap<>(Seed.class);

  /** Generates each seed's cohort once for the tests that only read it. */
  private static synchronized SeedCohort cohort(Seed seed) {
    return COHORTS.computeIfAbsent(seed, SyntheticCohorts::cohort);
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void theSameSeedGivesTheSameCohort(Seed seed) {
    assertThat(SyntheticCohorts.cohort(seed)).isEqualTo(SyntheticCohorts.cohort(seed));
  }

  @Test
  void theSameSeedsGiveTheSameFilesByteForByte(@TempDir Path tmp) throws IOException {
    List<Path> first = SeedFiles.writeAll(tmp.resolve("a"));
    List<Path> second = SeedFiles.writeAll(tmp.resolve("b"));
    assertThat(first).hasSize(second.size()).hasSize(Seed.values().length * 8);
    for (int i = 0; i < first.size(); i++) {
      assertThat(tmp.resolve("a").relativize(first.get(i))).isEqualTo(tmp.resolve("b").relativize(second.get(i)));
      assertThat(Files.readAllBytes(first.get(i))).as("%s", first.get(i)).isEqualTo(Files.readAllBytes(second.get(i)));
    }
  }

  @Test
  void differentSeedsGiveDifferentCohorts() {
    assertThat(cohort(Seed.SMOT).register().pathways().get(0).events())
        .isNotEqualTo(cohort(Seed.PA_VAG_TILL_JOBBET).register().pathways().get(0).events());
  }

  @Test
  void cohortSizesAndSiteSplitsFollowTheSeeds() {
    assertThat(sites(Seed.ALLA_KAN_ARBETA)).containsExactlyEntriesOf(Map.of("Härnösand", 60));
    assertThat(sites(Seed.KRAFTVERKET)).containsExactlyEntriesOf(Map.of("Bjurholm", 48));
    assertThat(sites(Seed.PRAKTIK_INTEGRATION)).containsExactlyEntriesOf(Map.of("Karlskrona", 180));
    assertThat(sites(Seed.SMOT)).containsExactlyEntriesOf(new TreeMap<>(Map.of("Jönköping", 60, "Gotland", 60)));
    assertThat(sites(Seed.PA_VAG_TILL_JOBBET))
        .containsExactlyEntriesOf(new TreeMap<>(Map.of("Avesta", 200, "Hedemora", 150)));
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void siteSplitMatchesThePlannedSplitWhereThereIsOne(Seed seed) {
    SeedCohort c = cohort(seed);
    Map<String, Integer> planned = c.project().plannedParticipantsBySite();
    if (!planned.isEmpty()) {
      assertThat(sites(seed)).isEqualTo(new TreeMap<>(planned));
    }
    if (c.project().plannedParticipants() != null) {
      assertThat(c.register().participants()).hasSize(c.project().plannedParticipants());
    }
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void everyPathwayValidatesWithinItsProject(Seed seed) {
    SeedCohort c = cohort(seed);
    c.validate();
    EsfProject p = c.project();
    for (Pathway pathway : c.register().pathways()) {
      pathway.checkWithin(p);
      assertThat(pathway.events().get(0).type()).isEqualTo(EventType.ENROLLED);
      assertThat(pathway.events()).filteredOn(e -> e.type() == EventType.EXITED)
          .as("everyone has left by the end of the project").hasSize(1)
          .allSatisfy(e -> assertThat(p.period().contains(e.on())).isTrue());
    }
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void cohortsMixGendersIncludingNonBinaryAndNotReported(Seed seed) {
    Map<Gender, Long> genders = cohort(seed).register().participants().stream()
        .collect(Collectors.groupingBy(Participant::gender, () -> new EnumMap<>(Gender.class), Collectors.counting()));
    assertThat(genders).containsKeys(Gender.values());
    assertThat(genders.get(Gender.NON_BINARY) + genders.get(Gender.NOT_REPORTED))
        .isLessThan(genders.get(Gender.WOMAN)).isLessThan(genders.get(Gender.MAN));
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void mostExitedAreFollowedUpAndAnsweredTheSurveyButNotAll(Seed seed) {
    Register r = cohort(seed).register();
    long n = r.pathways().size();
    long followed = r.pathways().stream().filter(p -> has(p, EventType.FOLLOWED_UP)).count();
    long answered = r.pathways().stream().filter(p -> has(p, EventType.SURVEY_ANSWERED)).count();
    assertThat(followed).isGreaterThan(n * 7 / 10).isLessThan(n);
    assertThat(answered).isGreaterThan(n * 7 / 10).isLessThan(n);
  }

  @Test
  void pathwaysOfPaVagTillJobbetRespectTheAgeLimits() {
    SeedCohort c = cohort(Seed.PA_VAG_TILL_JOBBET);
    for (int i = 0; i < c.register().participants().size(); i++) {
      int age = c.register().pathways().get(i).enrolledOn().getYear() - c.register().participants().get(i).birthYear();
      assertThat(age).isBetween(25, 64);
    }
  }

  @Test
  void kraftverketEstablishesASocialEnterpriseMidProject() {
    SeedCohort c = cohort(Seed.KRAFTVERKET);
    assertThat(c.project().achievements()).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(AchievementKind.SOCIAL_ENTERPRISE_ESTABLISHED);
      assertThat(a.on()).isAfter(LocalDate.of(2012, 6, 1)).isBefore(LocalDate.of(2013, 3, 1));
    });
    LocalDate established = c.project().achievements().get(0).on();
    assertThat(c.placements()).filteredOn(pl -> pl.kind() == PlacementKind.SOCIAL_ENTERPRISE).isNotEmpty()
        .allSatisfy(pl -> assertThat(pl.startedOn()).isAfterOrEqualTo(established));
    assertThat(SeedProjects.read(Seed.KRAFTVERKET).achievements()).isEmpty();
  }

  @Test
  void allaKanArbetaFindsTwentyTwoProfiledTasksNearHarnosand() {
    SeedCohort c = cohort(Seed.ALLA_KAN_ARBETA);
    GeoPoint harnosand = GeoPoint.of(62.632, 17.938);
    assertThat(c.tasks()).hasSize(22).allSatisfy(t -> {
      assertThat(t.occupationCode()).matches("\\d{4}");
      assertThat(t.requiredCompetences()).isNotEmpty();
      assertThat(t.demands()).isNotEmpty();
      assertThat(t.hoursPerWeek()).isBetween(10, 30);
      assertThat(t.capacity()).isBetween(1, 3);
      assertThat(t.location().distanceKm(harnosand)).isLessThan(15);
      assertThat(c.project().period().contains(t.identifiedOn())).isTrue();
    });
    assertThat(c.tasks()).extracting(LowThresholdTask::languageLevel).containsNull();
    assertThat(c.tasks()).filteredOn(t -> !t.adaptations().isEmpty()).isNotEmpty();
    assertThat(c.placements()).filteredOn(pl -> pl.taskId() != null).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void participantsCarryMatchingProfilesAndSomePlacementsBreakGenderPatterns(Seed seed) {
    SeedCohort c = cohort(seed);
    assertThat(c.register().participants()).allSatisfy(p -> {
      assertThat(p.competences()).isNotEmpty();
      assertThat(p.interests()).isNotEmpty();
      assertThat(p.preferences()).isNotEmpty();
      assertThat(p.hoursAvailable()).isBetween(10, 40);
      assertThat(p.location()).isNotNull();
    });
    assertThat(c.register().participants()).anySatisfy(p -> assertThat(p.wantsGenderBreaking()).isTrue());
    assertThat(c.register().participants()).anySatisfy(p -> assertThat(p.accessibilityNeeds()).isNotEmpty());
    long breaking = c.placements().stream().filter(Placement::genderBreaking).count();
    assertThat(breaking).isPositive().isLessThan(c.placements().size() / 2);
  }

  @Test
  void allaKanArbetaOutcomesMeetSomeTargetsAndMissOthers() {
    SeedCohort c = cohort(Seed.ALLA_KAN_ARBETA);
    Map<OutcomeStatus, Long> exits = c.register().pathways().stream().flatMap(p -> p.events().stream())
        .filter(e -> e.type() == EventType.EXITED)
        .collect(Collectors.groupingBy(PathwayEvent::status, () -> new EnumMap<>(OutcomeStatus.class),
            Collectors.counting()));
    // 35 % to studies needs 21 of 60; the cohort has fewer. 20 % to internship needs 12.
    assertThat(exits.get(OutcomeStatus.STUDIES)).isLessThan(21);
    assertThat(exits.get(OutcomeStatus.INTERNSHIP)).isGreaterThanOrEqualTo(12);
    assertThat(exits.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(60);
  }

  @Test
  void allocateSplitsByLargestRemainder() {
    Map<String, Integer> w = new LinkedHashMap<>();
    w.put("a", 1);
    w.put("b", 1);
    w.put("c", 1);
    assertThat(SyntheticCohorts.allocate(10, w)).containsExactly("a", "a", "a", "a", "b", "b", "b", "c", "c", "c");
    w.put("c", 2);
    // 7 * 1/4 = 1.75, 1.75, 3.5 -> 1, 1, 3 and two more by remainder: a (.75), b (.75)
    assertThat(SyntheticCohorts.allocate(7, w)).containsExactly("a", "a", "b", "b", "c", "c", "c");
  }

  @Test
  void paVagTillJobbetsParticipantsAreReferredAsPlannedPerSite() {
    SeedCohort c = cohort(Seed.PA_VAG_TILL_JOBBET);
    org.esfkit.metrics.Cohort cohort = org.esfkit.metrics.Cohort.of(c.project(), c.register());
    org.esfkit.metrics.Evaluation ev = org.esfkit.metrics.MetricsEngine.standard()
        .evaluate(cohort, c.project().period().end());
    for (String id : List.of("enrolment-avesta-socialtjansten", "enrolment-avesta-integrationsenheten",
        "enrolment-hedemora-socialtjansten", "enrolment-hedemora-integrationsenheten")) {
      org.esfkit.metrics.EnrolmentResult r = ev.result(id, org.esfkit.metrics.EnrolmentResult.class);
      assertThat(r.enrolled()).as(id).isEqualTo(r.planned());
    }
    assertThat(ev.breakdowns("enrolment-350")).extracting(b -> b.value())
        .containsExactlyInAnyOrder("Avesta", "Hedemora", "socialtjänsten", "integrationsenheten");
    assertThat(cohort(Seed.SMOT).register().participants()).allMatch(p -> p.referral() == null);
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void writtenFilesReadBackCleanly(Seed seed, @TempDir Path tmp) throws IOException {
    SeedCohort c = cohort(seed);
    SeedFiles.write(c, tmp);
    assertThat(ProjectJson.read(tmp.resolve(SeedFiles.PROJECT)).value()).isEqualTo(c.project());
    ReadResult<Register> register = RegisterCsv.read(tmp.resolve(SeedFiles.REGISTER));
    assertThat(register.problems()).isEmpty();
    assertThat(register.value()).isEqualTo(c.registerRows());
    ReadResult<List<Placement>> placements = PlacementsCsv.read(tmp.resolve(SeedFiles.PLACEMENTS));
    assertThat(placements.problems()).isEmpty();
    assertThat(placements.value()).isEqualTo(c.placements());
    assertThat(ParticipantsJson.read(tmp.resolve(SeedFiles.PROFILES)).value()).isEqualTo(c.register().participants());
    assertThat(PathwayJson.read(tmp.resolve(SeedFiles.PATHWAYS)).value()).isEqualTo(c.register().pathways());
    assertThat(TasksCsv.read(tmp.resolve(SeedFiles.TASKS_CSV)).value()).isEqualTo(c.tasks());
    assertThat(TasksJson.read(tmp.resolve(SeedFiles.TASKS_JSON)).value()).isEqualTo(c.tasks());
    assertThat(EmployersCsv.read(tmp.resolve(SeedFiles.EMPLOYERS)).value()).isEqualTo(c.employers());
    assertThat(SeedFiles.check(tmp)).isEmpty();
  }

  @Test
  void checkReportsAPlacementOutsideTheParticipantsTime(@TempDir Path tmp) throws IOException {
    SeedCohort c = cohort(Seed.SMOT);
    Placement first = c.placements().get(0);
    Placement early = org.esfkit.core.ImmutablePlacement.copyOf(first)
        .withStartedOn(c.project().period().start().minusDays(1));
    List<Placement> placements = new java.util.ArrayList<>(c.placements());
    placements.set(0, early);
    SeedFiles.write(new SeedCohort(c.seed(), c.project(), c.register(), placements, c.tasks(), c.employers()), tmp);
    assertThat(SeedFiles.check(tmp)).singleElement()
        .satisfies(p -> assertThat(p.toString()).contains(SeedFiles.PLACEMENTS + ":2:"));
  }

  private static Map<String, Integer> sites(Seed seed) {
    Map<String, Integer> m = new TreeMap<>();
    cohort(seed).register().participants().forEach(p -> m.merge(p.site(), 1, Integer::sum));
    return m;
  }

  private static boolean has(Pathway p, EventType type) {
    return p.events().stream().anyMatch(e -> e.type() == type);
  }
}
