package org.esfkit.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Money;
import org.esfkit.core.ParticipationRange;
import org.esfkit.core.PathwayState;
import org.esfkit.core.Register;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a {@link ProgressReport} that come straight from the project and its register, as
 * of a date: the project's facts with enrolment per site, enrolment over time, and participation
 * length. (Target results and indicators come from esfkit-metrics.)
 */
public final class RegisterFigures {
  private RegisterFigures() {}

  private static List<PathwayState> states(Register register, LocalDate asOf) {
    List<PathwayState> states = new ArrayList<>();
    register.pathways().forEach(p -> states.add(p.asOf(asOf)));
    return states;
  }

  /**
   * The project's facts as of a date: participants enrolled on or before it, in total and per
   * site. Sites are the project's planned sites in its order, then any other site participants
   * were enrolled at, by name.
   *
   * @param project the project
   * @param register its participants and pathways
   * @param asOf the report date
   * @return the facts
   */
  public static ProjectFacts facts(EsfProject project, Register register, LocalDate asOf) {
    List<PathwayState> states = states(register, asOf);
    Map<String, Integer> enrolledBySite = new TreeMap<>();
    int enrolled = 0;
    for (int i = 0; i < states.size(); i++) {
      if (states.get(i).enrolledOn() != null) {
        enrolled++;
        String site = register.participants().get(i).site();
        if (site != null) {
          enrolledBySite.merge(site, 1, Integer::sum);
        }
      }
    }
    List<SiteRow> sites = new ArrayList<>();
    project.plannedParticipantsBySite().forEach(
        (site, planned) -> sites.add(SiteRow.of(site, planned, enrolledBySite.getOrDefault(site, 0))));
    enrolledBySite.forEach((site, n) -> {
      if (!project.plannedParticipantsBySite().containsKey(site)) {
        sites.add(SiteRow.of(site, null, n));
      }
    });
    return ProjectFacts.builder()
        .projectNumber(project.projectNumber()).name(project.name()).owner(project.owner())
        .region(project.region() == null ? null : project.region().swedishName())
        .period(project.period()).totalBudget(project.totalBudget()).esfGrant(project.esfGrant())
        .euCoFinancingRate(project.euCoFinancingRate()).coFinanciers(project.coFinanciers())
        .plannedParticipants(project.plannedParticipants()).enrolledParticipants(enrolled)
        .sites(sites.size() > 1 || !project.plannedParticipantsBySite().isEmpty() ? sites : List.of())
        .build();
  }

  /**
   * Participants enrolled so far at the end of each quarter from the project's start up to the
   * report date (or the project's end, if earlier), and on the report date itself.
   *
   * @param project the project
   * @param register its participants and pathways
   * @param asOf the report date
   * @return the points, dates ascending; empty when the report date is before the project starts
   */
  public static List<EnrolmentPoint> enrolment(EsfProject project, Register register, LocalDate asOf) {
    LocalDate last = asOf.isBefore(project.period().end()) ? asOf : project.period().end();
    List<LocalDate> enrolledOn = new ArrayList<>();
    register.pathways().forEach(p -> enrolledOn.add(p.enrolledOn()));
    List<EnrolmentPoint> points = new ArrayList<>();
    LocalDate q = quarterEnd(project.period().start());
    while (q.isBefore(last)) {
      points.add(EnrolmentPoint.of(q, countOnOrBefore(enrolledOn, q)));
      q = quarterEnd(q.plusDays(1));
    }
    if (!last.isBefore(project.period().start())) {
      points.add(EnrolmentPoint.of(last, countOnOrBefore(enrolledOn, last)));
    }
    return points;
  }

  private static LocalDate quarterEnd(LocalDate d) {
    LocalDate end = d.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(2);
    return end.with(TemporalAdjusters.lastDayOfMonth());
  }

  private static int countOnOrBefore(List<LocalDate> dates, LocalDate day) {
    return (int) dates.stream().filter(d -> !d.isAfter(day)).count();
  }

  /**
   * How long participants who left on or before the report date took part, in days from
   * enrolment to exit, and how many stayed within the project's planned participation.
   *
   * @param project the project (its planned participation, if any)
   * @param register its participants and pathways
   * @param asOf the report date
   * @return the figures
   */
  public static ParticipationLength participationLength(EsfProject project, Register register, LocalDate asOf) {
    ParticipationRange planned = project.plannedParticipation();
    List<Long> days = new ArrayList<>();
    int within = 0;
    for (PathwayState s : states(register, asOf)) {
      LocalDate in = s.enrolledOn();
      LocalDate out = s.exitedOn();
      if (in != null && out != null) {
        days.add(ChronoUnit.DAYS.between(in, out));
        if (planned != null && planned.contains(in, out)) {
          within++;
        }
      }
    }
    long[] sorted = days.stream().mapToLong(Long::longValue).sorted().toArray();
    Double median = null;
    Double mean = null;
    if (sorted.length > 0) {
      int mid = sorted.length / 2;
      median = sorted.length % 2 == 1 ? (double) sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
      mean = Arrays.stream(sorted).average().orElseThrow();
    }
    return ParticipationLength.builder().participants(sorted.length).medianDays(median).meanDays(mean)
        .withinPlanned(planned == null ? null : within)
        .planned(planned == null ? null : planned.min() + "–" + planned.max())
        .build();
  }

  /**
   * Cost per participant and per successful outcome, dividing the project's total budget.
   *
   * @param project the project
   * @param facts its facts as of the report date (participants enrolled)
   * @param outcomes the target whose successes count as outcomes, or null
   * @return the figures, or null when the project states no budget
   */
  public static @Nullable CostFigures costs(EsfProject project, ProjectFacts facts, @Nullable TargetRow outcomes) {
    Money budget = project.totalBudget();
    if (budget == null) {
      return null;
    }
    return CostFigures.builder().cost(budget).participants(facts.enrolledParticipants())
        .successfulOutcomes(outcomes == null ? 0 : outcomes.numerator())
        .outcomeTargetId(outcomes == null ? null : outcomes.id()).build();
  }
}
