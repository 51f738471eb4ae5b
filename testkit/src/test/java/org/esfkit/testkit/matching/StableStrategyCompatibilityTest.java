package org.esfkit.testkit.matching;

import org.esfkit.matching.MatchingStrategies;
import org.esfkit.matching.spi.MatchingStrategy;

/** The built-in {@code stable} strategy passes the compatibility kit. */
class StableStrategyCompatibilityTest extends MatchingStrategyCompatibilityKit {
  @Override
  protected MatchingStrategy strategy() {
    return MatchingStrategies.byName("stable");
  }
}
