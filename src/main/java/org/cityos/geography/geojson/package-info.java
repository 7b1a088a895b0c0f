/**
 * Reading divisions from GeoJSON (RFC 7946) and writing the map's layers back as GeoJSON.
 */
@NullMarked
package org.cityos.geography.geojson;

import org.jspecify.annotations.NullMarked;
