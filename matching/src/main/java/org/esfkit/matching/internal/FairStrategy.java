package org.esfkit.matching.internal;

import java.util.ArrayList;
import java.util.List;
import org.esfkit.core.Gender;
import org.esfkit.matching.spi.Assignment;
import org.esfkit.matching.spi.CandidateGraph;
import org.esfkit.matching.spi.MatchingStrategy;

/**
 * {@code fair}: {@code optimal} subject to gender parity of placements.
 *
 * <p>The rule: among the women with at least one admissible task ({@code Wₑ}) and the men with
 * at least one ({@code Mₑ}), the placement rates {@code W/Wₑ} and {@code M/Mₑ} differ by at most
 * {@code maxGap}. It does not apply when {@code Wₑ} or {@code Mₑ} is 0; other genders are placed
 * as {@code optimal} places them and do not enter the rates.
 *
 * <p>Method: the number of placements stays that of {@code optimal} (no one is left unplaced to
 * even out the rates). Write {@code g = W/Wₑ − M/Mₑ}. If {@code optimal}'s assignment breaks the
 * rule with {@code g < −maxGap}, every woman's edges get {@code +λ/Wₑ} and every man's
 * {@code −λ/Mₑ}, so the solver maximises {@code score + λ·g} over assignments of maximum size;
 * {@code g} of the solution never decreases as {@code λ} grows (exchange argument). Doubling then
 * bisection bracket the breakpoint {@code λ} in {@code [lo, hi]} (the mirror image when
 * {@code g > maxGap}). The participants whose tasks differ between the two bracketing assignments
 * form moves between tasks (and the pool of the unassigned) that decompose into paths and cycles;
 * each one alone turns the lower assignment into a feasible one of the same size, and every one
 * raises {@code g}. They are applied, least score lost per unit of {@code g} first, until the rule
 * holds. For the result {@code M} and any rule-abiding assignment {@code M'} of maximum size,
 * {@code w(M') − w(M) ≤ hi·g(M) − (hi − lo)·g(M_lo) + lo·maxGap}; the notes report this bound
 * (0 when the method is exact). When no assignment meets the rule the nearest one found is
 * returned and the notes say so.
 */
public final class FairStrategy implements MatchingStrategy {
  /** The default largest difference of the placement rates, 5 percentage points. */
  public static final double DEFAULT_MAX_GAP = 0.05;
  /** The strategy with the default gap. */
  public static final FairStrategy DEFAULT = new FairStrategy();
  private static final int BISECTIONS = 40;
  private static final double EPS = 1e-12;

  private final double maxGap;

  /** Creates the strategy with the default gap (for {@link java.util.ServiceLoader}). */
  public FairStrategy() {
    this(DEFAULT_MAX_GAP);
  }

  /**
   * Creates the strategy.
   *
   * @param maxGap the largest allowed difference of the placement rates, in [0, 1]
   * @throws IllegalArgumentException if {@code maxGap} is outside [0, 1]
   */
  public FairStrategy(double maxGap) {
    if (!(maxGap >= 0 && maxGap <= 1)) {
      throw new IllegalArgumentException("fairness max gap must be in [0, 1], got " + maxGap);
    }
    this.maxGap = maxGap;
  }

  /**
   * The largest allowed difference of the placement rates.
   *
   * @return the gap
   */
  public double maxGap() {
    return maxGap;
  }

  @Override
  public String name() {
    return "fair";
  }

  @Override
  public Assignment solve(CandidateGraph g) {
    int n = g.participantCount();
    int eligibleWomen = 0;
    int eligibleMen = 0;
    for (int i = 0; i < n; i++) {
      if (g.rowStart(i) < g.rowEnd(i)) {
        if (g.gender(i) == Gender.WOMAN) {
          eligibleWomen++;
        } else if (g.gender(i) == Gender.MAN) {
          eligibleMen++;
        }
      }
    }
    double[] base = g.edgeScores();
    int[] best = OptimalStrategy.solve(g, base).rowToCol();
    List<String> notes = new ArrayList<>();
    String rule = "parity rule: placement rates of women and men with an admissible task differ by at most "
        + Texts.number(maxGap);
    if (eligibleWomen == 0 || eligibleMen == 0) {
      notes.add(rule + "; not applicable: no " + (eligibleWomen == 0 ? "woman" : "man") + " has an admissible task");
      return Assignment.of(best, notes);
    }
    Rates rates = new Rates(g, eligibleWomen, eligibleMen);
    double gap0 = rates.gap(best);
    if (Math.abs(gap0) <= maxGap + EPS) {
      notes.add(rule + "; met by the optimal assignment: " + rates.describe(best));
      return Assignment.of(best, notes);
    }
    double sign = gap0 < 0 ? 1 : -1;
    double[] adjusted = new double[base.length];
    double lambdaMax = 2.0 * n * eligibleWomen * eligibleMen + 1;
    double hi = 1;
    int[] atHi = solveAt(g, base, adjusted, sign, hi, eligibleWomen, eligibleMen);
    while (!meets(rates, atHi, sign) && hi < lambdaMax) {
      hi *= 2;
      atHi = solveAt(g, base, adjusted, sign, hi, eligibleWomen, eligibleMen);
    }
    if (!meets(rates, atHi, sign)) {
      notes.add(rule + "; cannot be met without leaving participants unplaced; nearest assignment of maximum size: "
          + rates.describe(atHi));
      return Assignment.of(atHi, notes);
    }
    double lo = hi == 1 ? 0 : hi / 2;
    int[] atLo = lo == 0 ? best : solveAt(g, base, adjusted, sign, lo, eligibleWomen, eligibleMen);
    for (int it = 0; it < BISECTIONS && hi - lo > 1e-9 * hi; it++) {
      double mid = (lo + hi) / 2;
      int[] atMid = solveAt(g, base, adjusted, sign, mid, eligibleWomen, eligibleMen);
      if (meets(rates, atMid, sign)) {
        hi = mid;
        atHi = atMid;
      } else {
        lo = mid;
        atLo = atMid;
      }
    }
    int[] chosen = walk(g, base, rates, sign, atLo, atHi);
    double gap = rates.gap(chosen);
    if (Math.abs(gap) > maxGap + EPS) {
      notes.add(rule + "; no assignment of maximum size found within the gap: the rates jump across it near λ = "
          + Texts.number(hi) + "; nearest: " + rates.describe(chosen));
      return Assignment.of(chosen, notes);
    }
    double bound = Math.max(0, hi * sign * gap - (hi - lo) * sign * rates.gap(atLo) + lo * maxGap);
    notes.add(rule + "; met with per-gender adjustment λ in [" + Texts.number(lo) + ", " + Texts.number(hi) + "]: "
        + rates.describe(chosen) + "; score given up against optimal: "
        + Texts.number(total(g, base, best) - total(g, base, chosen))
        + "; a rule-abiding assignment of maximum size scores at most " + Texts.number(bound) + " more");
    return Assignment.of(chosen, notes);
  }

  /**
   * Moves from the assignment just below the breakpoint towards the one just above, one
   * exchange at a time, until the rule is met. The participants whose tasks differ form moves
   * between tasks (and the pool of the unassigned); these decompose into paths and cycles, each
   * of which alone turns the lower assignment into a feasible one of the same size. Exchanges
   * that raise the disadvantaged rate are applied, least score lost per unit of rate first.
   */
  private int[] walk(CandidateGraph g, double[] base, Rates rates, double sign, int[] lo, int[] hi) {
    int m = g.taskCount();
    int pool = m;
    List<List<Integer>> out = new ArrayList<>();
    for (int v = 0; v <= m; v++) {
      out.add(new ArrayList<>());
    }
    int[] balance = new int[m + 1];
    for (int i = 0; i < lo.length; i++) {
      if (lo[i] != hi[i]) {
        int from = lo[i] < 0 ? pool : lo[i];
        int to = hi[i] < 0 ? pool : hi[i];
        out.get(from).add(i);
        balance[from]++;
        balance[to]--;
      }
    }
    int[] next = new int[m + 1];
    List<int[]> components = new ArrayList<>();
    for (boolean sourcesOnly : new boolean[] {true, false}) {
      for (int v = 0; v <= m; v++) {
        while (next[v] < out.get(v).size() && (!sourcesOnly || balance[v] > 0)) {
          components.addAll(trace(v, out, next, lo, hi, pool));
          if (sourcesOnly) {
            balance[v]--;
          }
        }
      }
    }
    List<double[]> ranked = new ArrayList<>();
    for (int c = 0; c < components.size(); c++) {
      double dw = 0;
      double dh = 0;
      for (int i : components.get(c)) {
        dw += score(g, base, i, hi[i]) - score(g, base, i, lo[i]);
        dh += sign * (rates.weight(i, hi[i]) - rates.weight(i, lo[i]));
      }
      if (dh > EPS) {
        ranked.add(new double[] {-dw / dh, c});
      }
    }
    ranked.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    int[] cur = lo.clone();
    int[] load = new int[m];
    for (int k : cur) {
      if (k >= 0) {
        load[k]++;
      }
    }
    int[] previous = cur.clone();
    for (double[] r : ranked) {
      if (meets(rates, cur, sign)) {
        break;
      }
      previous = cur.clone();
      for (int i : components.get((int) r[1])) {
        if (cur[i] >= 0) {
          load[cur[i]]--;
        }
        cur[i] = hi[i];
        if (cur[i] >= 0) {
          load[cur[i]]++;
        }
      }
    }
    for (int k = 0; k < m; k++) {
      if (load[k] > g.capacity(k)) {
        return hi;
      }
    }
    if (!meets(rates, cur, sign)) {
      return hi;
    }
    return Math.abs(rates.gap(cur)) <= maxGap + EPS || Math.abs(rates.gap(cur)) <= Math.abs(rates.gap(previous))
        ? cur : previous;
  }

  /** Follows unused moves from {@code start}, cutting out each cycle met; returns the pieces. */
  private static List<int[]> trace(int start, List<List<Integer>> out, int[] next, int[] lo, int[] hi, int pool) {
    List<int[]> pieces = new ArrayList<>();
    List<Integer> nodes = new ArrayList<>();
    List<Integer> moves = new ArrayList<>();
    nodes.add(start);
    int v = start;
    while (next[v] < out.get(v).size()) {
      int i = out.get(v).get(next[v]++);
      int to = hi[i] < 0 ? pool : hi[i];
      moves.add(i);
      int seen = nodes.indexOf(to);
      if (seen >= 0) {
        pieces.add(moves.subList(seen, moves.size()).stream().mapToInt(Integer::intValue).toArray());
        moves.subList(seen, moves.size()).clear();
        nodes.subList(seen + 1, nodes.size()).clear();
      } else {
        nodes.add(to);
      }
      v = to;
    }
    if (!moves.isEmpty()) {
      pieces.add(moves.stream().mapToInt(Integer::intValue).toArray());
    }
    return pieces;
  }

  private static double score(CandidateGraph g, double[] base, int i, int k) {
    return k < 0 ? 0 : base[g.edge(i, k)];
  }

  private boolean meets(Rates rates, int[] assignment, double sign) {
    return sign * rates.gap(assignment) >= -maxGap - EPS;
  }

  private static int[] solveAt(CandidateGraph g, double[] base, double[] adjusted, double sign, double lambda,
      int eligibleWomen, int eligibleMen) {
    double women = sign * lambda / eligibleWomen;
    double men = -sign * lambda / eligibleMen;
    for (int i = 0; i < g.participantCount(); i++) {
      Gender gender = g.gender(i);
      double add = gender == Gender.WOMAN ? women : gender == Gender.MAN ? men : 0;
      for (int e = g.rowStart(i); e < g.rowEnd(i); e++) {
        adjusted[e] = base[e] + add;
      }
    }
    return OptimalStrategy.solve(g, adjusted).rowToCol();
  }

  private static double total(CandidateGraph g, double[] base, int[] assignment) {
    double t = 0;
    for (int i = 0; i < assignment.length; i++) {
      if (assignment[i] >= 0) {
        t += base[g.edge(i, assignment[i])];
      }
    }
    return t;
  }

  /** Placement rates by gender. */
  private static final class Rates {
    private final CandidateGraph g;
    private final int eligibleWomen;
    private final int eligibleMen;

    Rates(CandidateGraph g, int eligibleWomen, int eligibleMen) {
      this.g = g;
      this.eligibleWomen = eligibleWomen;
      this.eligibleMen = eligibleMen;
    }

    private int placed(int[] a, Gender gender) {
      int c = 0;
      for (int i = 0; i < a.length; i++) {
        if (a[i] >= 0 && g.gender(i) == gender) {
          c++;
        }
      }
      return c;
    }

    /** The contribution of participant {@code i} placed at {@code k} (or not) to the gap. */
    double weight(int i, int k) {
      if (k < 0) {
        return 0;
      }
      Gender gender = g.gender(i);
      return gender == Gender.WOMAN ? 1.0 / eligibleWomen : gender == Gender.MAN ? -1.0 / eligibleMen : 0;
    }

    double gap(int[] a) {
      return (double) placed(a, Gender.WOMAN) / eligibleWomen - (double) placed(a, Gender.MAN) / eligibleMen;
    }

    String describe(int[] a) {
      return "women " + placed(a, Gender.WOMAN) + "/" + eligibleWomen + ", men " + placed(a, Gender.MAN) + "/"
          + eligibleMen + ", gap " + Texts.number(gap(a));
    }
  }
}
