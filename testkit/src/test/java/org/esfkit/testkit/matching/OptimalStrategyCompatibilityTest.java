package org.esfkit.testkit.matching;

import org.esfkit.matching.MatchingStrategies;
import org.esfkit.matching.spi.MatchingStrategy;

/** The built-in {@code optimal} strategy passes the compatibility kit. */
class OptimalStrategyCompatibilityTest extends MatchingStrategyCompatibilityKit {
  @Override
  protected MatchingStrategy strategy() {
    return MatchingStrategies.byName("optimal");
  }
}
