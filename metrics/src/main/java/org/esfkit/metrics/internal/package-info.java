/** Built-in calculators and indicators; not API. */
@NullMarked
package org.esfkit.metrics.internal;

import org.jspecify.annotations.NullMarked;
