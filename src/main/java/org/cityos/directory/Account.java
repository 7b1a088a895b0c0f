package org.cityos.directory;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * A person's account as administrators see it (never with its password hash). Roles that act for
 * a department (HANDLER, STEWARD, GRID_WORKER) require {@code departmentCode}; a grid worker also
 * works in {@code gridCodes}.
 */
public record Account(String username, String displayName, Set<Role> roles, @Nullable String departmentCode,
		List<String> gridCodes, boolean enabled, Instant createdAt, @Nullable Instant lockedUntil) {
}
