package org.esfkit.reporting;

import java.util.Locale;
import java.util.Set;
import org.esfkit.core.ValidationException;
import org.esfkit.metrics.SeriesStep;
import org.immutables.value.Value;

/**
 * How to render a report: its language, the small-cell threshold, whether it is for internal
 * use (every count shown) or for sharing (small counts suppressed, the default), and the step of
 * its series. Immutable and thread-safe.
 */
@Value.Immutable
public interface ReportOptions {
  /** The default threshold: counts below 5 are shown as {@code <5}. */
  int DEFAULT_THRESHOLD = 5;

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableReportOptions.Builder builder() {
    return ImmutableReportOptions.builder();
  }

  /**
   * Options for a shared report in Swedish with threshold 5.
   *
   * @return the defaults
   */
  static ReportOptions defaults() {
    return builder().build();
  }

  /**
   * The language of labels: Swedish ({@code sv}) or English ({@code en}).
   *
   * @return the locale, Swedish by default
   */
  @Value.Default
  default Locale locale() {
    return Locale.forLanguageTag("sv");
  }

  /**
   * Counts of people below this number are suppressed in shared reports.
   *
   * @return the threshold, at least 1; {@value #DEFAULT_THRESHOLD} by default
   */
  @Value.Default
  default int suppressionThreshold() {
    return DEFAULT_THRESHOLD;
  }

  /**
   * Whether the report is for internal use: every count shown, nothing suppressed.
   *
   * @return false by default
   */
  @Value.Default
  default boolean internal() {
    return false;
  }

  /**
   * Whether the JSON output of an internal report carries each target's {@code series} (the
   * target at each month end) and {@code milestones}; off by default, so that the JSON keeps the
   * metrics shape of DESIGN.md. A shared report's JSON always carries them, as it carries every
   * figure the other formats show.
   *
   * @return false by default
   */
  @Value.Default
  default boolean series() {
    return false;
  }

  /**
   * How far apart the points of each target's series are, in the report's charts and tables and
   * in the JSON's {@code series}: month ends, or quarter ends (31 March, 30 June, 30 September,
   * 31 December). Either way the last point is the report date (or the project's end); quarter
   * ends are taken from the report's monthly series ({@link org.esfkit.metrics.TargetSeries#every}).
   *
   * @return {@link SeriesStep#MONTH} by default
   */
  @Value.Default
  default SeriesStep seriesStep() {
    return SeriesStep.MONTH;
  }

  /** Checks the options. */
  @Value.Check
  default void check() {
    ValidationException.check(suppressionThreshold() >= 1,
        "suppression threshold %d must be at least 1", suppressionThreshold());
    ValidationException.check(Set.of("sv", "en").contains(locale().getLanguage()),
        "locale '%s' is not supported; use sv or en", locale().toLanguageTag());
  }
}
