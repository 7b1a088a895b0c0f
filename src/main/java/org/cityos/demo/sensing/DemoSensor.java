package org.cityos.demo.sensing;

import java.util.Map;

import org.cityos.shared.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * One simulated sensor as the demo keeps it ({@code demo_sensor}): its number ({@code kind
 * ordinal × 10,000 + index within the kind}, stable across restarts so that its pattern and
 * incidents stay the same), the SensorThings Thing and Datastreams it writes to, and the
 * parameters its index needs (noise zone, water target class, free-flow speed, lot capacity).
 */
record DemoSensor(int number, DemoSensorKind kind, long thingId, String name, GeoPoint place,
		@Nullable String districtCode, @Nullable String zone, @Nullable String targetClass,
		@Nullable Double freeFlowSpeed, @Nullable Integer capacity, Map<String, Long> datastreams) {

	static final int KIND_BLOCK = 10_000;

	static int number(DemoSensorKind kind, int index) {
		return kind.ordinal() * KIND_BLOCK + index;
	}

	/** Index within its kind: 0 is the first air station, the first water section, ... */
	int index() {
		return number % KIND_BLOCK;
	}
}
