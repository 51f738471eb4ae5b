package org.esfkit.core.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.esfkit.core.Accessibility;
import org.esfkit.core.Achievement;
import org.esfkit.core.AchievementKind;
import org.esfkit.core.CefrLevel;
import org.esfkit.core.CountOf;
import org.esfkit.core.DateRange;
import org.esfkit.core.Eligibility;
import org.esfkit.core.Employer;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EsfRegion;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.GeoPoint;
import org.esfkit.core.ImmutableEsfProject;
import org.esfkit.core.ImmutablePathway;
import org.esfkit.core.ImmutableTarget;
import org.esfkit.core.InterventionType;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Measure;
import org.esfkit.core.Money;
import org.esfkit.core.OrganisationNumber;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Parity;
import org.esfkit.core.Participant;
import org.esfkit.core.ParticipationRange;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.PathwayPhase;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.ProgrammeArea;
import org.esfkit.core.ProgrammePeriod;
import org.esfkit.core.ProjectPhase;
import org.esfkit.core.ProjectPhaseKind;
import org.esfkit.core.Rate;
import org.esfkit.core.Register;
import org.esfkit.core.SpecificObjective;
import org.esfkit.core.Target;
import org.esfkit.core.TargetGroup;
import org.esfkit.core.TargetType;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of realistic, valid models: every draw goes through the randomness
 * source, so failures shrink. Texts include what breaks naive writers: separators, quotes, line
 * breaks, surrounding blanks, non-Latin scripts.
 */
final class ModelGen {
  static final List<String> TEXTS = List.of("Alla kan arbeta", "Sm\u00e5land; \u00f6arna", "G\u00e4vle, \"norr\"",
      "rad\nbrytning", " omgiven ", "\u00dcn\u00efc\u00f6d\u00e9 \u6771\u4eac", "=SUM(A1)", "a'b", "Jönköping");
  static final List<String> TAGS = List.of("cleaning", "lifting", "kassa, kund", "språk; svenska", "\"quoted\"",
      "städning", "lager");
  static final List<String> SITES = List.of("Avesta", "Hedemora", "Småland; öarna", "Gävle, \"norr\"", " spaced ");

  private ModelGen() {}

  static Gen<EsfProject> projects() {
    return in -> project(new Rnd(in));
  }

  static Gen<Register> registers() {
    return in -> register(new Rnd(in));
  }

  static Gen<List<Placement>> placements() {
    return in -> {
      Rnd r = new Rnd(in);
      // a placement is listed once: the reader rejects a second one with the same key
      Map<List<Object>, Placement> byKey = new LinkedHashMap<>();
      for (Placement p : r.list(0, 8, () -> placement(r))) {
        byKey.putIfAbsent(Arrays.asList(p.participantId(), p.employerId(), p.taskId(), p.kind(), p.startedOn()), p);
      }
      return new ArrayList<>(byKey.values());
    };
  }

  static Gen<List<LowThresholdTask>> tasks() {
    return in -> {
      Rnd r = new Rnd(in);
      int n = r.between(0, 8);
      List<LowThresholdTask> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(task(r, "T" + i));
      }
      return out;
    };
  }

  static Gen<List<Participant>> profiles() {
    return in -> {
      Rnd r = new Rnd(in);
      int n = r.between(0, 8);
      List<Participant> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(profile(r, "P" + i));
      }
      return out;
    };
  }

  static Gen<List<Pathway>> pathways() {
    return in -> {
      Rnd r = new Rnd(in);
      int n = r.between(0, 8);
      List<Pathway> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(fullPathway(r, "P" + i));
      }
      return out;
    };
  }

  static Gen<List<Employer>> employers() {
    return in -> {
      Rnd r = new Rnd(in);
      int n = r.between(0, 8);
      List<Employer> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(employer(r, "E" + i));
      }
      return out;
    };
  }

  static EsfProject project(Rnd r) {
    LocalDate start = r.date(LocalDate.of(2008, 1, 1), 6000);
    LocalDate end = start.plusDays(r.between(0, 1500));
    Money budget = r.maybe(() -> Money.sek(BigDecimal.valueOf(r.between(0, 2_000_000_000), 2)));
    ImmutableEsfProject.Builder b = EsfProject.builder()
        .projectNumber(r.between(2007, 2027) + "/" + String.format("%05d", r.between(0, 99999)))
        .name(r.pick(TEXTS))
        .owner(r.maybe(() -> r.pick(TEXTS)))
        .region(r.maybe(() -> r.pick(List.of(EsfRegion.values()))))
        .period(DateRange.of(start, end))
        .programmeArea(r.maybe(() -> ProgrammeArea.of(String.valueOf(r.between(1, 4)))))
        .specificObjective(r.maybe(() -> SpecificObjective.of(r.between(1, 4) + "." + r.between(1, 9))))
        .interventionType(r.maybe(() -> InterventionType.of(String.valueOf(r.between(1, 9999)))))
        .euCoFinancingRate(r.maybe(() -> Rate.of(BigDecimal.valueOf(r.between(0, 100), 2))))
        .totalBudget(budget)
        .esfGrant(budget == null ? null : r.maybe(() -> Money.sek(BigDecimal.valueOf(
            r.between(0, budget.amount().movePointRight(2).intValueExact()), 2))))
        .plannedParticipants(r.maybe(() -> r.between(1, 500)))
        .plannedParticipantsBySite(sites(r))
        .plannedParticipation(r.maybe(() -> {
          int min = r.between(0, 12);
          return ParticipationRange.of(Period.ofMonths(min), Period.ofMonths(min + r.between(0, 12)));
        }))
        .targetGroups(r.subset(TargetGroup.class))
        .eligibility(r.maybe(() -> {
          Integer min = r.maybe(() -> r.between(15, 30));
          return Eligibility.builder().minAge(min).maxAge(r.maybe(() -> r.between(min == null ? 0 : min, 70))).build();
        }))
        .coFinanciers(r.list(0, 3, () -> r.pick(TEXTS)))
        .partners(r.list(0, 3, () -> r.pick(TEXTS)))
        .municipalities(r.list(0, 3, () -> r.pick(TEXTS)))
        .methods(r.list(0, 3, () -> r.pick(TEXTS)))
        .phases(r.list(0, 3, () -> ProjectPhase.builder().kind(r.pick(List.of(ProjectPhaseKind.values())))
            .period(r.maybe(() -> {
              LocalDate s = r.date(start, 300);
              return DateRange.of(s, s.plusDays(r.between(0, 300)));
            })).build()))
        .achievements(r.list(0, 2, () -> Achievement.builder().kind(r.pick(List.of(AchievementKind.values())))
            .on(r.date(start, 900)).name(r.pick(TEXTS)).build()))
        .assumptions(r.list(0, 2, () -> r.pick(TEXTS)));
    if (r.chance()) {
      b.programmePeriod(r.pick(List.of(ProgrammePeriod.values())));
    }
    int targets = r.between(0, 5);
    for (int i = 0; i < targets; i++) {
      b.addTargets(target(r, "t" + i));
    }
    return b.build();
  }

  static Target target(Rnd r, String id) {
    TargetType type = r.pick(List.of(TargetType.values()));
    ImmutableTarget.Builder b = Target.builder().id(id).type(type).description(r.maybe(() -> r.pick(TEXTS)));
    switch (type) {
      case SHARE: {
        Measure m = r.pick(List.of(Measure.values()));
        b.measure(m).atLeast(BigDecimal.valueOf(r.between(0, 100), 2));
        if (m != Measure.PERCEIVED_IMPROVEMENT) {
          Set<OutcomeStatus> s = r.subset(OutcomeStatus.class);
          b.statuses(s.isEmpty() ? Set.of(OutcomeStatus.EMPLOYMENT) : s);
        }
        if (m == Measure.FOLLOW_UP_STATUS) {
          b.window(r.pick(List.of(Period.ofMonths(3), Period.ofMonths(6), Period.ofDays(28), Period.ofYears(1))));
        }
        Parity p = r.pick(List.of(Parity.values()));
        b.parity(p);
        if (p == Parity.MAX_GAP) {
          b.maxGap(BigDecimal.valueOf(r.between(0, 20), 2));
        }
        break;
      }
      case COUNT: {
        CountOf of = r.pick(List.of(CountOf.values()));
        b.of(of).atLeast(BigDecimal.valueOf(r.between(0, 50)));
        if (of == CountOf.TASKS_IDENTIFIED) {
          b.openToAllGenders(r.maybe(r::chance));
        }
        break;
      }
      case PARTICIPATION_LENGTH: {
        int min = r.between(0, 12);
        b.min(Period.ofMonths(min)).max(Period.ofMonths(min + r.between(0, 12)))
            .atLeast(BigDecimal.valueOf(r.between(0, 100), 2));
        Parity p = r.pick(List.of(Parity.values()));
        b.parity(p);
        if (p == Parity.MAX_GAP) {
          b.maxGap(BigDecimal.valueOf(r.between(0, 20), 2));
        }
        break;
      }
      case GROWTH:
        b.of(r.pick(List.of(CountOf.values()))).baseline(r.between(1, 20))
            .atLeast(BigDecimal.valueOf(r.between(0, 300), 2));
        break;
      default:
        b.planned(r.between(1, 200)).bySite(sites(r));
        if (r.chance()) {
          int low = r.between(0, 50);
          b.womenAtLeast(BigDecimal.valueOf(low, 2)).womenAtMost(BigDecimal.valueOf(low + r.between(0, 50), 2));
        }
    }
    return b.build();
  }

  static Map<String, Integer> sites(Rnd r) {
    Map<String, Integer> m = new LinkedHashMap<>();
    int n = r.between(0, 3);
    for (int i = 0; i < n; i++) {
      m.put(r.pick(SITES), r.between(1, 100));
    }
    return m;
  }

  static Register register(Rnd r) {
    int n = r.between(0, 12);
    List<Participant> ps = new ArrayList<>();
    List<Pathway> pws = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = r.chance() ? "P" + i : "H" + String.format("%04d", i) + (r.chance() ? "" : " x");
      ps.add(Participant.builder().id(id).gender(r.pick(List.of(Gender.values())))
          .birthYear(r.maybe(() -> r.between(1950, 2006)))
          .site(r.maybe(() -> r.pick(SITES)))
          .targetGroups(r.subset(TargetGroup.class))
          .labourStatusAtEntry(r.maybe(() -> r.pick(List.of(LabourStatus.values()))))
          .isced(r.maybe(() -> r.between(0, 8)))
          .disability(r.maybe(r::chance))
          .foreignBackground(r.maybe(r::chance))
          .thirdCountryNational(r.maybe(r::chance))
          .minority(r.maybe(r::chance))
          .build());
      pws.add(registerPathway(r, id));
    }
    Register.Builder b = Register.builder();
    for (int i = 0; i < ps.size(); i++) {
      b.add(ps.get(i), pws.get(i));
    }
    return b.build();
  }

  /** A pathway a register row can hold: enrolment, maybe an exit with a survey at exit and one follow-up. */
  static Pathway registerPathway(Rnd r, String id) {
    LocalDate enrolled = r.date(LocalDate.of(2010, 1, 1), 4000);
    ImmutablePathway.Builder b = Pathway.builder().participantId(id)
        .addEvents(PathwayEvent.of(EventType.ENROLLED, enrolled));
    if (r.chance()) {
      LocalDate exit = r.date(enrolled, 400);
      b.addEvents(PathwayEvent.builder().type(EventType.EXITED).on(exit).status(r.pick(List.of(OutcomeStatus.values())))
          .qualificationGained(r.maybe(r::chance)).build());
      if (r.chance()) {
        b.addEvents(PathwayEvent.builder().type(EventType.SURVEY_ANSWERED).on(exit).perceivedImprovement(r.chance())
            .build());
      }
      if (r.chance()) {
        b.addEvents(PathwayEvent.followedUp(r.date(exit, 200), r.pick(List.of(OutcomeStatus.values()))));
      }
    }
    return b.build();
  }

  /** A pathway with every kind of event. */
  static Pathway fullPathway(Rnd r, String id) {
    LocalDate d = r.date(LocalDate.of(2010, 1, 1), 4000);
    ImmutablePathway.Builder b = Pathway.builder().participantId(id).addEvents(PathwayEvent.of(EventType.ENROLLED, d));
    int steps = r.between(0, 6);
    List<String> open = new ArrayList<>();
    int placements = 0;
    for (int i = 0; i < steps; i++) {
      d = r.date(d, 60);
      switch (r.between(0, 4)) {
        case 0:
          b.addEvents(PathwayEvent.of(EventType.ACTION_PLAN_APPROVED, d));
          break;
        case 1:
          b.addEvents(PathwayEvent.builder().type(EventType.PHASE_STARTED).on(d)
              .phase(r.pick(List.of(PathwayPhase.values()))).build());
          break;
        case 2:
          b.addEvents(PathwayEvent.builder().type(EventType.ACTIVITY).on(d)
              .description(r.maybe(() -> r.pick(TEXTS))).build());
          break;
        case 3: {
          String pid = "pl" + placements++;
          open.add(pid);
          b.addEvents(PathwayEvent.builder().type(EventType.PLACEMENT_STARTED).on(d).placementId(pid).build());
          break;
        }
        default:
          if (!open.isEmpty()) {
            b.addEvents(PathwayEvent.builder().type(EventType.PLACEMENT_ENDED).on(d).placementId(open.remove(0)).build());
          }
      }
    }
    if (r.chance()) {
      for (String pid : open) {
        b.addEvents(PathwayEvent.builder().type(EventType.PLACEMENT_ENDED).on(d).placementId(pid).build());
      }
      d = r.date(d, 100);
      b.addEvents(PathwayEvent.builder().type(EventType.EXITED).on(d).status(r.pick(List.of(OutcomeStatus.values())))
          .qualificationGained(r.maybe(r::chance)).build());
      int after = r.between(0, 3);
      for (int i = 0; i < after; i++) {
        d = r.date(d, 120);
        b.addEvents(r.chance()
            ? PathwayEvent.followedUp(d, r.pick(List.of(OutcomeStatus.values())))
            : PathwayEvent.builder().type(EventType.SURVEY_ANSWERED).on(d).perceivedImprovement(r.chance()).build());
      }
    }
    return b.build();
  }

  static Placement placement(Rnd r) {
    LocalDate start = r.date(LocalDate.of(2010, 1, 1), 4000);
    return Placement.builder().participantId("P" + r.between(0, 20)).employerId("E" + r.between(0, 5))
        .taskId(r.maybe(() -> "T" + r.between(0, 9))).kind(r.pick(List.of(PlacementKind.values())))
        .startedOn(start).endedOn(r.maybe(() -> r.date(start, 300))).genderBreaking(r.chance())
        .hoursPerWeek(r.maybe(() -> r.between(1, 40))).supervisorTrained(r.maybe(r::chance))
        .adaptationsProvided(r.subset(Accessibility.class)).build();
  }

  static LowThresholdTask task(Rnd r, String id) {
    return LowThresholdTask.builder().id(id).employerId("E" + r.between(0, 5)).title(r.pick(TEXTS))
        .identifiedOn(r.date(LocalDate.of(2010, 1, 1), 4000)).capacity(r.between(1, 5))
        .occupationCode(r.maybe(() -> String.valueOf(r.between(1000, 9999))))
        .requiredCompetences(r.set(TAGS)).demands(r.set(TAGS))
        .languageLevel(r.maybe(() -> r.pick(List.of(CefrLevel.values()))))
        .hoursPerWeek(r.maybe(() -> r.between(1, 40)))
        .location(r.maybe(() -> point(r)))
        .adaptations(r.subset(Accessibility.class))
        .openToAllGenders(r.chance())
        .dominantGender(r.maybe(() -> r.pick(List.of(Gender.values()))))
        .build();
  }

  static GeoPoint point(Rnd r) {
    return GeoPoint.of(r.between(-90_000_000, 90_000_000) / 1e6, r.between(-180_000_000, 180_000_000) / 1e6);
  }

  static Participant profile(Rnd r, String id) {
    return Participant.builder().id(id).gender(r.pick(List.of(Gender.values())))
        .birthYear(r.maybe(() -> r.between(1950, 2006)))
        .site(r.maybe(() -> r.pick(SITES)))
        .targetGroups(r.subset(TargetGroup.class))
        .labourStatusAtEntry(r.maybe(() -> r.pick(List.of(LabourStatus.values()))))
        .isced(r.maybe(() -> r.between(0, 8)))
        .disability(r.maybe(r::chance))
        .foreignBackground(r.maybe(r::chance))
        .thirdCountryNational(r.maybe(r::chance))
        .minority(r.maybe(r::chance))
        .competences(r.set(TAGS))
        .interests(r.set(TAGS))
        .languageLevel(r.maybe(() -> r.pick(List.of(CefrLevel.values()))))
        .hoursAvailable(r.maybe(() -> r.between(0, 40)))
        .location(r.maybe(() -> point(r)))
        .accessibilityNeeds(r.subset(Accessibility.class))
        .preferences(r.list(0, 3, () -> "T" + r.between(0, 9)))
        .wantsGenderBreaking(r.chance())
        .build();
  }

  static Employer employer(Rnd r, String id) {
    return Employer.builder().id(id).name(r.maybe(() -> r.pick(TEXTS)))
        .organisationNumber(r.maybe(() -> {
          String nine = String.format("%09d", r.between(0, 999_999_999));
          return OrganisationNumber.parse(nine + OrganisationNumber.checkDigit(nine));
        }))
        .sector(r.maybe(() -> r.pick(List.of("private", "public", "non_profit"))))
        .municipality(r.maybe(() -> r.pick(TEXTS)))
        .employerRingMember(r.chance())
        .build();
  }

  /** Draws from a QuickTheories randomness source. */
  static final class Rnd {
    private final RandomnessSource in;

    Rnd(RandomnessSource in) {
      this.in = in;
    }

    int between(int min, int max) {
      return (int) in.next(Constraint.between(min, max));
    }

    boolean chance() {
      return between(0, 1) == 1;
    }

    <T> T pick(List<T> xs) {
      return xs.get(between(0, xs.size() - 1));
    }

    <T> T maybe(Supplier<T> s) {
      return chance() ? s.get() : null;
    }

    LocalDate date(LocalDate from, int days) {
      return from.plusDays(between(0, days));
    }

    <T> List<T> list(int min, int max, Supplier<T> s) {
      int n = between(min, max);
      List<T> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(s.get());
      }
      return out;
    }

    <T> Set<T> set(List<T> pool) {
      Set<T> out = new LinkedHashSet<>();
      for (T t : pool) {
        if (between(0, 3) == 0) {
          out.add(t);
        }
      }
      return out;
    }

    <E extends Enum<E>> Set<E> subset(Class<E> type) {
      return set(List.of(type.getEnumConstants()));
    }
  }
}
