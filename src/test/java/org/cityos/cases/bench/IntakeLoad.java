package org.cityos.cases.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.cityos.CityOsApplication;
import org.cityos.geography.CityMap;
import org.cityos.platform.ProgressBoard;
import org.cityos.shared.GeoPoint;
import org.cityos.support.ApiClient;
import org.cityos.support.DemoCityLoaded;
import org.cityos.support.PacedLoad;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Load generator for case intake ("p99 ≤ 50 ms at 300 requests/s"): starts CityOS on a fresh data
 * directory with the demo city (map, categories, dispatch rules), then {@code clients}
 * clients of the logged-in operator post hotline cases at random points inside the city, paced at
 * {@code rate} each.
 * Every intake is a real one: session check, validation, point → grid, duplicate search, number,
 * insert, history, audit, event publication, commit.
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.cityos.cases.bench.IntakeLoad --clients=30 --rate=10 --seconds=30 --warmup=10
 * </pre>
 */
public final class IntakeLoad {

	private static final java.util.concurrent.atomic.AtomicInteger REFUSALS_SHOWN = new java.util.concurrent.atomic.AtomicInteger();

	private static final String[] CATEGORIES = { "E0104", "E0102", "E0201", "C0101" };

	private IntakeLoad() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = PacedLoad.options(args);
		int clients = Integer.parseInt(options.getOrDefault("clients", "30"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
		double rate = Double.parseDouble(options.getOrDefault("rate", "10"));
		Path dataDir = Files.createTempDirectory("cityos-intake-load");
		ConfigurableApplicationContext app = SpringApplication.run(CityOsApplication.class, "--cityos.data-dir=" + dataDir,
				"--cityos.demo=true", "--cityos.demo.scale=0.02", "--cityos.demo.cases-simulator=false",
				"--cityos.demo.sensors=false", "--cityos.sensing.mqtt.enabled=false", "--server.port=0",
				"--logging.level.root=warn", "--logging.level.org.cityos=warn");
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			DemoCityLoaded.await(app.getBean(ProgressBoard.class));
			List<double[]> points = pointsInTheCity(app.getBean(CityMap.class), 5_000);
			// the 12345 operator's desk: a logged-in session (the hotline channel is the operators')
			Map<String, String> headers = new java.util.HashMap<>(ApiClient.loggedIn(port, "operator").sessionHeaders());
			headers.put("Content-Type", "application/json");
			String url = "http://127.0.0.1:" + port + "/api/cases";
			PacedLoad.Request intake = () -> {
				ThreadLocalRandom random = ThreadLocalRandom.current();
				double[] p = points.get(random.nextInt(points.size()));
				String body = """
						{"channel":"HOTLINE","hotlineType":"COMPLAINT","categoryCode":"%s","description":"压测：路边有垃圾堆放，影响通行 %d",
						 "lon":%s,"lat":%s,"address":"压测地址","reporterName":"测试","reporterPhone":"138%08d","urgency":"NORMAL"}
						""".formatted(CATEGORIES[random.nextInt(CATEGORIES.length)], random.nextInt(), p[0], p[1],
						random.nextInt(100_000_000));
				return PacedLoad.exchange("POST", url, headers, body.getBytes(StandardCharsets.UTF_8), answer -> {
					if (answer.status() != 201 && REFUSALS_SHOWN.getAndIncrement() < 3) {
						System.out.println("refused: " + answer.status() + " " + answer.body());
					}
					return answer.status() == 201;
				});
			};
			PacedLoad.Result warm = PacedLoad.run(clients, warmup, rate, intake);
			System.out.printf("warm-up %d s: %s%n", warmup, warm.summary());
			PacedLoad.Result measured = PacedLoad.run(clients, seconds, rate, intake);
			System.out.printf("measured %d s, %d clients at %.1f/s each: %s%n", seconds, clients, rate, measured.summary());
			System.out.printf("cases stored: %,d%n", app.getBean(JdbcClient.class)
				.sql("select count(*) from cases_case where description like '压测%'").query(Long.class).single());
		}
		finally {
			app.close();
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	/** Random points inside the city's grids (rejection sampling over the districts' extent). */
	private static List<double[]> pointsInTheCity(CityMap map, int count) {
		List<double[]> points = new ArrayList<>();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (points.size() < count) {
			double lon = 108.60 + random.nextDouble() * 0.20;
			double lat = 34.25 + random.nextDouble() * 0.16;
			if (map.locate(new GeoPoint(lon, lat)).isPresent()) {
				points.add(new double[] { lon, lat });
			}
		}
		return points;
	}
}
