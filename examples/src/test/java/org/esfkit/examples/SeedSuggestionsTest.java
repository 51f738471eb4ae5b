package org.esfkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.esfkit.core.Participant;
import org.esfkit.matching.MatchingPolicy;
import org.esfkit.matching.MatchingProblem;
import org.esfkit.matching.MatchingResult;
import org.esfkit.matching.UnassignedParticipant;
import org.junit.jupiter.api.Test;

/**
 * Suggestions on the seed Alla kan arbeta (60 profiles, 22 tasks, the standard policy with a
 * 30 km commute, as {@code esfkit match} uses): some participants get none, and
 * {@link MatchingProblem#explainNoSuggestions} says why for exactly those.
 */
class SeedSuggestionsTest {
  private static final Pattern COUNTED = Pattern.compile("[a-z_]+ rejected (\\d+) task\\(s\\), e\\.g\\. T\\d+: .+");

  @Test
  void everyParticipantWithoutSuggestionsIsToldWhyAndNoOtherIs() {
    SeedCohort c = SyntheticCohorts.cohort(Seed.ALLA_KAN_ARBETA);
    List<Participant> participants = c.register().participants();
    MatchingProblem problem = MatchingProblem.of(participants, c.tasks(), MatchingPolicy.standard(30).build());
    List<String> without = new ArrayList<>();
    for (Participant p : participants) {
      List<String> why = problem.explainNoSuggestions(p.id());
      boolean none = problem.suggestTasks(p.id(), 5).isEmpty();
      assertThat(why.isEmpty()).as(p.id()).isEqualTo(!none);
      if (none) {
        without.add(p.id());
        assertThat(why.get(0)).isEqualTo("no task admitted the participant; of 22 task(s), each counted under the "
            + "first constraint that rejected it:");
        int counted = 0;
        for (String line : why.subList(1, why.size())) {
          Matcher m = COUNTED.matcher(line);
          assertThat(m.matches()).as(line).isTrue();
          counted += Integer.parseInt(m.group(1));
        }
        assertThat(counted).as(p.id()).isEqualTo(22);   // every task is accounted for, once
      }
    }
    assertThat(participants).hasSize(60);
    assertThat(without).hasSize(16);
    // the same participants and reasons as a full match() gives those without an admissible task
    MatchingResult r = problem.match("optimal");
    List<String> noAdmissible = r.unassigned().stream()
        .filter(u -> u.reasons().get(0).startsWith("no task admitted"))
        .map(UnassignedParticipant::participantId).toList();
    assertThat(noAdmissible).isEqualTo(without);
    for (UnassignedParticipant u : r.unassigned()) {
      if (without.contains(u.participantId())) {
        assertThat(problem.explainNoSuggestions(u.participantId())).isEqualTo(u.reasons());
      }
    }
  }
}
