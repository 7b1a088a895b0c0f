/**
 * The in-memory spatial index that answers "which unit grid is this point in" fast enough for
 * sensor streams and bulk geocoding (over a million lookups a second on one core).
 */
@NullMarked
package org.cityos.geography.index;

import org.jspecify.annotations.NullMarked;
