package org.cityos.demo.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.cityos.cases.CaseActor;
import org.cityos.shared.Role;

/**
 * Who works the demo's cases: the 12345 operator, the handlers (承办人) of each department and the
 * grid workers with their grids. Handler and grid-worker accounts are opened by {@link DemoCases}
 * under these names, so the desks, the inbox and the per-worker evaluation show them.
 */
final class DemoDesk {

	static final String COMMAND_CENTER = "ZHZX";

	static final String URBAN_MANAGEMENT = "CGJ";

	/** Departments the shipped dispatch rules send cases to, with how many handlers each has. */
	static final Map<String, Integer> HANDLING_DEPARTMENTS = Map.ofEntries(Map.entry("CGJ", 4), Map.entry("GSGS", 2),
			Map.entry("RQGS", 1), Map.entry("JTYSJ", 2), Map.entry("ZJJ", 2), Map.entry("SWUJ", 1), Map.entry("GAJ", 2),
			Map.entry("RSJ", 1), Map.entry("YBJ", 1), Map.entry("SCJGJ", 2), Map.entry("STHJJ", 2));

	static final CaseActor OPERATOR = CaseActor.staff("operator", Set.of(Role.OPERATOR), COMMAND_CENTER, List.of());

	/** A grid worker's account and grids. */
	record GridWorker(String username, List<String> grids) {

		CaseActor actor() {
			return CaseActor.staff(username, Set.of(Role.GRID_WORKER), URBAN_MANAGEMENT, grids);
		}
	}

	private final Map<String, List<String>> handlers;

	private final List<GridWorker> gridWorkers;

	private final Map<String, GridWorker> byGrid = new HashMap<>();

	DemoDesk(Map<String, List<String>> handlers, List<GridWorker> gridWorkers) {
		this.handlers = Map.copyOf(handlers);
		this.gridWorkers = List.copyOf(gridWorkers);
		for (GridWorker worker : gridWorkers) {
			worker.grids().forEach(grid -> byGrid.putIfAbsent(grid, worker));
		}
	}

	/** The handler usernames of every department: the demo's {@code handler} and generated ones. */
	static Map<String, List<String>> handlerNames() {
		Map<String, List<String>> names = new HashMap<>();
		HANDLING_DEPARTMENTS.forEach((department, count) -> {
			List<String> list = new java.util.ArrayList<>();
			for (int i = 1; i <= count; i++) {
				list.add(department.equals(URBAN_MANAGEMENT) && i == 1 ? "handler"
						: department.toLowerCase(java.util.Locale.ROOT) + ".handler" + i);
			}
			names.put(department, List.copyOf(list));
		});
		return names;
	}

	List<GridWorker> gridWorkers() {
		return gridWorkers;
	}

	/** A handler of the department; departments without accounts act through a named system actor. */
	CaseActor handler(String department, SplittableRandom random) {
		List<String> names = handlers.get(department);
		String name = names == null || names.isEmpty() ? department.toLowerCase(java.util.Locale.ROOT) + ".system"
				: names.get(random.nextInt(names.size()));
		return CaseActor.staff(name, Set.of(Role.HANDLER), department, List.of());
	}

	/** The grid worker of the grid verifies on site; elsewhere the command center does. */
	CaseActor verifier(@org.jspecify.annotations.Nullable String gridCode) {
		GridWorker worker = gridCode == null ? null : byGrid.get(gridCode);
		return worker == null ? OPERATOR : worker.actor();
	}

	GridWorker gridWorker(SplittableRandom random) {
		return gridWorkers.get(random.nextInt(gridWorkers.size()));
	}
}
