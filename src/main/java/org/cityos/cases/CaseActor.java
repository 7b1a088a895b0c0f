package org.cityos.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who acts on a case: a member of staff with roles (a grid worker with their grids), a
 * department system, CityOS itself, or a citizen through the public API or Open311.
 */
public record CaseActor(String name, Set<Role> roles, @Nullable String departmentCode, List<String> grids,
		boolean citizen) {

	public CaseActor {
		roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
		grids = List.copyOf(grids);
	}

	public static CaseActor staff(String name, Set<Role> roles, @Nullable String departmentCode, List<String> grids) {
		return new CaseActor(name, roles, departmentCode, grids, false);
	}

	/** A citizen, named by how they came (e.g. {@code public:203.0.113.9}, {@code open311:<token name>}). */
	public static CaseActor citizen(String name) {
		return new CaseActor(name, Set.of(), null, List.of(), true);
	}

	public static CaseActor system() {
		return new CaseActor("cityos", Set.of(Role.SYSTEM), null, List.of(), false);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Sees every case: the command center, admins, leaders. */
	public boolean cityWide() {
		return has(Role.OPERATOR) || has(Role.ADMIN) || has(Role.LEADER);
	}

	/** The cases this actor may see. */
	public CaseScope scope() {
		if (cityWide()) {
			return CaseScope.CITY;
		}
		if (has(Role.HANDLER)) {
			return CaseScope.department(departmentCode == null ? "" : departmentCode);
		}
		if (has(Role.GRID_WORKER)) {
			return CaseScope.gridWorker(grids, name);
		}
		return CaseScope.reporter(name);
	}

	/** The role written in the case history. */
	public String roleLabel() {
		if (citizen) {
			return "CITIZEN";
		}
		return roles.stream().sorted().findFirst().map(Enum::name).orElse("NONE");
	}
}
