package org.cityos.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of the audit log as auditors see it. {@code seq} is null until the entry is sealed into the chain. */
public record AuditEntry(long id, Instant at, String actor, String role, @Nullable String departmentCode,
		String action, String target, AuditOutcome outcome, @Nullable String clientAddress, @Nullable String detail,
		@Nullable Long seq) {
}
