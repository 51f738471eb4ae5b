/**
 * esfkit reporting: progress reports in HTML (with inline SVG charts), Markdown, CSV and JSON, with
 * small-cell suppression, escaping and CSV formula neutralisation.
 */
module org.esfkit.reporting {
  requires transitive org.esfkit.core;
  requires transitive org.esfkit.metrics;
  // optional: only MatchingSummaries reads a MatchingResult
  requires static org.esfkit.matching;
  requires gg.jte.runtime;
  requires static org.immutables.value.annotations;

  exports org.esfkit.reporting;
  // the precompiled templates are looked up and called by jte's runtime
  opens org.esfkit.reporting.internal.templates to gg.jte.runtime;
}
