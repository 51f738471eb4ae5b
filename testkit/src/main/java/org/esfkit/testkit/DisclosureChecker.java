package org.esfkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Attacks a shared progress report: reads the JSON that {@code esfkit report --out FILE.json}
 * writes (every figure the report shows, a hidden one as the string {@code ".."}) and tries to
 * recover each hidden count of people exactly from the shown ones. Run it on your own shared
 * reports before you send them:
 *
 * <pre>{@code
 * String json = ReportWriter.render(report, ReportOptions.defaults(), ReportFormat.JSON);
 * assertThat(DisclosureChecker.check(json)).isEmpty();
 * }</pre>
 *
 * <p>What the attacker knows: that counts are whole numbers of at least 0, and how the figures of
 * one report relate —
 * <ul>
 *   <li>a share target's genders add up to its total (numerators, denominators), and in each row
 *       the numerator plus those who did not succeed (never printed, {@code .../failures}) is the
 *       denominator;</li>
 *   <li>an indicator's genders add up to its total;</li>
 *   <li>the completeness table's grand total is those enrolled, its genders add up to it, and so do
 *       the complete records and the others, and per field those who lack it and those who hold
 *       it; the complete records are the indicator of all participants ({@code EECO01},
 *       {@code CO-TOTAL});</li>
 *   <li>the project's sites add up to at most those enrolled, as an enrolment target's sites add
 *       up to at most its enrolled;</li>
 *   <li>the same population in several places is one number: those enrolled in the facts, in each
 *       enrolment target, in the costs and at the series' point on the report date; a site in the
 *       facts and in an enrolment target; the costs' outcomes and the outcome target's
 *       numerator;</li>
 *   <li>the participants who have left are those within the planned length and the others; the
 *       matched participants are those assigned and those not;</li>
 *   <li>the enrolment series never decreases; an enrolment target's point on one of its dates
 *       counts the same people;</li>
 *   <li>a target's {@code series} and {@code milestones} (a shared report's JSON always has
 *       them, as HTML and Markdown show them): each point is a target's total row on its date, and
 *       the target's figure on the report date is the point of that date; a target's series is
 *       not assumed to rise (a participant who re-enters is no longer among those who have
 *       left);</li>
 *   <li>the forecast's successes still needed, {@code max(0, ceil(threshold × (denominator +
 *       remaining)) − numerator)}, as inequalities between the three counts (an equation at a
 *       threshold of 100 %), and a reachable outlook as {@code needed <= remaining};</li>
 *   <li>a shown ratio gives one count from the other: a share's value from its denominator, the
 *       share of complete records from the grand total, a cost per participant or per outcome from
 *       the cost.</li>
 * </ul>
 *
 * <p>How it tries: exact linear elimination over every equation (a hidden count that the
 * equations determine, whatever the others are), then bounds propagation (each count's lowest
 * and highest possible value given every other's bounds, repeated until nothing tightens), the
 * two alternated until nothing changes. A hidden count is <b>recoverable</b> when its lowest and
 * highest possible values meet. That includes a count never printed but fixed by hidden ones: if
 * the hidden women's failures must be 0, every hidden woman succeeded. A quantity over time (a
 * target's numerator, denominator, failures or pending; those enrolled) also gives a small cell
 * away when the change between two of its dates is determined and lies in
 * {@code 1..suppressed_below−1} up or down: the few people who came or went in between (14 of 20
 * in May and 15 of 21 in June: one person left and succeeded in June). Not modelled: medians and
 * means, and anything outside the one report (an earlier report, what the reader knows of the
 * people). Stateless and thread-safe.
 */
public final class DisclosureChecker {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MASK = "..";
  private static final String[] GENDERS = {"woman", "man", "non_binary", "not_reported"};
  private static final long UNBOUNDED = Long.MAX_VALUE / 4;

  /**
   * A hidden count that the shown figures give away.
   *
   * @param path the JSON pointer of the count in the report, or of a count the report never
   *     prints ({@code /targets/0/by_gender/woman/failures}: denominator − numerator), or of a
   *     change between two dates of one quantity, written {@code LATER - EARLIER}
   *     ({@code /targets/0/series/6/numerator - /targets/0/series/5/numerator})
   * @param value the value it must have (for a change: the later less the earlier)
   */
  public record Finding(String path, long value) {}

  private final List<String> paths = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final List<Long> shown = new ArrayList<>();
  private final List<Boolean> reported = new ArrayList<>();
  /** Figures never printed that give people away only when pinned below the threshold (0 too). */
  private final java.util.Set<Integer> smallOnly = new java.util.HashSet<>();
  private final List<Dated> subgroupPoints = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final List<long[]> ratios = new ArrayList<>();
  private final List<List<Dated>> chains = new ArrayList<>();
  private final List<Dated> enrolmentTargetPoints = new ArrayList<>();
  private long threshold;
  private String asOf = "";
  private List<Reduced> reduced = List.of();
  private final Map<Integer, Long> given = new HashMap<>();
  private long[] lo;
  private long[] hi;

  private DisclosureChecker() {}

  /**
   * Checks a shared report's JSON text.
   *
   * @param reportJson the report as {@code ReportWriter} writes it in JSON, shared
   * @return every recoverable hidden count, in the order of the report; empty when none
   * @throws IllegalArgumentException if the text is not a shared report's JSON (an internal
   *     report hides nothing and has no {@code suppressed_below})
   */
  public static List<Finding> check(String reportJson) {
    Objects.requireNonNull(reportJson, "reportJson must not be null");
    JsonNode root;
    try {
      root = JSON.readTree(reportJson);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || !root.has("suppressed_below") || !root.path("targets").isArray()) {
      throw new IllegalArgumentException("not a shared report's JSON: it needs 'suppressed_below' and 'targets'");
    }
    DisclosureChecker c = new DisclosureChecker();
    c.read(root);
    return c.attack();
  }

  /**
   * A linear relation {@code lo <= sum of coefficient × count <= hi}; an equation when lo = hi.
   * Bounds beyond {@link #UNBOUNDED} are open.
   */
  private record Relation(int[] vars, long[] coefficients, long lo, long hi) {}

  /** A count of one quantity on a date. */
  private record Dated(String date, String path) {}

  /**
   * One connected part of the equations after Gauss–Jordan elimination: each row is
   * {@code x[pivot] + sum of row[k] × x[columns[k]] = row[columns.length]}.
   */
  private record Reduced(Map<Integer, Integer> column, List<double[]> rows, int[] pivots) {}

  private void read(JsonNode root) {
    threshold = root.path("suppressed_below").asLong();
    asOf = root.path("as_of").asText();
    JsonNode targets = root.path("targets");
    String enrolled = "/facts/enrolled";
    JsonNode facts = root.path("facts");
    if (facts.has("enrolled")) {
      count(enrolled, facts.get("enrolled"));
      List<String> sites = new ArrayList<>();
      fields(facts.path("by_site"), (name, v) -> sites.add(count("/facts/by_site/" + escape(name), v)));
      if (!sites.isEmpty()) {
        atMost(sites, enrolled);
      }
    }
    for (int i = 0; i < targets.size(); i++) {
      JsonNode t = targets.get(i);
      String at = "/targets/" + i;
      String type = t.path("type").asText();
      if ("share".equals(type)) {
        share(t, at);
      } else if ("enrolment".equals(type)) {
        String total = count(at + "/numerator", t.get("numerator"));
        boolean everyone = !t.path("subgroup").asBoolean(false);
        if (everyone) {
          same(enrolled, total);
        } else if (index.containsKey(enrolled)) {
          // those enrolled outside the subgroup are the rest of everyone enrolled: a figure no
          // table prints, but one that must not be pinned to a small number either
          String outside = implicit(at + "/outside_subgroup", false);
          smallOnly.add(index.get(outside));
          sum(enrolled, List.of(total, outside));
        }
        List<String> sites = new ArrayList<>();
        fields(t.path("by_site"), (name, v) -> {
          String site = count(at + "/by_site/" + escape(name) + "/enrolled", v.get("enrolled"));
          sites.add(site);
          if (everyone) {
            same("/facts/by_site/" + escape(name), site);
          }
        });
        if (!sites.isEmpty()) {
          atMost(sites, total);
        }
      } else if (t.has("numerator")) {
        count(at + "/numerator", t.get("numerator"));
      }
      overTime(t, at, type);
    }
    JsonNode indicators = root.path("indicators");
    for (int i = 0; i < indicators.size(); i++) {
      String at = "/indicators/" + i;
      String total = count(at + "/total", indicators.get(i).get("total"));
      List<String> parts = new ArrayList<>();
      for (String g : GENDERS) {
        parts.add(count(at + "/by_gender/" + g, indicators.get(i).path("by_gender").get(g)));
      }
      sum(total, parts);
    }
    JsonNode done = root.path("completeness");
    if (done.has("grand_total")) {
      completeness(done, enrolled, indicators);
    }
    JsonNode len = root.path("participation");
    if (len.has("participants") && len.has("within_planned")) {
      String left = count("/participation/participants", len.get("participants"));
      String within = count("/participation/within_planned", len.get("within_planned"));
      sum(left, List.of(within, implicit("/participation/outside_planned", masked(left) || masked(within))));
    }
    JsonNode costs = root.path("costs");
    if (costs.has("participants")) {
      String participants = count("/costs/participants", costs.get("participants"));
      String outcomes = count("/costs/outcomes", costs.get("outcomes"));
      same(enrolled, participants);
      JsonNode outcomeTargets = costs.path("outcome_targets");
      if (outcomeTargets.size() == 1) {
        for (int i = 0; i < targets.size(); i++) {
          if (targets.get(i).path("id").asText().equals(outcomeTargets.get(0).asText())) {
            same("/targets/" + i + "/numerator", outcomes);
          }
        }
      }
      BigDecimal cost = new BigDecimal(costs.path("cost").asText("0"));
      perUnit(cost, costs.get("per_participant"), participants);
      perUnit(cost, costs.get("per_outcome"), outcomes);
    }
    JsonNode m = root.path("matching");
    if (m.has("participants")) {
      sum(count("/matching/participants", m.get("participants")),
          List.of(count("/matching/assigned", m.get("assigned")), count("/matching/unassigned", m.get("unassigned"))));
    }
    JsonNode series = root.path("enrolment_over_time");
    String previous = null;
    List<Dated> enrolment = new ArrayList<>();
    if (index.containsKey(enrolled)) {
      enrolment.add(new Dated(asOf, enrolled));
    }
    for (int i = 0; i < series.size(); i++) {
      String date = series.get(i).path("date").asText();
      String point = count("/enrolment_over_time/" + i + "/enrolled", series.get(i).get("enrolled"));
      if (previous != null) {
        sum(point, List.of(previous, implicit("/enrolment_over_time/" + i + "/new", false)));
      }
      enrolment.add(new Dated(date, point));
      // an enrolment target's point on the same date counts the same people
      for (Dated d : enrolmentTargetPoints) {
        if (d.date().equals(date)) {
          same(point, d.path());
        }
      }
      previous = point;
    }
    chain(enrolment);
    // a subgroup's point: those enrolled that day are its count and those outside it, and lie
    // between those enrolled on the dates shown around it (enrolment only grows)
    List<Dated> wholes = new ArrayList<>(enrolment);
    wholes.sort(java.util.Comparator.comparing(Dated::date));
    for (Dated d : subgroupPoints) {
      Dated before = null;
      Dated after = null;
      for (Dated w : wholes) {
        if (w.date().compareTo(d.date()) <= 0) {
          before = w;
        }
        if (after == null && w.date().compareTo(d.date()) >= 0) {
          after = w;
        }
      }
      if (after == null) {
        continue;
      }
      String that = after.date().equals(d.date()) ? after.path() : implicit(d.path() + "/enrolled_that_day", false);
      if (!that.equals(after.path())) {
        sum(after.path(), List.of(that, implicit(d.path() + "/enrolled_later", false)));
        if (before != null) {
          sum(that, List.of(before.path(), implicit(d.path() + "/enrolled_since", false)));
        }
      }
      String outside = implicit(d.path() + "/outside_subgroup", false);
      smallOnly.add(index.get(outside));
      sum(that, List.of(d.path(), outside));
    }
  }

  /**
   * A target's series and milestones: each point and milestone judged is read like a target (its
   * total row, all a shared report shows of it); each quantity (numerator, denominator, failures,
   * pending) is a chain over the dates, the target's own figure on the report date included.
   */
  private void overTime(JsonNode t, String at, String type) {
    if (!t.path("counts_people").asBoolean(true)) {
      return;
    }
    // an enrolment target about everyone counts those enrolled, on each of its dates
    boolean everyone = "enrolment".equals(type) && !t.path("subgroup").asBoolean(false);
    Map<String, List<Dated>> quantities = new LinkedHashMap<>();
    dated(quantities, at, asOf);
    JsonNode series = t.path("series");
    for (int k = 0; k < series.size(); k++) {
      String date = series.get(k).path("date").asText();
      point(series.get(k), at + "/series/" + k, type, date, quantities, everyone);
    }
    JsonNode milestones = t.path("milestones");
    for (int k = 0; k < milestones.size(); k++) {
      JsonNode m = milestones.get(k);
      if (m.has("numerator")) {
        point(m, at + "/milestones/" + k, type, m.path("on").asText(), quantities, everyone);
      }
    }
    quantities.values().forEach(this::chain);
  }

  private void point(JsonNode p, String at, String type, String date, Map<String, List<Dated>> quantities,
      boolean everyone) {
    if ("share".equals(type)) {
      share(p, at);
    } else if (p.has("numerator")) {
      count(at + "/numerator", p.get("numerator"));
      if (everyone) {
        enrolmentTargetPoints.add(new Dated(date, at + "/numerator"));
      } else if ("enrolment".equals(type)) {
        subgroupPoints.add(new Dated(date, at + "/numerator"));
      }
    }
    dated(quantities, at, date);
  }

  private void dated(Map<String, List<Dated>> quantities, String at, String date) {
    for (String q : List.of("numerator", "denominator", "failures", "pending")) {
      if (index.containsKey(at + "/" + q)) {
        quantities.computeIfAbsent(q, k -> new ArrayList<>()).add(new Dated(date, at + "/" + q));
      }
    }
  }

  /** A quantity over time: one number on each date, and every change between two dates is tried. */
  private void chain(List<Dated> cells) {
    List<Dated> sorted = new ArrayList<>(cells);
    sorted.sort(java.util.Comparator.comparing(Dated::date));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
        same(sorted.get(i - 1).path(), sorted.get(i).path());
      }
    }
    if (sorted.size() > 1) {
      chains.add(sorted);
    }
  }

  private void share(JsonNode t, String at) {
    String num = count(at + "/numerator", t.get("numerator"));
    String den = count(at + "/denominator", t.get("denominator"));
    String fail = implicit(at + "/failures", masked(num) || masked(den));
    sum(den, List.of(num, fail));
    JsonNode value = t.get("value");
    if (value != null && value.isNumber()) {
      ratios.add(new long[] {index.get(num), index.get(den), Double.doubleToLongBits(value.asDouble())});
    }
    JsonNode f = t.path("forecast");
    if (f.has("remaining")) {
      String remaining = count(at + "/forecast/remaining", f.get("remaining"));
      forecast(f, num, den, remaining);
    }
    if (t.has("pending")) {
      count(at + "/pending", t.get("pending"));
    }
    if (!t.path("by_gender").isObject()) {
      return;
    }
    List<String> nums = new ArrayList<>();
    List<String> dens = new ArrayList<>();
    List<String> fails = new ArrayList<>();
    for (String g : GENDERS) {
      JsonNode row = t.path("by_gender").path(g);
      String gn = count(at + "/by_gender/" + g + "/numerator", row.get("numerator"));
      String gd = count(at + "/by_gender/" + g + "/denominator", row.get("denominator"));
      String gf = implicit(at + "/by_gender/" + g + "/failures", masked(gn) || masked(gd));
      sum(gd, List.of(gn, gf));
      nums.add(gn);
      dens.add(gd);
      fails.add(gf);
    }
    sum(num, nums);
    sum(den, dens);
    sum(fail, fails);
  }

  /**
   * The completeness table: the grand total is those enrolled and its genders add up to it; the
   * complete records and the others add up to it, and so, per field, do those who lack it and
   * those who hold it; the complete records are the indicator of all participants; the complete
   * share gives one from the other.
   */
  private void completeness(JsonNode done, String enrolled, JsonNode indicators) {
    String grand = count("/completeness/grand_total", done.get("grand_total"));
    same(enrolled, grand);
    List<String> genders = new ArrayList<>();
    for (String g : GENDERS) {
      genders.add(count("/completeness/by_gender/" + g, done.path("by_gender").get(g)));
    }
    sum(grand, genders);
    String complete = count("/completeness/complete", done.get("complete"));
    sum(grand, List.of(complete, implicit("/completeness/incomplete", masked(grand) || masked(complete))));
    JsonNode share = done.get("complete_share");
    if (share != null && share.isNumber()) {
      ratios.add(new long[] {index.get(complete), index.get(grand), Double.doubleToLongBits(share.asDouble())});
    }
    for (int i = 0; i < indicators.size(); i++) {
      String code = indicators.get(i).path("code").asText();
      if (code.equals("EECO01") || code.equals("CO-TOTAL")) {
        same(complete, "/indicators/" + i + "/total");
      }
    }
    fields(done.path("missing"), (field, v) -> {
      String lacking = count("/completeness/missing/" + escape(field), v);
      sum(grand, List.of(lacking, implicit("/completeness/holding/" + escape(field), masked(grand) || masked(lacking))));
    });
    fields(done.path("age_uncertain"), (age, v) -> count("/completeness/age_uncertain/" + escape(age), v));
  }

  /**
   * The forecast's successes still needed, as the report computes them:
   * {@code needed = max(0, ceil(threshold × (denominator + remaining)) − numerator)}. With
   * threshold p/q, a shown {@code needed > 0} means
   * {@code q(needed − 1) < p(denominator + remaining) − q·numerator <= q·needed}, and
   * {@code needed = 0} means {@code p(denominator + remaining) − q·numerator <= 0}; with a
   * threshold of 100 % the first is an equation ({@code remaining = needed + numerator −
   * denominator}). A shown outlook of reachable says {@code needed <= remaining}.
   */
  private void forecast(JsonNode f, String num, String den, String remaining) {
    JsonNode needed = f.get("needed");
    JsonNode t = f.get("threshold");
    if (needed == null || !needed.canConvertToExactIntegral() || t == null || !t.isNumber()) {
      return;
    }
    BigDecimal th = t.decimalValue().stripTrailingZeros();
    long q = BigDecimal.ONE.movePointRight(Math.max(0, th.scale())).longValueExact();
    long p = th.movePointRight(Math.max(0, th.scale())).longValueExact();
    long n = needed.asLong();
    int[] vars = {index.get(den), index.get(remaining), index.get(num)};
    long[] coefficients = {p, p, -q};
    relations.add(n > 0 ? new Relation(vars, coefficients, q * (n - 1) + 1, q * n)
        : new Relation(vars, coefficients, -UNBOUNDED, 0));
    JsonNode reachable = f.get("reachable");
    if (reachable != null && reachable.isBoolean() && reachable.asBoolean()) {
      relations.add(new Relation(new int[] {index.get(remaining)}, new long[] {1}, n, UNBOUNDED));
    }
  }

  /** A shown cost per unit gives the number of units: cost / per, when it divides to a whole. */
  private void perUnit(BigDecimal cost, JsonNode per, String units) {
    if (per != null && per.isTextual() && !MASK.equals(per.asText()) && masked(units)) {
      BigDecimal p = new BigDecimal(per.asText());
      if (p.signum() > 0) {
        given.put(index.get(units), cost.divide(p, 0, RoundingMode.HALF_UP).longValueExact());
      }
    }
  }

  private interface FieldVisitor {
    void visit(String name, JsonNode value);
  }

  private static void fields(JsonNode object, FieldVisitor v) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      v.visit(e.getKey(), e.getValue());
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** A printed count: a number, or hidden. Null and absent counts are not counts and are skipped. */
  private String count(String path, JsonNode node) {
    if (node == null || node.isNull()) {
      return variable(path, null, false);
    }
    if (node.isTextual() && MASK.equals(node.asText())) {
      return variable(path, null, true);
    }
    if (!node.canConvertToExactIntegral()) {
      throw new IllegalArgumentException(path + ": expected a count or \"..\"");
    }
    return variable(path, node.asLong(), false);
  }

  private boolean masked(String path) {
    int v = index.get(path);
    return shown.get(v) == null && reported.get(v);
  }

  /**
   * A count the report never prints.
   *
   * @param reportable whether recovering it is a finding: when a count printed beside it is hidden
   */
  private String implicit(String path, boolean reportable) {
    return variable(path, null, reportable);
  }

  private String variable(String path, @Nullable Long value, boolean reportable) {
    index.put(path, paths.size());
    paths.add(path);
    shown.add(value);
    reported.add(reportable);
    return path;
  }

  private void sum(String total, List<String> parts) {
    int[] vars = new int[parts.size() + 1];
    long[] sg = new long[parts.size() + 1];
    vars[0] = index.get(total);
    sg[0] = 1;
    for (int i = 0; i < parts.size(); i++) {
      vars[i + 1] = index.get(parts.get(i));
      sg[i + 1] = -1;
    }
    relations.add(new Relation(vars, sg, 0, 0));
  }

  private void atMost(List<String> parts, String total) {
    List<String> withSlack = new ArrayList<>(parts);
    withSlack.add(implicit(total + "/unlisted", false));
    sum(total, withSlack);
  }

  /** Two figures of the same population; two shown and different are not (a hand-made report). */
  private void same(String a, String b) {
    if (index.containsKey(a) && index.containsKey(b)) {
      Long x = shown.get(index.get(a));
      Long y = shown.get(index.get(b));
      if (x == null || y == null || x.equals(y)) {
        sum(a, List.of(b));
      }
    }
  }

  private List<Finding> attack() {
    int n = paths.size();
    lo = new long[n];
    hi = new long[n];
    for (int i = 0; i < n; i++) {
      Long v = shown.get(i);
      lo[i] = v == null ? 0 : v;
      hi[i] = v == null ? UNBOUNDED : v;
    }
    given.forEach(this::fix);
    boolean changed = true;
    while (changed) {
      changed = eliminate() | propagate();
    }
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (reported.get(i) && lo[i] == hi[i]) {
        out.add(new Finding(paths.get(i), lo[i]));
      } else if (smallOnly.contains(i) && lo[i] == hi[i] && lo[i] < threshold) {
        out.add(new Finding(paths.get(i), lo[i]));
      }
    }
    for (List<Dated> chain : chains) {
      for (int j = 1; j < chain.size(); j++) {
        for (int i = 0; i < j; i++) {
          if (chain.get(i).date().equals(chain.get(j).date())) {
            continue;
          }
          Long change = difference(index.get(chain.get(j).path()), index.get(chain.get(i).path()));
          if (change != null && change != 0 && Math.abs(change) < threshold) {
            out.add(new Finding(chain.get(j).path() + " - " + chain.get(i).path(), change));
          }
        }
      }
    }
    return out;
  }

  /**
   * The difference {@code x[a] − x[b]} when the relations determine it, else null: both counts
   * fixed, or both in one connected part of the equations whose reduced rows express the
   * difference without any free count.
   */
  private @Nullable Long difference(int a, int b) {
    if (lo[a] == hi[a] && lo[b] == hi[b]) {
      return lo[a] - lo[b];
    }
    if (lo[a] == hi[a] || lo[b] == hi[b]) {
      return null;
    }
    for (Reduced part : reduced) {
      Integer ca = part.column().get(a);
      Integer cb = part.column().get(b);
      if (ca == null || cb == null) {
        continue;
      }
      int cols = part.column().size();
      double[] v = new double[cols];
      v[ca] = 1;
      v[cb] = -1;
      double constant = 0;
      for (int r = 0; r < part.pivots().length; r++) {
        double[] row = part.rows().get(r);
        double c = v[part.pivots()[r]];
        if (Math.abs(c) > 1e-9) {
          for (int k = 0; k < cols; k++) {
            v[k] -= c * row[k];
          }
          constant += c * row[cols];
        }
      }
      for (double x : v) {
        if (Math.abs(x) > 1e-9) {
          return null;
        }
      }
      return Math.round(constant);
    }
    return null;
  }

  private boolean fix(int v, long value) {
    if (lo[v] == value && hi[v] == value) {
      return false;
    }
    lo[v] = value;
    hi[v] = value;
    return true;
  }

  /** Bounds propagation over every relation and ratio; true if any bound tightened. */
  private boolean propagate() {
    boolean any = false;
    boolean changed = true;
    int rounds = 0;
    while (changed && rounds++ < 10_000) {
      changed = false;
      for (Relation rel : relations) {
        int[] vars = rel.vars();
        long[] a = rel.coefficients();
        // lo <= sum of a[k] * x[k] <= hi: for each i, a[i] * x[i] lies within
        // [lo - max of the others, hi - min of the others]
        for (int i = 0; i < vars.length; i++) {
          long othersLo = 0;
          long othersHi = 0;
          for (int j = 0; j < vars.length; j++) {
            if (j != i) {
              long p = times(a[j], lo[vars[j]]);
              long q = times(a[j], hi[vars[j]]);
              othersLo = sat(othersLo + Math.min(p, q));
              othersHi = sat(othersHi + Math.max(p, q));
            }
          }
          long termLo = rel.lo() <= -UNBOUNDED || othersHi >= UNBOUNDED ? -UNBOUNDED : rel.lo() - othersHi;
          long termHi = rel.hi() >= UNBOUNDED || othersLo <= -UNBOUNDED ? UNBOUNDED : rel.hi() - othersLo;
          long newLo;
          long newHi;
          if (a[i] > 0) {
            newLo = termLo <= -UNBOUNDED ? -UNBOUNDED : -Math.floorDiv(-termLo, a[i]);
            newHi = termHi >= UNBOUNDED ? UNBOUNDED : Math.floorDiv(termHi, a[i]);
          } else {
            newLo = termHi >= UNBOUNDED ? -UNBOUNDED : -Math.floorDiv(termHi, -a[i]);
            newHi = termLo <= -UNBOUNDED ? UNBOUNDED : Math.floorDiv(-termLo, -a[i]);
          }
          int v = vars[i];
          if (newLo > lo[v]) {
            lo[v] = newLo;
            changed = true;
          }
          if (newHi < hi[v]) {
            hi[v] = newHi;
            changed = true;
          }
          if (lo[v] > hi[v]) {
            throw new IllegalArgumentException(paths.get(v) + ": the report's figures contradict one another"
                + " (no whole number of at least 0 fits); is it one shared report as esfkit writes it?");
          }
        }
      }
      for (long[] r : ratios) {
        changed |= ratio(r);
      }
      any |= changed;
    }
    return any;
  }

  /** a × x, an unbounded x staying unbounded. */
  private static long times(long a, long x) {
    if (x >= UNBOUNDED || x <= -UNBOUNDED) {
      return a == 0 ? 0 : (a > 0) == (x > 0) ? UNBOUNDED : -UNBOUNDED;
    }
    return sat(Math.multiplyExact(a, x));
  }

  private boolean ratio(long[] r) {
    int a = (int) r[0];
    int b = (int) r[1];
    double value = Double.longBitsToDouble(r[2]);
    if (lo[b] == hi[b] && lo[a] != hi[a]) {
      return fix(a, Math.round(value * lo[b]));
    }
    if (lo[a] == hi[a] && lo[b] != hi[b] && value > 0) {
      return fix(b, Math.round(lo[a] / value));
    }
    return false;
  }

  private static long sat(long x) {
    return Math.max(-UNBOUNDED, Math.min(UNBOUNDED, x));
  }

  /**
   * Gauss–Jordan elimination of the equations over the counts not yet fixed, one connected part
   * at a time: a count whose row in the reduced system holds no other unfixed count is
   * determined. Keeps the reduced parts for {@link #difference}. True if any count was newly fixed.
   */
  private boolean eliminate() {
    int n = paths.size();
    int[] parent = new int[n];
    for (int v = 0; v < n; v++) {
      parent[v] = v;
    }
    List<Relation> equations = new ArrayList<>();
    for (Relation rel : relations) {
      if (rel.lo() != rel.hi()) {
        continue;
      }
      int first = -1;
      for (int v : rel.vars()) {
        if (lo[v] != hi[v]) {
          if (first < 0) {
            first = v;
          } else {
            parent[root(parent, v)] = root(parent, first);
          }
        }
      }
      if (first >= 0) {
        equations.add(rel);
      }
    }
    Map<Integer, List<Relation>> byPart = new LinkedHashMap<>();
    for (Relation rel : equations) {
      for (int v : rel.vars()) {
        if (lo[v] != hi[v]) {
          byPart.computeIfAbsent(root(parent, v), k -> new ArrayList<>()).add(rel);
          break;
        }
      }
    }
    List<Reduced> parts = new ArrayList<>();
    boolean changed = false;
    for (List<Relation> part : byPart.values()) {
      Map<Integer, Integer> column = new LinkedHashMap<>();
      List<Integer> free = new ArrayList<>();
      for (Relation rel : part) {
        for (int v : rel.vars()) {
          if (lo[v] != hi[v] && !column.containsKey(v)) {
            column.put(v, free.size());
            free.add(v);
          }
        }
      }
      int cols = free.size();
      List<double[]> rows = new ArrayList<>();
      for (Relation rel : part) {
        double[] row = new double[cols + 1];
        row[cols] = rel.lo();
        for (int i = 0; i < rel.vars().length; i++) {
          Integer c = column.get(rel.vars()[i]);
          if (c == null) {
            row[cols] -= rel.coefficients()[i] * (double) lo[rel.vars()[i]];
          } else {
            row[c] += rel.coefficients()[i];
          }
        }
        rows.add(row);
      }
      int rank = 0;
      int[] pivotOf = new int[rows.size()];
      for (int c = 0; c < cols && rank < rows.size(); c++) {
        int p = -1;
        for (int r = rank; r < rows.size(); r++) {
          if (Math.abs(rows.get(r)[c]) > 1e-9 && (p < 0 || Math.abs(rows.get(r)[c]) > Math.abs(rows.get(p)[c]))) {
            p = r;
          }
        }
        if (p < 0) {
          continue;
        }
        double[] pr = rows.get(p);
        rows.set(p, rows.get(rank));
        rows.set(rank, pr);
        double d = pr[c];
        for (int k = 0; k <= cols; k++) {
          pr[k] /= d;
        }
        for (int r = 0; r < rows.size(); r++) {
          double[] other = rows.get(r);
          if (r != rank && Math.abs(other[c]) > 1e-9) {
            double f = other[c];
            for (int k = 0; k <= cols; k++) {
              other[k] -= f * pr[k];
            }
          }
        }
        pivotOf[rank] = c;
        rank++;
      }
      parts.add(new Reduced(column, rows.subList(0, rank), java.util.Arrays.copyOf(pivotOf, rank)));
      for (int r = 0; r < rank; r++) {
        double[] row = rows.get(r);
        boolean alone = true;
        for (int k = 0; k < cols && alone; k++) {
          alone = k == pivotOf[r] || Math.abs(row[k]) < 1e-9;
        }
        if (alone) {
          changed |= fix(free.get(pivotOf[r]), Math.round(row[cols]));
        }
      }
    }
    reduced = parts;
    return changed;
  }

  private static int root(int[] parent, int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }
}
