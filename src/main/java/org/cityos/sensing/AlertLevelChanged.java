package org.cityos.sensing;

import java.time.Instant;
import java.util.UUID;

/**
 * An open alert moved to another warning level (escalated, or lowered after its clear duration).
 * An escalation brings an acknowledged alert back to RAISED.
 */
public record AlertLevelChanged(UUID alertId, UUID ruleId, AlertRuleKind kind, String datastreamId, WarningLevel from,
		WarningLevel to, Instant at, double value) {

	public boolean escalated() {
		return to.above(from);
	}
}
