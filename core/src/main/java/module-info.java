/**
 * esfkit core: the domain model of ESF labour-market inclusion projects and its file formats.
 */
module org.esfkit.core {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.jspecify;
  // the annotations are on exported types; compile-time only (Maven scope provided)
  requires static transitive org.immutables.value.annotations;

  exports org.esfkit.core;
  exports org.esfkit.core.io;
  // esfkit's one CSV reader, for matching's pair scores (PairScoresCsv); not an API
  exports org.esfkit.core.io.internal to org.esfkit.matching;
  // the register's columns, which metrics reads without building objects; not an API
  exports org.esfkit.core.internal to org.esfkit.metrics;
}
