package org.cityos.sensing.indices;

import org.cityos.shared.InvalidInputException;

/**
 * CityOS's congestion index of a road segment — STANDARDS.md names no traffic standard, so the
 * formula is ours and documented in docs/sensing-indices-alerts.md. It follows common Chinese
 * city practice of judging a segment by its travel speed relative to free flow:
 * <pre>
 *   r = clamp(v / v_free, 0, 1)        index = 10 · (1 − r)
 * </pre>
 * so r ≥ 0.8 is 畅通 and r &lt; 0.2 is 严重拥堵. When no vehicle passed there is no speed: then a
 * high occupancy means a standstill (loop covered), a low one an empty road:
 * index = 10 · clamp(occupancy / 0.7, 0, 1). When speed and occupancy are both given the speed
 * decides; occupancy above 0.7 with a still-high speed is a sensor problem, not congestion.
 */
public final class TrafficCongestion {

	static final double STANDSTILL_OCCUPANCY = 0.7;

	private TrafficCongestion() {
	}

	public static SegmentCongestion of(TrafficReading reading) {
		if (!Double.isFinite(reading.freeFlowSpeed()) || reading.freeFlowSpeed() <= 0) {
			throw InvalidInputException.ofField("freeFlowSpeed", "must be > 0 km/h");
		}
		if (!Double.isFinite(reading.flow()) || reading.flow() < 0) {
			throw InvalidInputException.ofField("flow", "must be ≥ 0 vehicles/hour");
		}
		Double speed = reading.speed();
		Double occupancy = reading.occupancy();
		if (occupancy != null && (!Double.isFinite(occupancy) || occupancy < 0 || occupancy > 1)) {
			throw InvalidInputException.ofField("occupancy", "must be between 0 and 1");
		}
		if (speed != null && (!Double.isFinite(speed) || speed < 0)) {
			throw InvalidInputException.ofField("speed", "must be ≥ 0 km/h");
		}
		if (speed != null && (reading.flow() > 0 || occupancy == null)) {
			double ratio = Math.min(1, speed / reading.freeFlowSpeed());
			double index = round(10 * (1 - ratio));
			return new SegmentCongestion(index, CongestionLevel.of(index), round2(ratio), SegmentCongestion.Basis.SPEED,
					reading.flow());
		}
		if (occupancy == null) {
			throw new InvalidInputException("a reading needs a speed or an occupancy");
		}
		double index = round(10 * Math.min(1, occupancy / STANDSTILL_OCCUPANCY));
		return new SegmentCongestion(index, CongestionLevel.of(index), null, SegmentCongestion.Basis.OCCUPANCY,
				reading.flow());
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static double round2(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
