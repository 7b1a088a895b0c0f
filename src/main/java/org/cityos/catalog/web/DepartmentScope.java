package org.cityos.catalog.web;

import java.util.Locale;

import org.cityos.shared.CityPrincipal;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Which department's requests or grants a caller may list: a steward or a department system
 * its own (as consumer, as provider, or either), the admin any department or all.
 */
record DepartmentScope(@Nullable String consumerCode, @Nullable String providerCode, @Nullable String eitherCode) {

	static DepartmentScope of(CityPrincipal caller, @Nullable String role, @Nullable String department) {
		String asked = department == null || department.isBlank() ? null : department.trim();
		String scope;
		if (caller.hasRole(Role.ADMIN)) {
			scope = asked;
		}
		else {
			if (caller.departmentCode() == null) {
				// Fail closed: only admins see across departments.
				throw new AccessDeniedException("Your account belongs to no department");
			}
			if (asked != null && !asked.equals(caller.departmentCode())) {
				throw new AccessDeniedException("You see your own department's (" + caller.departmentCode() + ") only");
			}
			scope = caller.departmentCode();
		}
		String side = role == null || role.isBlank() ? null : role.trim().toLowerCase(Locale.ROOT);
		if (side != null && !side.equals("consumer") && !side.equals("provider")) {
			throw InvalidInputException.ofField("role", "'" + role + "' is not consumer or provider");
		}
		if (scope == null) {
			return new DepartmentScope(null, null, null);
		}
		if (side == null) {
			return new DepartmentScope(null, null, scope);
		}
		return side.equals("consumer") ? new DepartmentScope(scope, null, null) : new DepartmentScope(null, scope, null);
	}

	/** One request or grant: the admin sees any, others only those their department is a party to. */
	static void requireParty(CityPrincipal caller, String consumerCode, String providerCode, String what) {
		if (caller.hasRole(Role.ADMIN)) {
			return;
		}
		String own = caller.departmentCode();
		if (own == null || !(own.equals(consumerCode) || own.equals(providerCode))) {
			throw new AccessDeniedException(what + " is between " + consumerCode + " and " + providerCode
					+ "; your department is neither");
		}
	}
}
