package org.cityos.shared;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who is calling: a person logged in or a department system with an API token. Modules read
 * it for department scoping and the audit log reads it to record the actor.
 */
public interface CityPrincipal {

	String username();

	Set<Role> roles();

	/** The department the caller belongs to, or null for city-wide roles. */
	@Nullable String departmentCode();

	default boolean hasRole(Role role) {
		return roles().contains(role);
	}

	/** The role recorded in the audit log: the first of the caller's roles in declaration order. */
	default String primaryRole() {
		return roles().stream().sorted().findFirst().map(Enum::name).orElse("NONE");
	}
}
