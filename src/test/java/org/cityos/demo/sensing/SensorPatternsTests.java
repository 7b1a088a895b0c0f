package org.cityos.demo.sensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.IntStream;

import org.cityos.shared.GeoPoint;
import org.junit.jupiter.api.Test;

class SensorPatternsTests {

	static final GeoPoint PLACE = new GeoPoint(108.70, 34.33);

	// a Wednesday in May: no weekend, no winter
	static Instant at(int hour, int minute) {
		return LocalDateTime.of(2026, 5, 13, hour, minute).atZone(SensorPatterns.CITY_ZONE).toInstant();
	}

	static final Incidents QUIET = new Incidents(at(0, 0).minus(Duration.ofDays(10)), "610101");

	static DemoSensor sensor(DemoSensorKind kind, int index, String district) {
		return new DemoSensor(DemoSensor.number(kind, index), kind, 1, "s", PLACE, district, "2", "III", 60.0, 200, Map.of());
	}

	/** Mean over 30 one-minute samples from {@code hour:minute}, to average the measurement noise out. */
	static double mean(DemoSensor sensor, String quantity, int hour, int minute, Incidents incidents) {
		return IntStream.range(0, 30).mapToDouble(i -> SensorPatterns.value(sensor, quantity, at(hour, minute).plusSeconds(60L * i),
				incidents)).average().orElseThrow();
	}

	@Test
	void rushHourTrafficIsSlowerAndDenserThanAtNight() {
		DemoSensor detector = sensor(DemoSensorKind.TRAFFIC, 2, "x");
		assertThat(mean(detector, "SPEED", 8, 0, QUIET)).isLessThan(0.7 * mean(detector, "SPEED", 3, 0, QUIET));
		assertThat(mean(detector, "SPEED", 18, 0, QUIET)).isLessThan(0.7 * mean(detector, "SPEED", 3, 0, QUIET));
		assertThat(mean(detector, "FLOW", 8, 0, QUIET)).isGreaterThan(5 * mean(detector, "FLOW", 3, 0, QUIET));
		assertThat(mean(detector, "OCCUPANCY", 8, 0, QUIET)).isGreaterThan(mean(detector, "OCCUPANCY", 3, 0, QUIET));
	}

	@Test
	void bottleneckSegmentsJamAtRushHourButFlowFreelyAtNight() {
		DemoSensor bottleneck = sensor(DemoSensorKind.TRAFFIC, 1, "x");
		assertThat(Incidents.isBottleneck(bottleneck)).isTrue();
		// congestion index 10·(1 − v/v_free) ≥ 8 (严重拥堵) with v_free 60 means v ≤ 12
		assertThat(mean(bottleneck, "SPEED", 8, 15, QUIET)).isLessThan(12);
		assertThat(mean(bottleneck, "SPEED", 3, 0, QUIET)).isGreaterThan(48);
	}

	@Test
	void ozonePeaksInTheAfternoonAndParticlesAreHigherAtNight() {
		DemoSensor station = sensor(DemoSensorKind.AIR, 3, "x");
		double o3At15 = mean(station, "O3", 14, 45, QUIET);
		assertThat(o3At15).isGreaterThan(2 * mean(station, "O3", 6, 0, QUIET));
		assertThat(o3At15).isGreaterThan(mean(station, "O3", 10, 0, QUIET)).isGreaterThan(mean(station, "O3", 20, 0, QUIET));
		assertThat(mean(station, "PM2_5", 2, 0, QUIET)).isGreaterThan(1.5 * mean(station, "PM2_5", 14, 0, QUIET));
	}

	@Test
	void particlesAreHigherInWinter() {
		DemoSensor station = sensor(DemoSensorKind.AIR, 3, "x");
		Instant may = at(2, 0);
		Instant january = LocalDateTime.of(2026, 1, 14, 2, 0).atZone(SensorPatterns.CITY_ZONE).toInstant();
		assertThat(SensorPatterns.value(station, "PM2_5", january, QUIET))
			.isGreaterThan(SensorPatterns.value(station, "PM2_5", may, QUIET));
	}

	@Test
	void thePollutionEpisodeRaisesPm25To150To250InItsDistrictOnly() {
		Incidents episode = new Incidents(at(9, 0), "610101");
		DemoSensor inside = sensor(DemoSensorKind.AIR, 0, "610101");
		DemoSensor outside = sensor(DemoSensorKind.AIR, 1, "610102");
		double held = SensorPatterns.value(inside, "PM2_5", at(12, 0), episode);
		assertThat(held).isBetween(130.0, 280.0);
		assertThat(mean(inside, "PM2_5", 12, 0, episode)).isBetween(150.0, 250.0);
		assertThat(SensorPatterns.value(inside, "PM2_5", at(8, 30), episode)).isLessThan(90);
		assertThat(SensorPatterns.value(outside, "PM2_5", at(12, 0), episode)).isLessThan(90);
		assertThat(SensorPatterns.value(inside, "PM2_5", at(16, 0), episode)).isLessThan(90);
	}

	@Test
	void nightNoiseIsAboutEightDecibelsLower() {
		DemoSensor monitor = sensor(DemoSensorKind.NOISE, 5, "x");
		assertThat(SensorPatterns.noiseLevel(monitor, 14) - SensorPatterns.noiseLevel(monitor, 2)).isBetween(7.5, 8.5);
		assertThat(SensorPatterns.noiseLevel(monitor, 14)).isLessThan(60); // under the zone 2 day limit
	}

	@Test
	void offlineSensorsTiltedCoverAndPollutedSectionAreInjected() {
		Incidents incidents = new Incidents(at(9, 0), "610101");
		DemoSensor offline = sensor(DemoSensorKind.MANHOLE, 7, "x");
		assertThat(incidents.reports(offline, at(10, 59))).isTrue();
		assertThat(incidents.reports(offline, at(11, 0))).isFalse();
		assertThat(incidents.reports(sensor(DemoSensorKind.MANHOLE, 8, "x"), at(23, 0))).isTrue();
		DemoSensor cover = sensor(DemoSensorKind.MANHOLE, 0, "x");
		assertThat(SensorPatterns.value(cover, "TILT", at(9, 59), incidents)).isLessThan(2);
		assertThat(SensorPatterns.value(cover, "TILT", at(10, 0), incidents)).isGreaterThan(5);
		// target III: ammonia nitrogen ≤ 1.0; the polluted section is class V, another section of target III is not
		assertThat(SensorPatterns.value(sensor(DemoSensorKind.WATER, 0, "x"), "AMMONIA_NITROGEN", at(12, 0), incidents))
			.isGreaterThan(1.5);
		assertThat(SensorPatterns.value(sensor(DemoSensorKind.WATER, 4, "x"), "AMMONIA_NITROGEN", at(12, 0), incidents))
			.isLessThanOrEqualTo(1.0);
	}

	@Test
	void valuesAreTheSameWhenComputedAgain() {
		DemoSensor station = sensor(DemoSensorKind.AIR, 3, "x");
		assertThat(SensorPatterns.value(station, "NO2", at(8, 5), QUIET)).isEqualTo(SensorPatterns.value(station, "NO2", at(8, 5), QUIET));
	}

	@Test
	void everyKindIsPresentAtTheSmallestScaleAndAbout2000AtFullScale() {
		int full = 0;
		int small = 0;
		for (DemoSensorKind kind : DemoSensorKind.values()) {
			full += kind.count(1.0);
			small += kind.count(0.02);
			assertThat(kind.count(0.02)).isGreaterThanOrEqualTo(2);
		}
		assertThat(full).isEqualTo(1_980);
		assertThat(small).isBetween(40, 45);
	}
}
