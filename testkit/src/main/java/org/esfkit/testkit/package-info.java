/**
 * Test support for users of esfkit: {@link org.esfkit.testkit.EsfkitAssertions} (fluent AssertJ
 * assertions over {@link org.esfkit.metrics.TargetResult}, {@link org.esfkit.metrics.Share} and
 * {@link org.esfkit.metrics.IndicatorResult}) and {@link org.esfkit.testkit.CohortGenerators}
 * (QuickTheories generators of realistic cohorts and pathways).
 */
@NullMarked
package org.esfkit.testkit;

import org.jspecify.annotations.NullMarked;
