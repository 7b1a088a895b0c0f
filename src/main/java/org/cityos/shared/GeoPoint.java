package org.cityos.shared;

/**
 * A point in WGS-84 / CGCS2000 longitude and latitude (degrees). CityOS stores every
 * coordinate in this system; conversions to GCJ-02 or BD-09 happen at the edges.
 */
public record GeoPoint(double lon, double lat) {

	public GeoPoint {
		if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
			throw InvalidInputException.ofField("lon", "longitude must be a number between -180 and 180, was " + lon);
		}
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			throw InvalidInputException.ofField("lat", "latitude must be a number between -90 and 90, was " + lat);
		}
	}
}
