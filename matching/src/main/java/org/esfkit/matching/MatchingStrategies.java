package org.esfkit.matching;

import java.util.Set;
import org.esfkit.matching.internal.FairStrategy;
import org.esfkit.matching.internal.GreedyStrategy;
import org.esfkit.matching.internal.OptimalStrategy;
import org.esfkit.matching.internal.StableStrategy;
import org.esfkit.matching.spi.MatchingStrategy;

/**
 * The built-in strategies, and lookup by name among the strategies found through
 * {@link java.util.ServiceLoader} ({@link StrategyRegistry#discover()}, done once). There is no
 * global registration: to add a strategy by hand, build a {@link StrategyRegistry} of your own
 * and pass the strategy it returns to {@link MatchingProblem#match(MatchingStrategy)}.
 *
 * <ul>
 *   <li>{@code greedy}: pairs by descending score, ties by participant id then task id, each kept
 *       while the participant is free and the task has a slot.</li>
 *   <li>{@code optimal}: as many participants assigned as possible and, among those assignments,
 *       the largest total score (an assignment / min-cost-flow solver; exact).</li>
 *   <li>{@code stable}: participant-proposing deferred acceptance with capacities; no participant
 *       and task would both rather have each other. Preferences are the given ranks, or the
 *       scores where ranks are absent.</li>
 *   <li>{@code fair}: {@code optimal} subject to gender parity of placements: the placement rates
 *       of women and of men, each among those with at least one admissible task, differ by at
 *       most a gap (default 0.05); see {@link #fair(double)}.</li>
 * </ul>
 */
public final class MatchingStrategies {
  private MatchingStrategies() {}

  /**
   * The greedy strategy.
   *
   * @return the strategy named {@code greedy}
   */
  public static MatchingStrategy greedy() {
    return GreedyStrategy.INSTANCE;
  }

  /**
   * The optimal strategy.
   *
   * @return the strategy named {@code optimal}
   */
  public static MatchingStrategy optimal() {
    return OptimalStrategy.INSTANCE;
  }

  /**
   * The stable strategy.
   *
   * @return the strategy named {@code stable}
   */
  public static MatchingStrategy stable() {
    return StableStrategy.INSTANCE;
  }

  /**
   * The fair strategy with the default gap of {@value FairStrategy#DEFAULT_MAX_GAP}.
   *
   * @return the strategy named {@code fair}
   */
  public static MatchingStrategy fair() {
    return FairStrategy.DEFAULT;
  }

  /**
   * The fair strategy with a given gap.
   *
   * <p>The rule: let {@code Wₑ} and {@code Mₑ} be the women and men with at least one admissible
   * task, and {@code W} and {@code M} those of them placed. The placement rates {@code W/Wₑ} and
   * {@code M/Mₑ} must differ by at most {@code maxGap}. The rule does not apply when
   * {@code Wₑ} or {@code Mₑ} is 0; other genders do not enter the rates. The strategy keeps the
   * number of placements of {@code optimal} (it never leaves someone unplaced to even out the
   * rates). It re-solves with a per-gender score adjustment ({@code +λ/Wₑ} for women and
   * {@code −λ/Mₑ} for men, or the reverse), finds by doubling and bisection the {@code λ} at
   * which the rate difference crosses into the allowed band, then moves from the assignment just
   * below that {@code λ} towards the one just above, one exchange (path or cycle of reassigned
   * participants) at a time, until the rule is met. This is a Lagrangian method, not an exhaustive
   * search: the notes report the rates, the score given up against {@code optimal}, and a proven
   * bound on how much more any rule-abiding assignment of maximum size could score (0 when the
   * method is exact). When no assignment of maximum size meets the rule, or the method finds none,
   * the nearest one found is returned and the notes say so.
   *
   * @param maxGap the largest allowed difference of the rates, in [0, 1]
   * @return the strategy named {@code fair}
   * @throws IllegalArgumentException if {@code maxGap} is outside [0, 1]
   */
  public static MatchingStrategy fair(double maxGap) {
    return new FairStrategy(maxGap);
  }

  /**
   * Finds a strategy by name among the strategies found through ServiceLoader.
   *
   * @param name the name, e.g. {@code optimal}
   * @return the strategy
   * @throws IllegalArgumentException naming the unknown name and the known ones
   */
  public static MatchingStrategy byName(String name) {
    return Discovered.REGISTRY.byName(name);
  }

  /**
   * The names among the strategies found through ServiceLoader.
   *
   * @return the names, sorted
   */
  public static Set<String> names() {
    return Discovered.REGISTRY.names();
  }

  /** The strategies found through {@link java.util.ServiceLoader}, looked up once, never changed. */
  private static final class Discovered {
    static final StrategyRegistry REGISTRY = StrategyRegistry.discover();
  }
}
