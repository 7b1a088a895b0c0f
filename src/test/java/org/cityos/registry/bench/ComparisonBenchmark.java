package org.cityos.registry.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.cityos.CityOsApplication;
import org.cityos.catalog.Catalog;
import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.ResourceRecords;
import org.cityos.platform.ProgressBoard;
import org.cityos.registry.comparison.Comparisons;
import org.cityos.registry.verification.CrossCheck;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Times 比对 on the demo city: loads it at {@code scale} (default 1: 500,000 residents in
 * 人口基本信息 and the other departments' resources), waits for the comparisons its deliveries
 * trigger, then times full comparisons of the population and legal-entity registries and the
 * incremental comparison after a 10,000-row delivery to 人口基本信息 (every tenth name changed).
 * With {@code target} as first argument: the shape instead, a small demo city (scale 0.02)
 * plus five population sources of 1,000,000 people each ({@link TargetPopulation}), then full
 * comparisons of {@code population} only: cold (the registry's state forgotten first), warm (nothing
 * delivered since), with every source written again, and after a full delivery to one source.
 */
public final class ComparisonBenchmark {

	private static final ResourceCode POPULATION = new ResourceCode("101001-000001");

	record Steward(String username, Set<Role> roles, @Nullable String departmentCode) implements CityPrincipal {
	}

	public static void main(String[] args) throws Exception {
		// "target": the shape, 5 sources × 1,000,000 people (or the count given third) on a small demo city
		boolean target = args.length > 0 && args[0].equals("target");
		String scale = target ? "0.02" : args.length > 0 ? args[0] : "1.0";
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
		long people = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
		Path dataDir = Files.createTempDirectory("cityos-bench-");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CityOsApplication.class).run(
				"--cityos.data-dir=" + dataDir, "--cityos.demo=true", "--cityos.demo.scale=" + scale, "--server.port=0", "--cityos.sensing.mqtt.enabled=false",
				"--logging.level.root=warn", "--logging.level.org.cityos.registry=info")) {
			ProgressBoard progress = context.getBean(ProgressBoard.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			long loading = System.nanoTime();
			while (progress.find("demo-city") == null || progress.find("demo-city").state() == ProgressBoard.State.RUNNING) {
				Thread.sleep(200);
			}
			awaitComparisons(jdbc);
			System.out.printf("demo city loaded and compared after deliveries: %.1f s%n", (System.nanoTime() - loading) / 1e9);
			Comparisons comparisons = context.getBean(Comparisons.class);
			if (target) {
				long delivering = System.nanoTime();
				List<String> employer = new java.util.ArrayList<>();
				context.getBean(ResourceRecords.class).forEachRecord(new ResourceCode("201001-000001"), List.of("credit_code"),
						r -> employer.add(r.get("credit_code").toString()));
				Catalog catalog = context.getBean(Catalog.class);
				long accepted = TargetPopulation.deliver(catalog, employer.get(0), people, steward("GAJ"), steward("RSJ"),
						steward("GJJ"), steward("JYJ"), steward("WJW"));
				awaitComparisons(jdbc);
				System.out.printf("target sources delivered (%d rows) and compared after deliveries: %.1f s%n", accepted,
						(System.nanoTime() - delivering) / 1e9);
				forgetPopulation(jdbc);
				timeFullComparison(comparisons, jdbc, "cold (first ever: no stored records, golden values or discrepancies)");
				for (int run = 1; run <= runs; run++) {
					timeFullComparison(comparisons, jdbc, "warm run " + run + " (nothing delivered since)");
				}
				jdbc.sql("update registry_source_table set content_version = null where registry = 'population'").update();
				timeFullComparison(comparisons, jdbc, "every source written again (golden values and discrepancies stored)");
				checkpoint(jdbc);
				long redelivering = System.nanoTime();
				TargetPopulation.deliverAgain(catalog, people, steward("JYJ"));
				long redelivered = System.nanoTime();
				awaitComparisons(jdbc);
				System.out.printf("full delivery to one source (学籍, its misspelt names moved): %.1f s; comparison after it (commit to"
						+ " done): %.2f s%n", (redelivered - redelivering) / 1e9, (System.nanoTime() - redelivered) / 1e9);
			}
			else {
				for (String registry : List.of("population", "legal_entity")) {
					for (int run = 1; run <= runs; run++) {
						long start = System.nanoTime();
						Comparisons.Summary summary = comparisons.compareAll(registry, null);
						System.out.printf("full comparison %s run %d: %.2f s (%s)%n", registry, run,
								(System.nanoTime() - start) / 1e9, summary);
					}
				}
			}
			if (!target) {
				crossCheck(context);
			}
			StringBuilder csv = new StringBuilder("id_number,name,gender,birth_date,ethnicity,household_address,phone\n");
			AtomicInteger rows = new AtomicInteger();
			context.getBean(ResourceRecords.class).forEachRecord(POPULATION,
					List.of("id_number", "name", "gender", "birth_date", "ethnicity", "household_address", "phone"), r -> {
						int n = rows.getAndIncrement();
						if (n < 10_000) {
							csv.append(r.get("id_number")).append(',').append(n % 10 == 0 ? r.get("name") + "改" : r.get("name"))
								.append(',').append(r.getOrDefault("gender", "")).append(',').append(r.getOrDefault("birth_date", ""))
								.append(',').append(r.getOrDefault("ethnicity", "")).append(',')
								.append(r.getOrDefault("household_address", "")).append(',').append(r.getOrDefault("phone", ""))
								.append('\n');
						}
					});
			long start = System.nanoTime();
			Catalog.DeliveryOutcome outcome = context.getBean(Catalog.class).deliverCsv(POPULATION, "bench-" + System.nanoTime(),
					DeliveryMode.INCREMENTAL, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
					new Steward("bench", Set.of(Role.STEWARD), "GAJ"));
			long delivered = System.nanoTime();
			awaitComparisons(jdbc);
			System.out.printf("incremental delivery of %d rows: %.2f s; comparison after it (commit to done): %.2f s%n",
					outcome.accepted(), (delivered - start) / 1e9, (System.nanoTime() - delivered) / 1e9);
		}
		finally {
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	private static Steward steward(String department) {
		return new Steward("bench-" + department.toLowerCase(java.util.Locale.ROOT), Set.of(Role.STEWARD), department);
	}

	/** 低保核对 of 10,000 applicants: the subsistence list's heads of household first, then other residents. */
	private static void crossCheck(ConfigurableApplicationContext context) {
		List<String> applicants = new java.util.ArrayList<>();
		context.getBean(ResourceRecords.class).forEachRecord(new ResourceCode("101003-000001"), List.of("id_number"), r -> {
			if (applicants.size() < 10_000) {
				applicants.add(r.get("id_number").toString());
			}
		});
		CrossCheck crossCheck = context.getBean(CrossCheck.class);
		Steward welfare = new Steward("bench-mzj", Set.of(Role.STEWARD), "MZJ");
		for (int run = 1; run <= 3; run++) {
			long start = System.nanoTime();
			CrossCheck.Run result = crossCheck.run("subsistence", applicants, "benchmark", welfare);
			System.out.printf("cross-check subsistence of %d applicants run %d: %.2f s (%d eligible, %d review, %d ineligible, "
					+ "unavailable %s)%n", result.applicants(), run, (System.nanoTime() - start) / 1e9, result.eligible(),
					result.review(), result.ineligible(), result.unavailable());
		}
	}

	private static void timeFullComparison(Comparisons comparisons, JdbcClient jdbc, String what) {
		checkpoint(jdbc);
		long start = System.nanoTime();
		Comparisons.Summary summary = comparisons.compareAll("population", null);
		System.out.printf("full comparison population, %s: %.2f s (%s)%n", what, (System.nanoTime() - start) / 1e9, summary);
	}

	/**
	 * The population registry as before its first comparison: no stored source records, golden
	 * values or discrepancies. Golden values are truncated (all registries; target mode compares
	 * population only), not deleted, so that the history trigger does not write millions of rows.
	 */
	private static void forgetPopulation(JdbcClient jdbc) {
		for (String table : jdbc.sql("delete from registry_source_table where registry = 'population' returning table_name")
			.query(String.class).list()) {
			jdbc.sql("drop table " + table).update();
		}
		jdbc.sql("truncate registry_golden_value, registry_golden_history").update();
		jdbc.sql("delete from registry_discrepancy where registry = 'population'").update();
		jdbc.sql("vacuum analyze registry_discrepancy").update();
	}

	/** Starts a timed phase without the dirty pages of the one before (the app's user is the superuser). */
	private static void checkpoint(JdbcClient jdbc) {
		jdbc.sql("checkpoint").update();
	}

	private static void awaitComparisons(JdbcClient jdbc) throws InterruptedException {
		Thread.sleep(20);
		while (jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like '%registry%'")
			.query(Long.class).single() > 0) {
			Thread.sleep(20);
		}
	}
}
