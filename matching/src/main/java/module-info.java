import org.esfkit.matching.spi.MatchingStrategy;

/**
 * esfkit matching: pairs participants with low-threshold tasks under hard constraints and
 * weighted scores, with strategies found through {@link java.util.ServiceLoader}, explanations
 * for every pair and ranked suggestions. Matching suggests; a person decides.
 */
module org.esfkit.matching {
  requires transitive org.esfkit.core;
  // the annotations are on exported types; compile-time only (Maven scope provided)
  requires static transitive org.immutables.value.annotations;

  exports org.esfkit.matching;
  exports org.esfkit.matching.spi;

  uses MatchingStrategy;

  provides MatchingStrategy with
      org.esfkit.matching.internal.GreedyStrategy,
      org.esfkit.matching.internal.OptimalStrategy,
      org.esfkit.matching.internal.StableStrategy,
      org.esfkit.matching.internal.FairStrategy;
}
