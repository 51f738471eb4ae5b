package org.esfkit.reporting.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.esfkit.core.Dimension;
import org.esfkit.core.Gender;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.LengthResult;
import org.esfkit.metrics.ParticipantShare;
import org.esfkit.metrics.SiteEnrolment;
import org.esfkit.metrics.TargetResult;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportOptions;

/**
 * Renders the targets as JSON in the shape of {@code esfkit metrics} (DESIGN.md, CLI contract):
 * {@code {"project", "as_of", "targets": [...]}}, each target with a {@code reason} when it has no
 * verdict; an internal report is exactly that shape. A shared report is every figure the report
 * shows, so that it can be audited ({@code DisclosureChecker} in the testkit): the top level says
 * {@code "suppressed_below": 5}, a share target adds its {@code forecast} (with its
 * {@code threshold}), every target its {@code series} and {@code milestones} (total rows only),
 * {@code "subgroup": true} when it is about a subgroup and {@code "counts_people": false} when it
 * counts tasks, employers or enterprises, and {@code facts},
 * {@code indicators}, {@code completeness} (when the report counts it), {@code participation}, {@code costs}, {@code matching} and
 * {@code enrolment_over_time} follow the targets. A hidden figure — a count, a value derived from
 * one, a status, {@code achieved}, {@code final}, an outlook — is the string {@value Cell#MASK}; a
 * hidden verdict's reason is left out.
 */
public final class JsonRenderer {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final ProgressReport report;
  private final ReportOptions options;
  private final Figures figures;
  private final JsonGenerator g;

  private JsonRenderer(ProgressReport report, ReportOptions options, JsonGenerator g) {
    this.report = report;
    this.options = options;
    this.figures = Figures.of(report, options);
    this.g = g;
  }

  /**
   * Renders the JSON text.
   *
   * @param report the report
   * @param options threshold and mode (the locale does not change JSON)
   * @return the JSON text, indented by two spaces, ending in a line feed
   */
  public static String render(ProgressReport report, ReportOptions options) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(indenter).withArrayIndenter(indenter));
      new JsonRenderer(report, options, g).json();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private void json() throws IOException {
    g.writeStartObject();
    g.writeStringField("project", report.project().projectNumber());
    g.writeStringField("as_of", report.asOf().toString());
    if (!options.internal()) {
      g.writeNumberField("suppressed_below", options.suppressionThreshold());
    }
    if (!report.excludedRows().isEmpty()) {
      excludedRows();
    }
    g.writeArrayFieldStart("targets");
    for (Figures.TargetFigures t : figures.targets()) {
      target(t);
    }
    g.writeEndArray();
    if (!figures.phases().isEmpty()) {
      // active participants per pathway phase; "none": active without a phase in their spell
      g.writeObjectFieldStart("phases");
      for (Figures.PhaseFigures p : figures.phases()) {
        g.writeObjectFieldStart(p.phase() == null ? "none" : p.phase().code());
        cell("total", p.total());
        g.writeObjectFieldStart("by_gender");
        for (Gender gender : Gender.values()) {
          cell(gender.code(), p.byGender().get(gender));
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    if (!options.internal()) {
      rest();
    }
    g.writeEndObject();
  }

  /** {@code "excluded_rows": {"total": n, "files": [{"file", "rows", "by_column": {COLUMN: n}}]}}. */
  private void excludedRows() throws IOException {
    g.writeObjectFieldStart("excluded_rows");
    g.writeNumberField("total", report.excludedRows().stream().mapToLong(x -> x.rows()).sum());
    g.writeArrayFieldStart("files");
    for (org.esfkit.core.io.ExcludedRows x : report.excludedRows()) {
      g.writeStartObject();
      g.writeStringField("file", x.source());
      g.writeNumberField("rows", x.rows());
      g.writeObjectFieldStart("by_column");
      for (var e : x.byColumn().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void target(Figures.TargetFigures t) throws IOException {
    TargetResult r = t.result();
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("type", r.type().code());
    if (!options.internal()) {
      // what a reader of the project's plan knows, and a checker needs: a target about a subgroup
      // counts other people than the facts; counts of tasks, employers and enterprises are not
      // counts of people and are never hidden
      if (t.target() != null && t.target().where() != null) {
        g.writeBooleanField("subgroup", true);
      }
      if (!Figures.countsPeople(r)) {
        g.writeBooleanField("counts_people", false);
      }
    }
    fields(t);
    // a shared report's JSON holds every figure HTML and Markdown show: the series too
    Figures.SeriesFigures series = options.series() || !options.internal() ? figures.series(r.id()) : null;
    if (series != null) {
      // the target at each month end to the report date, then its milestones judged on their dates
      g.writeArrayFieldStart("series");
      for (int k = 0; k < series.points().size(); k++) {
        g.writeStartObject();
        g.writeStringField("date", series.series().points().get(k).date().toString());
        fields(series.points().get(k));
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!series.milestones().isEmpty()) {
        g.writeArrayFieldStart("milestones");
        for (int k = 0; k < series.milestones().size(); k++) {
          org.esfkit.core.Milestone m = series.series().milestones().get(k).milestone();
          g.writeStartObject();
          g.writeStringField("on", m.on().toString());
          g.writeNumberField("at_least", m.atLeast());
          Figures.TargetFigures judged = series.milestones().get(k);
          if (judged == null) {
            g.writeStringField("status", "not_yet_due");
          } else {
            fields(judged);
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
    }
    List<Figures.BreakdownFigures> cells = figures.breakdowns(r.id());
    if (!cells.isEmpty()) {
      // one table per dimension: a row per value, each with the fields of a target
      g.writeObjectFieldStart("by");
      Dimension current = null;
      for (Figures.BreakdownFigures b : cells) {
        if (b.breakdown().dimension() != current) {
          if (current != null) {
            g.writeEndArray();
          }
          current = b.breakdown().dimension();
          g.writeArrayFieldStart(current.code());
        }
        g.writeStartObject();
        g.writeStringField(current.code(), b.breakdown().value());
        fields(b.figures());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** The fields a target and a breakdown cell share: verdict, counts, value and breakdown by gender. */
  private void fields(Figures.TargetFigures t) throws IOException {
    TargetResult r = t.result();
    if (t.verdictHidden()) {
      g.writeStringField("status", Cell.MASK);
      g.writeStringField("achieved", Cell.MASK);
    } else {
      g.writeStringField("status", r.status().code());
      g.writeBooleanField("achieved", r.achieved());
    }
    if (t.finalHidden()) {
      g.writeStringField("final", Cell.MASK);
    } else {
      g.writeBooleanField("final", r.isFinal());
    }
    cell("numerator", t.numerator());
    cell("denominator", t.denominator());
    cell("pending", t.pending());
    cell("value", t.value());
    if (r instanceof ParticipantShare) {
      g.writeFieldName("wilson95");
      if (t.wilsonLow() instanceof Cell.Ratio low && t.wilsonHigh() instanceof Cell.Ratio high) {
        g.writeStartArray();
        g.writeNumber(low.value());
        g.writeNumber(high.value());
        g.writeEndArray();
      } else {
        write(t.wilsonLow());
      }
      if (!t.totalsOnly()) {
        g.writeObjectFieldStart("by_gender");
        for (Gender gender : Gender.values()) {
          g.writeObjectFieldStart(gender.code());
          cell("numerator", t.numerators().get(gender));
          cell("denominator", t.denominators().get(gender));
          g.writeEndObject();
        }
        g.writeEndObject();
      }
    }
    if (r instanceof EnrolmentResult e && !t.totalsOnly()) {
      g.writeObjectFieldStart("by_site");
      for (Map.Entry<String, SiteEnrolment> s : e.bySite().entrySet()) {
        g.writeObjectFieldStart(s.getKey());
        cell("enrolled", t.sites().get(s.getKey()));
        if (s.getValue().planned() == null) {
          g.writeNullField("planned");
        } else {
          g.writeNumberField("planned", s.getValue().planned());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      cell("share_women", t.shareWomen());
      if (e.balance() != null && !t.verdictHidden()) {
        // the verdict only: the bounds are the target's, the share is share_women (masked or not)
        g.writeStringField("gender_balance", e.balance().name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (r instanceof LengthResult l) {
      g.writeStringField("min", l.min().toString());
      g.writeStringField("max", l.max().toString());
    }
    if (t.forecast() != null && !options.internal() && r instanceof ParticipantShare share) {
      // the threshold with the counts it is applied to: needed = max(0, ceil(threshold ×
      // (denominator + remaining)) − numerator), so that the checker can try that relation too
      g.writeObjectFieldStart("forecast");
      g.writeNumberField("threshold", share.threshold());
      cell("needed", t.needed());
      cell("remaining", t.remaining());
      if (t.outlookHidden()) {
        g.writeStringField("reachable", Cell.MASK);
      } else {
        g.writeBooleanField("reachable", t.forecast().reachable());
      }
      g.writeEndObject();
    }
    if (r.reason() != null && !t.verdictHidden()) {
      g.writeStringField("reason", r.reason());
    }
  }

  /** The figures outside the targets: facts, indicators, participation, costs, matching, series. */
  private void rest() throws IOException {
    g.writeObjectFieldStart("facts");
    cell("enrolled", figures.enrolled());
    if (!figures.sites().isEmpty()) {
      g.writeObjectFieldStart("by_site");
      for (Figures.SiteFigures s : figures.sites()) {
        cell(s.name(), s.enrolled());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeArrayFieldStart("indicators");
    for (Figures.IndicatorFigures i : figures.indicators()) {
      g.writeStartObject();
      g.writeStringField("code", i.result().code());
      cell("total", i.total());
      g.writeObjectFieldStart("by_gender");
      for (Gender gender : Gender.values()) {
        cell(gender.code(), i.byGender().get(gender));
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    Figures.CompletenessFigures done = figures.completeness();
    if (done != null) {
      g.writeObjectFieldStart("completeness");
      cell("grand_total", done.grandTotal());
      g.writeObjectFieldStart("by_gender");
      for (Gender gender : Gender.values()) {
        cell(gender.code(), done.grandTotalByGender().get(gender));
      }
      g.writeEndObject();
      cell("complete", done.complete());
      cell("complete_share", done.completeShare());
      g.writeObjectFieldStart("missing");
      for (var m : done.missing().entrySet()) {
        cell(m.getKey().code(), m.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("age_uncertain");
      for (var a : done.ageUncertain().entrySet()) {
        cell(Integer.toString(a.getKey()), a.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    Figures.LengthFigures len = figures.length();
    if (len != null) {
      g.writeObjectFieldStart("participation");
      cell("participants", len.participants());
      cell("median_days", len.medianDays());
      cell("mean_days", len.meanDays());
      if (len.within() != null) {
        cell("within_planned", len.within());
      }
      g.writeEndObject();
    }
    Figures.CostFigures c = figures.costs();
    if (c != null) {
      g.writeObjectFieldStart("costs");
      g.writeStringField("cost", c.cost().amount().toPlainString());
      cell("participants", c.participants());
      cell("outcomes", c.outcomes());
      g.writeArrayFieldStart("outcome_targets");
      for (String id : c.outcomeTargets()) {
        g.writeString(id);
      }
      g.writeEndArray();
      cell("per_participant", c.perParticipant());
      cell("per_outcome", c.perOutcome());
      g.writeEndObject();
    }
    Figures.MatchingFigures m = figures.matching();
    if (m != null) {
      g.writeObjectFieldStart("matching");
      cell("participants", m.participants());
      cell("assigned", m.assigned());
      cell("unassigned", m.unassigned());
      cell("mean_score", m.meanScore());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("enrolment_over_time");
    for (int i = 0; i < report.enrolmentOverTime().size(); i++) {
      g.writeStartObject();
      g.writeStringField("date", report.enrolmentOverTime().get(i).asOf().toString());
      cell("enrolled", figures.enrolmentOverTime().get(i));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void cell(String field, Cell c) throws IOException {
    g.writeFieldName(field);
    write(c);
  }

  private void write(Cell c) throws IOException {
    if (c instanceof Cell.Count n) {
      g.writeNumber(n.value());
    } else if (c instanceof Cell.Ratio x) {
      g.writeNumber(x.value());
    } else if (c instanceof Cell.Number x) {
      g.writeNumber(x.value());
    } else if (c instanceof Cell.Amount a) {
      g.writeString(a.value().amount().toPlainString());
    } else if (c.masked()) {
      g.writeString(Cell.MASK);
    } else {
      g.writeNull();
    }
  }
}
