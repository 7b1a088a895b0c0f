package org.cityos.sensing.alerting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityos.sensing.AlertResolution;
import org.cityos.sensing.AlertRuleKind;
import org.cityos.sensing.WarningLevel;
import org.jspecify.annotations.Nullable;

/** An alert as stored and shown; {@code history} is filled only when one alert is read. */
public record Alert(UUID id, UUID ruleId, String ruleName, AlertRuleKind kind, String datastreamId,
		@Nullable String observedProperty, @Nullable String sensorKind, List<String> divisionCodes, WarningLevel level,
		AlertState state, Instant raisedAt, double raisedValue, double lastValue, String message,
		@Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, @Nullable Instant resolvedAt,
		@Nullable String resolvedBy, @Nullable AlertResolution resolution, @Nullable String note, List<Step> history) {

	/** One entry of an alert's history: RAISED, LEVEL_CHANGED, ACKNOWLEDGED, RESOLVED. */
	public record Step(Instant at, String action, @Nullable WarningLevel level, @Nullable Double value, @Nullable String actor,
			@Nullable String note) {
	}

	Alert withHistory(List<Step> steps) {
		return new Alert(id, ruleId, ruleName, kind, datastreamId, observedProperty, sensorKind, divisionCodes, level, state,
				raisedAt, raisedValue, lastValue, message, acknowledgedAt, acknowledgedBy, resolvedAt, resolvedBy, resolution,
				note, List.copyOf(steps));
	}
}
