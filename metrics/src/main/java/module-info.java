/**
 * esfkit metrics: outcome targets evaluated as of a date, forecasts, participation length, cost
 * metrics and the ESF+ common indicators, with a small SPI for further target types and
 * indicators.
 */
module org.esfkit.metrics {
  requires transitive org.esfkit.core;
  // the annotations are on exported types; compile-time only (Maven scope provided)
  requires static transitive org.immutables.value.annotations;

  exports org.esfkit.metrics;
  exports org.esfkit.metrics.spi;

  uses org.esfkit.metrics.spi.TargetCalculator;
  uses org.esfkit.metrics.spi.Indicator;
}
