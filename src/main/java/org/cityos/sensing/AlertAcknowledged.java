package org.cityos.sensing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Someone on duty took an alert on (确认): it stays open until its condition clears or it is resolved. */
public record AlertAcknowledged(UUID alertId, UUID ruleId, AlertRuleKind kind, String datastreamId, String by, Instant at,
		@Nullable String note) {
}
