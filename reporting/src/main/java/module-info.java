/**
 * esfkit reporting: progress reports in HTML (with inline SVG charts), Markdown, CSV, XLSX and
 * JSON, with small-cell suppression, escaping and spreadsheet formula neutralisation.
 */
module org.esfkit.reporting {
  requires transitive org.esfkit.core;
  requires transitive org.esfkit.metrics;
  // optional: only MatchingSummaries reads a MatchingResult
  requires static transitive org.esfkit.matching;
  requires gg.jte.runtime;
  requires org.dhatim.fastexcel;
  // the annotations are on exported types; compile-time only (Maven scope provided)
  requires static transitive org.immutables.value.annotations;

  exports org.esfkit.reporting;
  // the precompiled templates are looked up and called by jte's runtime
  opens org.esfkit.reporting.internal.templates to gg.jte.runtime;
}
