package org.cityos.cases.bench;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.cityos.CityOsApplication;
import org.cityos.cases.analysis.Evaluation;
import org.cityos.cases.sla.SlaSweep;
import org.cityos.platform.ProgressBoard;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times the SLA sweep over 1,000,000 open cases and the evaluation over 1,000,000 cases on the
 * embedded PostgreSQL: starts CityOS (demo city at a small scale, for departments and grids),
 * COPYs synthetic dispatched cases (deadlines spread around now, 1 % already past due, 2 % past
 * the yellow point) and their dispatch and return history, then sweeps as of now (steady state),
 * as of six hours later (a mass of cases falling due at once), and evaluates six months by
 * department, street, grid and worker.
 * <p>
 * Run: {@code ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * -Dmdep.includeScope=test && java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * org.cityos.cases.bench.CasesBenchmark [cases=1000000]}
 */
public final class CasesBenchmark {

	private static final String[] CATEGORIES = { "E0102", "E0104", "E0105", "E0201", "E0502", "E0503", "E0504",
			"E0505", "C0101", "C0102", "C0109", "C0401", "S0101", "S0601", "E0401", "E0402" };

	private static final String[] DEPARTMENTS = { "CGJ", "ZJJ", "GSGS", "RQGS", "JTYSJ", "GAJ", "STHJJ", "SWUJ",
			"SCJGJ", "RSJ" };

	public static void main(String[] args) throws Exception {
		int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path dataDir = Files.createTempDirectory("cityos-cases-bench-");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CityOsApplication.class).run(
				"--cityos.data-dir=" + dataDir, "--cityos.demo=true", "--cityos.demo.scale=0.02", "--server.port=0", "--cityos.sensing.mqtt.enabled=false",
				"--cityos.cases.sla-sweep=1h", "--logging.level.root=warn")) {
			ProgressBoard progress = context.getBean(ProgressBoard.class);
			while (progress.find("demo-city") == null || progress.find("demo-city").state() == ProgressBoard.State.RUNNING) {
				Thread.sleep(200);
			}
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			List<String> grids = jdbc.sql("select code from geography_division where level = 'GRID' order by code")
				.query(String.class).list();
			Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
			long loading = System.nanoTime();
			load(context.getBean(DataSource.class), total, grids, now);
			// as rows of a running city are: hint bits set, visibility map and statistics current
			jdbc.sql("vacuum analyze cases_case").update();
			jdbc.sql("vacuum analyze cases_event").update();
			System.out.printf("loaded %,d open cases and their history by COPY in %.1f s%n", total,
					(System.nanoTime() - loading) / 1e9);

			SlaSweep sweep = context.getBean(SlaSweep.class);
			time("SLA sweep, steady state (1 % newly overdue, 2 % newly yellow)", () -> sweep.sweep(now));
			time("SLA sweep again, nothing new", () -> sweep.sweep(now.plusSeconds(1)));
			time("SLA sweep 6 h later (a mass falling due at once)", () -> sweep.sweep(now.plus(6, ChronoUnit.HOURS)));

			Evaluation evaluation = context.getBean(Evaluation.class);
			Instant from = now.minus(183, ChronoUnit.DAYS);
			for (Evaluation.GroupBy groupBy : Evaluation.GroupBy.values()) {
				for (int run = 1; run <= 3; run++) {
					time("evaluation of " + total + " cases by " + groupBy + " run " + run,
							() -> evaluation.evaluate(from, now.plusSeconds(1), groupBy).rows().size() + " rows");
				}
			}
		}
	}

	private static void time(String what, java.util.function.Supplier<Object> work) {
		long start = System.nanoTime();
		Object result = work.get();
		System.out.printf("%-70s %8.0f ms  %s%n", what, (System.nanoTime() - start) / 1e6, result);
	}

	private static void load(DataSource dataSource, int total, List<String> grids, Instant now) throws Exception {
		SplittableRandom random = new SplittableRandom(42);
		try (Connection connection = dataSource.getConnection()) {
			PGConnection pg = connection.unwrap(PGConnection.class);
			int batch = 100_000;
			for (int offset = 0; offset < total; offset += batch) {
				StringBuilder cases = new StringBuilder(batch * 260);
				for (int i = offset; i < Math.min(total, offset + batch); i++) {
					Instant created = now.minusSeconds(random.nextLong(183L * 86400));
					Instant dispatched = created.plusSeconds(600);
					// deadlines around now: 1 % past due, 2 % past the yellow point, the rest ahead
					double r = random.nextDouble();
					Instant due = r < 0.01 ? now.minusSeconds(1 + random.nextLong(3600))
							: now.plusSeconds(60 + random.nextLong(30L * 86400));
					Instant yellow = r < 0.03 ? now.minusSeconds(1 + random.nextLong(3600)) : due.minusSeconds(3600);
					String grid = grids.get(random.nextInt(grids.size()));
					String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
					boolean accepted = random.nextBoolean();
					boolean replied = random.nextInt(4) == 0;
					String status = replied ? "REPLIED" : accepted ? "IN_PROGRESS" : "DISPATCHED";
					String repliedAt = replied ? created.plusSeconds(7200).toString() : "\\N";
					cases.append("B").append(String.format("%013d", i)).append('\t')
						.append("HOTLINE\t").append(CATEGORIES[random.nextInt(CATEGORIES.length)]).append("\tsynthetic\t")
						.append("NORMAL\t").append(108.6 + random.nextDouble() * 0.2).append('\t')
						.append(34.3 + random.nextDouble() * 0.1).append('\t').append(grid).append('\t')
						.append(grid, 0, 9).append('\t').append(grid, 0, 6).append("\tbench\t").append(status).append('\t')
						.append(department).append('\t').append(accepted ? "handler" + random.nextInt(200) : "\\N").append('\t')
						.append(created).append('\t').append(created).append('\t').append(dispatched).append('\t')
						.append(dispatched).append('\t').append(repliedAt).append('\t').append(repliedAt).append('\t')
						.append(due).append('\t').append(yellow).append("\t8\tWORKING_HOURS\tNONE\t")
						.append(random.nextInt(50) == 0 ? 1 : 0).append('\t').append(random.nextInt(20) == 0 ? 1 : 0)
						.append('\t').append(random.nextInt(30) == 0 ? 1 : 0).append('\t').append(created).append('\n');
				}
				pg.getCopyAPI().copyIn("""
						copy cases_case (number, channel, category_code, description, urgency, lon, lat, grid_code, street_code,
						  district_code, reported_by, status, department_code, handler, created_at, registered_at, dispatched_at,
						  first_dispatched_at, first_replied_at, replied_at, due_at, yellow_at, limit_amount, limit_unit, card,
						  return_count, rework_count, extension_count, updated_at) from stdin
						""", new StringReader(cases.toString()));
			}
			try (var statement = connection.createStatement()) {
				// the history the evaluation reads: one dispatch per case, a return for one case in fifty
				statement.execute("""
						insert into cases_event (case_id, at, actor, role, action, to_status, department_code)
						select id, first_dispatched_at, 'operator', 'OPERATOR', 'dispatch', 'DISPATCHED', department_code
						from cases_case where reported_by = 'bench'
						""");
				statement.execute("""
						insert into cases_event (case_id, at, actor, role, action, to_status, department_code)
						select id, first_dispatched_at + interval '1 hour', 'handler', 'HANDLER', 'return', 'REGISTERED',
						       department_code
						from cases_case where reported_by = 'bench' and return_count > 0
						""");
			}
		}
	}
}
