package org.esfkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.Set;
import org.esfkit.core.Gender;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.junit.jupiter.api.Test;

class CohortGeneratorsTest {
  @Test
  void generatedCohortsLieInsideTheProjectPeriod() {
    var project = CohortGenerators.sampleProject();
    qt().withExamples(50).forAll(CohortGenerators.cohorts(project, 100)).checkAssert(g -> {
      assertThat(g.register().participants().size()).isBetween(0, 100);
      for (Pathway p : g.register().pathways()) {
        p.checkWithin(project); // throws if an enrolment or exit lies outside the period
      }
      Set<String> ids = new HashSet<>();
      g.register().participants().forEach(p -> ids.add(p.id()));
      g.placements().forEach(pl -> assertThat(ids).contains(pl.participantId()));
      assertThat(g.toString()).doesNotContain("WOMAN").contains("participants");
    });
  }

  @Test
  void largeCohortsAreVaried() {
    qt().withExamples(5).forAll(CohortGenerators.cohorts(CohortGenerators.sampleProject(), 500, 2000)).checkAssert(g -> {
          Set<Gender> genders = new HashSet<>();
          long exited = 0;
          for (int i = 0; i < g.register().participants().size(); i++) {
            Participant p = g.register().participants().get(i);
            genders.add(p.gender());
            if (g.register().pathways().get(i).asOf(g.project().period().end()).isExited()) {
              exited++;
            }
          }
          assertThat(genders).containsExactlyInAnyOrder(Gender.values());
          assertThat(exited).isBetween(g.register().participants().size() / 3L, (long) g.register().participants().size());
          assertThat(g.placements()).isNotEmpty();
        });
  }
}
