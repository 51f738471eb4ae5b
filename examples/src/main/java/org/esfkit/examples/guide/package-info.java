/**
 * Runnable examples for developers to copy from, numbered as in {@code docs/index.md}; each is
 * run by a test in {@code examples/src/test/java/org/esfkit/examples/guide} that checks what it
 * produces.
 *
 * <ol>
 *   <li>{@link org.esfkit.examples.guide.EmbeddingExample}: read a project and a register from
 *       files, evaluate the targets, print a table;</li>
 *   <li>{@link org.esfkit.examples.guide.BuildersExample}: a project and participants built in
 *       code;</li>
 *   <li>{@link org.esfkit.examples.guide.PathwayExample}: a pathway as events and its state as
 *       of three dates;</li>
 *   <li>{@link org.esfkit.examples.guide.ActionPlanWithin30Days}: a custom target type through
 *       the metrics SPI, evaluated beside the built-ins;</li>
 *   <li>{@link org.esfkit.examples.guide.FirstComeStrategy}: a custom matching strategy, checked
 *       by the compatibility kit;</li>
 *   <li>{@link org.esfkit.examples.guide.CommuteTimeExample}: a custom constraint and scorer
 *       (public-transport commute time) in a matching policy;</li>
 *   <li>{@code GoalCalculationsTest} (test sources): a project's goal calculations validated with
 *       the testkit's assertions and cohort generators;</li>
 *   <li>{@link org.esfkit.examples.guide.ReportExample}: a report rendered with small-cell
 *       suppression on and off.</li>
 * </ol>
 */
@NullMarked
package org.esfkit.examples.guide;

import org.jspecify.annotations.NullMarked;
