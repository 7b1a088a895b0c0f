/**
 * The synthetic demo city's map: districts, streets, communities and unit grids generated
 * from a fixed seed around 34.33°N 108.70°E. The places and names are invented; they do not
 * describe any real division even where a code or name happens to exist elsewhere.
 */
@NullMarked
package org.cityos.demo.city;

import org.jspecify.annotations.NullMarked;
