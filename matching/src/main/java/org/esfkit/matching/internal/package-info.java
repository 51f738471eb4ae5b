/**
 * Implementation of esfkit matching: solvers on primitive arrays, the scoring engine, the
 * candidate indexes and the built-in strategies. Not API: may change in any release.
 */
@NullMarked
package org.esfkit.matching.internal;

import org.jspecify.annotations.NullMarked;
