package org.cityos.sensing.alerting;

import java.time.Instant;

import org.cityos.sensing.WarningLevel;
import org.jspecify.annotations.Nullable;

/**
 * What the evaluator decided for one rule and datastream: an alert is raised (to a level), its
 * level changes, or it resolves (from a level). {@code context} is the datastream's latest
 * observation (its property, kind and areas), {@code value} the judged value.
 */
public record AlertTransition(Type type, AlertRule rule, ObservedValue context, @Nullable WarningLevel from,
		@Nullable WarningLevel to, Instant at, double value, String message) {

	public enum Type {
		RAISED, LEVEL_CHANGED, RESOLVED
	}
}
