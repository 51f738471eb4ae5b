package org.esfkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.esfkit.core.Gender;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.MetricsEngine;

/** {@code esfkit indicators}: the ESF+ common indicators of a register as of a date. */
final class IndicatorsCommand implements Command {
  @Override
  public String name() {
    return "indicators";
  }

  @Override
  public String summary() {
    return "count the ESF+ common indicators of a register, by gender";
  }

  @Override
  public String help() {
    return "usage: esfkit indicators --participants R.csv [--as-of YYYY-MM-DD] [--format json|text]\n\n"
        + "  --participants  the participant register (CSV)\n"
        + "  --as-of         count as of this date (default: today)\n"
        + "  --format        json (default) or text\n";
  }

  @Override
  public Set<String> valuedOptions() {
    return Set.of("--participants", "--as-of", "--format");
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    String format = args.choice("--format", "json", Set.of("json", "text"));
    LocalDate asOf = args.date("--as-of", LocalDate.now());
    List<IndicatorResult> results = MetricsEngine.standard().indicators(Inputs.register(args.requirePath("--participants")), asOf);
    out.print(format.equals("json") ? json(asOf, results) : text(asOf, results));
    return 0;
  }

  static String json(LocalDate asOf, List<IndicatorResult> results) throws Exception {
    ObjectNode root = MetricsCommand.JSON.createObjectNode();
    root.put("as_of", asOf.toString());
    ArrayNode list = root.putArray("indicators");
    for (IndicatorResult r : results) {
      ObjectNode i = list.addObject().put("code", r.code()).put("name", r.name()).put("total", r.total());
      ObjectNode by = i.putObject("by_gender");
      for (Gender g : Gender.values()) {
        by.put(g.code(), r.byGender().getOrDefault(g, 0L));
      }
    }
    return MetricsCommand.JSON.writeValueAsString(root) + "\n";
  }

  static String text(LocalDate asOf, List<IndicatorResult> results) {
    StringBuilder sb = new StringBuilder("ESF+ common indicators, as of ").append(asOf).append("\n\n");
    String row = "%-7s %6s %6s %6s %6s %6s  %s%n";
    sb.append(String.format(Locale.ROOT, row, "CODE", "TOTAL", "WOMEN", "MEN", "NONBIN", "NOTREP", "NAME"));
    for (IndicatorResult r : results) {
      sb.append(String.format(Locale.ROOT, row, r.code(), r.total(), r.byGender().get(Gender.WOMAN),
          r.byGender().get(Gender.MAN), r.byGender().get(Gender.NON_BINARY), r.byGender().get(Gender.NOT_REPORTED),
          r.name()));
    }
    return sb.toString();
  }
}
