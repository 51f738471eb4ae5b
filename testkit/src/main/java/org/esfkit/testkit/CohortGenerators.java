package org.esfkit.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.Achievement;
import org.esfkit.core.AchievementKind;
import org.esfkit.core.CountOf;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Measure;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Parity;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.Register;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Cohort;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of realistic cohorts for property tests: participants of all four
 * genders with optional ESF+ characteristics, enrolled inside the project period, most of them
 * leaving with a status, some followed up (several times, inside and outside any window) and
 * surveyed, with placements at a pool of employers and low-threshold tasks.
 *
 * <pre>{@code
 * qt().forAll(CohortGenerators.cohorts(project, 200), CohortGenerators.datesAround(project.period()))
 *     .checkAssert((c, asOf) -> assertThat(engine.evaluate(c.toCohort(), asOf).results()).isNotEmpty());
 * }</pre>
 *
 * Every generated value is a valid model: pathways pass their checks, placements name registered
 * participants.
 */
public final class CohortGenerators {
  private static final Gender[] GENDERS = {Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, Gender.NOT_REPORTED};
  private static final int[] GENDER_WEIGHTS = {46, 46, 3, 5};
  private static final OutcomeStatus[] STATUSES = OutcomeStatus.values();
  private static final PlacementKind[] KINDS = PlacementKind.values();
  private static final int EMPLOYERS = 12;

  private CohortGenerators() {}

  /**
   * A project with one target of every built-in kind (share at exit, at follow-up with parity,
   * survey share with a maximum gap, count, growth, enrolment by site) and a social enterprise
   * established mid-period, for property tests of the metrics.
   *
   * @return the project
   */
  public static EsfProject sampleProject() {
    return EsfProject.builder()
        .projectNumber("2020/99999").name("Generated")
        .period(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30)))
        .putPlannedParticipantsBySite("North", 30).putPlannedParticipantsBySite("South", 30)
        .addAchievements(Achievement.builder().kind(AchievementKind.SOCIAL_ENTERPRISE_ESTABLISHED)
            .on(LocalDate.of(2021, 5, 1)).name("Kooperativet").build())
        .addTargets(
            Target.builder().id("work-or-studies").type(TargetType.SHARE).measure(Measure.EXIT_STATUS)
                .addStatuses(OutcomeStatus.EMPLOYMENT, OutcomeStatus.STUDIES).atLeast(new BigDecimal("0.35")).build(),
            Target.builder().id("self-sufficient-3m").type(TargetType.SHARE).measure(Measure.FOLLOW_UP_STATUS)
                .window(Period.ofMonths(3)).addStatuses(OutcomeStatus.EMPLOYMENT, OutcomeStatus.SELF_EMPLOYMENT,
                    OutcomeStatus.SUBSIDISED_EMPLOYMENT, OutcomeStatus.STUDIES, OutcomeStatus.WORK_REHABILITATION)
                .atLeast(new BigDecimal("0.6")).parity(Parity.EACH_GENDER).build(),
            Target.builder().id("perceived").type(TargetType.SHARE).measure(Measure.PERCEIVED_IMPROVEMENT)
                .atLeast(new BigDecimal("0.8")).parity(Parity.MAX_GAP).maxGap(new BigDecimal("0.05")).build(),
            Target.builder().id("gender-breaking").type(TargetType.COUNT).of(CountOf.GENDER_BREAKING_PLACEMENTS)
                .atLeast(BigDecimal.valueOf(5)).build(),
            Target.builder().id("tasks").type(TargetType.COUNT).of(CountOf.TASKS_IDENTIFIED)
                .atLeast(BigDecimal.valueOf(20)).build(),
            Target.builder().id("social-enterprise").type(TargetType.COUNT).of(CountOf.SOCIAL_ENTERPRISES_ESTABLISHED)
                .atLeast(BigDecimal.ONE).build(),
            Target.builder().id("interns").type(TargetType.COUNT).of(CountOf.INTERNSHIP_PLACEMENTS)
                .atLeast(BigDecimal.TEN).build(),
            Target.builder().id("host-employers").type(TargetType.GROWTH).of(CountOf.EMPLOYERS_HOSTING_INTERNS)
                .baseline(4).atLeast(new BigDecimal("0.5")).build(),
            Target.builder().id("reach").type(TargetType.ENROLMENT).planned(60)
                .bySite(Map.of("North", 30, "South", 30)).build())
        .build();
  }

  /**
   * Cohorts of the project: up to {@code maxParticipants} participants with pathways,
   * placements and tasks, all dated around the project period.
   *
   * @param project the project (its period and sites are used)
   * @param maxParticipants the largest cohort
   * @return the generator
   */
  public static Gen<GeneratedCohort> cohorts(EsfProject project, int maxParticipants) {
    return cohorts(project, 0, maxParticipants);
  }

  /**
   * Cohorts of the project with between {@code minParticipants} and {@code maxParticipants}
   * participants.
   *
   * @param project the project (its period and sites are used)
   * @param minParticipants the smallest cohort
   * @param maxParticipants the largest cohort
   * @return the generator
   */
  public static Gen<GeneratedCohort> cohorts(EsfProject project, int minParticipants, int maxParticipants) {
    if (minParticipants < 0 || minParticipants > maxParticipants) {
      throw new IllegalArgumentException("need 0 <= min <= max, got " + minParticipants + ".." + maxParticipants);
    }
    Gen<GeneratedCohort> gen = in -> generate(in, project, minParticipants, maxParticipants);
    return gen.describedAs(GeneratedCohort::toString);
  }

  /**
   * Cohorts of {@link #sampleProject()}.
   *
   * @param maxParticipants the largest cohort
   * @return the generator
   */
  public static Gen<GeneratedCohort> cohorts(int maxParticipants) {
    return cohorts(sampleProject(), maxParticipants);
  }

  /**
   * As-of dates from a month before a period starts to a year after it ends (follow-ups come
   * after the end).
   *
   * @param period the project period
   * @return the generator
   */
  public static Gen<LocalDate> datesAround(DateRange period) {
    long from = period.start().minusMonths(1).toEpochDay();
    long to = period.end().plusYears(1).toEpochDay();
    return in -> LocalDate.ofEpochDay(in.next(Constraint.between(from, to)));
  }

  private static GeneratedCohort generate(RandomnessSource in, EsfProject project, int min, int max) {
    LocalDate start = project.period().start();
    LocalDate end = project.period().end();
    int span = (int) (end.toEpochDay() - start.toEpochDay());
    List<String> sites = sites(project);
    int n = (int) pick(in, min, max);
    var register = Register.builder();
    List<Placement> placements = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = String.format("G%05d", i);
      LocalDate enrolled = start.plusDays(pick(in, 0, span));
      var p = Participant.builder().id(id).gender(GENDERS[weighted(in, GENDER_WEIGHTS)])
          .birthYear(chance(in, 95) ? start.getYear() - (int) pick(in, 16, 66) : null)
          .site(sites.isEmpty() || chance(in, 5) ? null : sites.get((int) pick(in, 0, sites.size() - 1)))
          .labourStatusAtEntry(chance(in, 85) ? LabourStatus.values()[(int) pick(in, 0, 3)] : null)
          .isced(chance(in, 80) ? (int) pick(in, 0, 8) : null)
          .disability(yesNo(in)).foreignBackground(yesNo(in)).thirdCountryNational(yesNo(in)).minority(yesNo(in));
      List<PathwayEvent> events = new ArrayList<>();
      events.add(PathwayEvent.of(EventType.ENROLLED, enrolled));
      LocalDate exit = null;
      if (chance(in, 75)) {
        LocalDate e = enrolled.plusDays(pick(in, 0, 450));
        if (!e.isAfter(end)) {
          exit = e;
        }
      }
      LocalDate last = exit != null ? exit : end;
      int placementsHere = (int) pick(in, 0, 2);
      for (int k = 0; k < placementsHere; k++) {
        LocalDate from = enrolled.plusDays(pick(in, 0, last.toEpochDay() - enrolled.toEpochDay()));
        LocalDate to = chance(in, 90) ? from.plusDays(pick(in, 0, 90)) : null;
        if (to != null && to.isAfter(last)) {
          to = last;
        }
        placements.add(Placement.builder().participantId(id).employerId("E" + pick(in, 1, EMPLOYERS))
            .kind(KINDS[(int) pick(in, 0, KINDS.length - 1)]).startedOn(from).endedOn(to)
            .genderBreaking(chance(in, 30)).build());
      }
      if (exit != null) {
        events.add(PathwayEvent.builder().type(EventType.EXITED).on(exit)
            .status(STATUSES[(int) pick(in, 0, STATUSES.length - 1)])
            .qualificationGained(chance(in, 70) ? Boolean.valueOf(chance(in, 30)) : null).build());
        if (chance(in, 60)) {
          events.add(PathwayEvent.builder().type(EventType.SURVEY_ANSWERED).on(exit)
              .perceivedImprovement(chance(in, 70)).build());
        }
        int followUps = (int) pick(in, 0, 3);
        List<Long> offsets = new ArrayList<>();
        for (int k = 0; k < followUps; k++) {
          offsets.add(pick(in, 0, 240));
        }
        offsets.sort(null);
        for (long off : offsets) {
          events.add(PathwayEvent.followedUp(exit.plusDays(off), STATUSES[(int) pick(in, 0, STATUSES.length - 1)]));
        }
      }
      register.add(p.build(), Pathway.builder().participantId(id).events(events).build());
    }
    List<LowThresholdTask> tasks = new ArrayList<>();
    int taskCount = (int) pick(in, 0, 25);
    for (int k = 0; k < taskCount; k++) {
      tasks.add(LowThresholdTask.builder().id("T" + k).employerId("E" + pick(in, 1, EMPLOYERS)).title("Task " + k)
          .identifiedOn(start.plusDays(pick(in, 0, span))).openToAllGenders(chance(in, 85)).build());
    }
    return new GeneratedCohort(project, register.build(), placements, tasks);
  }

  private static List<String> sites(EsfProject project) {
    Set<String> s = new LinkedHashSet<>(project.plannedParticipantsBySite().keySet());
    for (Target t : project.targets()) {
      s.addAll(t.bySite().keySet());
    }
    return new ArrayList<>(s);
  }

  private static long pick(RandomnessSource in, long min, long max) {
    return in.next(Constraint.between(min, max));
  }

  private static boolean chance(RandomnessSource in, int percent) {
    return pick(in, 1, 100) <= percent;
  }

  private static @Nullable Boolean yesNo(RandomnessSource in) {
    return chance(in, 60) ? Boolean.valueOf(chance(in, 25)) : null;
  }

  private static int weighted(RandomnessSource in, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    long r = pick(in, 1, total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r <= 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** A generated cohort: the project, its register, placements and tasks. */
  public static final class GeneratedCohort {
    private final EsfProject project;
    private final Register register;
    private final List<Placement> placements;
    private final List<LowThresholdTask> tasks;

    GeneratedCohort(EsfProject project, Register register, List<Placement> placements, List<LowThresholdTask> tasks) {
      this.project = project;
      this.register = register;
      this.placements = List.copyOf(placements);
      this.tasks = List.copyOf(tasks);
    }

    /**
     * The project.
     *
     * @return the project
     */
    public EsfProject project() {
      return project;
    }

    /**
     * The register.
     *
     * @return participants and pathways
     */
    public Register register() {
      return register;
    }

    /**
     * The placements.
     *
     * @return the placements
     */
    public List<Placement> placements() {
      return placements;
    }

    /**
     * The tasks.
     *
     * @return the tasks
     */
    public List<LowThresholdTask> tasks() {
      return tasks;
    }

    /**
     * Converts into a {@link Cohort} for evaluation.
     *
     * @return the cohort
     */
    public Cohort toCohort() {
      return Cohort.builder(project).register(register).placements(placements).tasks(tasks).build();
    }

    /** Describes the size only, never participant attributes. */
    @Override
    public String toString() {
      return "GeneratedCohort[" + register.participants().size() + " participants, " + placements.size()
          + " placements, " + tasks.size() + " tasks]";
    }
  }
}
