package org.esfkit.examples.guide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esfkit.examples.Seed;
import org.esfkit.examples.SeedCohort;
import org.esfkit.examples.SyntheticCohorts;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.TargetResult;

/**
 * Example 4 (continued) — the custom metric {@link ActionPlanWithin30Days} evaluated beside the
 * built-in targets of the seed project Alla kan arbeta, on its synthetic cohort (whose pathways
 * hold action plans). Test: {@code CustomTargetExampleTest}.
 */
public final class CustomTargetExample {
  private CustomTargetExample() {}

  /**
   * Prints every result as of the project's last day.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    for (TargetResult r : evaluate(LocalDate.of(2023, 2, 28))) {
      System.out.printf(Locale.ROOT, "%-28s %-10s %-17s %s%n", r.id(), r.type().code(), r.status().code(),
          r instanceof ShareResult s ? s.share() : "");
    }
  }

  /**
   * The project's own targets, then "80 % with an action plan within 30 days".
   *
   * @param asOf the as-of date
   * @return the results, built-in targets first
   */
  public static List<TargetResult> evaluate(LocalDate asOf) {
    SeedCohort seed = SyntheticCohorts.cohort(Seed.ALLA_KAN_ARBETA);
    Cohort cohort = Cohort.builder(seed.project())
        .register(seed.register())
        .placements(seed.placements())
        .tasks(seed.tasks())
        .build();
    MetricsEngine engine = MetricsEngine.standard();

    List<TargetResult> results = new ArrayList<>(engine.evaluate(cohort, asOf).results());
    // a Metric is evaluated by the same engine, over the same cohort, in the same pass order
    results.addAll(engine.evaluate(cohort, asOf,
        List.of(ActionPlanWithin30Days.of("action-plan-30d", new BigDecimal("0.80"), seed.register()))));
    return results;
  }
}
