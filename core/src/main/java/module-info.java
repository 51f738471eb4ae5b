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
}
