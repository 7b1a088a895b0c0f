/**
 * The city's one map (一张图): administrative divisions (district → street/town →
 * community) and unit grids (单元网格) as polygons, with their codes per GB/T 30428.
 * <p>
 * {@link org.cityos.geography.CityMap} is the entry point: it imports divisions from GeoJSON,
 * answers which grid, community, street and district a point lies in, and serves the layers
 * the map pages draw. {@link org.cityos.geography.Coordinates} converts between WGS-84 and the
 * offset systems of Chinese web maps (GCJ-02, BD-09). Everything stored is WGS-84 / CGCS2000.
 */
@NullMarked
package org.cityos.geography;

import org.jspecify.annotations.NullMarked;
