package org.esfkit.examples.guide;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.esfkit.core.Gender;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.matching.Constraint;
import org.esfkit.matching.Constraints;
import org.esfkit.matching.Explanation;
import org.esfkit.matching.MatchingPolicy;
import org.esfkit.matching.MatchingProblem;
import org.esfkit.matching.MatchingResult;
import org.esfkit.matching.Scorer;
import org.esfkit.matching.Scorers;

/**
 * Example 6 — a custom hard constraint and a custom scorer in a matching policy: commute time by
 * public transport, looked up in a small travel-time table (minutes from one area to another, as
 * a regional transport authority's journey planner would give them), instead of the built-in
 * straight-line distance.
 *
 * <p>The areas are the application's own data: where a participant lives and where an employer
 * is. esfkit's model has no field for them, so the application passes maps; the constraint and
 * the scorer look them up. Like the built-ins, the constraint <em>admits</em> a pair it cannot
 * check (an area or a journey not in the table) and says "not checked": a missing record is for
 * the caseworker to complete, not a reason to exclude someone. Test: {@code CommuteTimeExampleTest}.
 */
public final class CommuteTimeExample {
  private CommuteTimeExample() {}

  /**
   * Prints the optimal matching of the example, with explanations.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    MatchingResult r = match();
    r.assignments().forEach(a -> System.out.println(a.explanation().toText()));
    r.unassigned().forEach(u -> System.out.println(u.participantId() + ": " + u.reasons()));
  }

  /**
   * Minutes by public transport between areas, the way a journey planner gives them (one way, on a
   * weekday morning).
   */
  public static final class TravelTimes {
    private final Map<String, Integer> minutes = new HashMap<>();
    private final Map<String, String> homeArea;
    private final Map<String, String> employerArea;

    /**
     * Creates a table.
     *
     * @param homeArea participant id to the area they live in
     * @param employerArea employer id to the area of its workplace
     */
    public TravelTimes(Map<String, String> homeArea, Map<String, String> employerArea) {
      this.homeArea = Map.copyOf(homeArea);
      this.employerArea = Map.copyOf(employerArea);
    }

    /**
     * Adds a journey.
     *
     * @param from the area travelled from
     * @param to the area travelled to
     * @param min the journey's minutes
     * @return this table
     */
    public TravelTimes journey(String from, String to, int min) {
      minutes.put(from + "\u0000" + to, min);
      return this;
    }

    /**
     * The commute of a participant to a task, in minutes.
     *
     * @param p the participant
     * @param t the task
     * @return the minutes, or -1 when the table cannot say
     */
    public int minutes(Participant p, LowThresholdTask t) {
      String from = homeArea.get(p.id());
      String to = employerArea.get(t.employerId());
      if (from == null || to == null) {
        return -1;
      }
      return minutes.getOrDefault(from + "\u0000" + to, -1);
    }

    /**
     * A hard constraint: the commute takes at most {@code maxMinutes}.
     *
     * @param maxMinutes the longest acceptable commute
     * @return the constraint, named {@code public_transport}
     */
    public Constraint within(int maxMinutes) {
      return new Constraint() {
        @Override
        public boolean admits(Participant p, LowThresholdTask t) {
          int m = minutes(p, t);
          return m < 0 || m <= maxMinutes;   // unknown: admitted, not checked
        }

        @Override
        public String name() {
          return "public_transport";
        }

        @Override
        public String reason(Participant p, LowThresholdTask t) {
          int m = minutes(p, t);
          return m < 0 ? "no journey in the travel-time table; not checked"
              : m + " min by public transport, " + (m <= maxMinutes ? "within" : "over") + " the limit of "
                  + maxMinutes + " min";
        }
      };
    }

    /**
     * A scorer: {@code 1 - minutes / maxMinutes}, at least 0; 0 when the table cannot say.
     *
     * @param maxMinutes the commute that scores 0
     * @return the scorer, named {@code commute_time}
     */
    public Scorer closeness(int maxMinutes) {
      return new Scorer() {
        @Override
        public double score(Participant p, LowThresholdTask t) {
          int m = minutes(p, t);
          return m < 0 ? 0 : Math.max(0, 1 - (double) m / maxMinutes);
        }

        @Override
        public String name() {
          return "commute_time";
        }

        @Override
        public Explanation explain(Participant p, LowThresholdTask t) {
          int m = minutes(p, t);
          return Explanation.of(score(p, t), m < 0 ? "commute_time: not in the table, scores 0"
              : String.format(Locale.ROOT, "commute_time: %d min of at most %d", m, maxMinutes));
        }
      };
    }
  }

  /**
   * The example's participants: pseudonymous ids and the competences matching needs.
   *
   * @return three participants
   */
  public static List<Participant> participants() {
    return List.of(
        Participant.builder().id("A1").gender(Gender.WOMAN).addCompetences("cleaning").build(),
        Participant.builder().id("A2").gender(Gender.MAN).addCompetences("cooking").build(),
        Participant.builder().id("A3").gender(Gender.NOT_REPORTED).build());
  }

  /**
   * The example's tasks, one slot each.
   *
   * @return three tasks
   */
  public static List<LowThresholdTask> tasks() {
    LocalDate on = LocalDate.of(2021, 3, 1);
    return List.of(
        LowThresholdTask.builder().id("T1").employerId("E1").title("Städning av personalrum")
            .identifiedOn(on).addRequiredCompetences("cleaning").build(),
        LowThresholdTask.builder().id("T2").employerId("E2").title("Diskning i hamnkrogens kök")
            .identifiedOn(on).addRequiredCompetences("cooking").build(),
        LowThresholdTask.builder().id("T3").employerId("E3").title("Vattna växter i växthuset")
            .identifiedOn(on).build());
  }

  /**
   * The travel-time table of the example: Härnösand's areas.
   *
   * @return the table
   */
  public static TravelTimes travelTimes() {
    return new TravelTimes(
        Map.of("A1", "Centrum", "A2", "Älandsbro", "A3", "Utansjö"),
        Map.of("E1", "Centrum", "E2", "Hamnen", "E3", "Älandsbro"))
        .journey("Centrum", "Centrum", 10).journey("Centrum", "Hamnen", 20).journey("Centrum", "Älandsbro", 35)
        .journey("Älandsbro", "Centrum", 35).journey("Älandsbro", "Hamnen", 55).journey("Älandsbro", "Älandsbro", 5)
        .journey("Utansjö", "Centrum", 40).journey("Utansjö", "Hamnen", 50);
  }

  /**
   * The policy: required competences and at most 45 minutes by public transport, hard; competence
   * coverage (weight 2) and commute time (weight 1), soft.
   *
   * @return the policy
   */
  public static MatchingPolicy policy() {
    TravelTimes table = travelTimes();
    return MatchingPolicy.builder()
        .constraint(Constraints.requiredCompetences())
        .constraint(table.within(45))
        .scorer(Scorers.competenceCoverage(), 2)
        .scorer(table.closeness(45), 1)
        .build();
  }

  /**
   * Matches the example with the {@code optimal} strategy.
   *
   * <p>By hand: A1 may take T1 (10 min) or T3 (35 min); A2's T2 is 55 min away (rejected), so
   * only T3 (5 min); A3 has no required competence for T1 or T2 and no journey to T3 in the table
   * (admitted, not checked). Scores (Σ weight × score / 3): A1–T1 (2 + 1 − 10/45)/3 = 0.9259,
   * A1–T3 0.7407, A2–T3 (2 + 1 − 5/45)/3 = 0.9630, A3–T3 2/3. Two participants can be placed;
   * the largest total is A1–T1 + A2–T3 = 1.8889, and A3 is left out because T3's slot is taken.
   *
   * @return the result
   */
  public static MatchingResult match() {
    return MatchingProblem.of(participants(), tasks(), policy()).match("optimal");
  }
}
