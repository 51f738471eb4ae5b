package org.esfkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.Gender;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.Evaluation;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.SiteEnrolment;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.WilsonInterval;

/** {@code esfkit metrics}: every target of a project as of a date. */
final class MetricsCommand implements Command {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String name() {
    return "metrics";
  }

  @Override
  public String summary() {
    return "evaluate every target of a project as of a date";
  }

  @Override
  public String help() {
    return "usage: esfkit metrics --project P.json --participants R.csv [--placements PL.csv] [--tasks T.csv]\n"
        + "                      [--as-of YYYY-MM-DD] [--format json|text]\n\n"
        + "  --project       the project file (JSON) with its targets\n"
        + "  --participants  the participant register (CSV)\n"
        + "  --placements    placements (CSV), for counts of placements and employers\n"
        + "  --tasks         low-threshold tasks (CSV), for tasks_identified\n"
        + "  --as-of         evaluate as of this date (default: today)\n"
        + "  --format        json (default) or text\n";
  }

  @Override
  public Set<String> valuedOptions() {
    return Set.of("--project", "--participants", "--placements", "--tasks", "--as-of", "--format");
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    String format = args.choice("--format", "json", Set.of("json", "text"));
    LocalDate asOf = args.date("--as-of", LocalDate.now());
    Cohort cohort = Inputs.cohort(args.requirePath("--project"), args.requirePath("--participants"),
        args.path("--placements"), args.path("--tasks"));
    Evaluation ev = MetricsEngine.standard().evaluate(cohort, asOf);
    out.print(format.equals("json") ? json(ev) : text(ev));
    return 0;
  }

  static String json(Evaluation ev) throws Exception {
    ObjectNode root = JSON.createObjectNode();
    root.put("project", ev.projectNumber());
    root.put("as_of", ev.asOf().toString());
    ArrayNode targets = root.putArray("targets");
    for (TargetResult r : ev.results()) {
      ObjectNode t = targets.addObject();
      t.put("id", r.id());
      t.put("type", r.type());
      t.put("status", r.status().code());
      t.put("achieved", r.achieved());
      t.put("final", r.isFinal());
      t.put("numerator", r.numerator());
      if (r.denominator() == null) {
        t.putNull("denominator");
      } else {
        t.put("denominator", r.denominator());
      }
      if (r.value() == null) {
        t.putNull("value");
      } else if (r.type().equals("count")) {
        t.put("value", r.value().longValue());
      } else {
        t.put("value", r.value());
      }
      t.put("pending", r.pending());
      if (r.type().equals("share")) {
        WilsonInterval w = r.wilson95();
        if (w == null) {
          t.putNull("wilson95");
        } else {
          t.putArray("wilson95").add(w.low()).add(w.high());
        }
        ObjectNode byGender = t.putObject("by_gender");
        for (Gender g : Gender.values()) {
          Share s = r.shareFor(g);
          byGender.putObject(g.code()).put("numerator", s.numerator()).put("denominator", s.denominator());
        }
      }
      if (r.type().equals("enrolment")) {
        ObjectNode bySite = t.putObject("by_site");
        for (Map.Entry<String, SiteEnrolment> e : r.bySite().entrySet()) {
          ObjectNode site = bySite.putObject(e.getKey()).put("enrolled", e.getValue().enrolled());
          if (e.getValue().planned() == null) {
            site.putNull("planned");
          } else {
            site.put("planned", e.getValue().planned());
          }
        }
        if (r.shareWomen() == null) {
          t.putNull("share_women");
        } else {
          t.put("share_women", r.shareWomen());
        }
      }
    }
    return JSON.writeValueAsString(root) + "\n";
  }

  static String text(Evaluation ev) {
    StringBuilder sb = new StringBuilder();
    sb.append("Project ").append(ev.projectNumber()).append(", as of ").append(ev.asOf()).append("\n\n");
    String row = "%-32s %-9s %-17s %-5s %11s %10s %7s  %s%n";
    sb.append(String.format(Locale.ROOT, row, "TARGET", "TYPE", "STATUS", "FINAL", "COUNTED", "VALUE", "PENDING",
        "DETAIL"));
    for (TargetResult r : ev.results()) {
      String counted = r.denominator() == null ? Long.toString(r.numerator()) : r.numerator() + "/" + r.denominator();
      sb.append(String.format(Locale.ROOT, row, r.id(), r.type(), r.status().code(), r.isFinal() ? "yes" : "no",
          counted, value(r), r.pending(), detail(r)));
    }
    return sb.toString();
  }

  private static String value(TargetResult r) {
    if (r.value() == null) {
      return "-";
    }
    if (r.type().equals("count")) {
      return Long.toString(r.value().longValue());
    }
    return String.format(Locale.ROOT, "%.1f %%", r.value() * 100);
  }

  private static String detail(TargetResult r) {
    StringBuilder d = new StringBuilder();
    if (r.threshold() != null) {
      d.append("at least ").append(r.threshold().toPlainString());
    }
    if (r.type().equals("share")) {
      d.append("; women ").append(r.shareFor(Gender.WOMAN)).append(", men ").append(r.shareFor(Gender.MAN))
          .append(", non-binary ").append(r.shareFor(Gender.NON_BINARY))
          .append(", not reported ").append(r.shareFor(Gender.NOT_REPORTED));
      if (r.wilson95() != null) {
        d.append(String.format(Locale.ROOT, "; 95 %% CI %.1f-%.1f %%", r.wilson95().low() * 100,
            r.wilson95().high() * 100));
      }
      if (r.parityMet() != null) {
        d.append(r.parityMet() ? "; parity met" : "; parity not met");
      }
      if (r.forecast() != null && !r.isFinal()) {
        d.append("; ").append(r.forecast().needed()).append(" of ").append(r.forecast().remaining())
            .append(" remaining must succeed").append(r.forecast().reachable() ? "" : " (out of reach)");
      }
    }
    if (r.type().equals("enrolment")) {
      d.append("planned ").append(r.denominator());
      r.bySite().forEach((site, s) -> d.append("; ").append(site).append(' ').append(s.enrolled())
          .append(s.planned() == null ? "" : "/" + s.planned()));
      if (r.shareWomen() != null) {
        d.append(String.format(Locale.ROOT, "; women %.1f %%", r.shareWomen() * 100));
      }
    }
    return d.toString();
  }
}
