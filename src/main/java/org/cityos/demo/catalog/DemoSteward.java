package org.cityos.demo.catalog;

import java.util.Set;

import org.cityos.shared.CityPrincipal;
import org.cityos.shared.Role;

/** A department's data steward as the demo load acts for it (registering, delivering, asking, answering). */
record DemoSteward(String username, Set<Role> roles, String departmentCode) implements CityPrincipal {

	static DemoSteward of(String departmentCode) {
		return new DemoSteward("steward-" + departmentCode.toLowerCase(java.util.Locale.ROOT), Set.of(Role.STEWARD), departmentCode);
	}
}
