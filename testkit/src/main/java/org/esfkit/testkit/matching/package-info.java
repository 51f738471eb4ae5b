/**
 * A compatibility kit for {@link org.esfkit.matching.spi.MatchingStrategy} implementations: extend
 * {@link org.esfkit.testkit.matching.MatchingStrategyCompatibilityKit} in a JUnit 5 test and
 * return your strategy.
 */
@NullMarked
package org.esfkit.testkit.matching;

import org.jspecify.annotations.NullMarked;
