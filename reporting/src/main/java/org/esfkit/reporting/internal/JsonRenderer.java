package org.esfkit.reporting.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.esfkit.core.Gender;
import org.esfkit.core.TargetType;
import org.esfkit.reporting.GenderCount;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.SiteRow;
import org.esfkit.reporting.TargetRow;

/**
 * Renders the targets as JSON in the shape of {@code esfkit metrics} (DESIGN.md, CLI contract):
 * {@code {"project", "as_of", "targets": [...]}}. In a shared report a suppressed count is the
 * string {@code "<5"} instead of a number (or {@code "suppressed"} when hidden only to protect another
 * count), a value derived from one is null, and the top level
 * says {@code "suppressed_below": 5}; an internal report is exactly the metrics shape.
 */
public final class JsonRenderer {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final ProgressReport report;
  private final ReportOptions options;
  private final Cells cells;
  private final JsonGenerator g;

  private JsonRenderer(ProgressReport report, ReportOptions options, JsonGenerator g) {
    this.report = report;
    this.options = options;
    this.cells = Cells.of(report, options);
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
    g.writeStringField("project", report.facts().projectNumber());
    g.writeStringField("as_of", report.asOf().toString());
    if (!options.internal()) {
      g.writeNumberField("suppressed_below", options.suppressionThreshold());
    }
    if (!report.excludedRows().isEmpty()) {
      excludedRows();
    }
    g.writeArrayFieldStart("targets");
    for (TargetRow r : report.targets()) {
      target(r);
    }
    g.writeEndArray();
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

  private void target(TargetRow r) throws IOException {
    String id = r.id();
    boolean share = r.type() == TargetType.SHARE;
    boolean hideValue = r.countsPeople()
        && cells.anyHidden(Cells.numerator(id, Cells.TOTAL), Cells.denominator(id, Cells.TOTAL));
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("type", r.type().code());
    g.writeStringField("status", r.status().code());
    g.writeBooleanField("achieved", r.achieved());
    g.writeBooleanField("final", r.isFinal());
    count(r, "numerator", Cells.numerator(id, Cells.TOTAL), r.numerator());
    if (r.denominator() == null) {
      g.writeNullField("denominator");
    } else if (share) {
      count(r, "denominator", Cells.denominator(id, Cells.TOTAL), r.denominator());
    } else {
      g.writeNumberField("denominator", r.denominator());
    }
    count(r, "pending", Cells.pending(id), r.pending());
    g.writeFieldName("value");
    if (r.value() == null || hideValue) {
      g.writeNull();
    } else if (r.type() == TargetType.COUNT) {
      g.writeNumber(r.numerator());
    } else {
      g.writeNumber(r.value());
    }
    if (share) {
      g.writeFieldName("wilson95");
      if (r.wilsonLow() == null || hideValue) {
        g.writeNull();
      } else {
        g.writeStartArray();
        g.writeNumber(r.wilsonLow());
        g.writeNumber(r.wilsonHigh());
        g.writeEndArray();
      }
      if (r.byGender().isEmpty()) {
        g.writeNullField("by_gender");
      } else {
        byGender(r);
      }
    }
    if (r.type() == TargetType.ENROLMENT) {
      enrolment(r);
    }
    g.writeEndObject();
  }

  private void byGender(TargetRow r) throws IOException {
    String id = r.id();
    g.writeObjectFieldStart("by_gender");
    for (Gender gender : Gender.values()) {
      GenderCount gc = r.byGender().getOrDefault(gender, GenderCount.of(0, 0));
      g.writeObjectFieldStart(gender.code());
      count(r, "numerator", Cells.numerator(id, gender.code()), gc.numerator());
      count(r, "denominator", Cells.denominator(id, gender.code()), gc.denominator());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void enrolment(TargetRow r) throws IOException {
    String id = r.id();
    g.writeObjectFieldStart("by_site");
    for (SiteRow s : r.bySite()) {
      g.writeObjectFieldStart(s.name());
      count(r, "enrolled", Cells.targetSite(id, s.name()), s.enrolled());
      if (s.planned() == null) {
        g.writeNullField("planned");
      } else {
        g.writeNumberField("planned", s.planned());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeFieldName("share_women");
    boolean hideWomen = r.countsPeople() && (cells.hidden(Cells.numerator(id, Gender.WOMAN.code()))
        || (r.byGender().isEmpty() && cells.hidden(Cells.numerator(id, Cells.TOTAL))));
    if (r.shareWomen() == null || hideWomen) {
      g.writeNull();
    } else {
      g.writeNumber(r.shareWomen());
    }
  }

  private void count(TargetRow r, String field, String key, long n) throws IOException {
    String mask = r.countsPeople() ? cells.mask(key, "suppressed") : null;
    if (mask != null) {
      g.writeStringField(field, mask);
    } else {
      g.writeNumberField(field, n);
    }
  }
}
