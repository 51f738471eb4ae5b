package org.esfkit.benchmarks.metrics;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.esfkit.core.CountOf;
import org.esfkit.core.Measure;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Parity;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;

/**
 * The targets of the five seed projects (as the seed project files state them), prefixed by
 * project so that they can be evaluated together over one synthetic register.
 */
final class SeedTargets {
  private SeedTargets() {}

  static List<Target> all() {
    return List.of(
        // Alla kan arbeta
        exit("aka-studies-35", "0.35", OutcomeStatus.STUDIES),
        exit("aka-internship-20", "0.2", OutcomeStatus.INTERNSHIP),
        exit("aka-employment-25", "0.25", OutcomeStatus.EMPLOYMENT, OutcomeStatus.SUBSIDISED_EMPLOYMENT),
        perceived("aka-employability-20", "0.2", Parity.NONE),
        growth("aka-internship-places-growth-50", CountOf.INTERNSHIP_PLACEMENTS, 10),
        count("aka-tasks-identified-20", CountOf.TASKS_IDENTIFIED, 20),
        count("aka-gender-breaking-3", CountOf.GENDER_BREAKING_PLACEMENTS, 3),
        Target.builder().id("aka-enrolment-60").type(TargetType.ENROLMENT).planned(60).build(),
        // Kraftverket
        Target.builder().id("kv-self-sufficient-3m").type(TargetType.SHARE).measure(Measure.FOLLOW_UP_STATUS)
            .window(Period.ofMonths(3)).addStatuses(OutcomeStatus.EMPLOYMENT, OutcomeStatus.SELF_EMPLOYMENT,
                OutcomeStatus.SUBSIDISED_EMPLOYMENT, OutcomeStatus.STUDIES, OutcomeStatus.WORK_REHABILITATION)
            .atLeast(new BigDecimal("0.6")).parity(Parity.EACH_GENDER).build(),
        perceived("kv-perceived-improvement-80", "0.8", Parity.EACH_GENDER),
        growth("kv-host-employers-growth-50", CountOf.EMPLOYERS_HOSTING_INTERNS, 6),
        count("kv-social-enterprise-1", CountOf.SOCIAL_ENTERPRISES_ESTABLISHED, 1),
        // Praktik - integration
        exit("pi-work-or-studies-70", "0.7", OutcomeStatus.EMPLOYMENT, OutcomeStatus.SELF_EMPLOYMENT,
            OutcomeStatus.SUBSIDISED_EMPLOYMENT, OutcomeStatus.STUDIES),
        perceived("pi-own-development-100", "1.0", Parity.NONE),
        exit("pi-own-business-5", "0.05", OutcomeStatus.SELF_EMPLOYMENT),
        // SMÖT
        Target.builder().id("smot-enrolment-120").type(TargetType.ENROLMENT).planned(120)
            .bySite(Map.of("Jönköping", 60, "Gotland", 60)).build(),
        // På väg till jobbet
        Target.builder().id("pvtj-enrolment-350").type(TargetType.ENROLMENT).planned(350)
            .bySite(Map.of("Avesta", 200, "Hedemora", 150)).build());
  }

  private static Target exit(String id, String atLeast, OutcomeStatus... statuses) {
    return Target.builder().id(id).type(TargetType.SHARE).measure(Measure.EXIT_STATUS).addStatuses(statuses)
        .atLeast(new BigDecimal(atLeast)).build();
  }

  private static Target perceived(String id, String atLeast, Parity parity) {
    return Target.builder().id(id).type(TargetType.SHARE).measure(Measure.PERCEIVED_IMPROVEMENT)
        .atLeast(new BigDecimal(atLeast)).parity(parity).build();
  }

  private static Target growth(String id, CountOf of, int baseline) {
    return Target.builder().id(id).type(TargetType.GROWTH).of(of).baseline(baseline).atLeast(new BigDecimal("0.5"))
        .build();
  }

  private static Target count(String id, CountOf of, int atLeast) {
    return Target.builder().id(id).type(TargetType.COUNT).of(of).atLeast(BigDecimal.valueOf(atLeast)).build();
  }
}
