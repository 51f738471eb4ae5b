package org.esfkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Gender;
import org.esfkit.core.io.ExcludedRows;
import org.esfkit.core.ProgrammePeriod;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.IndicatorCount;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.NotComputedIndicator;
import org.jspecify.annotations.Nullable;

/**
 * {@code esfkit indicators}: the common indicators of a register as of a date, by gender. The list
 * is ESF+ unless {@code --project} names a project of another programme period or {@code --list}
 * chooses one.
 */
final class IndicatorsCommand implements Command {

  private static final Set<String> LISTS = new LinkedHashSet<>();

  static {
    for (IndicatorList l : IndicatorList.values()) {
      LISTS.add(l.code());
    }
  }

  @Override
  public String name() {
    return "indicators";
  }

  @Override
  public String summary() {
    return "count the common indicators (ESF+ or 2014-2020) of a register, by gender";
  }

  @Override
  public String help() {
    return "usage: esfkit indicators --participants R.csv [--project P.json] [--list esf-plus|esf-2014]\n"
        + "                         [--as-of YYYY-MM-DD] [--format json|text]\n\n"
        + "Counts the common output and result indicators of the programme period's regulation on the\n"
        + "register as of the date, each in total and by gender, for the project's own staff (nothing is\n"
        + "suppressed). Indicators whose data a register does not hold are listed as not computed, with\n"
        + "what they would need.\n\n"
        + "options:\n"
        + "  --participants  the participant register (CSV)\n"
        + "  --project       the project (JSON): its programme period chooses the list (2021-2027: esf-plus;\n"
        + "                  2014-2020: esf-2014; 2007-2013: esf-2014, for comparison only)\n"
        + "  --list          the list, whatever the project: esf-plus (Regulation (EU) 2021/1057) or\n"
        + "                  esf-2014 (Regulation (EU) No 1304/2013); default esf-plus without --project\n"
        + "  --as-of         count as of this date (default: today)\n"
        + "  --format        json (default) or text\n"
        + FileOptions.HELP
        + "\nBad input files: every problem on standard error as FILE:LINE:COLUMN: message, exit code 2.\n";
  }

  @Override
  public Set<String> valuedOptions() {
    return FileOptions.valued("--participants", "--project", "--list", "--as-of", "--format");
  }

  @Override
  public Set<String> flagOptions() {
    return FileOptions.FLAGS;
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    String format = args.choice("--format", "json", Set.of("json", "text"));
    LocalDate asOf = args.date("--as-of", LocalDate::now);
    String listCode = args.has("--list") ? args.choice("--list", "", LISTS) : null;
    Path register = args.requirePath("--participants");
    Path projectFile = args.path("--project");
    FileOptions files = FileOptions.of(args);
    Inputs.Loaded in = projectFile == null ? Inputs.register(register, files, err)
        : Inputs.load(projectFile, register, null, null, files, err);
    Cohort cohort = in.cohort();
    IndicatorList list = listCode == null ? IndicatorList.forCohort(cohort) : IndicatorList.fromCode(listCode);
    Counted c = new Counted(MetricsEngine.standard().count(cohort, asOf, list), cohort.project(), in.excluded());
    out.print(format.equals("json") ? json(c) : text(c));
    return 0;
  }

  /** What one run counted, and against which list. */
  record Counted(IndicatorCount count, @Nullable EsfProject project, List<ExcludedRows> excluded) {
    LocalDate asOf() {
      return count.asOf();
    }

    IndicatorList list() {
      return count.list();
    }

    List<IndicatorResult> results() {
      return count.results();
    }

    @Nullable ProgrammePeriod period() {
      return project == null ? null : project.programmePeriod();
    }

    /** True when the list is not the one of the project's programme period. */
    boolean forComparison() {
      return project != null && list().period() != project.programmePeriod();
    }

    List<NotComputedIndicator> notComputed() {
      return count.notComputed();
    }
  }

  static String json(Counted c) throws Exception {
    // made here, not when the command is registered: every command starts without Jackson's set-up
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("as_of", c.asOf().toString());
    root.put("list", c.list().code());
    root.put("programme_period", c.period() == null ? null : c.period().code());
    root.put("for_comparison", c.forComparison());
    if (!c.excluded().isEmpty()) {
      ObjectNode x = root.putObject("excluded_rows");
      x.put("total", c.excluded().stream().mapToLong(ExcludedRows::rows).sum());
      ArrayNode files = x.putArray("files");
      for (ExcludedRows f : c.excluded()) {
        ObjectNode file = files.addObject().put("file", f.source()).put("rows", f.rows());
        ObjectNode by = file.putObject("by_column");
        f.byColumn().forEach(by::put);
      }
    }
    IndicatorCount count = c.count();
    ObjectNode grand = root.putObject("grand_total").put("total", count.grandTotal());
    byGender(grand.putObject("by_gender"), count.grandTotalByGender());
    root.put("complete", count.complete());
    root.putArray("required_fields");
    count.list().requiredFields().forEach(f -> ((ArrayNode) root.get("required_fields")).add(f.code()));
    ObjectNode missingBy = root.putObject("missing_by_field");
    count.missingByField().forEach((f, n) -> missingBy.put(f.code(), n));
    ObjectNode uncertain = root.putObject("age_uncertain_at");
    count.ageUncertain().forEach((b, ids) -> uncertain.put(String.valueOf(b), ids.size()));
    root.put("operation_target_group",
        count.operationTargetGroup() == null ? null : count.operationTargetGroup().code());
    ArrayNode list = root.putArray("indicators");
    for (IndicatorResult r : c.results()) {
      ObjectNode i = list.addObject().put("code", r.code()).put("name", r.name())
          .put("list", r.list() == null ? null : r.list().code()).put("source", r.source())
          .put("from_operation_target_group", r.fromOperationTargetGroup()).put("total", r.total());
      byGender(i.putObject("by_gender"), r.byGender());
    }
    ArrayNode missing = root.putArray("not_computed");
    for (NotComputedIndicator n : c.notComputed()) {
      missing.addObject().put("code", n.code()).put("name", n.name()).put("needs", n.needs());
    }
    return json.writeValueAsString(root) + "\n";
  }

  private static void byGender(ObjectNode by, Map<Gender, Long> counts) {
    for (Gender g : Gender.values()) {
      by.put(g.code(), counts.getOrDefault(g, 0L));
    }
  }

  static String text(Counted c) {
    StringBuilder sb = new StringBuilder(Inputs.excludedBanner(c.excluded()))
        .append(c.list().title()).append(", as of ").append(c.asOf()).append("\n");
    sb.append(c.list().regulation());
    if (c.forComparison()) {
      sb.append("; for comparison only: the project belongs to the ").append(c.period().code())
          .append(" programme period").append(c.period() == ProgrammePeriod.P2007_2013
              ? ", whose regulation defined no common indicators on participants"
              : ", which reports against the " + IndicatorList.forPeriod(c.period()).title());
    }
    IndicatorCount count = c.count();
    sb.append("\n\ngrand total of participants: ").append(count.grandTotal()).append("; complete records (counted in "
        + "the indicators): ").append(count.complete()).append("\n");
    count.missingByField().forEach((f, n) -> {
      if (n > 0) {
        sb.append("  missing ").append(f.code()).append(": ").append(n).append("\n");
      }
    });
    count.ageUncertain().forEach((b, ids) -> {
      if (!ids.isEmpty()) {
        sb.append("  age uncertain at ").append(b).append(" (birth year only): ").append(ids.size()).append("\n");
      }
    });
    if (count.operationTargetGroup() != null) {
      sb.append("  labour-market status from the operation's target group: ")
          .append(count.operationTargetGroup().code()).append("\n");
    }
    sb.append("\n");
    String row = "%-8s %6s %6s %6s %6s %6s  %s%n";
    sb.append(String.format(Locale.ROOT, row, "CODE", "TOTAL", "WOMEN", "MEN", "NONBIN", "NOTREP", "NAME"));
    for (IndicatorResult r : c.results()) {
      sb.append(String.format(Locale.ROOT, row, r.code(), r.total(), r.byGender().get(Gender.WOMAN),
          r.byGender().get(Gender.MAN), r.byGender().get(Gender.NON_BINARY), r.byGender().get(Gender.NOT_REPORTED),
          r.name() + (r.fromOperationTargetGroup() ? " (from the operation's target group)" : "")));
    }
    List<NotComputedIndicator> missing = c.notComputed();
    if (!missing.isEmpty()) {
      sb.append("\n");
      for (NotComputedIndicator n : missing) {
        sb.append(String.format(Locale.ROOT, "%-8s %s: not computed: needs %s%n", n.code(), n.name(), n.needs()));
      }
    }
    return sb.toString();
  }
}
