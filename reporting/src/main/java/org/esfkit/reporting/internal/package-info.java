/**
 * Implementation of the report renderers: labels, number formatting, small-cell suppression, the
 * view model shared by the HTML and Markdown renderers, chart geometry, CSV and JSON writers. Not
 * API: use {@link org.esfkit.reporting.ReportWriter}.
 */
@NullMarked
package org.esfkit.reporting.internal;

import org.jspecify.annotations.NullMarked;
