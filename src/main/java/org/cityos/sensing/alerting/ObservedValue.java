package org.cityos.sensing.alerting;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One stored observation as the alert engine sees it: the datastream, the phenomenon time, the
 * numeric result and the context rules are scoped by (observed property, sensor kind, division
 * codes of the sensor's place: grid, community, street, district).
 */
public record ObservedValue(String datastreamId, Instant time, double value, @Nullable String observedProperty,
		@Nullable String sensorKind, List<String> divisionCodes) {

	public ObservedValue {
		divisionCodes = List.copyOf(divisionCodes);
	}
}
