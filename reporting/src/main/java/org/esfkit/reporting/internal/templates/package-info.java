/**
 * The HTML templates compiled by jte from {@code src/main/jte} (generated sources; not API).
 */
@NullMarked
package org.esfkit.reporting.internal.templates;

import org.jspecify.annotations.NullMarked;
