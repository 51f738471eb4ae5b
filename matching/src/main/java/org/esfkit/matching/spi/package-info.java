/**
 * The service-provider interface for further matching strategies: a
 * {@link org.esfkit.matching.spi.MatchingStrategy} reads a
 * {@link org.esfkit.matching.spi.CandidateGraph} (admissible pairs and their scores, in arrays)
 * and returns an {@link org.esfkit.matching.spi.Assignment}. Register implementations in
 * {@code META-INF/services/org.esfkit.matching.spi.MatchingStrategy}, or by hand in a
 * {@link org.esfkit.matching.StrategyRegistry} of your own; the test kit's
 * {@code MatchingStrategyCompatibilityKit} checks one behaves.
 */
@NullMarked
package org.esfkit.matching.spi;

import org.jspecify.annotations.NullMarked;
