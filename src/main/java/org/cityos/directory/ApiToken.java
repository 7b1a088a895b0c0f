package org.cityos.directory;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An API token of a department system (部门系统). The token itself is never stored: only its
 * SHA-256 and a short prefix that lets people tell tokens apart. Valid until it expires or is revoked.
 */
public record ApiToken(UUID id, String name, String departmentCode, String prefix, Instant createdAt, String createdBy,
		Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

	public boolean usableAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}
}
