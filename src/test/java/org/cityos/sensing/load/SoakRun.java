package org.cityos.sensing.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.cityos.support.ApiClient;
import org.cityos.support.CityOsProcess;
import org.cityos.support.PacedLoad;
import org.cityos.support.SensorThingsJson;

import tools.jackson.databind.JsonNode;

/**
 * Soak for "resident memory flat over a 30-minute soak at half the sustained rate": CityOS in a
 * child JVM on a fresh data directory (demo off, MQTT off), {@code datastreams} datastreams,
 * gateways posting batches of {@code batch} observations to {@code /api/sensing/ingest} at a fixed
 * {@code rate} (observations/s, an open load over {@code threads} connections) for {@code minutes}.
 * Every {@code sample} seconds one line: achieved rate, refusals, the child JVM's resident memory
 * (VmRSS), its heap in use and its old generation (actuator: a leak shows as rising lows), threads,
 * the embedded PostgreSQL's proportional memory (PSS summed over its processes) and the data
 * directory's size (and its WAL's). At the end: resident memory after the warm-up vs at the end, and the slope in
 * MB per 10 minutes (least squares over the samples after the warm-up).
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.cityos.sensing.load.SoakRun \
 *     --rate=25000 --minutes=30 --sample=30
 * </pre>
 * Options: {@code --batch=5000 --threads=4 --datastreams=200 --warmup=5} (minutes; at most half the run)
 * {@code --jvm="-Xmx1g"} (the child's JVM options, space separated) {@code --data-dir=...} (default a new
 * directory under target/; deleted at the end unless {@code --keep}). The child's log goes to
 * {@code <data-dir>.log}. Phenomenon times step 1 ms per observation from a day ago, so they stay in
 * the past while rate × seconds stays below 86.4 million (30 min at 25,000/s spans 12.5 h).
 */
public final class SoakRun {

	private SoakRun() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> o = PacedLoad.options(args);
		double rate = Double.parseDouble(o.getOrDefault("rate", "25000"));
		double minutes = Double.parseDouble(o.getOrDefault("minutes", "30"));
		int sampleSeconds = Integer.parseInt(o.getOrDefault("sample", "30"));
		int batch = Integer.parseInt(o.getOrDefault("batch", "5000"));
		int threads = Integer.parseInt(o.getOrDefault("threads", "4"));
		int datastreamCount = Integer.parseInt(o.getOrDefault("datastreams", "200"));
		double warmupMinutes = Math.min(Double.parseDouble(o.getOrDefault("warmup", "5")), minutes / 2);
		List<String> jvm = Arrays.asList(o.getOrDefault("jvm", "-Xmx1g").trim().split("\\s+"));
		Path dataDir = Path.of(o.getOrDefault("data-dir",
				"target/soak-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))).toAbsolutePath();
		Path log = Path.of(dataDir + ".log");
		System.out.printf("soak: %,.0f obs/s in batches of %,d over %d connections for %.1f min, sample every %d s; "
				+ "child JVM %s; data %s; log %s%n", rate, batch, threads, minutes, sampleSeconds, jvm, dataDir, log);

		CityOsProcess app = CityOsProcess.start(dataDir, log, jvm, List.of("--logging.level.root=warn",
				"--logging.level.org.cityos=info"), Duration.ofMinutes(5));
		Thread cleanup = new Thread(app::close);
		Runtime.getRuntime().addShutdownHook(cleanup);
		try {
			String token = app.issueGatewayToken("SOAK");
			ApiClient gateway = ApiClient.withToken(app.port(), token);
			long[] datastreams = new long[datastreamCount];
			for (int i = 0; i < datastreamCount; i++) {
				datastreams[i] = gateway.post("/sta/v1.1/Datastreams", SensorThingsJson.measurementDatastream("soak-" + i)).json().get("@iot.id").asLong();
			}
			System.out.printf("CityOS PID %d on port %d; %d datastreams created%n", app.pid(), app.port(), datastreamCount);
			List<Sample> samples = run(app, token, datastreams, rate, minutes, sampleSeconds, batch, threads, dataDir);
			summarise(samples, warmupMinutes, rate, dataDir);
			app.stop(Duration.ofSeconds(60));
		}
		finally {
			app.close();
			try {
				Runtime.getRuntime().removeShutdownHook(cleanup);
			}
			catch (IllegalStateException ex) {
				// already shutting down (Ctrl-C): the hook is running
			}
			if (!o.containsKey("keep") && !o.containsKey("data-dir")) {
				try (Stream<Path> files = Files.walk(dataDir)) {
					files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
				}
			}
		}
	}

	record Sample(double seconds, double observationsPerSecond, long observations, long failed, long refused, long rssKb,
			double heapUsedMb, double oldGenerationMb, int threads, long databasePssKb, long dataBytes, long walBytes) {
	}

	private static List<Sample> run(CityOsProcess app, String token, long[] datastreams, double rate, double minutes,
			int sampleSeconds, int batch, int threads, Path dataDir) throws Exception {
		AtomicLong acknowledged = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicLong refused = new AtomicLong();
		AtomicLong clock = new AtomicLong(Instant.now().minus(Duration.ofDays(1)).toEpochMilli());
		AtomicLong nextDatastream = new AtomicLong();
		long start = System.nanoTime();
		long end = start + (long) (minutes * 60e9);
		long interval = (long) (1e9 * batch * threads / rate);
		List<Thread> gateways = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			long first = start + interval * t / threads;
			Thread gateway = new Thread(() -> {
				HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
					.build();
				for (long next = first; next < end; next += interval) {
					long wait = next - System.nanoTime();
					if (wait > 0) {
						LockSupport.parkNanos(wait);
					}
					long datastream = datastreams[(int) (nextDatastream.getAndIncrement() % datastreams.length)];
					long from = clock.getAndAdd(batch);
					StringBuilder body = new StringBuilder(batch * 40).append("{\"datastream\":").append(datastream)
						.append(",\"observations\":[");
					for (int i = 0; i < batch; i++) {
						body.append(i == 0 ? "" : ",").append("[\"").append(Instant.ofEpochMilli(from + i)).append("\",")
							.append((from + i) % 1000 / 10.0).append(']');
					}
					try {
						HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/sensing/ingest"))
							.timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
							.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.append("]}").toString()))
							.build(), HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() == 200) {
							acknowledged.addAndGet(batch);
						}
						else if (response.statusCode() == 503 || response.statusCode() == 429) {
							refused.incrementAndGet();
						}
						else {
							failed.incrementAndGet();
						}
					}
					catch (IOException ex) {
						failed.incrementAndGet();
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "gateway-" + t);
			gateway.start();
			gateways.add(gateway);
		}
		List<Sample> samples = new ArrayList<>();
		ApiClient admin = ApiClient.loggedIn(app.port(), "admin", CityOsProcess.ADMIN_PASSWORD);
		String oldGeneration = oldGenerationPool(admin);
		long last = acknowledged.get();
		long lastAt = start;
		System.out.println("    time   obs/s (acked)     total   failed  503s   JVM RSS  heap used   old gen  threads   PG PSS   data dir (WAL)");
		for (long next = start + TimeUnit.SECONDS.toNanos(sampleSeconds); next <= end + 1_000_000; next += TimeUnit.SECONDS
			.toNanos(sampleSeconds)) {
			LockSupport.parkNanos(next - System.nanoTime());
			long now = System.nanoTime();
			long total = acknowledged.get();
			Sample sample = new Sample((now - start) / 1e9, (total - last) * 1e9 / (now - lastAt), total, failed.get(), refused.get(),
					rssKb(app.pid()), metric(admin, "jvm.memory.used?tag=area:heap") / 1e6,
					metric(admin, "jvm.memory.used?tag=id:" + oldGeneration.replace(" ", "%20")) / 1e6, (int) metric(admin, "jvm.threads.live"),
					databasePssKb(app), size(dataDir), size(dataDir.resolve("postgres").resolve("pg_wal")));
			last = total;
			lastAt = now;
			samples.add(sample);
			System.out.printf("%6.0f s  %,13.0f  %,10d  %6d  %4d  %,6d MB  %,6.0f MB  %,5.0f MB  %7d  %,5d MB  %,6.2f GB (%,.2f)%n",
					sample.seconds(), sample.observationsPerSecond(), total, sample.failed(), sample.refused(), sample.rssKb() / 1024,
					sample.heapUsedMb(), sample.oldGenerationMb(), sample.threads(), sample.databasePssKb() / 1024,
					sample.dataBytes() / 1e9, sample.walBytes() / 1e9);
		}
		for (Thread gateway : gateways) {
			gateway.join();
		}
		return samples;
	}

	private static void summarise(List<Sample> samples, double warmupMinutes, double rate, Path dataDir) {
		List<Sample> steady = samples.stream().filter(s -> s.seconds() >= warmupMinutes * 60 - 1).toList();
		if (steady.size() < 2) {
			System.out.println("too few samples after the warm-up for a summary");
			return;
		}
		Sample first = steady.get(0);
		Sample last = samples.get(samples.size() - 1);
		double achieved = last.observations() / last.seconds();
		System.out.printf("%nSUMMARY offered %,.0f obs/s, achieved %,.0f obs/s (%,d observations, %d failed requests, %d refused with 503)%n",
				rate, achieved, last.observations(), last.failed(), last.refused());
		System.out.printf("JVM RSS after the warm-up (%.0f s) %,d MB, at the end (%.0f s) %,d MB; slope %+.1f MB per 10 min "
				+ "(least squares over %d samples)%n", first.seconds(), first.rssKb() / 1024, last.seconds(), last.rssKb() / 1024,
				slopePer10Minutes(steady, s -> s.rssKb() / 1024.0), steady.size());
		System.out.printf("old generation %.0f → %.0f MB (slope %+.1f MB per 10 min; a sawtooth, look at its lows); "
				+ "PostgreSQL PSS %,d → %,d MB (slope %+.1f MB per 10 min; grows until shared_buffers are all touched); "
				+ "threads %d → %d%n", first.oldGenerationMb(), last.oldGenerationMb(), slopePer10Minutes(steady, Sample::oldGenerationMb),
				first.databasePssKb() / 1024, last.databasePssKb() / 1024, slopePer10Minutes(steady, s -> s.databasePssKb() / 1024.0),
				first.threads(), last.threads());
		double perObservation = (last.dataBytes() - last.walBytes()) / (double) Math.max(1, last.observations());
		System.out.printf("data directory %.2f GB, of which WAL %.2f GB (bounded by max_wal_size, 4 GB); without WAL %.0f bytes "
				+ "per observation (table, indexes, rollups) → 30 min at %,.0f obs/s ≈ %.1f GB + WAL%n", last.dataBytes() / 1e9,
				last.walBytes() / 1e9, perObservation, rate, perObservation * rate * 1800 / 1e9);
	}

	private static double slopePer10Minutes(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value) {
		double n = samples.size();
		double meanX = samples.stream().mapToDouble(Sample::seconds).sum() / n;
		double meanY = samples.stream().mapToDouble(value).sum() / n;
		double covariance = 0;
		double variance = 0;
		for (Sample s : samples) {
			covariance += (s.seconds() - meanX) * (value.applyAsDouble(s) - meanY);
			variance += (s.seconds() - meanX) * (s.seconds() - meanX);
		}
		return variance == 0 ? 0 : covariance / variance * 600;
	}

	private static long rssKb(long pid) {
		return statusField(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
	}

	/** PSS counts shared buffers once however many backends touched them, so the sum is the server's real share. */
	private static long databasePssKb(CityOsProcess app) throws IOException {
		long total = 0;
		for (ProcessHandle process : app.databaseProcessHandles()) {
			total += statusField(Path.of("/proc", Long.toString(process.pid()), "smaps_rollup"), "Pss:");
		}
		return total;
	}

	private static long statusField(Path file, String field) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.filter(l -> l.startsWith(field)).findFirst()
				.map(l -> Long.parseLong(l.substring(field.length()).trim().split("\\s+")[0])).orElse(0L);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/** The heap pool holding long-lived objects ("G1 Old Gen", "Tenured Gen", ...), whichever collector runs. */
	private static String oldGenerationPool(ApiClient admin) {
		for (JsonNode tag : admin.get("/actuator/metrics/jvm.memory.used").json().path("availableTags")) {
			if (tag.path("tag").asString().equals("id")) {
				for (JsonNode value : tag.path("values")) {
					if (value.asString().contains("Old") || value.asString().contains("Tenured")) {
						return value.asString();
					}
				}
			}
		}
		return "G1 Old Gen";
	}

	/** A gauge of the actuator's metrics endpoint (sum of its measurements' VALUE), 0 when unavailable. */
	private static double metric(ApiClient admin, String name) {
		ApiClient.Response response = admin.get("/actuator/metrics/" + name);
		if (response.status() != 200) {
			return 0;
		}
		for (JsonNode measurement : response.json().path("measurements")) {
			if (measurement.path("statistic").asString().equals("VALUE")) {
				return measurement.path("value").asDouble();
			}
		}
		return 0;
	}

	private static long size(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> {
				try {
					return Files.size(p);
				}
				catch (IOException ex) {
					return 0; // a WAL segment or temporary file removed meanwhile
				}
			}).sum();
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}
}
