package org.cityos.geography;

import java.time.Instant;

import org.cityos.shared.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * A division or unit grid as stored: its polygon in WGS-84 lon/lat, the centroid used to place
 * its label and its area on the ground.
 */
public record Division(DivisionCode code, String name, @Nullable DivisionCode parentCode, Geometry geometry,
		GeoPoint centroid, double areaSquareMetres, Instant importedAt) {

	public DivisionLevel level() {
		return code.level();
	}
}
