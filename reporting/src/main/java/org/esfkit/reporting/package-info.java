/**
 * Progress reports of an ESF project as of a date, rendered as HTML (with inline SVG charts),
 * Markdown, CSV or JSON. Build a {@link org.esfkit.reporting.ProgressReport}, choose
 * {@link org.esfkit.reporting.ReportOptions} (locale, small-cell threshold, internal mode) and
 * hand both to {@link org.esfkit.reporting.ReportWriter}.
 */
@NullMarked
@EsfkitImmutable
package org.esfkit.reporting;

import org.esfkit.core.EsfkitImmutable;
import org.jspecify.annotations.NullMarked;
