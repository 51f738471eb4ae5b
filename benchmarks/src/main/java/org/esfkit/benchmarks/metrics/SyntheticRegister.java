package org.esfkit.benchmarks.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.esfkit.core.Achievement;
import org.esfkit.core.AchievementKind;
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
import org.esfkit.metrics.Cohort;

/** A deterministic synthetic register of a national size, built through the model's builders. */
final class SyntheticRegister {
  static final LocalDate START = LocalDate.of(2019, 9, 2);
  static final LocalDate END = LocalDate.of(2023, 6, 30);
  static final String[] SITES = {"Jönköping", "Gotland", "Avesta", "Hedemora"};

  private SyntheticRegister() {}

  static EsfProject project() {
    return EsfProject.builder().projectNumber("2019/00000").name("Synthetic national register")
        .period(DateRange.of(START, END)).addAllTargets(SeedTargets.all())
        .addAchievements(Achievement.builder().kind(AchievementKind.SOCIAL_ENTERPRISE_ESTABLISHED)
            .on(LocalDate.of(2021, 3, 1)).name("Kooperativet").build())
        .build();
  }

  static Cohort cohort(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    OutcomeStatus[] statuses = OutcomeStatus.values();
    PlacementKind[] kinds = PlacementKind.values();
    int span = (int) (END.toEpochDay() - START.toEpochDay());
    var register = Register.builder();
    List<Placement> placements = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "P" + i;
      int g = r.nextInt(100);
      Gender gender = g < 47 ? Gender.WOMAN : g < 94 ? Gender.MAN : g < 97 ? Gender.NON_BINARY : Gender.NOT_REPORTED;
      LocalDate enrolled = START.plusDays(r.nextInt(span));
      Participant participant = Participant.builder().id(id).gender(gender).birthYear(1955 + r.nextInt(50))
          .site(SITES[r.nextInt(SITES.length)]).build();
      List<PathwayEvent> events = new ArrayList<>(5);
      events.add(PathwayEvent.of(EventType.ENROLLED, enrolled));
      LocalDate exit = enrolled.plusDays(30 + r.nextInt(400));
      boolean exited = r.nextInt(100) < 80 && !exit.isAfter(END);
      LocalDate last = exited ? exit : END;
      if (r.nextInt(100) < 30) {
        LocalDate from = enrolled.plusDays(r.nextInt((int) (last.toEpochDay() - enrolled.toEpochDay()) + 1));
        placements.add(Placement.builder().participantId(id).employerId("E" + r.nextInt(5000))
            .kind(kinds[r.nextInt(kinds.length)]).startedOn(from).genderBreaking(r.nextInt(100) < 20).build());
      }
      if (exited) {
        events.add(PathwayEvent.exited(exit, statuses[r.nextInt(statuses.length)]));
        if (r.nextInt(100) < 60) {
          events.add(PathwayEvent.builder().type(EventType.SURVEY_ANSWERED).on(exit)
              .perceivedImprovement(r.nextInt(100) < 75).build());
        }
        if (r.nextInt(100) < 70) {
          events.add(PathwayEvent.followedUp(exit.plusDays(20 + r.nextInt(100)), statuses[r.nextInt(statuses.length)]));
        }
      }
      register.add(participant, Pathway.builder().participantId(id).events(events).build());
    }
    List<LowThresholdTask> tasks = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      tasks.add(LowThresholdTask.builder().id("T" + k).employerId("E" + r.nextInt(5000)).title("Task " + k)
          .identifiedOn(START.plusDays(r.nextInt(span))).openToAllGenders(r.nextInt(100) < 85).build());
    }
    return Cohort.builder(project()).register(register.build()).placements(placements).tasks(tasks).build();
  }
}
