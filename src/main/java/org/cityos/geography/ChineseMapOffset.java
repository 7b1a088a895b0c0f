package org.cityos.geography;

/**
 * The offsets Chinese web maps apply to WGS-84: GCJ-02 (a = 6378245.0, ee =
 * 0.00669342162296594323, only inside 73.66 < lon < 135.05, 3.86 < lat < 53.55) and BD-09 on
 * top of it. Pure functions on degrees; results are {@code {lon, lat}}.
 */
final class ChineseMapOffset {

	private static final double SEMI_MAJOR_AXIS = 6378245.0;

	private static final double ECCENTRICITY_SQUARED = 0.00669342162296594323;

	private static final double BAIDU_X_PI = Math.PI * 3000.0 / 180.0;

	/** Inverse transforms stop when the forward transform lands this close (degrees). */
	private static final double INVERSE_TOLERANCE = 1e-10;

	private static final int INVERSE_MAX_STEPS = 50;

	private ChineseMapOffset() {
	}

	static boolean isShifted(double lon, double lat) {
		return lon > 73.66 && lon < 135.05 && lat > 3.86 && lat < 53.55;
	}

	static double[] wgs84ToGcj02(double lon, double lat) {
		if (!isShifted(lon, lat)) {
			return new double[] { lon, lat };
		}
		double dLat = latitudeShift(lon - 105.0, lat - 35.0);
		double dLon = longitudeShift(lon - 105.0, lat - 35.0);
		double radLat = lat / 180.0 * Math.PI;
		double magic = Math.sin(radLat);
		magic = 1 - ECCENTRICITY_SQUARED * magic * magic;
		double sqrtMagic = Math.sqrt(magic);
		dLat = (dLat * 180.0) / ((SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED)) / (magic * sqrtMagic) * Math.PI);
		dLon = (dLon * 180.0) / (SEMI_MAJOR_AXIS / sqrtMagic * Math.cos(radLat) * Math.PI);
		return new double[] { lon + dLon, lat + dLat };
	}

	/**
	 * Inverts {@link #wgs84ToGcj02} by fixed-point iteration: the offset changes slowly with
	 * position, so subtracting the error of the forward transform converges in a few steps.
	 */
	static double[] gcj02ToWgs84(double lon, double lat) {
		double wgsLon = lon;
		double wgsLat = lat;
		for (int step = 0; step < INVERSE_MAX_STEPS; step++) {
			double[] forward = wgs84ToGcj02(wgsLon, wgsLat);
			double errorLon = forward[0] - lon;
			double errorLat = forward[1] - lat;
			if (Math.abs(errorLon) < INVERSE_TOLERANCE && Math.abs(errorLat) < INVERSE_TOLERANCE) {
				break;
			}
			wgsLon -= errorLon;
			wgsLat -= errorLat;
		}
		return new double[] { wgsLon, wgsLat };
	}

	static double[] gcj02ToBd09(double lon, double lat) {
		double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * BAIDU_X_PI);
		double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * BAIDU_X_PI);
		return new double[] { z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006 };
	}

	/**
	 * The usual closed-form BD-09 → GCJ-02 is only an approximate inverse (off by up to a few
	 * 1e-7°); refining it by iteration on {@link #gcj02ToBd09} makes round trips exact.
	 */
	static double[] bd09ToGcj02(double lon, double lat) {
		double[] gcj = bd09ToGcj02Approximately(lon, lat);
		for (int step = 0; step < INVERSE_MAX_STEPS; step++) {
			double[] forward = gcj02ToBd09(gcj[0], gcj[1]);
			double errorLon = forward[0] - lon;
			double errorLat = forward[1] - lat;
			if (Math.abs(errorLon) < INVERSE_TOLERANCE && Math.abs(errorLat) < INVERSE_TOLERANCE) {
				break;
			}
			gcj[0] -= errorLon;
			gcj[1] -= errorLat;
		}
		return gcj;
	}

	static double[] bd09ToGcj02Approximately(double lon, double lat) {
		double x = lon - 0.0065;
		double y = lat - 0.006;
		double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * BAIDU_X_PI);
		double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * BAIDU_X_PI);
		return new double[] { z * Math.cos(theta), z * Math.sin(theta) };
	}

	private static double latitudeShift(double x, double y) {
		double shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
		shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		shift += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
		shift += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		return shift;
	}

	private static double longitudeShift(double x, double y) {
		double shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
		shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		shift += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
		shift += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		return shift;
	}
}
