package org.cityos.sensing.indices;

import org.jspecify.annotations.Nullable;

/**
 * A detector's aggregate for one road segment and interval: flow (vehicles/hour), mean speed
 * (km/h; absent when no vehicle passed), the segment's free-flow speed (km/h) and the time
 * occupancy (0–1; share of the interval a vehicle stood over the loop).
 */
public record TrafficReading(double flow, @Nullable Double speed, double freeFlowSpeed, @Nullable Double occupancy) {
}
