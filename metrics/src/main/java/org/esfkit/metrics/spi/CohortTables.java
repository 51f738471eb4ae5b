package org.esfkit.metrics.spi;

import java.time.Period;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Subgroup;
import org.jspecify.annotations.Nullable;

/**
 * The read-only, column-oriented view of a {@link org.esfkit.metrics.Cohort} that calculators and
 * indicators read: four tables (participants with their follow-ups and survey answers, placements,
 * tasks, the project's achievements) of primitive columns, so that evaluating allocates nothing per
 * row. Obtain it with {@link org.esfkit.metrics.Cohort#tables()}; the engine passes it to every
 * {@link Metric}, {@link MetricAccumulator} and {@link Indicator}.
 *
 * <p>Conventions:
 * <ul>
 *   <li>rows of every table are numbered from 0; participants in register order;</li>
 *   <li>dates are epoch days ({@link java.time.LocalDate#toEpochDay()}); a date not recorded is
 *       {@link Codes#NO_DATE}, which is after every date, so {@code exitedOn(i) <= asOf} tests
 *       "exited as of";</li>
 *   <li>enumerations are the explicit, stable {@link Codes} (never an enum's ordinal); a value not
 *       recorded is {@link Codes#MISSING};</li>
 *   <li>yes/no characteristics are {@link Codes#YES}, {@link Codes#NO} or {@link Codes#MISSING};</li>
 *   <li>a participant who left and came back (several spells, see {@link org.esfkit.core.Pathway})
 *       is one row, enrolled at the first entry; as of a date, the exit, its status, the
 *       qualification, the follow-ups and the survey answers that count are those of the spell in
 *       force ({@link #exitedOn(int, int)}, {@link #exitStatus(int, int)},
 *       {@link #qualificationGained(int, int)}, {@link #spellEnrolledOn(int, int)}), and the time
 *       in the project is summed over the spells ({@link #daysInProject(int, int)}).</li>
 * </ul>
 * A table whose source was not supplied ({@link #placementsSupplied()}, {@link #tasksSupplied()})
 * is empty; a calculator that needs it reports insufficient data rather than a count of 0.
 *
 * <p>Implementations are immutable and safe to read from several threads.
 */
public interface CohortTables {
  /**
   * The project, if the cohort has one.
   *
   * @return the project, or null
   */
  @Nullable EsfProject project();

  /**
   * First day of the project period.
   *
   * @return epoch day, or {@link Codes#NO_DATE} without a project
   */
  int projectStart();

  /**
   * Last day of the project period.
   *
   * @return epoch day, or {@link Codes#NO_DATE} without a project
   */
  int projectEnd();

  /**
   * Whether placements were supplied (possibly none); false when the cohort was built without them.
   *
   * @return true if supplied
   */
  boolean placementsSupplied();

  /**
   * Whether low-threshold tasks were supplied (possibly none); false when the cohort was built
   * without them.
   *
   * @return true if supplied
   */
  boolean tasksSupplied();

  // ---------------------------------------------------------------- participants

  /**
   * Number of participants (rows).
   *
   * @return the count
   */
  int participantCount();

  /**
   * The pseudonymous id of a participant.
   *
   * @param row the row
   * @return the id
   */
  String participantId(int row);

  /**
   * Gender.
   *
   * @param row the row
   * @return a gender code: {@link Codes#WOMAN} .. {@link Codes#NOT_REPORTED}
   */
  byte gender(int row);

  /**
   * Year of birth.
   *
   * @param row the row
   * @return the year, or 0 if not recorded
   */
  int birthYear(int row);

  /**
   * Date of birth, when the register records it (then {@link #birthYear(int)} is its year).
   *
   * @param row the row
   * @return epoch day, or {@link Codes#NO_DATE} if not recorded
   */
  int birthDate(int row);

  /**
   * Site.
   *
   * @param row the row
   * @return index into {@link #siteName(int)}, or -1 if none
   */
  int site(int row);

  /**
   * Number of distinct sites participants were enrolled at.
   *
   * @return the count
   */
  int siteCount();

  /**
   * The name of a site.
   *
   * @param index site index
   * @return the name
   */
  String siteName(int index);

  /**
   * Who referred a participant.
   *
   * @param row the row
   * @return index into {@link #referralName(int)}, or -1 if not recorded
   */
  int referral(int row);

  /**
   * Number of distinct referrers.
   *
   * @return the count
   */
  int referralCount();

  /**
   * The name of a referrer, as written in the register.
   *
   * @param index referral index
   * @return the name, e.g. {@code socialtjänsten}
   */
  String referralName(int index);

  /**
   * The target groups a participant belongs to.
   *
   * @param row the row
   * @return a bit set: bit {@code Codes.of(group)} is set for each group
   */
  int targetGroups(int row);

  /**
   * The subgroup these tables are restricted to: a target with {@code where} is evaluated over
   * tables holding only that subgroup's participants and their placements (tasks and achievements
   * are the cohort's). Empty tables with a subgroup mean the subgroup selects nobody.
   *
   * @return the subgroup, or null for the whole cohort
   */
  default @Nullable Subgroup subgroup() {
    return null;
  }

  /**
   * Enrolment date.
   *
   * @param row the row
   * @return epoch day
   */
  int enrolledOn(int row);

  /**
   * The final exit: that of the participant's last spell. A calculator evaluating as of a date
   * reads {@link #exitedOn(int, int)} instead.
   *
   * @param row the row
   * @return epoch day, or {@link Codes#NO_DATE} if the last spell has no exit
   */
  int exitedOn(int row);

  /**
   * The exit as of a day: that of the spell in force (the latest that started on or before the
   * day; the first, for a day before the first entry). For a participant with one spell, the same
   * as {@link #exitedOn(int)}.
   *
   * @param row the row
   * @param day the as-of epoch day
   * @return epoch day, or {@link Codes#NO_DATE} if that spell has no exit
   */
  int exitedOn(int row, int day);

  /**
   * Status at the final exit (see {@link #exitedOn(int)}).
   *
   * @param row the row
   * @return an outcome-status code, or {@link Codes#MISSING}
   */
  byte exitStatus(int row);

  /**
   * Status at the exit of the spell in force at a day (see {@link #exitedOn(int, int)}).
   *
   * @param row the row
   * @param day the as-of epoch day
   * @return an outcome-status code, or {@link Codes#MISSING}
   */
  byte exitStatus(int row, int day);

  /**
   * Whether a qualification was gained by the final exit (see {@link #exitedOn(int)}).
   *
   * @param row the row
   * @return {@link Codes#YES}, {@link Codes#NO} or {@link Codes#MISSING}
   */
  byte qualificationGained(int row);

  /**
   * Whether a qualification was gained by the exit of the spell in force at a day.
   *
   * @param row the row
   * @param day the as-of epoch day
   * @return {@link Codes#YES}, {@link Codes#NO} or {@link Codes#MISSING}
   */
  byte qualificationGained(int row, int day);

  /**
   * The start of the spell in force at a day: the enrolment, or the re-enrolment the participant
   * came back on (see {@link #exitedOn(int, int)}). Survey answers dated before it belong to an
   * earlier spell.
   *
   * @param row the row
   * @param day the as-of epoch day
   * @return epoch day
   */
  int spellEnrolledOn(int row, int day);

  /**
   * Days in the project as of a day, summed over the spells: each from its start to its exit, or
   * to the day while it is open; 0 before the first entry.
   *
   * @param row the row
   * @param day the as-of epoch day
   * @return the days
   */
  int daysInProject(int row, int day);

  /**
   * Number of spells: 1, plus one for each time the participant came back.
   *
   * @param row the row
   * @return the count
   */
  int spellCount(int row);

  /**
   * Labour-market status at entry. When the project declares an operation target group
   * ({@link EsfProject#operationTargetGroup()}), it is that group's status for every row, whatever
   * the record says: the operation admits no one else.
   *
   * @param row the row
   * @return a labour-status code, or {@link Codes#MISSING}
   */
  byte labourStatusAtEntry(int row);

  /**
   * ISCED level at entry.
   *
   * @param row the row
   * @return 0-8, or {@link Codes#MISSING}
   */
  byte isced(int row);

  /**
   * Disability (sensitive).
   *
   * @param row the row
   * @return {@link Codes#YES}, {@link Codes#NO} or {@link Codes#MISSING}
   */
  byte disability(int row);

  /**
   * Foreign background (sensitive).
   *
   * @param row the row
   * @return {@link Codes#YES}, {@link Codes#NO} or {@link Codes#MISSING}
   */
  byte foreignBackground(int row);

  /**
   * Third-country national.
   *
   * @param row the row
   * @return {@link Codes#YES}, {@link Codes#NO} or {@link Codes#MISSING}
   */
  byte thirdCountryNational(int row);

  /**
   * Minority (sensitive).
   *
   * @param row the row
   * @return {@link Codes#YES}, {@link Codes#NO} or {@link Codes#MISSING}
   */
  byte minority(int row);

  /**
   * Lives in a jobless household at entry (ESF 2014-2020 household situation).
   *
   * @param row the row
   * @return {@link Codes#YES}, {@link Codes#NO} or {@link Codes#MISSING}
   */
  byte joblessHousehold(int row);

  /**
   * Lives in a household with dependent children at entry (ESF 2014-2020 household situation).
   *
   * @param row the row
   * @return {@link Codes#YES}, {@link Codes#NO} or {@link Codes#MISSING}
   */
  byte dependentChildren(int row);

  /**
   * Lives in a single adult household at entry (ESF 2014-2020 household situation).
   *
   * @param row the row
   * @return {@link Codes#YES}, {@link Codes#NO} or {@link Codes#MISSING}
   */
  byte singleAdultHousehold(int row);

  /**
   * First follow-up of a participant: follow-ups {@code followUpsFrom(row) .. followUpsFrom(row + 1) - 1}
   * belong to the row, in date order (those of every spell's exit; a follow-up dated inside a
   * later spell was never in force and is left out).
   *
   * @param row the row, up to {@link #participantCount()} inclusive
   * @return index into {@link #followUpOn(int)}
   */
  int followUpsFrom(int row);

  /**
   * Date of a follow-up.
   *
   * @param k follow-up index
   * @return epoch day
   */
  int followUpOn(int k);

  /**
   * Status found at a follow-up.
   *
   * @param k follow-up index
   * @return an outcome-status code
   */
  byte followUpStatus(int k);

  /**
   * First survey answer of a participant: answers {@code surveysFrom(row) .. surveysFrom(row + 1) - 1}
   * belong to the row, in date order (of every spell; those of the spell in force are dated on or
   * after {@link #spellEnrolledOn(int, int)}). {@code surveysFrom(participantCount())} is the number of
   * answers in the cohort.
   *
   * @param row the row, up to {@link #participantCount()} inclusive
   * @return index into {@link #surveyOn(int)}
   */
  int surveysFrom(int row);

  /**
   * Date of a survey answer.
   *
   * @param k answer index
   * @return epoch day
   */
  int surveyOn(int k);

  /**
   * A survey answer: did the participant perceive their chances improved.
   *
   * @param k answer index
   * @return {@link Codes#YES} or {@link Codes#NO}
   */
  byte surveyAnswer(int k);

  /**
   * First phase event of a participant: phases started {@code phasesFrom(row) .. phasesFrom(row + 1) - 1}
   * belong to the row, in date order, over all its spells.
   *
   * @param row the row, up to {@link #participantCount()} inclusive
   * @return index into {@link #phaseOn(int)}
   */
  int phasesFrom(int row);

  /**
   * The date a phase started.
   *
   * @param k phase-event index
   * @return epoch day
   */
  int phaseOn(int k);

  /**
   * The phase started.
   *
   * @param k phase-event index
   * @return a pathway-phase code ({@link Codes#of(org.esfkit.core.PathwayPhase)})
   */
  byte phase(int k);

  // ---------------------------------------------------------------- placements

  /**
   * Number of placements.
   *
   * @return the count, 0 when not supplied
   */
  int placementCount();

  /**
   * The participant placed.
   *
   * @param k placement index
   * @return participant row
   */
  int placementParticipant(int k);

  /**
   * The employer hosting a placement.
   *
   * @param k placement index
   * @return index into {@link #employerId(int)}
   */
  int placementEmployer(int k);

  /**
   * Kind of placement.
   *
   * @param k placement index
   * @return a placement-kind code ({@code Codes.PLACEMENT_*})
   */
  byte placementKind(int k);

  /**
   * First day of a placement.
   *
   * @param k placement index
   * @return epoch day
   */
  int placementStartedOn(int k);

  /**
   * Last day of a placement.
   *
   * @param k placement index
   * @return epoch day, or {@link Codes#NO_DATE} while ongoing
   */
  int placementEndedOn(int k);

  /**
   * Whether a placement is gender-breaking.
   *
   * @param k placement index
   * @return true if so
   */
  boolean placementGenderBreaking(int k);

  /**
   * Number of distinct employers (of placements and tasks).
   *
   * @return the count
   */
  int employerCount();

  /**
   * An employer's id.
   *
   * @param index employer index
   * @return the id
   */
  String employerId(int index);

  // ---------------------------------------------------------------- tasks

  /**
   * Number of low-threshold tasks.
   *
   * @return the count, 0 when not supplied
   */
  int taskCount();

  /**
   * A task's id.
   *
   * @param k task index
   * @return the id
   */
  String taskId(int k);

  /**
   * The date a task was identified.
   *
   * @param k task index
   * @return epoch day
   */
  int taskIdentifiedOn(int k);

  /**
   * Whether a task is offered to all participants regardless of gender.
   *
   * @param k task index
   * @return true if so
   */
  boolean taskOpenToAllGenders(int k);

  /**
   * The employer offering a task.
   *
   * @param k task index
   * @return index into {@link #employerId(int)}
   */
  int taskEmployer(int k);

  // ---------------------------------------------------------------- achievements

  /**
   * Number of the project's achievements.
   *
   * @return the count
   */
  int achievementCount();

  /**
   * Kind of an achievement.
   *
   * @param k achievement index
   * @return an achievement-kind code
   */
  byte achievementKind(int k);

  /**
   * Date of an achievement.
   *
   * @param k achievement index
   * @return epoch day
   */
  int achievementOn(int k);

  /**
   * Name of an achievement, e.g. the social enterprise's.
   *
   * @param k achievement index
   * @return the name
   */
  String achievementName(int k);

  /**
   * The shift that adds a period to epoch days, precomputed once per period over the days the
   * cohort spans.
   *
   * @param period the period, e.g. a follow-up window
   * @return the shift
   */
  DayShift shift(Period period);
}
