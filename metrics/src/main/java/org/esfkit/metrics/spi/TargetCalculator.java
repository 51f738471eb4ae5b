package org.esfkit.metrics.spi;

import org.esfkit.core.Target;

/**
 * Turns a project target into a {@link Metric}. The built-in calculators cover {@code share},
 * {@code count}, {@code growth} and {@code enrolment}; a calculator registered by a user (through
 * {@code META-INF/services/org.esfkit.metrics.spi.TargetCalculator} or
 * {@link org.esfkit.metrics.MetricsEngine.Builder#calculator(TargetCalculator)}) is asked before the
 * built-ins, so it can also change how an existing target is computed. Implementations must be
 * thread-safe.
 */
public interface TargetCalculator {
  /**
   * The calculator's name, for lookup.
   *
   * @return e.g. {@code share}
   */
  String name();

  /**
   * Tells whether this calculator handles a target.
   *
   * @param target a target
   * @return true if {@link #metric(Target)} accepts it
   */
  boolean supports(Target target);

  /**
   * The metric evaluating a target.
   *
   * @param target a target this calculator supports
   * @return the metric
   */
  Metric metric(Target target);
}
