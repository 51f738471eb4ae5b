package org.esfkit.reporting;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.esfkit.core.EsfProject;
import org.esfkit.core.PathwayState;
import org.esfkit.core.Register;

/**
 * The parts of a {@link ProgressReport} that come straight from the project and its register, as
 * of a date: the project's facts with enrolment per site, and enrolment over time. Target results,
 * indicators, participation length and costs come from esfkit-metrics.
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
}
