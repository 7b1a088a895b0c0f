package org.cityos.geography;

import java.util.Locale;

import org.cityos.shared.InvalidInputException;

/**
 * The coordinate systems a Chinese city meets. CityOS stores {@link #WGS84} (equal to CGCS2000
 * within centimetres); web basemaps in China draw in the offset systems.
 */
public enum CoordinateSystem {

	/** WGS-84 / CGCS2000: GPS, 天地图, what CityOS stores. */
	WGS84,
	/** GCJ-02 (国测局坐标, "火星坐标"): Amap, Tencent. */
	GCJ02,
	/** BD-09: Baidu maps, a further offset of GCJ-02. */
	BD09;

	/**
	 * Reads a system as users type it: any case, with or without the dash
	 * ({@code wgs-84}, {@code GCJ02}).
	 */
	public static CoordinateSystem parse(String field, String text) {
		String wanted = text.strip().toUpperCase(Locale.ROOT).replace("-", "");
		for (CoordinateSystem system : values()) {
			if (system.name().equals(wanted)) {
				return system;
			}
		}
		throw InvalidInputException.ofField(field,
				"unknown coordinate system '" + text + "', allowed: WGS84, GCJ02, BD09");
	}
}
