package org.cityos.sensing.alerting;

/**
 * Which observations a rule looks at: one datastream, every datastream of an observed property
 * (e.g. {@code PM2_5}), of a sensor kind (e.g. {@code WATER_SECTION}), or in an area (a division
 * code: an observation matches when any of its division codes equals it).
 */
public record AlertScope(Type type, String value) {

	public enum Type {
		DATASTREAM, OBSERVED_PROPERTY, SENSOR_KIND, AREA
	}
}
