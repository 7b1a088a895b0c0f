package org.cityos.demo.sensing;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The incidents injected into the demo city's sensor data, fixed when the sensors are installed
 * (stored in {@code demo_sensor_simulation}) so that back-fill and live loop tell one story:
 * <ul>
 * <li>a pollution episode (污染过程) in the district of the first air station: PM2.5 rises over two
 * hours from {@code episodeStart} to 150–250 µg/m³, holds two hours and falls over two hours;</li>
 * <li>about 1 % of the sensors (index 7, 107, ... within each kind) stop reporting two hours after
 * the episode starts;</li>
 * <li>every fortieth traffic detector (index 1, 41, ...) sits on a bottleneck that jams at the rush
 * hours;</li>
 * <li>the first water section misses its target class III on ammonia nitrogen (class V);</li>
 * <li>the first manhole cover tilts to about 12° one hour after the episode starts.</li>
 * </ul>
 */
record Incidents(Instant episodeStart, @Nullable String episodeDistrict) {

	static final Duration RISE = Duration.ofHours(2);

	static final Duration HOLD = Duration.ofHours(2);

	static final Duration FALL = Duration.ofHours(2);

	/** How far into the episode: 0 outside, rising to 1 while it holds. */
	double episode(Instant time, @Nullable String districtCode) {
		if (episodeDistrict == null || !episodeDistrict.equals(districtCode)) {
			return 0;
		}
		double minutes = Duration.between(episodeStart, time).toSeconds() / 60.0;
		double rise = RISE.toMinutes();
		double hold = HOLD.toMinutes();
		double fall = FALL.toMinutes();
		if (minutes <= 0 || minutes >= rise + hold + fall) {
			return 0;
		}
		if (minutes < rise) {
			return minutes / rise;
		}
		if (minutes <= rise + hold) {
			return 1;
		}
		return 1 - (minutes - rise - hold) / fall;
	}

	Instant offlineSince() {
		return episodeStart.plus(Duration.ofHours(2));
	}

	Instant tiltSince() {
		return episodeStart.plus(Duration.ofHours(1));
	}

	static boolean goesOffline(DemoSensor sensor) {
		return sensor.index() % 100 == 7;
	}

	static boolean isBottleneck(DemoSensor sensor) {
		return sensor.kind() == DemoSensorKind.TRAFFIC && sensor.index() % 40 == 1;
	}

	static boolean isPollutedSection(DemoSensor sensor) {
		return sensor.kind() == DemoSensorKind.WATER && sensor.index() == 0;
	}

	static boolean isTiltedCover(DemoSensor sensor) {
		return sensor.kind() == DemoSensorKind.MANHOLE && sensor.index() == 0;
	}

	/** Whether the sensor sends a reading for {@code time}. */
	boolean reports(DemoSensor sensor, Instant time) {
		return !(goesOffline(sensor) && !time.isBefore(offlineSince()));
	}
}
