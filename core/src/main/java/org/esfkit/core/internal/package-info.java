/**
 * Rules shared by the model and the readers, not part of the API: the plausible range of every
 * number, period and date ({@link org.esfkit.core.internal.Bounds}), the characters text may hold
 * ({@link org.esfkit.core.internal.Text}), and which fields are never echoed
 * ({@link org.esfkit.core.internal.Sensitive}).
 */
@NullMarked
package org.esfkit.core.internal;

import org.jspecify.annotations.NullMarked;
