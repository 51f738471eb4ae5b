/**
 * The service-provider interface for further target types and indicators: a
 * {@link org.esfkit.metrics.spi.TargetCalculator} turns a target into a
 * {@link org.esfkit.metrics.spi.Metric}, whose mergeable
 * {@link org.esfkit.metrics.spi.MetricAccumulator} reads the cohort's typed, primitive
 * {@link org.esfkit.metrics.spi.CohortTables} (enumerations as stable
 * {@link org.esfkit.metrics.spi.Codes}); an
 * {@link org.esfkit.metrics.spi.Indicator} tests participants one row at a time. Register
 * implementations in {@code META-INF/services} or explicitly with
 * {@link org.esfkit.metrics.MetricsEngine#builder()}.
 */
@NullMarked
package org.esfkit.metrics.spi;

import org.jspecify.annotations.NullMarked;
