package org.cityos.demo.cases;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cityos.CityOsApplication;
import org.cityos.demo.city.DemoCityMap;
import org.cityos.demo.city.DemoCityMapGenerator;
import org.cityos.platform.ProgressBoard;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times the demo's back-fill at full size: starts CityOS (demo city at scale 0.02, simulator off),
 * empties the cases, then generates and imports {@code cases} (default 100,000) cases of six
 * months through {@code CaseHistoryImport}, three runs.
 * <p>
 * Run: {@code ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * -Dmdep.includeScope=test && java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * org.cityos.demo.cases.DemoCasesBenchmark [cases=100000]}
 */
public final class DemoCasesBenchmark {

	public static void main(String[] args) throws Exception {
		int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path dataDir = Files.createTempDirectory("cityos-demo-cases-bench-");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CityOsApplication.class).run(
				"--cityos.data-dir=" + dataDir, "--cityos.demo=true", "--cityos.demo.scale=0.02", "--server.port=0",
				"--cityos.demo.cases-simulator=false", "--cityos.cases.sla-sweep=1h", "--logging.level.root=warn",
				"--logging.level.org.cityos.demo.cases=info")) {
			ProgressBoard progress = context.getBean(ProgressBoard.class);
			while (progress.find("demo-city") == null || progress.find("demo-city").state() == ProgressBoard.State.RUNNING) {
				Thread.sleep(200);
			}
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			DemoCases demoCases = context.getBean(DemoCases.class);
			DemoCityMap map = new DemoCityMapGenerator().generate();
			DemoDesk desk = demoCases.openAccounts(progress.start("bench", "bench"), map);
			for (int run = 1; run <= 3; run++) {
				jdbc.sql("truncate cases_case cascade").update();
				jdbc.sql("delete from cases_number_sequence").update();
				long start = System.nanoTime();
				var summary = demoCases.writeHistory(map, desk, total, n -> { });
				System.out.printf("run %d: %,d cases, %,d history rows, %,d extensions, %,d escalations in %.1f s%n", run,
						summary.cases(), summary.events(), summary.extensions(), summary.escalations(),
						(System.nanoTime() - start) / 1e9);
			}
		}
	}
}
