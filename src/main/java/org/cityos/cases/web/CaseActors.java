package org.cityos.cases.web;

import java.util.List;

import org.cityos.cases.CaseActor;
import org.cityos.directory.Accounts;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.Role;
import org.springframework.stereotype.Component;

/** Turns the logged-in principal into a {@link CaseActor}; a grid worker's grids come from their account. */
@Component
class CaseActors {

	private final Accounts accounts;

	CaseActors(Accounts accounts) {
		this.accounts = accounts;
	}

	CaseActor of(CityPrincipal principal) {
		List<String> grids = principal.hasRole(Role.GRID_WORKER)
				? accounts.find(principal.username()).map(a -> a.gridCodes()).orElse(List.of()) : List.of();
		return CaseActor.staff(principal.username(), principal.roles(), principal.departmentCode(), grids);
	}
}
