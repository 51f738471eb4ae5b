/**
 * The esfkit domain model: value types (money, rates, date ranges, codes), ESF projects and their
 * outcome targets, participants, pathways as event logs, employers, low-threshold tasks and
 * placements. Every type is immutable and validated on construction.
 */
@NullMarked
@EsfkitImmutable
package org.esfkit.core;

import org.jspecify.annotations.NullMarked;
