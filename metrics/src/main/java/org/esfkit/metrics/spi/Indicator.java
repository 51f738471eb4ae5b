package org.esfkit.metrics.spi;

import java.time.LocalDate;
import java.util.function.IntPredicate;

/**
 * An indicator counted over participants, by gender: the ESF+ and the ESF 2014-2020 common
 * indicators are built in ({@link org.esfkit.metrics.IndicatorList}); a programme-specific
 * indicator is one more implementation (registered through
 * {@code META-INF/services/org.esfkit.metrics.spi.Indicator} or
 * {@link org.esfkit.metrics.MetricsEngine.Builder#indicator(Indicator)}). Implementations must be
 * thread-safe; the test {@link #prepare} returns is used by one thread.
 */
public interface Indicator {
  /**
   * The indicator's code.
   *
   * @return e.g. {@code EECO02}
   */
  String code();

  /**
   * The indicator's name.
   *
   * @return e.g. {@code unemployed, including long-term unemployed}
   */
  String name();

  /**
   * Prepares the test for one cohort and date; the engine then calls it once per participant row
   * and counts the rows it accepts by gender. The test must not allocate per row.
   *
   * @param tables the cohort's tables
   * @param asOf the as-of date
   * @return the test of a row
   */
  IntPredicate prepare(CohortTables tables, LocalDate asOf);
}
