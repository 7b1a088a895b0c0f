package org.cityos.sensing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An alert closed: automatically when its condition cleared, by a person with a note, or with its rule. */
public record AlertResolved(UUID alertId, UUID ruleId, AlertRuleKind kind, String datastreamId, AlertResolution resolution,
		@Nullable String by, Instant at, @Nullable String note) {
}
