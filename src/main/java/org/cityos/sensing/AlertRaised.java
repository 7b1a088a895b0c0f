package org.cityos.sensing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A rule's condition held (for its minimum duration) on a datastream: a new alert in state
 * RAISED. Published after the alert was stored, delivered after commit. {@code at} is the
 * observation time that raised it, {@code value} the value the rule judged (e.g. the forecast
 * for FORECAST_BREACH, the rate for RATE_OF_CHANGE).
 */
public record AlertRaised(UUID alertId, UUID ruleId, String ruleName, AlertRuleKind kind, WarningLevel level,
		String datastreamId, @Nullable String observedProperty, @Nullable String sensorKind, List<String> divisionCodes,
		Instant at, double value, String message) {
}
