/**
 * Internals of esfkit's readers and writers: the bounded JSON parser that records lines, the CSV
 * tokenizer, and typed access to fields and cells that collects problems. Not API.
 */
@NullMarked
package org.esfkit.core.io.internal;

import org.jspecify.annotations.NullMarked;
