package org.cityos.scorecard.web;

import java.util.List;

import org.cityos.scorecard.assessment.DepartmentScore;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees which departments' scorecards. ADMIN (the big data bureau, which publishes them),
 * LEADER and AUDITOR see every department. A STEWARD sees its own department only: its line
 * with its rank and the number of departments ranked, but no other department's figures or
 * scores — the bureau decides what it circulates (通报), not the scorecard. A steward without
 * a department is refused (fail closed).
 *
 * @param department null when every department is visible
 */
record ScorecardScope(@Nullable String department) {

	static ScorecardScope of(CityPrincipal caller) {
		if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.LEADER) || caller.hasRole(Role.AUDITOR)) {
			return new ScorecardScope(null);
		}
		if (caller.departmentCode() == null) {
			throw new AccessDeniedException("Your account belongs to no department");
		}
		return new ScorecardScope(caller.departmentCode());
	}

	void requireMaySee(String departmentCode) {
		if (department != null && !department.equals(departmentCode)) {
			throw new AccessDeniedException("You see your own department's (" + department + ") scorecard only");
		}
	}

	List<DepartmentScore> visible(List<DepartmentScore> lines) {
		return department == null ? lines : lines.stream().filter(l -> l.departmentCode().equals(department)).toList();
	}
}
