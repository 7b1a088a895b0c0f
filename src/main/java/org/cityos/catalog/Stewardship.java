package org.cityos.catalog;

import org.cityos.shared.CityPrincipal;
import org.cityos.shared.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may act for a department's resources: the big data bureau's admins for every
 * department; a steward or a department system (API token) for its own department only.
 */
public final class Stewardship {

	private Stewardship() {
	}

	public static boolean actsFor(CityPrincipal caller, String departmentCode) {
		return caller.hasRole(Role.ADMIN) || departmentCode.equals(caller.departmentCode());
	}

	/** Refuses (403) a caller who does not act for the department. */
	public static void require(CityPrincipal caller, String departmentCode, String action) {
		if (!actsFor(caller, departmentCode)) {
			throw new AccessDeniedException("Only department " + departmentCode + " (or an admin) may " + action
					+ "; you act for " + (caller.departmentCode() == null ? "no department" : caller.departmentCode()) + ".");
		}
	}
}
