/**
 * Matching participants with low-threshold tasks.
 *
 * <p>A {@link org.esfkit.matching.MatchingProblem} holds participants, tasks and a
 * {@link org.esfkit.matching.MatchingPolicy} (hard {@link org.esfkit.matching.Constraint}s and
 * weighted {@link org.esfkit.matching.Scorer}s), or simply a table of
 * {@link org.esfkit.matching.PairScores}. A {@link org.esfkit.matching.spi.MatchingStrategy}, found by
 * name through {@link org.esfkit.matching.MatchingStrategies}, assigns participants to tasks; the
 * {@link org.esfkit.matching.MatchingResult} explains every pair and every participant left
 * unassigned.
 *
 * <p><b>Matching suggests; a person decides.</b> Nothing in esfkit acts on a participant by
 * itself: a result is a proposal for a caseworker, never a decision.
 */
@NullMarked
@EsfkitImmutable
package org.esfkit.matching;

import org.esfkit.core.EsfkitImmutable;
import org.esfkit.matching.spi.MatchingStrategy;
import org.jspecify.annotations.NullMarked;
