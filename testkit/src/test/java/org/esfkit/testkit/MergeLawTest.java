package org.esfkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Target;
import org.esfkit.metrics.Audit;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.Evaluation;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.spi.MetricAccumulator;
import org.junit.jupiter.api.Test;

/** The law of the metric SPI: a cohort evaluated in parts and merged equals the cohort evaluated whole. */
class MergeLawTest {
  private static final EsfProject PROJECT = CohortGenerators.sampleProject();
  private final MetricsEngine engine = MetricsEngine.standard();

  private static int cut(int size, int permille) {
    return (int) ((long) size * permille / 1000);
  }

  @Test
  void splitAndMergedEqualsWhole() {
    qt().withExamples(150)
        .forAll(CohortGenerators.cohorts(PROJECT, 80), CohortGenerators.datesAround(PROJECT.period()),
            integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert((generated, asOf, a, b) -> {
          Cohort c = generated.toCohort();
          for (Target t : PROJECT.targets()) {
            TargetResult whole = engine.evaluate(c, asOf, t);
            MetricAccumulator left = engine.metric(t).newAccumulator(c.tables(), asOf);
            MetricAccumulator right = engine.metric(t).newAccumulator(c.tables(), asOf);
            // left takes a prefix of each table, cut at different points; right takes the rest
            feed(left, c.tables(), 0, a, 0, b);
            feed(right, c.tables(), a, 1000, b, 1000);
            left.merge(right);
            TargetResult merged = left.result();
            assertThat(merged).as("target %s", t.id()).isEqualTo(whole);
            Audit wholeAudit = engine.audit(c, asOf, t);
            assertThat(left.audit().counted()).isEqualTo(wholeAudit.counted());
            assertThat(left.audit().considered()).isEqualTo(wholeAudit.considered());
          }
        });
  }

  private static void feed(MetricAccumulator acc, CohortTables c, int pFrom, int pTo, int oFrom, int oTo) {
    acc.participants(c, cut(c.participantCount(), pFrom), cut(c.participantCount(), pTo));
    acc.placements(c, cut(c.placementCount(), oFrom), cut(c.placementCount(), oTo));
    acc.tasks(c, cut(c.taskCount(), pFrom), cut(c.taskCount(), pTo));
    acc.achievements(c, cut(c.achievementCount(), oFrom), cut(c.achievementCount(), oTo));
  }

  @Test
  void parallelEvaluationEqualsSequential() {
    qt().withExamples(100)
        .forAll(CohortGenerators.cohorts(PROJECT, 120), CohortGenerators.datesAround(PROJECT.period()),
            integers().between(1, 7))
        .checkAssert((generated, asOf, parts) -> {
          Cohort c = generated.toCohort();
          Evaluation seq = engine.evaluate(c, asOf);
          Evaluation par = engine.evaluateParallel(c, asOf, parts);
          assertThat(par).isEqualTo(seq);
        });
  }

  @Test
  void sharesNeverCountMoreThanTheyConsider() {
    qt().withExamples(100)
        .forAll(CohortGenerators.cohorts(PROJECT, 80), CohortGenerators.datesAround(PROJECT.period()))
        .checkAssert((generated, asOf) -> {
          Cohort c = generated.toCohort();
          Evaluation ev = engine.evaluate(c, asOf);
          List<String> shareIds = new ArrayList<>(List.of("work-or-studies", "self-sufficient-3m", "perceived"));
          for (String id : shareIds) {
            ShareResult r = ev.result(id, ShareResult.class);
            Audit audit = engine.audit(c, asOf, PROJECT.targets().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow());
            assertThat(audit.considered()).containsAll(audit.counted());
            assertThat(r.byGender().values().stream().mapToLong(s -> s.denominator()).sum())
                .isEqualTo(r.denominator());
          }
        });
  }

  @Test
  void evaluatingBeforeAnyoneEnrolsGivesInsufficientData() {
    qt().withExamples(30).forAll(CohortGenerators.cohorts(PROJECT, 40)).checkAssert(generated -> {
      LocalDate before = PROJECT.period().start().minusDays(1);
      Evaluation ev = engine.evaluate(generated.toCohort(), before);
      assertThat(ev.result("work-or-studies").status().code()).isEqualTo("insufficient_data");
      assertThat(ev.result("reach", EnrolmentResult.class).enrolled()).isZero();
      assertThat(ev.result("reach").reason()).contains("before the project starts");
    });
  }
}
