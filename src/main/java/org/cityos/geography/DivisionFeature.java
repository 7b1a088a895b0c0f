package org.cityos.geography;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * One division as it is imported: read from a GeoJSON feature or made by a generator. The
 * geometry is a Polygon or MultiPolygon in WGS-84 lon/lat; whether it is valid is checked by
 * the import, which reports every problem at once rather than failing on the first.
 *
 * @param parentCode as given by the source; null means "derive it from the code"
 */
public record DivisionFeature(DivisionCode code, String name, @Nullable DivisionCode parentCode, Geometry geometry) {

	/** A feature whose parent is the one its code implies. */
	public static DivisionFeature of(DivisionCode code, String name, Geometry geometry) {
		return new DivisionFeature(code, name, null, geometry);
	}

	public DivisionLevel level() {
		return code.level();
	}
}
