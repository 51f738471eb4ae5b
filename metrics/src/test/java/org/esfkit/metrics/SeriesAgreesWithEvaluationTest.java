package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.esfkit.core.Achievement;
import org.esfkit.core.AchievementKind;
import org.esfkit.core.CountOf;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Measure;
import org.esfkit.core.Milestone;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Parity;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.Register;
import org.esfkit.core.Subgroup;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of target the seed projects state, over a random cohort with re-entries, follow-ups,
 * survey answers, placements, tasks and achievements: at every point of the series, monthly and
 * quarterly, and at every milestone, the series equals a single evaluation as of that date; its
 * last point equals the project's evaluation as of the as-of date; the quarterly series is the
 * monthly one at quarter ends.
 */
class SeriesAgreesWithEvaluationTest {
  private static final LocalDate START = LocalDate.of(2020, 9, 1);
  private static final LocalDate END = LocalDate.of(2023, 2, 28);
  private static final String[] SITES = {"Avesta", "Hedemora"};
  private static final String[] REFERRALS = {"socialtjänsten", "integrationsenheten"};

  private final MetricsEngine engine = MetricsEngine.standard();

  private static Target share(String id, Measure measure, String atLeast, OutcomeStatus... statuses) {
    return Target.builder().id(id).type(TargetType.SHARE).measure(measure).addStatuses(statuses)
        .atLeast(new BigDecimal(atLeast)).build();
  }

  private static Target count(String id, TargetType type, CountOf of, int baseline, String atLeast) {
    org.esfkit.core.ImmutableTarget.Builder b = Target.builder().id(id).type(type).of(of).atLeast(new BigDecimal(atLeast));
    return type == TargetType.GROWTH ? b.baseline(baseline).build() : b.build();
  }

  /** One target of every kind in the seeds, some with milestones on a month end, a quarter end, a plain day. */
  static List<Target> targets() {
    return List.of(
        Target.builder().from(share("studies", Measure.EXIT_STATUS, "0.35", OutcomeStatus.STUDIES))
            .addMilestones(Milestone.of(LocalDate.of(2021, 6, 30), new BigDecimal("0.2"))).build(),
        share("employment", Measure.EXIT_STATUS, "0.25", OutcomeStatus.EMPLOYMENT,
            OutcomeStatus.SUBSIDISED_EMPLOYMENT),
        Target.builder().id("self-sufficient-3m").type(TargetType.SHARE).measure(Measure.FOLLOW_UP_STATUS)
            .window(Period.ofMonths(3)).addStatuses(OutcomeStatus.EMPLOYMENT, OutcomeStatus.STUDIES)
            .atLeast(new BigDecimal("0.6")).parity(Parity.EACH_GENDER)
            .addMilestones(Milestone.of(LocalDate.of(2021, 11, 17), new BigDecimal("0.3"))).build(),
        Target.builder().from(share("perceived", Measure.PERCEIVED_IMPROVEMENT, "0.8"))
            .parity(Parity.EACH_GENDER).build(),
        count("internship-growth", TargetType.GROWTH, CountOf.INTERNSHIP_PLACEMENTS, 10, "0.5"),
        count("host-employers-growth", TargetType.GROWTH, CountOf.EMPLOYERS_HOSTING_INTERNS, 6, "0.5"),
        Target.builder().from(count("tasks", TargetType.COUNT, CountOf.TASKS_IDENTIFIED, 0, "20"))
            .openToAllGenders(true).addMilestones(Milestone.of(LocalDate.of(2021, 12, 31), BigDecimal.TEN)).build(),
        count("gender-breaking", TargetType.COUNT, CountOf.GENDER_BREAKING_PLACEMENTS, 0, "3"),
        count("social-enterprise", TargetType.COUNT, CountOf.SOCIAL_ENTERPRISES_ESTABLISHED, 0, "1"),
        Target.builder().id("enrolment").type(TargetType.ENROLMENT).planned(350).putBySite("Avesta", 200)
            .putBySite("Hedemora", 150).womenAtLeast(new BigDecimal("0.4")).womenAtMost(new BigDecimal("0.6"))
            .addMilestones(Milestone.of(LocalDate.of(2021, 9, 30), new BigDecimal("150"))).build(),
        Target.builder().id("enrolment-avesta-soc").type(TargetType.ENROLMENT).planned(150)
            .where(Subgroup.builder().site("Avesta").referral("socialtjänsten").build()).build(),
        Target.builder().id("participation-6-12m").type(TargetType.PARTICIPATION_LENGTH).min(Period.ofMonths(6))
            .max(Period.ofMonths(12)).atLeast(new BigDecimal("0.5"))
            .addMilestones(Milestone.of(LocalDate.of(2022, 3, 31), new BigDecimal("0.25"))).build());
  }

  /** A seeded cohort: a tenth come back after their exit, most are followed up, many answer the survey. */
  static Cohort cohort(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    OutcomeStatus[] statuses = OutcomeStatus.values();
    int span = (int) (END.toEpochDay() - START.toEpochDay());
    Register.Builder register = Register.builder();
    List<Placement> placements = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String id = "P" + i;
      Gender gender = r.nextInt(100) < 45 ? Gender.WOMAN : r.nextInt(100) < 90 ? Gender.MAN : Gender.NON_BINARY;
      LocalDate enrolled = START.plusDays(r.nextInt(span));
      List<PathwayEvent> events = new ArrayList<>();
      events.add(PathwayEvent.of(EventType.ENROLLED, enrolled));
      LocalDate exit = enrolled.plusDays(r.nextInt(500));
      if (!exit.isAfter(END) && r.nextInt(100) < 85) {
        events.add(PathwayEvent.exited(exit, statuses[r.nextInt(statuses.length)]));
        if (r.nextInt(100) < 60) {
          events.add(PathwayEvent.builder().type(EventType.SURVEY_ANSWERED).on(exit.plusDays(r.nextInt(3)))
              .perceivedImprovement(r.nextInt(100) < 75).build());
        }
        LocalDate followUp = exit.plusDays(3 + r.nextInt(120));
        if (r.nextInt(100) < 70) {
          events.add(PathwayEvent.followedUp(followUp, statuses[r.nextInt(statuses.length)]));
        }
        LocalDate back = followUp.plusDays(1 + r.nextInt(60));
        if (r.nextInt(100) < 10 && back.isBefore(END)) {
          events.add(PathwayEvent.of(EventType.RE_ENROLLED, back));
          LocalDate again = back.plusDays(r.nextInt(200));
          if (!again.isAfter(END)) {
            events.add(PathwayEvent.exited(again, statuses[r.nextInt(statuses.length)]));
            events.add(PathwayEvent.followedUp(again.plusDays(r.nextInt(100)), statuses[r.nextInt(statuses.length)]));
          }
        }
      }
      register.add(Participant.builder().id(id).gender(gender).site(SITES[r.nextInt(2)])
          .referral(REFERRALS[r.nextInt(2)]).birthYear(1960 + r.nextInt(45)).build(),
          Pathway.builder().participantId(id).events(events).build());
      if (r.nextInt(100) < 40) {
        placements.add(Placement.builder().participantId(id).employerId("E" + r.nextInt(15))
            .kind(r.nextBoolean() ? PlacementKind.INTERNSHIP : PlacementKind.values()[r.nextInt(3)])
            .startedOn(START.plusDays(r.nextInt(span + 60) - 30)).genderBreaking(r.nextInt(100) < 20).build());
      }
    }
    List<LowThresholdTask> tasks = new ArrayList<>();
    for (int k = 0; k < 40; k++) {
      tasks.add(LowThresholdTask.builder().id("T" + k).employerId("E" + r.nextInt(15)).title("Task " + k)
          .identifiedOn(START.plusDays(r.nextInt(span))).openToAllGenders(r.nextInt(100) < 80).build());
    }
    EsfProject project = EsfProject.builder().projectNumber("2020/00002").name("Every kind")
        .period(DateRange.of(START, END)).addAllTargets(targets())
        .addAchievements(Achievement.builder().kind(AchievementKind.SOCIAL_ENTERPRISE_ESTABLISHED)
            .on(LocalDate.of(2021, 12, 31)).name("Kooperativet").build())
        .build();
    return Cohort.builder(project).register(register.build()).placements(placements).tasks(tasks).build();
  }

  @ParameterizedTest
  @EnumSource(SeriesStep.class)
  void everyPointAndMilestoneEqualsASingleEvaluation(SeriesStep step) {
    for (long seed = 1; seed <= 3; seed++) {
      Cohort cohort = cohort(seed);
      LocalDate asOf = LocalDate.of(2022, 11, 20);
      List<TargetSeries> all = engine.series(cohort, asOf, step);
      Evaluation single = engine.evaluate(cohort, asOf);
      assertThat(all).extracting(TargetSeries::targetId)
          .containsExactlyElementsOf(targets().stream().map(Target::id).toList());
      if (step == SeriesStep.QUARTER) {
        List<TargetSeries> monthly = engine.series(cohort, asOf);
        assertThat(all).isEqualTo(monthly.stream().map(s -> s.every(SeriesStep.QUARTER)).toList());
      }
      for (TargetSeries s : all) {
        Target t = cohort.requireProject().target(s.targetId());
        List<TargetSeries.Point> points = s.points();
        assertThat(points.get(points.size() - 1).result()).as(s.targetId()).isEqualTo(single.result(s.targetId()));
        for (TargetSeries.Point pt : points) {
          assertThat(pt.result()).as(s.targetId() + " " + pt.date()).isEqualTo(engine.evaluate(cohort, pt.date(), t));
        }
        for (TargetSeries.MilestoneResult m : s.milestones()) {
          assertThat(m.result()).as(s.targetId() + " milestone " + m.milestone().on())
              .isEqualTo(engine.evaluate(cohort, m.milestone().on(), m.milestone().applyTo(t)));
        }
      }
    }
  }
}
