package org.cityos.sensing.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import org.cityos.CityOsApplication;
import org.cityos.platform.ProgressBoard;
import org.cityos.sensing.AlertRaised;
import org.cityos.sensing.ObservationsStored;
import org.cityos.sensing.storage.NewObservation;
import org.cityos.sensing.storage.ObservationWriter;
import org.cityos.support.ApiClient;
import org.cityos.support.DemoCityLoaded;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Observation committed → AlertRaised committed, per alert: starts CityOS (fresh data directory,
 * demo city at scale 0.02), creates {@code datastreams} datastreams of a kind of their own and one
 * THRESHOLD rule on that kind (minimum duration 0), judges one value below the threshold per
 * datastream (warm: contexts cached, as in steady operation), then submits one value above it per
 * datastream through the {@link ObservationWriter} every {@code gapMicros} and, with
 * {@code --background=N}, N concurrent gateway-sized batches of other observations. Prints p50/p99/max.
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.cityos.sensing.load.AlertLatency \
 *     --datastreams=1000 --gapMicros=2000 --background=0
 * </pre>
 */
public final class AlertLatency {

	private AlertLatency() {
	}

	/** Timestamps the two commits (after-commit callbacks on the committing threads). */
	public static class Probe {

		final Map<Long, Long> committed = new ConcurrentHashMap<>();

		final Map<Long, Long> raised = new ConcurrentHashMap<>();

		volatile boolean measuring;

		@EventListener
		void stored(ObservationsStored event) {
			if (!measuring) {
				return;
			}
			afterCommit(() -> {
				long now = System.nanoTime();
				event.observations().stream().filter(v -> v.value() != null && v.value() > 100)
					.forEach(v -> committed.putIfAbsent(v.datastreamId(), now));
			});
		}

		@EventListener
		void raised(AlertRaised event) {
			afterCommit(() -> raised.putIfAbsent(Long.parseLong(event.datastreamId()), System.nanoTime()));
		}

		private static void afterCommit(Runnable action) {
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						action.run();
					}
				});
			}
			else {
				action.run();
			}
		}
	}

	public static void main(String[] args) throws Exception {
		int datastreams = intOption(args, "datastreams", 1000);
		long gapMicros = intOption(args, "gapMicros", 2000);
		int background = intOption(args, "background", 0);
		Path dataDir = Files.createTempDirectory("cityos-alert-latency");
		ConfigurableApplicationContext app = new SpringApplicationBuilder(CityOsApplication.class, Probe.class)
			.run("--cityos.data-dir=" + dataDir, "--cityos.demo=true", "--cityos.demo.scale=0.02", "--cityos.demo.sensors=false",
					"--server.port=0", "--cityos.sensing.mqtt.port=0", "--logging.level.root=warn");
		try {
			DemoCityLoaded.await(app.getBean(ProgressBoard.class));
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			ApiClient admin = ApiClient.loggedIn(port, "admin");
			String kind = "latency-" + UUID.randomUUID();
			long[] ids = new long[datastreams];
			long thing = admin.post("/sta/v1.1/Things", "{\"name\":\"latency\",\"description\":\"t\",\"Locations\":[{\"name\":\"l\","
					+ "\"description\":\"l\",\"encodingType\":\"application/geo+json\",\"location\":{\"type\":\"Point\",\"coordinates\":[108.7,34.33]}}]}")
				.json().get("@iot.id").asLong();
			for (int i = 0; i < datastreams; i++) {
				ids[i] = admin.post("/sta/v1.1/Datastreams", ("{\"name\":\"lat-" + i + "\",\"description\":\"d\",\"observationType\":"
						+ "\"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement\",\"properties\":{\"kind\":\"" + kind + "\"},"
						+ "\"unitOfMeasurement\":{\"name\":\"x\",\"symbol\":\"x\",\"definition\":\"x\"},\"Thing\":{\"@iot.id\":" + thing + "},"
						+ "\"Sensor\":{\"name\":\"s\",\"description\":\"s\",\"encodingType\":\"text/html\",\"metadata\":\"m\"},"
						+ "\"ObservedProperty\":{\"name\":\"p\",\"definition\":\"x\",\"description\":\"x\"}}")).json().get("@iot.id").asLong();
			}
			admin.post("/api/sensing/rules", "{\"name\":\"latency\",\"scope\":{\"type\":\"SENSOR_KIND\",\"value\":\"" + kind + "\"},"
					+ "\"condition\":{\"kind\":\"THRESHOLD\",\"direction\":\"ABOVE\",\"levels\":{\"BLUE\":100}},\"minimumDuration\":\"PT0S\"}");
			ObservationWriter writer = app.getBean(ObservationWriter.class);
			Probe probe = app.getBean(Probe.class);
			Instant t0 = Instant.now().minusSeconds(600);
			List<NewObservation> warm = new ArrayList<>();
			for (long id : ids) {
				warm.add(NewObservation.measurement(id, t0, 10));
			}
			writer.submit(warm).join();
			Thread.sleep(2000);

			List<Thread> loaders = new ArrayList<>();
			volatileStop = false;
			for (int b = 0; b < background; b++) {
				long ds = ids[b % ids.length];
				Thread loader = new Thread(() -> {
					long start = t0.minusSeconds(86_400 * 5).toEpochMilli();
					while (!volatileStop) {
						List<NewObservation> batch = new ArrayList<>();
						for (int i = 0; i < 5000; i++) {
							batch.add(NewObservation.measurement(ds, Instant.ofEpochMilli(start++), 1));
						}
						try {
							writer.submit(batch).join();
						}
						catch (RuntimeException busy) {
							LockSupport.parkNanos(1_000_000);
						}
					}
				});
				loader.start();
				loaders.add(loader);
			}
			probe.measuring = true;
			List<CompletableFuture<?>> acks = new ArrayList<>();
			long next = System.nanoTime();
			for (long id : ids) {
				acks.add(writer.submit(List.of(NewObservation.measurement(id, t0.plusSeconds(60), 150))));
				next += gapMicros * 1000;
				LockSupport.parkNanos(next - System.nanoTime());
			}
			CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
			long deadline = System.nanoTime() + 60_000_000_000L;
			while (probe.raised.size() < datastreams && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			volatileStop = true;
			for (Thread loader : loaders) {
				loader.join();
			}
			double[] millis = Arrays.stream(ids)
				.filter(id -> probe.raised.containsKey(id) && probe.committed.containsKey(id))
				.mapToDouble(id -> (probe.raised.get(id) - probe.committed.get(id)) / 1e6)
				.sorted()
				.toArray();
			System.out.printf("%nALERT LATENCY (observation commit → AlertRaised commit) over %d alerts of %d, gap %d µs, %d background"
					+ " loaders: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", millis.length, datastreams, gapMicros, background,
					percentile(millis, 50), percentile(millis, 90), percentile(millis, 99), millis[millis.length - 1]);
		}
		finally {
			app.close();
			org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	private static volatile boolean volatileStop;

	private static double percentile(double[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
	}

	private static int intOption(String[] args, String name, int fallback) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return Integer.parseInt(arg.substring(name.length() + 3));
			}
		}
		return fallback;
	}
}
