package org.cityos.cases;

import java.util.List;

import org.cityos.cases.Cases.Binding;
import org.jspecify.annotations.Nullable;

/**
 * Which cases a caller may see and act on (docs/cases.md, "Roles"):
 * <ul>
 * <li>command center (OPERATOR), ADMIN, LEADER: every case;</li>
 * <li>HANDLER: the cases currently dispatched to their department;</li>
 * <li>GRID_WORKER: the cases in their grids and the ones they reported;</li>
 * <li>SYSTEM (a department system's API token): the cases it reported.</li>
 * </ul>
 */
public record CaseScope(@Nullable String department, @Nullable List<String> grids, @Nullable String reporter) {

	public static final CaseScope CITY = new CaseScope(null, null, null);

	public static CaseScope department(String code) {
		return new CaseScope(code, null, null);
	}

	public static CaseScope gridWorker(List<String> grids, String username) {
		return new CaseScope(null, List.copyOf(grids), username);
	}

	public static CaseScope reporter(String username) {
		return new CaseScope(null, null, username);
	}

	public boolean isCity() {
		return department == null && grids == null && reporter == null;
	}

	public boolean covers(Case c) {
		if (isCity()) {
			return true;
		}
		if (department != null) {
			return department.equals(c.departmentCode());
		}
		boolean inGrid = grids != null && c.place() != null && c.place().grid() != null
				&& grids.contains(c.place().grid().code());
		return inGrid || (reporter != null && reporter.equals(c.reportedBy()));
	}

	void appendTo(StringBuilder where, List<Binding> bindings) {
		if (department != null) {
			where.append(" and department_code = :scopeDepartment");
			bindings.add(s -> s.param("scopeDepartment", department));
		}
		else if (grids != null) {
			where.append(" and (grid_code in (:scopeGrids) or reported_by = :scopeReporter)");
			List<String> any = grids.isEmpty() ? List.of("") : grids;
			bindings.add(s -> s.param("scopeGrids", any).param("scopeReporter", reporter));
		}
		else if (reporter != null) {
			where.append(" and reported_by = :scopeReporter");
			bindings.add(s -> s.param("scopeReporter", reporter));
		}
	}
}
