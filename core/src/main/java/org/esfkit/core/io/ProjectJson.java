package org.esfkit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.Achievement;
import org.esfkit.core.AchievementKind;
import org.esfkit.core.AgeBand;
import org.esfkit.core.Dimension;
import org.esfkit.core.Coded;
import org.esfkit.core.CountOf;
import org.esfkit.core.DateRange;
import org.esfkit.core.Eligibility;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EsfRegion;
import org.esfkit.core.ImmutableEsfProject;
import org.esfkit.core.ImmutableTarget;
import org.esfkit.core.InterventionType;
import org.esfkit.core.Measure;
import org.esfkit.core.Milestone;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.Money;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Parity;
import org.esfkit.core.ParticipationRange;
import org.esfkit.core.ProgrammeArea;
import org.esfkit.core.ProgrammePeriod;
import org.esfkit.core.ProjectPhase;
import org.esfkit.core.ProjectPhaseKind;
import org.esfkit.core.Rate;
import org.esfkit.core.SpecificObjective;
import org.esfkit.core.Subgroup;
import org.esfkit.core.Target;
import org.esfkit.core.TargetGroup;
import org.esfkit.core.TargetType;
import org.esfkit.core.ValidationException;
import org.esfkit.core.io.internal.Json;
import org.esfkit.core.io.internal.JsonContext;
import org.esfkit.core.io.internal.JsonFields;
import org.jspecify.annotations.Nullable;

/**
 * The project file (JSON, snake_case): an {@link EsfProject} with its targets. See
 * {@code docs/formats.md}.
 *
 * <pre>{@code
 * EsfProject project = ProjectJson.read(Path.of("project.json")).value();
 * String json = ProjectJson.write(project);
 * }</pre>
 *
 * <p>Every problem is reported with its JSON path as the column (e.g. {@code $.targets[2].window})
 * and the line it starts on: unknown fields, values of the wrong type, unknown codes, and the
 * model's own rules. The file holds one record: {@code rowsRead} is 1 once it parses.
 */
public final class ProjectJson {
  static final List<String> FIELDS = List.of("project_number", "name", "owner", "region", "period",
      "programme_period", "programme_area", "specific_objective", "intervention_type", "eu_co_financing_rate",
      "total_budget_sek", "esf_grant_sek", "planned_participants", "planned_participants_by_site",
      "planned_participation", "target_groups", "operation_target_group", "eligibility", "co_financiers",
      "partners", "municipalities",
      "methods", "phases", "achievements", "assumptions", "targets");
  static final List<String> TARGET_FIELDS = List.of("id", "type", "description", "measure", "statuses", "window",
      "at_least", "parity", "max_gap", "of", "baseline", "planned", "by_site", "min", "max", "women_at_least",
      "women_at_most", "open_to_all_genders", "where", "by", "milestones");
  private static final List<String> MILESTONE = List.of("on", "at_least");
  private static final List<String> WHERE = List.of("target_group", "site", "age_band", "referral");
  private static final List<String> RANGE = List.of("start", "end");
  private static final List<String> PHASE = List.of("kind", "start", "end");
  private static final List<String> ACHIEVEMENT = List.of("kind", "on", "name");
  private static final List<String> ELIGIBILITY = List.of("min_age", "max_age");
  private static final List<String> PARTICIPATION = List.of("min", "max");

  private ProjectJson() {}

  /**
   * Reads a project file.
   *
   * @param path the file; its name as given is the problems' source
   * @return the result: the project if clean, and every problem
   * @throws org.esfkit.core.ImportException if the file cannot be opened or read (I/O failure)
   */
  public static ReadResult<EsfProject> read(Path path) {
    return org.esfkit.core.io.internal.Inputs.read(path, ProjectJson::read);
  }

  /**
   * Reads a project file from a stream (which the caller closes).
   *
   * @param in the JSON bytes (UTF-8)
   * @param sourceName the name problems are reported under
   * @return the result: the project if clean, and every problem
   * @throws org.esfkit.core.ImportException if the stream cannot be read (I/O failure)
   */
  public static ReadResult<EsfProject> read(InputStream in, String sourceName) {
    Json.JsonIn doc = Json.parse(in, sourceName);
    JsonNode root = doc.root();
    if (root == null) {
      return org.esfkit.core.io.internal.Results.of(sourceName, 0, List.of(), doc.problems(), null);
    }
    EsfProject project = project(doc, root);
    return org.esfkit.core.io.internal.Results.of(
        sourceName, 1, project == null ? List.of() : List.of(doc.lineOf("$")), doc.problems(), project);
  }

  private static @Nullable EsfProject project(JsonContext ctx, JsonNode root) {
    int before = ctx.problemCount();
    JsonFields f = ctx.object(root, "$", FIELDS);
    if (f == null) {
      return null;
    }
    String number = f.requiredText("project_number");
    String name = f.requiredText("name");
    String owner = f.text("owner");
    EsfRegion region = f.parsed("region", EsfRegion::fromCode);
    DateRange period = f.require("period") ? range(ctx, f.object("period", RANGE)) : null;
    ProgrammePeriod programmePeriod = f.parsed("programme_period", ProgrammePeriod::fromCode);
    ProgrammeArea area = f.parsedTextOrNumber("programme_area", ProgrammeArea::of);
    SpecificObjective objective = f.parsed("specific_objective", SpecificObjective::of);
    InterventionType intervention = f.parsedTextOrNumber("intervention_type", InterventionType::of);
    Rate coFinancing = exact(f, "eu_co_financing_rate", Rate::of);
    Money budget = exact(f, "total_budget_sek", Money::sek);
    Money grant = exact(f, "esf_grant_sek", Money::sek);
    Integer planned = f.integer("planned_participants");
    Map<String, Integer> bySite = f.counts("planned_participants_by_site");
    ParticipationRange participation = participation(ctx, f.object("planned_participation", PARTICIPATION));
    Set<TargetGroup> groups = f.codes("target_groups", TargetGroup::fromCode);
    LabourStatus operationGroup = f.parsed("operation_target_group", LabourStatus::fromCode);
    Eligibility eligibility = eligibility(ctx, f.object("eligibility", ELIGIBILITY));
    List<String> coFinanciers = f.texts("co_financiers");
    List<String> partners = f.texts("partners");
    List<String> municipalities = f.texts("municipalities");
    List<String> methods = f.texts("methods");
    List<ProjectPhase> phases = f.list("phases", (n, p) -> phase(ctx, n, p));
    List<Achievement> achievements = f.list("achievements", (n, p) -> achievement(ctx, n, p));
    List<String> assumptions = f.texts("assumptions");
    List<Target> targets = f.list("targets", (n, p) -> target(ctx, n, p));
    return ctx.build("$", before, FIELDS, () -> {
      ImmutableEsfProject.Builder b = EsfProject.builder()
          .projectNumber(number).name(name).owner(owner).region(region).period(period)
          .programmeArea(area).specificObjective(objective).interventionType(intervention)
          .euCoFinancingRate(coFinancing).totalBudget(budget).esfGrant(grant)
          .plannedParticipants(planned).plannedParticipantsBySite(bySite).plannedParticipation(participation)
          .targetGroups(groups).operationTargetGroup(operationGroup).eligibility(eligibility).coFinanciers(coFinanciers).partners(partners)
          .municipalities(municipalities).methods(methods).phases(phases).achievements(achievements)
          .assumptions(assumptions).targets(targets);
      if (programmePeriod != null) {
        b.programmePeriod(programmePeriod);
      }
      return b.build();
    });
  }

  private static <T> @Nullable T exact(JsonFields f, String field, java.util.function.Function<BigDecimal, T> make) {
    BigDecimal d = f.decimal(field);
    if (d == null) {
      return null;
    }
    try {
      return make.apply(d);
    } catch (ValidationException e) {
      f.problem(field, e.getMessage());
      return null;
    }
  }

  private static @Nullable DateRange range(JsonContext ctx, @Nullable JsonFields f) {
    if (f == null) {
      return null;
    }
    int before = ctx.problemCount();
    LocalDate start = f.requiredDate("start");
    LocalDate end = f.requiredDate("end");
    return ctx.build(f.path(), before, RANGE, () -> DateRange.of(start, end));
  }

  private static @Nullable ParticipationRange participation(JsonContext ctx, @Nullable JsonFields f) {
    if (f == null) {
      return null;
    }
    int before = ctx.problemCount();
    Period min = f.require("min") ? f.period("min") : null;
    Period max = f.require("max") ? f.period("max") : null;
    return ctx.build(f.path(), before, PARTICIPATION, () -> ParticipationRange.of(min, max));
  }

  private static @Nullable Eligibility eligibility(JsonContext ctx, @Nullable JsonFields f) {
    if (f == null) {
      return null;
    }
    int before = ctx.problemCount();
    Integer min = f.integer("min_age");
    Integer max = f.integer("max_age");
    return ctx.build(f.path(), before, ELIGIBILITY, () -> Eligibility.builder().minAge(min).maxAge(max).build());
  }

  private static @Nullable ProjectPhase phase(JsonContext ctx, JsonNode node, String path) {
    int before = ctx.problemCount();
    JsonFields f = ctx.object(node, path, PHASE);
    if (f == null) {
      return null;
    }
    ProjectPhaseKind kind = f.require("kind") ? f.parsed("kind", ProjectPhaseKind::fromCode) : null;
    LocalDate start = f.date("start");
    LocalDate end = f.date("end");
    if (f.has("start") != f.has("end")) {
      f.problem(f.has("start") ? "end" : "start", "a phase has both start and end, or neither");
    }
    return ctx.build(path, before, PHASE, () -> ProjectPhase.builder()
        .kind(kind).period(start == null || end == null ? null : DateRange.of(start, end)).build());
  }

  private static @Nullable Achievement achievement(JsonContext ctx, JsonNode node, String path) {
    int before = ctx.problemCount();
    JsonFields f = ctx.object(node, path, ACHIEVEMENT);
    if (f == null) {
      return null;
    }
    AchievementKind kind = f.require("kind") ? f.parsed("kind", AchievementKind::fromCode) : null;
    LocalDate on = f.requiredDate("on");
    String name = f.requiredText("name");
    return ctx.build(path, before, ACHIEVEMENT, () -> Achievement.builder().kind(kind).on(on).name(name).build());
  }

  private static @Nullable Target target(JsonContext ctx, JsonNode node, String path) {
    int before = ctx.problemCount();
    JsonFields f = ctx.object(node, path, TARGET_FIELDS);
    if (f == null) {
      return null;
    }
    String id = f.requiredText("id");
    TargetType type = f.require("type") ? f.parsed("type", TargetType::fromCode) : null;
    String description = f.text("description");
    Measure measure = f.parsed("measure", Measure::fromCode);
    Set<OutcomeStatus> statuses = f.codes("statuses", OutcomeStatus::fromCode);
    Period window = f.period("window");
    BigDecimal atLeast = f.decimal("at_least");
    Parity parity = f.parsed("parity", Parity::fromCode);
    BigDecimal maxGap = f.decimal("max_gap");
    CountOf of = f.parsed("of", CountOf::fromCode);
    Integer baseline = f.integer("baseline");
    Integer planned = f.integer("planned");
    Map<String, Integer> bySite = f.counts("by_site");
    Period min = f.period("min");
    Period max = f.period("max");
    BigDecimal womenAtLeast = f.decimal("women_at_least");
    BigDecimal womenAtMost = f.decimal("women_at_most");
    Boolean openToAll = f.bool("open_to_all_genders");
    JsonNode rawWhere = f.raw("where");
    Subgroup subgroup = subgroup(ctx, f.object("where", WHERE), rawWhere != null && rawWhere.isEmpty());
    List<Dimension> by = f.list("by", (n, p) -> dimension(ctx, n, p));
    List<Milestone> milestones = f.list("milestones", (n, p) -> milestone(ctx, n, p));
    return ctx.build(path, before, TARGET_FIELDS, () -> {
      ImmutableTarget.Builder b = Target.builder().id(id).type(type).description(description).measure(measure)
          .statuses(statuses).window(window).atLeast(atLeast).maxGap(maxGap).of(of).baseline(baseline)
          .planned(planned).bySite(bySite).min(min).max(max).womenAtLeast(womenAtLeast).womenAtMost(womenAtMost)
          .openToAllGenders(openToAll).where(subgroup).by(by).milestones(milestones);
      if (parity != null) {
        b.parity(parity);
      }
      return b.build();
    });
  }

  private static @Nullable Subgroup subgroup(JsonContext ctx, @Nullable JsonFields f, boolean empty) {
    if (f == null) {
      return null;
    }
    int before = ctx.problemCount();
    TargetGroup group = f.parsed("target_group", TargetGroup::fromCode);
    String site = f.text("site");
    AgeBand band = f.parsed("age_band", AgeBand::fromCode);
    String referral = f.text("referral");
    if (empty) {
      ctx.problem(f.path(), "'where' needs at least one of: " + String.join(", ", WHERE));
    }
    return ctx.build(f.path(), before, WHERE, () -> Subgroup.builder().targetGroup(group).site(site).ageBand(band)
        .referral(referral).build());
  }

  private static @Nullable Milestone milestone(JsonContext ctx, JsonNode node, String path) {
    int before = ctx.problemCount();
    JsonFields f = ctx.object(node, path, MILESTONE);
    if (f == null) {
      return null;
    }
    LocalDate on = f.requiredDate("on");
    BigDecimal atLeast = f.require("at_least") ? f.decimal("at_least") : null;
    return ctx.build(path, before, MILESTONE, () -> Milestone.of(on, atLeast));
  }

  private static @Nullable Dimension dimension(JsonContext ctx, JsonNode node, String path) {
    if (!node.isTextual()) {
      ctx.problem(path, "expected one of " + java.util.Arrays.stream(Dimension.values()).map(Dimension::code)
          .collect(java.util.stream.Collectors.joining(", ")));
      return null;
    }
    try {
      return Dimension.fromCode(node.textValue());
    } catch (ValidationException e) {
      ctx.problem(path, e.getMessage());
      return null;
    }
  }

  /**
   * Writes a project as pretty-printed JSON with snake_case names; absent optional fields and empty
   * lists are left out. The region is written by its Swedish name. Reading the text back gives an
   * equal project.
   *
   * @param project the project
   * @return the JSON text, ending with a newline
   */
  public static String write(EsfProject project) {
    ObjectNode o = Json.object();
    o.put("project_number", project.projectNumber());
    o.put("name", project.name());
    putText(o, "owner", project.owner());
    if (project.region() != null) {
      o.put("region", project.region().swedishName());
    }
    o.set("period", range(project.period()));
    o.put("programme_period", project.programmePeriod().code());
    putText(o, "programme_area", project.programmeArea() == null ? null : project.programmeArea().code());
    putText(o, "specific_objective", project.specificObjective() == null ? null : project.specificObjective().code());
    putText(o, "intervention_type", project.interventionType() == null ? null : project.interventionType().code());
    if (project.euCoFinancingRate() != null) {
      o.put("eu_co_financing_rate", project.euCoFinancingRate().value());
    }
    if (project.totalBudget() != null) {
      o.put("total_budget_sek", plain(project.totalBudget().amount()));
    }
    if (project.esfGrant() != null) {
      o.put("esf_grant_sek", plain(project.esfGrant().amount()));
    }
    if (project.plannedParticipants() != null) {
      o.put("planned_participants", project.plannedParticipants());
    }
    putCounts(o, "planned_participants_by_site", project.plannedParticipantsBySite());
    if (project.plannedParticipation() != null) {
      ObjectNode r = o.putObject("planned_participation");
      r.put("min", project.plannedParticipation().min().toString());
      r.put("max", project.plannedParticipation().max().toString());
    }
    putCodes(o, "target_groups", project.targetGroups());
    if (project.operationTargetGroup() != null) {
      o.put("operation_target_group", project.operationTargetGroup().code());
    }
    if (project.eligibility() != null) {
      ObjectNode e = o.putObject("eligibility");
      if (project.eligibility().minAge() != null) {
        e.put("min_age", project.eligibility().minAge());
      }
      if (project.eligibility().maxAge() != null) {
        e.put("max_age", project.eligibility().maxAge());
      }
    }
    putTexts(o, "co_financiers", project.coFinanciers());
    putTexts(o, "partners", project.partners());
    putTexts(o, "municipalities", project.municipalities());
    putTexts(o, "methods", project.methods());
    if (!project.phases().isEmpty()) {
      ArrayNode a = o.putArray("phases");
      for (ProjectPhase ph : project.phases()) {
        ObjectNode p = a.addObject().put("kind", ph.kind().code());
        if (ph.period() != null) {
          p.put("start", ph.period().start().toString()).put("end", ph.period().end().toString());
        }
      }
    }
    if (!project.achievements().isEmpty()) {
      ArrayNode a = o.putArray("achievements");
      for (Achievement ach : project.achievements()) {
        a.addObject().put("kind", ach.kind().code()).put("on", ach.on().toString()).put("name", ach.name());
      }
    }
    putTexts(o, "assumptions", project.assumptions());
    if (!project.targets().isEmpty()) {
      ArrayNode a = o.putArray("targets");
      project.targets().forEach(t -> a.add(target(t)));
    }
    return Json.write(o);
  }

  private static ObjectNode target(Target t) {
    ObjectNode o = Json.object();
    o.put("id", t.id());
    o.put("type", t.type().code());
    putText(o, "description", t.description());
    if (t.measure() != null) {
      o.put("measure", t.measure().code());
    }
    putCodes(o, "statuses", t.statuses());
    if (t.window() != null) {
      o.put("window", t.window().toString());
    }
    if (t.atLeast() != null) {
      o.put("at_least", t.atLeast());
    }
    if (t.parity() != Parity.NONE) {
      o.put("parity", t.parity().code());
    }
    if (t.maxGap() != null) {
      o.put("max_gap", t.maxGap());
    }
    if (t.of() != null) {
      o.put("of", t.of().code());
    }
    if (t.baseline() != null) {
      o.put("baseline", t.baseline());
    }
    if (t.planned() != null) {
      o.put("planned", t.planned());
    }
    putCounts(o, "by_site", t.bySite());
    if (t.min() != null) {
      o.put("min", t.min().toString());
    }
    if (t.max() != null) {
      o.put("max", t.max().toString());
    }
    if (t.womenAtLeast() != null) {
      o.put("women_at_least", t.womenAtLeast());
    }
    if (t.womenAtMost() != null) {
      o.put("women_at_most", t.womenAtMost());
    }
    if (t.openToAllGenders() != null) {
      o.put("open_to_all_genders", t.openToAllGenders());
    }
    Subgroup w = t.where();
    if (w != null) {
      ObjectNode wo = o.putObject("where");
      if (w.targetGroup() != null) {
        wo.put("target_group", w.targetGroup().code());
      }
      putText(wo, "site", w.site());
      if (w.ageBand() != null) {
        wo.put("age_band", w.ageBand().code());
      }
      putText(wo, "referral", w.referral());
    }
    if (!t.by().isEmpty()) {
      ArrayNode a = o.putArray("by");
      t.by().forEach(d -> a.add(d.code()));
    }
    if (!t.milestones().isEmpty()) {
      ArrayNode a = o.putArray("milestones");
      t.milestones().forEach(m -> a.addObject().put("on", m.on().toString()).put("at_least", m.atLeast()));
    }
    return o;
  }

  private static ObjectNode range(DateRange r) {
    return Json.object().put("start", r.start().toString()).put("end", r.end().toString());
  }

  /** Money without trailing zero öre: 14170499.00 is written 14170499. */
  private static BigDecimal plain(BigDecimal amount) {
    BigDecimal s = amount.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static void putText(ObjectNode o, String field, @Nullable String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  private static void putTexts(ObjectNode o, String field, Collection<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(field);
      values.forEach(a::add);
    }
  }

  private static void putCodes(ObjectNode o, String field, Collection<? extends Coded> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(field);
      values.stream().sorted(java.util.Comparator.comparingInt(v -> ((Enum<?>) v).ordinal()))
          .forEach(v -> a.add(v.code()));
    }
  }

  private static void putCounts(ObjectNode o, String field, Map<String, Integer> counts) {
    if (!counts.isEmpty()) {
      ObjectNode m = o.putObject(field);
      counts.forEach(m::put);
    }
  }
}
