/**
 * Reading and writing esfkit's interchange formats: project JSON, participant register CSV,
 * placements CSV, tasks CSV and JSON, and pathway JSON. Readers report every problem with file,
 * line, column and reason, and account for every row.
 */
@NullMarked
@EsfkitImmutable
package org.esfkit.core.io;

import org.esfkit.core.EsfkitImmutable;
import org.jspecify.annotations.NullMarked;
