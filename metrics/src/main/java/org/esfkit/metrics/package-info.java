/**
 * Evaluating a project's outcome targets and the ESF+ common indicators as of a date.
 *
 * <p>Build a {@link org.esfkit.metrics.Cohort} once from the project, its register, placements and
 * tasks, then evaluate with {@link org.esfkit.metrics.MetricsEngine}:
 *
 * <pre>{@code
 * Cohort cohort = Cohort.builder(project).register(register).placements(placements).build();
 * Evaluation ev = MetricsEngine.standard().evaluate(cohort, LocalDate.of(2014, 12, 31));
 * TargetResult r = ev.result("self-sufficient-3m");
 * }</pre>
 */
@NullMarked
@EsfkitImmutable
package org.esfkit.metrics;

import org.esfkit.core.EsfkitImmutable;
import org.jspecify.annotations.NullMarked;
