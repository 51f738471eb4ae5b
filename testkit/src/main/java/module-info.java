/**
 * esfkit testkit: AssertJ assertions over metric results and QuickTheories generators of
 * realistic cohorts, and a compatibility kit for matching strategies, for the test suites of applications that use esfkit.
 */
module org.esfkit.testkit {
  requires transitive org.esfkit.core;
  requires transitive org.esfkit.metrics;
  requires transitive org.esfkit.matching;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires transitive quicktheories;

  exports org.esfkit.testkit;
  exports org.esfkit.testkit.matching;
}
