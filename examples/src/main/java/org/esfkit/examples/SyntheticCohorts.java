package org.esfkit.examples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.esfkit.core.Accessibility;
import org.esfkit.core.Achievement;
import org.esfkit.core.AchievementKind;
import org.esfkit.core.CefrLevel;
import org.esfkit.core.Employer;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.GeoPoint;
import org.esfkit.core.ImmutableEsfProject;
import org.esfkit.core.ImmutableLowThresholdTask;
import org.esfkit.core.ImmutableParticipant;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.PathwayPhase;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.Register;
import org.esfkit.core.TargetGroup;
import org.jspecify.annotations.Nullable;

/**
 * Deterministic synthetic cohorts for the five seed projects: a register (participants with their
 * ESF+ characteristics at entry, matching profiles and pathways), placements, low-threshold tasks
 * and employers, realistic enough that some of each project's targets are met and some are not.
 *
 * <p>Every cohort comes from a fixed seed and a {@link SplittableRandom}: the same seed gives the
 * same cohort, byte for byte once written. Sizes: Alla kan arbeta 60, Kraftverket 48, Praktik -
 * integration 180, SMÖT 120 (Jönköping 60, Gotland 60), På väg till jobbet 350 (Avesta 200,
 * Hedemora 150). Everything is invented: participants, employers (names end in "(exempel)") and
 * tasks; nothing describes a real person or company.
 */
public final class SyntheticCohorts {

  private SyntheticCohorts() {}

  /**
   * Reads the seed's project file and generates its cohort.
   *
   * @param seed the seed project
   * @return the project with its synthetic data
   */
  public static SeedCohort cohort(Seed seed) {
    return generate(seed, SeedProjects.read(seed));
  }

  /**
   * Generates the cohort of a seed for a given project (normally the seed's own project file).
   *
   * @param seed the seed whose generation parameters to use
   * @param project the project the cohort belongs to
   * @return the project, with synthetic achievements added, and its synthetic data
   */
  public static SeedCohort generate(Seed seed, EsfProject project) {
    return new Generator(Spec.of(seed), project).run(seed);
  }

  // ---------------------------------------------------------------------------------------------
  // Occupations and places

  /** An occupation (SSYK 2012 code) with what its tasks need and who dominates it. */
  private record Occupation(
      String code, String branch, @Nullable Gender dominant, List<String> competences,
      List<String> demands, String interest, List<String> taskTitles, String sector) {}

  private static final List<Occupation> OCCUPATIONS = List.of(
      new Occupation("9111", "Städservice", Gender.WOMAN, List.of("cleaning"), List.of("standing", "early_hours"),
          "order", List.of("Städning av personalutrymmen", "Storstädning av lokaler"), "private"),
      new Occupation("5321", "Äldreomsorg", Gender.WOMAN, List.of("caring", "social_skills"),
          List.of("lifting", "shift_work"), "people",
          List.of("Sällskap och promenader med boende", "Servering av måltider på äldreboende"), "public"),
      new Occupation("5311", "Förskola", Gender.WOMAN, List.of("childcare", "social_skills"),
          List.of("noise", "standing"), "children",
          List.of("Förbereda material i förskolan", "Hjälp i förskolans kök"), "public"),
      new Occupation("4111", "Kontorsservice", Gender.WOMAN, List.of("computer_basics", "filing"),
          List.of("sitting", "precision"), "computers",
          List.of("Skanning och arkivering", "Registrering av inkommande post"), "public"),
      new Occupation("4321", "Lager och logistik", Gender.MAN, List.of("sorting", "stocking_shelves"),
          List.of("lifting", "standing"), "order",
          List.of("Sortera returer", "Plocka och packa order", "Inventering av lager"), "private"),
      new Occupation("7231", "Bilverkstad", Gender.MAN, List.of("vehicle_care", "tools"),
          List.of("noise", "lifting"), "vehicles", List.of("Däckbyte", "Tvätt och rekond av bilar"), "private"),
      new Occupation("9214", "Fastighet och trädgård", Gender.MAN, List.of("gardening"),
          List.of("outdoor", "lifting"), "outdoors",
          List.of("Gräsklippning och ogräsrensning", "Snöröjning av gångar"), "private"),
      new Occupation("7111", "Snickeri", Gender.MAN, List.of("carpentry", "tools"), List.of("lifting", "noise"),
          "crafts", List.of("Enklare snickeriarbeten", "Montering av möbler"), "private"),
      new Occupation("9412", "Restaurang", null, List.of("cooking", "dishwashing"),
          List.of("standing", "early_hours"), "food", List.of("Diskning och köksstädning", "Förbereda sallader"),
          "private"),
      new Occupation("5223", "Butik", null, List.of("customer_service", "stocking_shelves"),
          List.of("customer_contact", "standing"), "people",
          List.of("Fylla på varor i butik", "Prismärkning och exponering"), "private"));

  /** A municipality where employers are, serving one project site. */
  private record Place(String municipality, String site, GeoPoint centre, int employers, int tasks) {}

  // ---------------------------------------------------------------------------------------------
  // Generation parameters per seed

  /** Generation parameters of one seed. */
  private record Spec(
      long rngSeed, String idPrefix, int size, Map<String, Integer> sites, Map<String, GeoPoint> siteCentres,
      List<Place> places, double womenShare, int minAge, int maxAge, Map<TargetGroup, Double> groups,
      LocalDate intakeStart, LocalDate intakeEnd, LocalDate activityEnd, int minMonths, int maxMonths,
      Map<OutcomeStatus, Integer> exitWomen, Map<OutcomeStatus, Integer> exitMen, double surveyRate,
      double yesWomen, double yesMen, double placementRate, Map<PlacementKind, Integer> placementKinds,
      double fromTaskRate, double genderBreakingWish, boolean kraftverketPhases, boolean employerRing,
      @Nullable Achievement socialEnterprise) {

    static Spec of(Seed seed) {
      switch (seed) {
        case ALLA_KAN_ARBETA: {
          Map<OutcomeStatus, Integer> exit = weights(OutcomeStatus.STUDIES, 32, OutcomeStatus.INTERNSHIP, 21,
              OutcomeStatus.EMPLOYMENT, 20, OutcomeStatus.SUBSIDISED_EMPLOYMENT, 5, OutcomeStatus.JOB_SEEKING, 10,
              OutcomeStatus.WORK_REHABILITATION, 6, OutcomeStatus.DROPPED_OUT, 6);
          return new Spec(20200901L, "AKA-", 60, Map.of("Härnösand", 60), Map.of("Härnösand", HARNOSAND),
              List.of(new Place("Härnösand", "Härnösand", HARNOSAND, 12, 22)), 0.5, 19, 63,
              groupOdds(TargetGroup.DISABILITY, 0.45, TargetGroup.SUBSTANCE_ABUSE_HISTORY, 0.2,
                  TargetGroup.FOREIGN_BORN, 0.4, TargetGroup.LOW_SCHOOLING, 0.45),
              LocalDate.of(2020, 10, 1), LocalDate.of(2022, 8, 31), LocalDate.of(2023, 2, 28), 4, 14,
              exit, exit, 0.85, 0.7, 0.7, 0.8,
              kinds(PlacementKind.INTERNSHIP, 70, PlacementKind.WORK_TRIAL, 30), 0.6, 0.15, false, false, null);
        }
        case KRAFTVERKET: {
          Map<OutcomeStatus, Integer> women = weights(OutcomeStatus.EMPLOYMENT, 26,
              OutcomeStatus.SUBSIDISED_EMPLOYMENT, 14, OutcomeStatus.STUDIES, 14,
              OutcomeStatus.WORK_REHABILITATION, 14, OutcomeStatus.INTERNSHIP, 6, OutcomeStatus.SOCIAL_ENTERPRISE, 6,
              OutcomeStatus.JOB_SEEKING, 10, OutcomeStatus.OTHER, 4, OutcomeStatus.DROPPED_OUT, 6);
          Map<OutcomeStatus, Integer> men = weights(OutcomeStatus.EMPLOYMENT, 36,
              OutcomeStatus.SUBSIDISED_EMPLOYMENT, 18, OutcomeStatus.STUDIES, 10,
              OutcomeStatus.WORK_REHABILITATION, 14, OutcomeStatus.INTERNSHIP, 4, OutcomeStatus.SOCIAL_ENTERPRISE, 6,
              OutcomeStatus.JOB_SEEKING, 6, OutcomeStatus.OTHER, 2, OutcomeStatus.DROPPED_OUT, 4);
          Achievement enterprise = Achievement.builder().kind(AchievementKind.SOCIAL_ENTERPRISE_ESTABLISHED)
              .on(LocalDate.of(2012, 10, 15)).name("Kraftverket arbetskooperativ ekonomisk förening (exempel)")
              .build();
          return new Spec(20110228L, "KV-", 48, Map.of("Bjurholm", 48), Map.of("Bjurholm", BJURHOLM),
              List.of(new Place("Bjurholm", "Bjurholm", BJURHOLM, 7, 5), new Place("Umeå", "Bjurholm", UMEA, 4, 3)),
              0.45, 18, 63,
              groupOdds(TargetGroup.LONG_TERM_UNEMPLOYED, 0.6, TargetGroup.YOUNG, 0.3, TargetGroup.FOREIGN_BORN, 0.25,
                  TargetGroup.SICK_LISTED, 0.3, TargetGroup.DISABILITY, 0.3, TargetGroup.PRE_REHABILITATION, 0.35),
              LocalDate.of(2011, 4, 1), LocalDate.of(2013, 8, 31), LocalDate.of(2014, 2, 28), 3, 12,
              women, men, 0.85, 0.86, 0.78, 0.6,
              kinds(PlacementKind.INTERNSHIP, 65, PlacementKind.WORK_TRIAL, 35), 0.3, 0.1, true, false,
              enterprise);
        }
        case PRAKTIK_INTEGRATION: {
          Map<OutcomeStatus, Integer> exit = weights(OutcomeStatus.EMPLOYMENT, 36,
              OutcomeStatus.SUBSIDISED_EMPLOYMENT, 8, OutcomeStatus.SELF_EMPLOYMENT, 6, OutcomeStatus.STUDIES, 12,
              OutcomeStatus.INTERNSHIP, 8, OutcomeStatus.JOB_SEEKING, 20, OutcomeStatus.OTHER, 4,
              OutcomeStatus.DROPPED_OUT, 6);
          return new Spec(20090115L, "PI-", 180, Map.of("Karlskrona", 180), Map.of("Karlskrona", KARLSKRONA),
              List.of(new Place("Karlskrona", "Karlskrona", KARLSKRONA, 20, 20)), 0.5, 17, 63,
              groupOdds(TargetGroup.YOUNG, 0.3, TargetGroup.LOW_SCHOOLING, 0.3, TargetGroup.SOCIAL_ASSISTANCE, 0.45,
                  TargetGroup.FOREIGN_BORN, 0.5, TargetGroup.NEWLY_ARRIVED, 0.3),
              LocalDate.of(2009, 2, 1), LocalDate.of(2010, 7, 15), LocalDate.of(2011, 1, 14), 4, 8,
              exit, exit, 0.85, 0.93, 0.93, 0.85,
              kinds(PlacementKind.INTERNSHIP, 80, PlacementKind.WORK_TRIAL, 20), 0.3, 0.1, false, false, null);
        }
        case SMOT: {
          Map<OutcomeStatus, Integer> exit = weights(OutcomeStatus.EMPLOYMENT, 12,
              OutcomeStatus.SUBSIDISED_EMPLOYMENT, 10, OutcomeStatus.STUDIES, 14,
              OutcomeStatus.WORK_REHABILITATION, 22, OutcomeStatus.INTERNSHIP, 10, OutcomeStatus.JOB_SEEKING, 18,
              OutcomeStatus.OTHER, 6, OutcomeStatus.DROPPED_OUT, 8);
          return new Spec(20190902L, "SM-", 120, ordered("Jönköping", 60, "Gotland", 60),
              Map.of("Jönköping", JONKOPING, "Gotland", VISBY),
              List.of(new Place("Jönköping", "Jönköping", JONKOPING, 8, 8), new Place("Gotland", "Gotland", VISBY, 8, 8)),
              0.55, 16, 63,
              groupOdds(TargetGroup.NO_SICKNESS_BENEFIT, 0.15, TargetGroup.SOCIAL_ASSISTANCE, 0.35,
                  TargetGroup.PRE_REHABILITATION, 0.3, TargetGroup.YOUNG, 0.25, TargetGroup.LONG_TERM_UNEMPLOYED, 0.45,
                  TargetGroup.NEWLY_ARRIVED, 0.2, TargetGroup.DISABILITY, 0.3, TargetGroup.SICK_LISTED, 0.2),
              LocalDate.of(2019, 11, 1), LocalDate.of(2021, 12, 24), LocalDate.of(2022, 6, 24), 6, 12,
              exit, exit, 0.85, 0.75, 0.75, 0.55,
              kinds(PlacementKind.INTERNSHIP, 55, PlacementKind.WORK_TRIAL, 45), 0.3, 0.1, false, true, null);
        }
        case PA_VAG_TILL_JOBBET: {
          Map<OutcomeStatus, Integer> exit = weights(OutcomeStatus.EMPLOYMENT, 22,
              OutcomeStatus.SUBSIDISED_EMPLOYMENT, 14, OutcomeStatus.STUDIES, 12, OutcomeStatus.INTERNSHIP, 10,
              OutcomeStatus.WORK_REHABILITATION, 8, OutcomeStatus.JOB_SEEKING, 22, OutcomeStatus.SOCIAL_ENTERPRISE, 2,
              OutcomeStatus.OTHER, 4, OutcomeStatus.DROPPED_OUT, 6);
          return new Spec(20120116L, "PV-", 350, ordered("Avesta", 200, "Hedemora", 150),
              Map.of("Avesta", AVESTA, "Hedemora", HEDEMORA),
              List.of(new Place("Avesta", "Avesta", AVESTA, 14, 17), new Place("Hedemora", "Hedemora", HEDEMORA, 10, 13)),
              0.5, 26, 63,
              groupOdds(TargetGroup.STUDY_TO_WORK_TRANSITION, 0.1, TargetGroup.UNEMPLOYED, 0.3,
                  TargetGroup.LONG_TERM_UNEMPLOYED, 0.45, TargetGroup.FOREIGN_BORN, 0.35,
                  TargetGroup.NEWLY_ARRIVED, 0.25, TargetGroup.SICK_LISTED, 0.15, TargetGroup.SOCIAL_ASSISTANCE, 0.6),
              LocalDate.of(2012, 4, 2), LocalDate.of(2013, 12, 31), LocalDate.of(2014, 6, 30), 3, 12,
              exit, exit, 0.8, 0.72, 0.72, 0.5,
              kinds(PlacementKind.INTERNSHIP, 55, PlacementKind.WORK_TRIAL, 30, PlacementKind.APPRENTICESHIP, 15),
              0.3, 0.1, false, false, null);
        }
        default:
          throw new IllegalArgumentException("no generation parameters for " + seed);
      }
    }
  }

  private static final GeoPoint HARNOSAND = GeoPoint.of(62.632, 17.938);
  private static final GeoPoint BJURHOLM = GeoPoint.of(63.932, 19.214);
  private static final GeoPoint UMEA = GeoPoint.of(63.826, 20.263);
  private static final GeoPoint KARLSKRONA = GeoPoint.of(56.161, 15.587);
  private static final GeoPoint JONKOPING = GeoPoint.of(57.782, 14.161);
  private static final GeoPoint VISBY = GeoPoint.of(57.639, 18.295);
  private static final GeoPoint AVESTA = GeoPoint.of(60.145, 16.168);
  private static final GeoPoint HEDEMORA = GeoPoint.of(60.276, 15.988);

  private static Map<OutcomeStatus, Integer> weights(Object... pairs) {
    Map<OutcomeStatus, Integer> m = new EnumMap<>(OutcomeStatus.class);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((OutcomeStatus) pairs[i], (Integer) pairs[i + 1]);
    }
    return m;
  }

  private static Map<PlacementKind, Integer> kinds(Object... pairs) {
    Map<PlacementKind, Integer> m = new EnumMap<>(PlacementKind.class);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((PlacementKind) pairs[i], (Integer) pairs[i + 1]);
    }
    return m;
  }

  private static Map<TargetGroup, Double> groupOdds(Object... pairs) {
    Map<TargetGroup, Double> m = new EnumMap<>(TargetGroup.class);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((TargetGroup) pairs[i], (Double) pairs[i + 1]);
    }
    return m;
  }

  private static Map<String, Integer> ordered(String a, int na, String b, int nb) {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put(a, na);
    m.put(b, nb);
    return m;
  }

  /**
   * Who referred participants, per site, as the project description plans it: På väg till jobbet
   * recruits 150 from socialtjänsten and 50 from integrationsenheten in Avesta, 100 and 50 in Hedemora.
   */
  private static final Map<Seed, Map<String, Map<String, Integer>>> REFERRALS = Map.of(Seed.PA_VAG_TILL_JOBBET,
      ordered2("Avesta", ordered("socialtjänsten", 150, "integrationsenheten", 50),
          "Hedemora", ordered("socialtjänsten", 100, "integrationsenheten", 50)));

  private static <V> Map<String, V> ordered2(String k1, V v1, String k2, V v2) {
    Map<String, V> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  /**
   * Splits {@code n} into whole counts proportional to {@code weights} (largest remainder, ties in
   * the map's order).
   */
  static <T> List<T> allocate(int n, Map<T, Integer> weights) {
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    List<T> keys = new ArrayList<>(weights.keySet());
    int[] counts = new int[keys.size()];
    long[] remainders = new long[keys.size()];
    int given = 0;
    for (int i = 0; i < keys.size(); i++) {
      long exact = (long) n * weights.get(keys.get(i));
      counts[i] = (int) (exact / total);
      remainders[i] = exact % total;
      given += counts[i];
    }
    while (given < n) {
      int best = 0;
      for (int i = 1; i < keys.size(); i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      counts[best]++;
      remainders[best] = -1;
      given++;
    }
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < keys.size(); i++) {
      for (int k = 0; k < counts[i]; k++) {
        out.add(keys.get(i));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // The generator

  /** An employer with the occupations it offers and the site it serves; internal. */
  private record EmployerDraft(Employer employer, String site, GeoPoint location, List<Occupation> occupations) {}

  /** The outcome of one participant's time in the project, before the events are written. */
  private record Stay(LocalDate enrolled, LocalDate exited, OutcomeStatus status) {}

  private static final class Generator {
    private final Spec spec;
    private final EsfProject project;
    private final SplittableRandom rnd;
    private final List<EmployerDraft> employers = new ArrayList<>();
    private final List<LowThresholdTask> tasks = new ArrayList<>();
    private final Map<String, Occupation> occupationOfTask = new LinkedHashMap<>();
    private final List<Placement> placements = new ArrayList<>();
    private @Nullable EmployerDraft enterprise;

    Generator(Spec spec, EsfProject project) {
      this.spec = spec;
      this.project = project;
      this.rnd = new SplittableRandom(spec.rngSeed());
    }

    SeedCohort run(Seed seed) {
      makeEmployers();
      makeTasks();
      int n = spec.size();
      List<Gender> genders = shuffled(genders(n));
      List<String> sites = shuffled(allocate(n, spec.sites()));
      List<OutcomeStatus> statuses = statuses(genders);
      Map<String, List<String>> referrals = referrals(seed, sites);
      Register.Builder register = Register.builder();
      for (int i = 0; i < n; i++) {
        String id = spec.idPrefix() + String.format("%04d", i + 1);
        Participant p = participant(id, genders.get(i), sites.get(i));
        List<String> siteReferrals = referrals.get(sites.get(i));
        if (siteReferrals != null) {
          p = ImmutableParticipant.copyOf(p).withReferral(siteReferrals.remove(siteReferrals.size() - 1));
        }
        Stay stay = stay(statuses.get(i));
        register.add(withBirthYear(p, stay.enrolled()), pathway(p, stay));
      }
      EsfProject withAchievements = spec.socialEnterprise() == null ? project
          : ImmutableEsfProject.copyOf(project).withAchievements(spec.socialEnterprise());
      List<Employer> employerList = new ArrayList<>();
      employers.forEach(e -> employerList.add(e.employer()));
      placements.sort(Comparator.comparing(Placement::startedOn).thenComparing(Placement::participantId));
      return new SeedCohort(seed, withAchievements, register.build(), placements, tasks, employerList);
    }

    /**
     * Who referred the participants of each site, allocated exactly by {@link #REFERRALS} and
     * shuffled with a random source of their own, so that the rest of the cohort is as before.
     */
    private Map<String, List<String>> referrals(Seed seed, List<String> sites) {
      Map<String, List<String>> out = new LinkedHashMap<>();
      java.util.Random shuffle = new java.util.Random(spec.rngSeed() + 1);
      REFERRALS.getOrDefault(seed, Map.of()).forEach((site, weights) -> {
        List<String> r = new ArrayList<>(allocate((int) sites.stream().filter(site::equals).count(), weights));
        java.util.Collections.shuffle(r, shuffle);
        out.put(site, r);
      });
      return out;
    }

    // -- employers and tasks

    private void makeEmployers() {
      int number = 1;
      for (Place place : spec.places()) {
        for (int k = 0; k < place.employers(); k++) {
          Occupation main = OCCUPATIONS.get((k + place.municipality().length()) % OCCUPATIONS.size());
          List<Occupation> offered = new ArrayList<>(List.of(main));
          if (rnd.nextDouble() < 0.4) {
            Occupation second = pick(OCCUPATIONS);
            if (second != main) {
              offered.add(second);
            }
          }
          String name = main.branch() + " i " + place.municipality() + " " + (k + 1)
              + (main.sector().equals("public") ? " (exempel)" : " AB (exempel)");
          Employer e = Employer.builder().id(String.format("E%02d", number++)).name(name).sector(main.sector())
              .municipality(place.municipality())
              .employerRingMember(spec.employerRing() && rnd.nextDouble() < 0.7).build();
          employers.add(new EmployerDraft(e, place.site(), near(place.centre(), 0.05), offered));
        }
      }
      Achievement se = spec.socialEnterprise();
      if (se != null) {
        Place home = spec.places().get(0);
        Employer e = Employer.builder().id(String.format("E%02d", number)).name(se.name()).sector("social_enterprise")
            .municipality(home.municipality()).build();
        enterprise = new EmployerDraft(e, home.site(), near(home.centre(), 0.01), List.of(OCCUPATIONS.get(7)));
        employers.add(enterprise);
      }
    }

    private void makeTasks() {
      LocalDate first = project.period().start().plusMonths(1);
      long span = ChronoUnit.DAYS.between(first, project.period().end()) * 3 / 5;
      int number = 1;
      for (Place place : spec.places()) {
        List<EmployerDraft> local = new ArrayList<>();
        employers.stream().filter(e -> place.municipality().equals(e.employer().municipality()) && e != enterprise)
            .forEach(local::add);
        for (int k = 0; k < place.tasks(); k++) {
          EmployerDraft at = local.get(k % local.size());
          Occupation occ = pick(at.occupations());
          String id = String.format("T%02d", number++);
          ImmutableLowThresholdTask.Builder t = LowThresholdTask.builder().id(id).employerId(at.employer().id())
              .title(pick(occ.taskTitles())).identifiedOn(first.plusDays(rnd.nextLong(span + 1)))
              .capacity(1 + rnd.nextInt(3)).occupationCode(occ.code())
              .addAllRequiredCompetences(occ.competences().subList(0, 1 + rnd.nextInt(occ.competences().size())))
              .addAllDemands(occ.demands()).hoursPerWeek(10 + 5 * rnd.nextInt(5))
              .location(near(at.location(), 0.01)).dominantGender(occ.dominant())
              .languageLevel(rnd.nextDouble() < 0.4 ? null : rnd.nextBoolean() ? CefrLevel.A2 : CefrLevel.B1);
          for (Accessibility a : Accessibility.values()) {
            if (rnd.nextDouble() < 0.35) {
              t.addAdaptations(a);
            }
          }
          tasks.add(t.build());
          occupationOfTask.put(id, occ);
        }
      }
      tasks.sort(Comparator.comparing(LowThresholdTask::identifiedOn).thenComparing(LowThresholdTask::id));
    }

    // -- participants

    private List<Gender> genders(int n) {
      int nonBinary = Math.max(1, (int) Math.round(n * 0.01));
      int notReported = Math.max(1, (int) Math.round(n * 0.015));
      int women = (int) Math.round((n - nonBinary - notReported) * spec.womenShare());
      Map<Gender, Integer> counts = new EnumMap<>(Gender.class);
      counts.put(Gender.WOMAN, women);
      counts.put(Gender.MAN, n - nonBinary - notReported - women);
      counts.put(Gender.NON_BINARY, nonBinary);
      counts.put(Gender.NOT_REPORTED, notReported);
      List<Gender> out = new ArrayList<>();
      counts.forEach((g, c) -> {
        for (int i = 0; i < c; i++) {
          out.add(g);
        }
      });
      return out;
    }

    /** Exit statuses allocated exactly within each gender, then placed at random. */
    private List<OutcomeStatus> statuses(List<Gender> genders) {
      Map<Gender, List<OutcomeStatus>> pools = new EnumMap<>(Gender.class);
      for (Gender g : Gender.values()) {
        int count = (int) genders.stream().filter(x -> x == g).count();
        pools.put(g, shuffled(allocate(count, g == Gender.WOMAN ? spec.exitWomen() : spec.exitMen())));
      }
      List<OutcomeStatus> out = new ArrayList<>();
      for (Gender g : genders) {
        out.add(pools.get(g).remove(pools.get(g).size() - 1));
      }
      return out;
    }

    private Participant participant(String id, Gender gender, String site) {
      Set<TargetGroup> groups = new LinkedHashSet<>();
      spec.groups().forEach((g, p) -> {
        if (rnd.nextDouble() < p) {
          groups.add(g);
        }
      });
      if (groups.isEmpty()) {
        groups.add(spec.groups().keySet().iterator().next());
      }
      boolean foreign = groups.contains(TargetGroup.FOREIGN_BORN) || groups.contains(TargetGroup.NEWLY_ARRIVED);
      List<Occupation> liked = new ArrayList<>();
      for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
        Occupation o = pick(OCCUPATIONS);
        if (!liked.contains(o)) {
          liked.add(o);
        }
      }
      ImmutableParticipant.Builder b = Participant.builder().id(id).gender(gender).site(site).targetGroups(groups)
          .labourStatusAtEntry(labourStatus(groups)).isced(isced(groups))
          .disability(groups.contains(TargetGroup.DISABILITY) ? Boolean.TRUE : maybe(0.1, false))
          .foreignBackground(foreign ? Boolean.TRUE : maybe(0.1, rnd.nextDouble() < 0.06))
          .thirdCountryNational(groups.contains(TargetGroup.NEWLY_ARRIVED) || (foreign && rnd.nextDouble() < 0.7))
          .minority(maybe(0.8, false))
          .languageLevel(foreign ? pick(List.of(CefrLevel.A1, CefrLevel.A2, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2))
              : rnd.nextDouble() < 0.1 ? null : CefrLevel.C2)
          .hoursAvailable(groups.contains(TargetGroup.SICK_LISTED) ? 10 + 5 * rnd.nextInt(3) : 15 + 5 * rnd.nextInt(6))
          .location(near(spec.siteCentres().get(site), 0.08))
          .wantsGenderBreaking((gender == Gender.WOMAN || gender == Gender.MAN) && rnd.nextDouble() < spec.genderBreakingWish());
      for (Occupation o : liked) {
        b.addAllCompetences(o.competences().subList(0, 1 + rnd.nextInt(o.competences().size())));
        b.addInterests(o.interest());
        b.addPreferences(o.code());
      }
      if (groups.contains(TargetGroup.DISABILITY) || rnd.nextDouble() < 0.05) {
        b.addAccessibilityNeeds(pick(List.of(Accessibility.values())));
        if (rnd.nextDouble() < 0.3) {
          b.addAccessibilityNeeds(pick(List.of(Accessibility.values())));
        }
      }
      return b.build();
    }

    private Participant withBirthYear(Participant p, LocalDate enrolled) {
      boolean young = p.targetGroups().contains(TargetGroup.YOUNG);
      int min = young ? spec.minAge() : Math.max(spec.minAge(), 25);
      int max = young ? 24 : spec.maxAge();
      int age = min + rnd.nextInt(max - min + 1);
      return ImmutableParticipant.copyOf(p).withBirthYear(enrolled.getYear() - age);
    }

    private @Nullable LabourStatus labourStatus(Set<TargetGroup> groups) {
      if (rnd.nextDouble() < 0.08) {
        return null;
      }
      if (groups.contains(TargetGroup.LONG_TERM_UNEMPLOYED)) {
        return LabourStatus.LONG_TERM_UNEMPLOYED;
      }
      if (groups.contains(TargetGroup.SICK_LISTED)) {
        return rnd.nextBoolean() ? LabourStatus.EMPLOYED : LabourStatus.INACTIVE;
      }
      if (groups.contains(TargetGroup.NO_SICKNESS_BENEFIT) || groups.contains(TargetGroup.STUDY_TO_WORK_TRANSITION)) {
        return LabourStatus.INACTIVE;
      }
      return LabourStatus.UNEMPLOYED;
    }

    private @Nullable Integer isced(Set<TargetGroup> groups) {
      if (rnd.nextDouble() < 0.05) {
        return null;
      }
      if (groups.contains(TargetGroup.LOW_SCHOOLING)) {
        return rnd.nextInt(3);
      }
      return pick(List.of(2, 2, 2, 3, 3, 3, 3, 4, 6, 6));
    }

    // -- time in the project

    private Stay stay(OutcomeStatus status) {
      LocalDate from = spec.intakeStart();
      Achievement se = spec.socialEnterprise();
      if (status == OutcomeStatus.SOCIAL_ENTERPRISE && se != null) {
        from = se.on().minusMonths(3);
      }
      LocalDate enrolled = between(from, spec.intakeEnd());
      long days = status == OutcomeStatus.DROPPED_OUT
          ? 20 + rnd.nextInt(100)
          : 30L * spec.minMonths() + rnd.nextInt(30 * (spec.maxMonths() - spec.minMonths()) + 1);
      LocalDate exited = enrolled.plusDays(days);
      if (exited.isAfter(spec.activityEnd())) {
        exited = spec.activityEnd();
      }
      if (status == OutcomeStatus.SOCIAL_ENTERPRISE && se != null && exited.isBefore(se.on().plusMonths(1))) {
        exited = se.on().plusMonths(1);
      }
      return new Stay(enrolled, exited, status);
    }

    private Pathway pathway(Participant p, Stay stay) {
      List<PathwayEvent> events = new ArrayList<>();
      LocalDate enrolled = stay.enrolled();
      LocalDate exited = stay.exited();
      events.add(PathwayEvent.of(EventType.ENROLLED, enrolled));
      events.add(phase(enrolled, spec.kraftverketPhases() ? PathwayPhase.ABILITY_AND_POTENTIAL : PathwayPhase.MAPPING));
      LocalDate plan = enrolled.plusDays(7 + rnd.nextInt(15));
      if (plan.isBefore(exited)) {
        events.add(PathwayEvent.of(EventType.ACTION_PLAN_APPROVED, plan));
        if (spec.kraftverketPhases()) {
          events.add(phase(plan, PathwayPhase.COMPETENCE_DEVELOPMENT));
        }
      }
      placements(p, stay, events);
      if (spec.kraftverketPhases() && stay.status() != OutcomeStatus.DROPPED_OUT) {
        LocalDate last = events.get(events.size() - 1).on();
        LocalDate exitPhase = exited.minusDays(14);
        events.add(phase(exitPhase.isBefore(last) ? last : exitPhase, PathwayPhase.EXIT));
      }
      // the exit survey is answered on the day of exit
      boolean qualifying = stay.status() == OutcomeStatus.STUDIES || stay.status() == OutcomeStatus.EMPLOYMENT;
      events.add(PathwayEvent.builder().type(EventType.EXITED).on(exited).status(stay.status())
          .qualificationGained(rnd.nextDouble() < 0.2 ? null : qualifying && rnd.nextDouble() < 0.25).build());
      double answerRate = stay.status() == OutcomeStatus.DROPPED_OUT ? 0.3 : spec.surveyRate();
      if (rnd.nextDouble() < answerRate) {
        double yes = p.gender() == Gender.WOMAN ? spec.yesWomen() : spec.yesMen();
        events.add(PathwayEvent.builder().type(EventType.SURVEY_ANSWERED).on(exited)
            .perceivedImprovement(rnd.nextDouble() < yes).build());
      }
      double followRate = stay.status() == OutcomeStatus.DROPPED_OUT ? 0.4 : 0.88;
      double u = rnd.nextDouble();
      if (u < followRate) {
        boolean late = u > followRate - 0.05;
        LocalDate on = exited.plusDays(late ? 100 + rnd.nextInt(31) : 56 + rnd.nextInt(33));
        events.add(PathwayEvent.followedUp(on, followUpStatus(stay.status())));
      }
      return Pathway.builder().participantId(p.id()).events(events).build();
    }

    private static PathwayEvent phase(LocalDate on, PathwayPhase phase) {
      return PathwayEvent.builder().type(EventType.PHASE_STARTED).on(on).phase(phase).build();
    }

    /** Zero to two placements inside [enrolment + 3 weeks, exit]; events appended in date order. */
    private void placements(Participant p, Stay stay, List<PathwayEvent> events) {
      LocalDate from = events.get(events.size() - 1).on().plusDays(14 + rnd.nextInt(14));
      LocalDate exited = stay.exited();
      OutcomeStatus status = stay.status();
      double rate = status == OutcomeStatus.DROPPED_OUT ? 0.15
          : status == OutcomeStatus.INTERNSHIP || status == OutcomeStatus.EMPLOYMENT
              || status == OutcomeStatus.SUBSIDISED_EMPLOYMENT || status == OutcomeStatus.SOCIAL_ENTERPRISE
              ? 0.95 : spec.placementRate();
      int count = rnd.nextDouble() >= rate ? 0 : rnd.nextDouble() < 0.3 ? 2 : 1;
      boolean enterpriseExit = status == OutcomeStatus.SOCIAL_ENTERPRISE && enterprise != null;
      if (enterpriseExit) {
        count = Math.max(count, 1);
      }
      for (int k = 1; k <= count; k++) {
        boolean toEnterprise = enterpriseExit && k == count;
        Achievement se = spec.socialEnterprise();
        if (toEnterprise && se != null && from.isBefore(se.on())) {
          from = se.on();
        }
        long room = ChronoUnit.DAYS.between(from, exited);
        if (room < 21) {
          return;
        }
        LocalDate end = from.plusDays(Math.min(room, 21 + rnd.nextInt(70)));
        if (spec.kraftverketPhases() && (toEnterprise || k == 1)) {
          events.add(phase(from, toEnterprise ? PathwayPhase.SOCIAL_ENTERPRISE : PathwayPhase.INTERNSHIP_AND_WORK));
        }
        String placementId = "PL" + k;
        events.add(PathwayEvent.builder().type(EventType.PLACEMENT_STARTED).on(from).placementId(placementId).build());
        events.add(PathwayEvent.builder().type(EventType.PLACEMENT_ENDED).on(end).placementId(placementId).build());
        EmployerDraft socialEnterprise = enterprise;
        placements.add(toEnterprise && socialEnterprise != null
            ? placement(p, socialEnterprise, null, PlacementKind.SOCIAL_ENTERPRISE, OCCUPATIONS.get(7), from, end)
            : ordinaryPlacement(p, from, end));
        from = end.plusDays(7 + rnd.nextInt(21));
      }
    }

    /**
     * An internship, work trial or apprenticeship at a local employer, from an identified task when
     * one fits. Most participants land in occupations dominated by their own gender; those who wish
     * for a gender-breaking placement, and a few others, land in one dominated by the other.
     */
    private Placement ordinaryPlacement(Participant p, LocalDate from, LocalDate end) {
      PlacementKind kind = weighted(spec.placementKinds());
      boolean breaking = p.wantsGenderBreaking() || rnd.nextDouble() < 0.03;
      if (rnd.nextDouble() < spec.fromTaskRate()) {
        List<LowThresholdTask> open = new ArrayList<>();
        for (LowThresholdTask t : tasks) {
          Occupation occ = occupationOfTask.get(t.id());
          if (!t.identifiedOn().isAfter(from) && employer(t.employerId()).site().equals(p.site())
              && breaks(p.gender(), occ) == breaking) {
            open.add(t);
          }
        }
        if (!open.isEmpty()) {
          LowThresholdTask t = pick(open);
          return placement(p, employer(t.employerId()), t.id(), kind, occupationOfTask.get(t.id()), from, end);
        }
      }
      List<EmployerDraft> local = new ArrayList<>();
      for (EmployerDraft e : employers) {
        if (e.site().equals(p.site()) && e != enterprise) {
          local.add(e);
        }
      }
      List<EmployerDraft> fitting = new ArrayList<>();
      for (EmployerDraft e : local) {
        if (e.occupations().stream().anyMatch(o -> breaks(p.gender(), o) == breaking)) {
          fitting.add(e);
        }
      }
      EmployerDraft at = pick(fitting.isEmpty() ? local : fitting);
      Occupation occ = at.occupations().stream().filter(o -> breaks(p.gender(), o) == breaking)
          .findFirst().orElse(at.occupations().get(0));
      return placement(p, at, null, kind, occ, from, end);
    }

    private Placement placement(Participant p, EmployerDraft at, @Nullable String taskId, PlacementKind kind,
        Occupation occ, LocalDate from, LocalDate end) {
      return Placement.builder().participantId(p.id()).employerId(at.employer().id()).taskId(taskId).kind(kind)
          .startedOn(from).endedOn(end).hoursPerWeek(p.hoursAvailable()).supervisorTrained(maybe(0.2, rnd.nextBoolean()))
          .genderBreaking(breaks(p.gender(), occ)).build();
    }

    private EmployerDraft employer(String id) {
      return employers.stream().filter(e -> e.employer().id().equals(id)).findFirst().orElseThrow();
    }

    private static boolean breaks(Gender gender, Occupation occ) {
      Gender dominant = occ.dominant();
      return dominant != null && (gender == Gender.WOMAN || gender == Gender.MAN) && gender != dominant;
    }

    private OutcomeStatus followUpStatus(OutcomeStatus atExit) {
      switch (atExit) {
        case EMPLOYMENT:
          return weighted(weights(OutcomeStatus.EMPLOYMENT, 85, OutcomeStatus.JOB_SEEKING, 10, OutcomeStatus.OTHER, 5));
        case SUBSIDISED_EMPLOYMENT:
          return weighted(weights(OutcomeStatus.SUBSIDISED_EMPLOYMENT, 70, OutcomeStatus.EMPLOYMENT, 15,
              OutcomeStatus.JOB_SEEKING, 15));
        case SELF_EMPLOYMENT:
          return weighted(weights(OutcomeStatus.SELF_EMPLOYMENT, 85, OutcomeStatus.JOB_SEEKING, 15));
        case STUDIES:
          return weighted(weights(OutcomeStatus.STUDIES, 85, OutcomeStatus.JOB_SEEKING, 10, OutcomeStatus.EMPLOYMENT, 5));
        case INTERNSHIP:
          return weighted(weights(OutcomeStatus.INTERNSHIP, 35, OutcomeStatus.EMPLOYMENT, 25,
              OutcomeStatus.SUBSIDISED_EMPLOYMENT, 15, OutcomeStatus.JOB_SEEKING, 25));
        case WORK_REHABILITATION:
          return weighted(weights(OutcomeStatus.WORK_REHABILITATION, 80, OutcomeStatus.OTHER, 20));
        case JOB_SEEKING:
          return weighted(weights(OutcomeStatus.JOB_SEEKING, 55, OutcomeStatus.EMPLOYMENT, 20, OutcomeStatus.STUDIES, 10,
              OutcomeStatus.SUBSIDISED_EMPLOYMENT, 15));
        case SOCIAL_ENTERPRISE:
          return weighted(weights(OutcomeStatus.SOCIAL_ENTERPRISE, 90, OutcomeStatus.OTHER, 10));
        case DROPPED_OUT:
          return weighted(weights(OutcomeStatus.JOB_SEEKING, 50, OutcomeStatus.OTHER, 40, OutcomeStatus.UNKNOWN, 10));
        default:
          return weighted(weights(OutcomeStatus.OTHER, 70, OutcomeStatus.JOB_SEEKING, 30));
      }
    }

    // -- randomness helpers

    private <T> T pick(List<T> items) {
      return items.get(rnd.nextInt(items.size()));
    }

    private <T> T weighted(Map<T, Integer> weights) {
      int total = weights.values().stream().mapToInt(Integer::intValue).sum();
      int r = rnd.nextInt(total);
      for (Map.Entry<T, Integer> e : weights.entrySet()) {
        r -= e.getValue();
        if (r < 0) {
          return e.getKey();
        }
      }
      throw new IllegalStateException("weights sum to " + total);
    }

    private <T> List<T> shuffled(List<T> items) {
      List<T> out = new ArrayList<>(items);
      for (int i = out.size() - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        T tmp = out.get(i);
        out.set(i, out.get(j));
        out.set(j, tmp);
      }
      return out;
    }

    private <T> @Nullable T maybe(double missing, T value) {
      return rnd.nextDouble() < missing ? null : value;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
      return from.plusDays(rnd.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
    }

    private GeoPoint near(GeoPoint centre, double spread) {
      double lat = centre.latitude() + (rnd.nextDouble() * 2 - 1) * spread;
      double lon = centre.longitude() + (rnd.nextDouble() * 2 - 1) * spread * 2;
      return GeoPoint.of(Math.round(lat * 1000) / 1000.0, Math.round(lon * 1000) / 1000.0);
    }
  }
}
