package org.esfkit.examples.guide;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.esfkit.core.CountOf;
import org.esfkit.core.Gender;
import org.esfkit.core.Target;
import org.esfkit.examples.Seed;
import org.esfkit.examples.SeedCohort;
import org.esfkit.examples.SyntheticCohorts;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.Evaluation;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.TargetResult;
import org.esfkit.reporting.Forecast;
import org.esfkit.reporting.GenderCount;
import org.esfkit.reporting.ImmutableProgressReport;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.RegisterFigures;
import org.esfkit.reporting.ReportFormat;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.ReportWriter;
import org.esfkit.reporting.TargetRow;
import org.esfkit.reporting.TargetStatus;

/**
 * Example 8 — a progress report of the seed project Kraftverket, rendered as Markdown for
 * sharing (small-cell suppression on: counts of people below 5 shown as {@code <5}) and for
 * internal use (every count shown). {@code ReportWriter.write(report, options, path)} picks the
 * format from the file's extension ({@code .html}, {@code .md}, {@code .csv}, {@code .json}).
 *
 * <p>The report's target rows are filled from the metrics results field by field here, so that
 * the example shows what a row holds. Test: {@code ReportExampleTest}.
 */
public final class ReportExample {
  private ReportExample() {}

  /**
   * Prints the shared report, then the internal one.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ProgressReport report = report(LocalDate.of(2013, 12, 31));
    System.out.println(render(report, false));
    System.out.println(render(report, true));
  }

  /**
   * Renders a report as English Markdown.
   *
   * @param report the report
   * @param internal true for the project's own staff (nothing suppressed), false for sharing
   * @return the Markdown
   */
  public static String render(ProgressReport report, boolean internal) {
    ReportOptions options = ReportOptions.builder()
        .locale(Locale.ENGLISH)
        .suppressionThreshold(5)    // the default, stated for the example
        .internal(internal)
        .build();
    return ReportWriter.render(report, options, ReportFormat.MARKDOWN);
  }

  /**
   * Kraftverket's report as of a date: facts and enrolment over time from the register, targets
   * from the metrics engine.
   *
   * @param asOf the report date
   * @return the report
   */
  public static ProgressReport report(LocalDate asOf) {
    SeedCohort seed = SyntheticCohorts.cohort(Seed.KRAFTVERKET);
    Cohort cohort = Cohort.builder(seed.project()).register(seed.register())
        .placements(seed.placements()).tasks(seed.tasks()).build();
    Evaluation ev = MetricsEngine.standard().evaluate(cohort, asOf);

    ImmutableProgressReport.Builder report = ProgressReport.builder()
        .facts(RegisterFigures.facts(seed.project(), seed.register(), asOf))
        .asOf(asOf)
        .enrolment(RegisterFigures.enrolment(seed.project(), seed.register(), asOf));
    for (Target t : seed.project().targets()) {
      report.addTargets(row(t, ev.result(t.id())));
    }
    return report.build();
  }

  /**
   * One target's row: the result's figures under the report's names (the JSON contract's names
   * are the same on both sides).
   *
   * @param t the target
   * @param r its result
   * @return the row
   */
  public static TargetRow row(Target t, TargetResult r) {
    Map<Gender, GenderCount> byGender = new EnumMap<>(Gender.class);
    for (Map.Entry<Gender, Share> e : r.byGender().entrySet()) {
      byGender.put(e.getKey(), GenderCount.of((int) e.getValue().numerator(), (int) e.getValue().denominator()));
    }
    return TargetRow.builder()
        .id(t.id())
        .type(t.type())
        .description(t.description())
        .measure(t.measure())
        .threshold(r.threshold())
        .status(TargetStatus.fromCode(r.status().code()))
        .isFinal(r.isFinal())
        .numerator((int) r.numerator())
        .denominator(r.denominator() == null ? null : r.denominator().intValue())
        .value(r.value())
        .pending((int) r.pending())
        .wilsonLow(r.wilson95() == null ? null : r.wilson95().low())
        .wilsonHigh(r.wilson95() == null ? null : r.wilson95().high())
        .byGender(byGender)
        .forecast(r.forecast() == null ? null
            : Forecast.of((int) r.forecast().needed(), (int) r.forecast().remaining()))
        // counts of employers, tasks and social enterprises are not people: never suppressed
        .countsPeople(t.of() == null || t.of() == CountOf.PARTICIPANTS_ENROLLED)
        .build();
  }
}
