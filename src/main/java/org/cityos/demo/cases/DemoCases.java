package org.cityos.demo.cases;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.cases.CaseHistoryImport;
import org.cityos.cases.Categories;
import org.cityos.cases.Deadline;
import org.cityos.cases.Deadlines;
import org.cityos.cases.DispatchRules;
import org.cityos.cases.DispatchRules.DispatchRule;
import org.cityos.cases.TimeLimits;
import org.cityos.cases.TimeLimits.TimeLimit;
import org.cityos.cases.Urgency;
import org.cityos.demo.city.DemoCityMap;
import org.cityos.directory.AccountAdministration;
import org.cityos.directory.Accounts;
import org.cityos.directory.Departments;
import org.cityos.geography.DivisionFeature;
import org.cityos.geography.DivisionLevel;
import org.cityos.platform.ProgressBoard.Job;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the demo city's cases as steps of the demo city's load: the handler accounts of the
 * departments and about twenty grid workers with a community's grids each, then six months of
 * history, about 100,000 cases × {@code cityos.demo.scale}, written in bulk through the cases
 * module's {@link CaseHistoryImport} (one transaction; skipped when any case exists, so a load
 * resumed after a crash does not add a second history).
 */
@Component
public class DemoCases {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	static final int FULL_HISTORY = 100_000;

	static final String PASSWORD = "demo";

	private static final long SEED = 12345L;

	private final CaseHistoryImport history;

	private final Categories categories;

	private final DispatchRules dispatchRules;

	private final TimeLimits timeLimits;

	private final Deadlines deadlines;

	private final Departments departments;

	private final Accounts accounts;

	private final AccountAdministration accountAdministration;

	private final WorkingCalendar calendar;

	private final double scale;

	DemoCases(CaseHistoryImport history, Categories categories, DispatchRules dispatchRules, TimeLimits timeLimits,
			Deadlines deadlines, Departments departments, Accounts accounts, AccountAdministration accountAdministration,
			WorkingCalendar calendar, @Value("${cityos.demo.scale:1.0}") double scale) {
		this.history = history;
		this.categories = categories;
		this.dispatchRules = dispatchRules;
		this.timeLimits = timeLimits;
		this.deadlines = deadlines;
		this.departments = departments;
		this.accounts = accounts;
		this.accountAdministration = accountAdministration;
		this.calendar = calendar;
		this.scale = scale;
	}

	public void load(Job job, DemoCityMap map) {
		DemoDesk desk = openAccounts(job, map);
		loadHistory(job, map, desk);
	}

	int historySize() {
		return (int) Math.max(200, Math.round(FULL_HISTORY * scale));
	}

	/** Handler accounts per department and grid workers; the desk that names them. */
	DemoDesk openAccounts(Job job, DemoCityMap map) {
		Map<String, List<String>> handlers = new HashMap<>();
		DemoDesk.handlerNames().forEach((department, names) -> handlers.put(department,
				scale < 0.1 ? names.subList(0, 1) : names));
		List<DivisionFeature> communities = map.ofLevel(DivisionLevel.COMMUNITY);
		List<DivisionFeature> grids = map.ofLevel(DivisionLevel.GRID);
		int workers = (int) Math.max(3, Math.min(20, Math.round(20 * scale * 10)));
		List<DemoDesk.GridWorker> gridWorkers = new ArrayList<>();
		accounts.find("gridworker").ifPresent(a -> gridWorkers.add(new DemoDesk.GridWorker("gridworker", a.gridCodes())));
		for (int i = 1; i < workers; i++) {
			String community = communities.get(i * communities.size() / workers).code().value();
			List<String> own = grids.stream().map(g -> g.code().value()).filter(code -> code.startsWith(community))
				.sorted().toList();
			gridWorkers.add(new DemoDesk.GridWorker(String.format("gridworker%02d", i), own));
		}
		int total = handlers.values().stream().mapToInt(List::size).sum() + gridWorkers.size();
		job.step("案件办理账号 / case handlers and grid workers", total);
		Map<String, String> names = departments.names();
		SyntheticNames people = new SyntheticNames(SEED);
		handlers.forEach((department, usernames) -> {
			for (String username : usernames) {
				if (departments.exists(department) && accounts.find(username).isEmpty()) {
					accountAdministration.open(username, names.getOrDefault(department, department) + "承办人 " + people.next(),
							PASSWORD, Set.of(Role.HANDLER), department, List.of());
				}
				job.advance(1);
			}
		});
		for (DemoDesk.GridWorker worker : gridWorkers) {
			if (accounts.find(worker.username()).isEmpty()) {
				accountAdministration.open(worker.username(), "网格员 " + people.next(), PASSWORD, Set.of(Role.GRID_WORKER),
						DemoDesk.URBAN_MANAGEMENT, worker.grids());
			}
			job.advance(1);
		}
		return new DemoDesk(handlers, gridWorkers);
	}

	private void loadHistory(Job job, DemoCityMap map, DemoDesk desk) {
		int size = historySize();
		job.step("案件历史 / case history: " + size + " cases over six months", size);
		if (history.hasCases()) {
			log.info("Demo cases: cases exist already, the history is not loaded again");
			job.advance(size);
			return;
		}
		writeHistory(map, desk, size, job::advance);
	}

	/** Generates and imports {@code size} cases of history up to now; logs and answers what was written. */
	CaseHistoryImport.Summary writeHistory(DemoCityMap map, DemoDesk desk, int size, java.util.function.LongConsumer progress) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		List<String> workerGrids = desk.gridWorkers().stream().flatMap(w -> w.grids().stream()).toList();
		CasePlaces places = new CasePlaces(map.ofLevel(DivisionLevel.GRID), workerGrids, SEED);
		CaseHistoryGenerator generator = new CaseHistoryGenerator(size, now, calendar, places, desk, rules(), SEED);
		long started = System.nanoTime();
		CaseHistoryImport.Summary summary = history.importAll(generator.iterator(), now, progress);
		double seconds = (System.nanoTime() - started) / 1e9;
		log.info("Demo cases: {} cases with {} history rows, {} extension requests and {} escalations written in {} s ({} cases/s)",
				summary.cases(), summary.events(), summary.extensions(), summary.escalations(),
				String.format("%.1f", seconds), Math.round(summary.cases() / Math.max(seconds, 0.001)));
		return summary;
	}

	/** The cases module's dispatch rules and time limits, read once. */
	CaseRules rules() {
		List<DispatchRule> rules = dispatchRules.all();
		List<TimeLimit> limits = timeLimits.all();
		Set<String> existing = new HashSet<>(departments.names().keySet());
		Map<String, String> chosen = new HashMap<>();
		return new CaseRules() {

			@Override
			public String departmentFor(String categoryCode, @Nullable String gridCode) {
				return chosen.computeIfAbsent(categoryCode + "@" + gridCode, key -> DispatchRules
					.choose(rules, categories.lineage(categoryCode), gridCode, existing::contains)
					.orElse(DemoDesk.URBAN_MANAGEMENT));
			}

			@Override
			public Deadline deadline(String categoryCode, Urgency urgency, Instant start) {
				return deadlines.forCase(limits, categoryCode, urgency, start);
			}
		};
	}
}
