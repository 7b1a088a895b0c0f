package org.cityos.catalog.bench;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.cityos.CityOsApplication;
import org.cityos.catalog.CatalogTestData;
import org.cityos.catalog.CatalogTestData.Spec;
import org.cityos.platform.ProgressBoard;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.DemoCityLoaded;
import org.cityos.support.PacedLoad;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Load generator for the exchange read by key ("p99 ≤ 20 ms at 100 concurrent clients"). Starts
 * CityOS on a fresh temporary data directory, registers a population resource, loads its data
 * table with COPY, issues a department system's token and a grant, then runs {@code clients}
 * threads (a fixed pool, one keep-alive connection each) reading random people by ID number for
 * {@code seconds} after a warm-up, and prints throughput and latency percentiles. Every read is
 * a real one: token check, grant check, one indexed query, one audit insert, commit.
 * <p>
 * {@code --rate=N} paces each client to N reads per second (an open load of clients × N per
 * second, latency measured from the scheduled start so that queueing counts); without it each
 * client reads back to back (a closed loop: the server's saturation throughput).
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.cityos.catalog.bench.ExchangeLoad --rows=200000 --clients=100 --seconds=30 --warmup=10 [--rate=10] [--baseline]
 *     [--app.server.tomcat.threads.max=16 (any CityOS property)]
 * </pre>
 * {@code --baseline} sends the same load to {@code /api/auth/me} instead: what an authenticated
 * request costs in this application before any exchange work.
 */
public final class ExchangeLoad {

	private ExchangeLoad() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = PacedLoad.options(args);
		int rows = Integer.parseInt(options.getOrDefault("rows", "200000"));
		int clients = Integer.parseInt(options.getOrDefault("clients", "100"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
		double rate = Double.parseDouble(options.getOrDefault("rate", "0"));

		Path dataDir = Files.createTempDirectory("cityos-exchange-load");
		List<String> settings = new ArrayList<>(List.of("--cityos.data-dir=" + dataDir, "--cityos.demo=true",
				"--server.port=0", "--cityos.sensing.mqtt.enabled=false", "--logging.level.root=warn", "--logging.level.org.cityos=warn"));
		// --app.<property>=<value> is passed on to CityOS, e.g. --app.server.tomcat.threads.max=16
		options.forEach((name, value) -> {
			if (name.startsWith("app.")) {
				settings.add("--" + name.substring(4) + "=" + value);
			}
		});
		ConfigurableApplicationContext app = SpringApplication.run(CityOsApplication.class, settings.toArray(String[]::new));
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			DemoCityLoaded.await(app.getBean(ProgressBoard.class));
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			Spec spec = Spec.population("GAJ");
			String table = new CatalogTestData(jdbc).register(spec);
			long loadStart = System.nanoTime();
			String[] ids = copyPeople(app.getBean(DataSource.class), table, rows);
			jdbc.sql("analyze " + table).update();
			System.out.printf("loaded %,d rows with COPY in %d ms%n", rows, (System.nanoTime() - loadStart) / 1_000_000);
			String token = grantedToken(port, spec.code().value());
			// --baseline reads /api/auth/me with the same token: the cost of an authenticated request without the exchange
			boolean baseline = options.containsKey("baseline");
			String path = baseline ? "/api/auth/me?" : "/api/exchange/" + spec.code().value() + "/records?key=";
			long auditBefore = jdbc.sql("select count(*) from audit_entry where action = 'catalog.exchange.read'")
				.query(Long.class).single();

			PacedLoad.Result warm = run(port, path, ids, token, clients, warmup, rate);
			System.out.printf("warm-up %d s: %s%n", warmup, warm.summary());
			PacedLoad.Result measured = run(port, path, ids, token, clients, seconds, rate);
			System.out.printf("measured %d s, %d clients%s: %s%n", seconds, clients,
					rate > 0 ? ", paced at " + rate + "/s each" : ", back to back", measured.summary());
			long audited = jdbc.sql("select count(*) from audit_entry where action = 'catalog.exchange.read'")
				.query(Long.class).single() - auditBefore;
			System.out.printf("audit entries written: %,d for %,d successful reads%n", audited, warm.ok() + measured.ok());
		}
		finally {
			app.close();
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	/** Writes {@code count} people with COPY; answers their ID numbers. */
	private static String[] copyPeople(DataSource dataSource, String table, int count) throws Exception {
		String[] ids = new String[count];
		StringBuilder csv = new StringBuilder(count * 160);
		for (int i = 0; i < count; i++) {
			LocalDate birth = LocalDate.of(1940 + i % 70, 1 + i % 12, 1 + i % 28);
			// address code and sequence together are unique for up to 9.5 million people
			String address = "61" + String.format("%04d", 402 + i / 1000);
			ids[i] = CatalogTestData.citizenId(address, birth, i % 1000);
			csv.append(ids[i]).append(",测试").append(i).append(',').append(i % 2 == 0 ? "女" : "男").append(',')
				.append(birth).append(",138").append(String.format("%08d", i)).append(",陕西省咸阳市秦都区人民路")
				.append(i % 500).append("号,610402,").append(1 + i % 5).append(",2026-01-01T00:00:00+08:00,")
				.append("00000000-0000-0000-0000-000000000001,2026-01-01T00:00:00+08:00\n");
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table
					+ " (id_number, full_name, gender, birth_date, phone, address, district_code, household_size, registered_at, _delivery_id, _received_at) from stdin with (format csv)",
					new StringReader(csv.toString()));
		}
		return ids;
	}

	private static String grantedToken(int port, String code) {
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		Response asked = admin.post("/api/catalog/requests", """
				{"resourceCode":"%s","consumerDepartmentCode":"MZJ","purpose":"低保核对系统的压力测试读取",
				 "items":["full_name","address","household_size"]}""".formatted(code));
		Response approved = admin.post("/api/catalog/requests/" + asked.json().get("id").asString() + "/approve", "{}");
		if (approved.status() != 200) {
			throw new IllegalStateException("No grant: " + asked + " / " + approved);
		}
		return admin.post("/api/directory/tokens", "{\"departmentCode\":\"MZJ\",\"name\":\"压测系统\"}").json().get("token")
			.asString();
	}

	private static PacedLoad.Result run(int port, String path, String[] ids, String token, int clients, int seconds,
			double rate) throws InterruptedException {
		Map<String, String> headers = Map.of("Authorization", "Bearer " + token);
		return PacedLoad.run(clients, seconds, rate, () -> PacedLoad.exchange("GET",
				"http://127.0.0.1:" + port + path + ids[ThreadLocalRandom.current().nextInt(ids.length)], headers, new byte[0],
				answer -> answer.status() == 200
						&& (answer.body().contains("\"id_number\"") || answer.body().contains("\"SYSTEM\""))));
	}
}
