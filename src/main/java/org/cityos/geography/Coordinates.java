package org.cityos.geography;

import org.cityos.shared.GeoPoint;
import org.cityos.shared.InvalidInputException;

/**
 * A longitude/latitude pair in a named coordinate system. Conversion between systems follows
 * the public reverse-engineered GCJ-02 transform (no offset outside China's bounding box) and
 * the standard BD-09 formula; the way back from GCJ-02 is found by iteration because the
 * forward transform has no closed-form inverse.
 */
public record Coordinates(CoordinateSystem system, double lon, double lat) {

	public Coordinates {
		if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
			throw InvalidInputException.ofField("lon", "longitude must be a number between -180 and 180, was " + lon);
		}
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			throw InvalidInputException.ofField("lat", "latitude must be a number between -90 and 90, was " + lat);
		}
	}

	public static Coordinates of(GeoPoint wgs84) {
		return new Coordinates(CoordinateSystem.WGS84, wgs84.lon(), wgs84.lat());
	}

	/** The same place expressed in {@code target}. */
	public Coordinates in(CoordinateSystem target) {
		if (target == system) {
			return this;
		}
		// GCJ-02 is the hub: BD-09 is defined on it and WGS-84 maps to it.
		double[] gcj02 = switch (system) {
			case WGS84 -> ChineseMapOffset.wgs84ToGcj02(lon, lat);
			case GCJ02 -> new double[] { lon, lat };
			case BD09 -> ChineseMapOffset.bd09ToGcj02(lon, lat);
		};
		double[] result = switch (target) {
			case WGS84 -> ChineseMapOffset.gcj02ToWgs84(gcj02[0], gcj02[1]);
			case GCJ02 -> gcj02;
			case BD09 -> ChineseMapOffset.gcj02ToBd09(gcj02[0], gcj02[1]);
		};
		return new Coordinates(target, result[0], result[1]);
	}

	/** This place as the WGS-84 point CityOS stores. */
	public GeoPoint toGeoPoint() {
		Coordinates wgs84 = in(CoordinateSystem.WGS84);
		return new GeoPoint(wgs84.lon, wgs84.lat);
	}
}
