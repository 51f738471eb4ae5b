package org.esfkit.metrics;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.esfkit.core.Coded;
import org.esfkit.core.EsfProject;
import org.esfkit.core.ProgrammePeriod;
import org.esfkit.metrics.internal.CommonIndicators;
import org.esfkit.metrics.spi.Indicator;

/**
 * A built-in list of common indicators on participants, as a programme period's regulation defines
 * them. A project reports against the list of its programme period ({@link #forPeriod}):
 *
 * <pre>{@code
 * IndicatorList list = IndicatorList.forPeriod(project.programmePeriod());
 * List<IndicatorResult> counts = MetricsEngine.standard().indicators(cohort, asOf, list);
 * boolean forComparison = list.period() != project.programmePeriod();
 * }</pre>
 * Immutable and thread-safe.
 */
public enum IndicatorList implements Coded {
  /** ESF+ 2021-2027: Regulation (EU) 2021/1057, Annex I (EECO01-EECO19, EECR01-EECR06). */
  ESF_PLUS("esf-plus", ProgrammePeriod.P2021_2027, "ESF+ common indicators", "Regulation (EU) 2021/1057, Annex I"),
  /**
   * ESF 2014-2020: Regulation (EU) No 1304/2013, Annex I (CO01-CO23, CR01-CR09, and the total
   * CO-TOTAL = CO01 + CO03 + CO05).
   */
  ESF_2014("esf-2014", ProgrammePeriod.P2014_2020, "ESF 2014-2020 common indicators",
      "Regulation (EU) No 1304/2013, Annex I");

  private final String code;
  private final ProgrammePeriod period;
  private final String title;
  private final String regulation;

  IndicatorList(String code, ProgrammePeriod period, String title, String regulation) {
    this.code = code;
    this.period = period;
    this.title = title;
    this.regulation = regulation;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The programme period whose regulation defines the list.
   *
   * @return the period
   */
  public ProgrammePeriod period() {
    return period;
  }

  /**
   * The list's title.
   *
   * @return e.g. {@code ESF+ common indicators}
   */
  public String title() {
    return title;
  }

  /**
   * The legal text that defines the list.
   *
   * @return e.g. {@code Regulation (EU) 2021/1057, Annex I}
   */
  public String regulation() {
    return regulation;
  }

  /**
   * The fields a participant's record must hold to count in the list's indicators: ESF+ gender,
   * labour-market status, age and education (the data of Regulation (EU) 2021/1057, Annex I point
   * 1.1: a participant's data are reported only when all of them are available, a rule not yet
   * checked against the regulation's text); ESF 2014-2020 adds the household situation (the
   * Commission's SFC support material on completeness; Regulation (EU) No 1304/2013, Annex I as
   * adopted). Sensitive characteristics are never required.
   *
   * @return the fields, in the order of {@link PersonalDataField}
   */
  public Set<PersonalDataField> requiredFields() {
    return this == ESF_PLUS
        ? EnumSet.of(PersonalDataField.GENDER, PersonalDataField.LABOUR_MARKET_STATUS, PersonalDataField.AGE,
            PersonalDataField.EDUCATION)
        : EnumSet.allOf(PersonalDataField.class);
  }

  /**
   * The ages at which the list's age indicators change: ESF+ 18, 30 and 55 (below 18, 18-29, 55
   * and above); ESF 2014-2020 25 and 55 (below 25, above 54).
   *
   * @return the boundaries, ascending
   */
  public List<Integer> ageBoundaries() {
    return this == ESF_PLUS ? List.of(18, 30, 55) : List.of(25, 55);
  }

  /**
   * The indicators of the list that esfkit computes, in the order to show.
   *
   * @return the indicators
   */
  public List<Indicator> indicators() {
    return this == ESF_PLUS ? CommonIndicators.esfPlus() : CommonIndicators.esf2014();
  }

  /**
   * The indicators of the list that esfkit does not compute, for lack of data in the register,
   * with what each needs.
   *
   * @return the indicators not computed, in the regulation's order
   */
  public List<NotComputedIndicator> notComputed() {
    return this == ESF_PLUS ? CommonIndicators.esfPlusNotComputed() : CommonIndicators.esf2014NotComputed();
  }

  /**
   * The list a project of a programme period reports against: 2021-2027 the ESF+ list, 2014-2020
   * the 1304/2013 list. The 2007-2013 regulation defined no common indicators on participants;
   * those projects get the 2014-2020 list, the nearest in time, for comparison only ({@link
   * #period()} then differs from the project's period, and reports say so).
   *
   * @param period the project's programme period
   * @return the list
   */
  public static IndicatorList forPeriod(ProgrammePeriod period) {
    return period == ProgrammePeriod.P2021_2027 ? ESF_PLUS : ESF_2014;
  }

  /**
   * The indicators of the list not computed in a count: {@link #notComputed()} less those counted
   * under the same code (an indicator added to the engine can fill a gap, e.g. {@code CO04}).
   *
   * @param counted the results of counting this list
   * @return the indicators not computed, in the regulation's order
   */
  public List<NotComputedIndicator> notComputed(List<IndicatorResult> counted) {
    return notComputed().stream().filter(n -> counted.stream().noneMatch(r -> r.code().equals(n.code())))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The list that fits a cohort: {@link #forPeriod} of its project's programme period, or the ESF+
   * list for a cohort without a project.
   *
   * @param cohort the cohort
   * @return the list
   */
  public static IndicatorList forCohort(Cohort cohort) {
    EsfProject p = cohort.project();
    return p == null ? ESF_PLUS : forPeriod(p.programmePeriod());
  }

  /**
   * Parses a list from its code, {@code esf-plus} or {@code esf-2014}.
   *
   * @param text the code
   * @return the list
   * @throws org.esfkit.core.ValidationException naming the text and the known codes
   */
  public static IndicatorList fromCode(String text) {
    return Coded.parse(IndicatorList.class, text);
  }
}
