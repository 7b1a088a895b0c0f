package org.cityos.demo;

import java.util.List;
import java.util.Set;

import org.cityos.directory.AccountAdministration;
import org.cityos.directory.Accounts;
import org.cityos.directory.Department;
import org.cityos.directory.DepartmentAdministration;
import org.cityos.directory.Departments;
import org.cityos.demo.cases.DemoCases;
import org.cityos.demo.catalog.DemoCatalog;
import org.cityos.demo.city.DemoCityMap;
import org.cityos.demo.city.DemoCityMapGenerator;
import org.cityos.demo.sensing.DemoSensing;
import org.cityos.geography.CityMap;
import org.cityos.geography.DivisionFeature;
import org.cityos.geography.DivisionLevel;
import org.cityos.geography.ImportMode;
import org.cityos.platform.CityOsProperties;
import org.cityos.platform.ProgressBoard;
import org.cityos.platform.ProgressBoard.Job;
import org.cityos.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the demo city into an empty database, in the background so that CityOS is healthy
 * at once, with its progress on the {@link ProgressBoard} (UI banner and log). Each step skips
 * what is already there, so a load interrupted by a crash completes on the next start.
 */
@Component
class DemoCity {

	private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

	static final String JOB = "demo-city";

	static final String PASSWORD = "demo";

	private final CityOsProperties properties;

	private final ProgressBoard progress;

	private final JdbcClient jdbc;

	private final Departments departments;

	private final DepartmentAdministration departmentAdministration;

	private final Accounts accounts;

	private final AccountAdministration accountAdministration;

	private final CityMap cityMap;

	private final DemoCatalog catalog;

	private final DemoCases cases;

	private final DemoSensing sensing;

	DemoCity(CityOsProperties properties, ProgressBoard progress, JdbcClient jdbc, Departments departments,
			DepartmentAdministration departmentAdministration, Accounts accounts,
			AccountAdministration accountAdministration, CityMap cityMap, DemoCatalog catalog, DemoCases cases,
			DemoSensing sensing) {
		this.cityMap = cityMap;
		this.sensing = sensing;
		this.catalog = catalog;
		this.cases = cases;
		this.properties = properties;
		this.progress = progress;
		this.jdbc = jdbc;
		this.departments = departments;
		this.departmentAdministration = departmentAdministration;
		this.accounts = accounts;
		this.accountAdministration = accountAdministration;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadIfEmpty() {
		if (!properties.demoMode()) {
			return;
		}
		String state = jdbc.sql("select state from demo_load where id = 1").query(String.class).optional().orElse(null);
		if ("DONE".equals(state)) {
			return;
		}
		if (state == null && accounts.count() > 0) {
			log.info("Demo mode is on but the database already holds accounts: the demo city is not loaded into it");
			return;
		}
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("demo-city-");
		executor.execute(this::load);
	}

	void load() {
		Job job = progress.start(JOB, "加载演示城市 / Loading the demo city");
		jdbc.sql("""
				insert into demo_load (id, state, started_at) values (1, 'RUNNING', now())
				on conflict (id) do update set state = 'RUNNING', started_at = now(), message = null
				""").update();
		try {
			loadDepartments(job);
			DemoCityMap map = loadMap(job);
			loadAccounts(job, gridWorkerGrids(map));
			catalog.load(job);
			cases.load(job, map);
			sensing.load(job);
			jdbc.sql("update demo_load set state = 'DONE', finished_at = now() where id = 1").update();
			job.finish("演示城市已就绪 / The demo city is ready");
		}
		catch (RuntimeException ex) {
			log.error("Loading the demo city failed", ex);
			jdbc.sql("update demo_load set state = 'FAILED', message = :m where id = 1").param("m", String.valueOf(ex.getMessage()))
				.update();
			job.fail(String.valueOf(ex.getMessage()));
		}
	}

	private void loadDepartments(Job job) {
		List<Department> all = DemoDepartments.all();
		job.step("部门 / departments", all.size());
		for (Department department : all) {
			if (!departments.exists(department.code())) {
				departmentAdministration.register(department);
			}
			job.advance(1);
		}
	}

	private DemoCityMap loadMap(Job job) {
		DemoCityMap map = new DemoCityMapGenerator().generate();
		job.step("城市地图 / city map: " + map.features().size() + " divisions", map.features().size());
		if (cityMap.isEmpty()) {
			cityMap.importFeatures(map.features(), ImportMode.REPLACE);
		}
		job.advance(map.features().size());
		return map;
	}

	/** The grids the demo grid worker walks: the first community's. */
	private static List<String> gridWorkerGrids(DemoCityMap map) {
		List<DivisionFeature> grids = map.ofLevel(DivisionLevel.GRID);
		String community = map.ofLevel(DivisionLevel.COMMUNITY).get(0).code().value();
		return grids.stream().map(g -> g.code().value()).filter(code -> code.startsWith(community)).sorted().toList();
	}

	private void loadAccounts(Job job, List<String> gridWorkerGrids) {
		List<DemoAccount> demoAccounts = List.of(
				new DemoAccount("admin", "系统管理员 王磊", Role.ADMIN, DemoDepartments.BIG_DATA),
				new DemoAccount("leader", "市领导 李建国", Role.LEADER, null),
				new DemoAccount("operator", "12345话务员 张敏", Role.OPERATOR, DemoDepartments.COMMAND_CENTER),
				new DemoAccount("auditor", "审计员 刘洋", Role.AUDITOR, DemoDepartments.BIG_DATA),
				new DemoAccount("steward", "数据管理专员 陈静", Role.STEWARD, DemoDepartments.PUBLIC_SECURITY),
				new DemoAccount("handler", "承办人 赵强", Role.HANDLER, DemoDepartments.URBAN_MANAGEMENT),
				new DemoAccount("gridworker", "网格员 孙丽", Role.GRID_WORKER, DemoDepartments.URBAN_MANAGEMENT));
		job.step("账号 / accounts", demoAccounts.size());
		for (DemoAccount account : demoAccounts) {
			if (accounts.find(account.username()).isEmpty()) {
				accountAdministration.open(account.username(), account.displayName(), PASSWORD, Set.of(account.role()),
						account.department(), account.role() == Role.GRID_WORKER ? gridWorkerGrids : List.of());
			}
			job.advance(1);
		}
	}

	private record DemoAccount(String username, String displayName, Role role, @org.jspecify.annotations.Nullable String department) {
	}
}
