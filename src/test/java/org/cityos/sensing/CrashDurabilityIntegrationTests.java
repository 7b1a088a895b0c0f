package org.cityos.sensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.cityos.support.ApiClient;
import org.cityos.support.CityOsProcess;
import org.cityos.support.SensorThingsJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "An observation is acknowledged only once it is durable", checked the hard way: CityOS runs in a
 * child JVM, writers post single observations and gateway batches and note every one acknowledged
 * (2xx), then the JVM and its embedded PostgreSQL are killed with SIGKILL at once in the middle of
 * the ingest (as when the machine loses power). Restarted on the same data directory, CityOS must
 * come up (crash recovery) and hold every acknowledged observation with its value, each once.
 */
class CrashDurabilityIntegrationTests {

	private static final Path LOGS = Path.of("target", "crash-durability");

	private static final List<String> JVM = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

	@TempDir
	Path dataDir;

	private final List<CityOsProcess> started = new ArrayList<>();

	private final AtomicBoolean pulled = new AtomicBoolean();

	/** Sent observations (datastream, phenomenon time in ms) → value; acknowledged ones apart. */
	private final Map<Sent, Double> sent = new ConcurrentHashMap<>();

	private final Map<Sent, Double> acknowledged = new ConcurrentHashMap<>();

	private final AtomicLong inFlight = new AtomicLong();

	private volatile long pulledAt = Long.MAX_VALUE;

	record Sent(long datastream, long millis) {
	}

	@AfterEach
	void leaveNothingRunning() {
		pulled.set(true);
		started.forEach(CityOsProcess::close);
	}

	@Test
	void noAcknowledgedObservationIsLostWhenTheProcessAndItsDatabaseAreKilledDuringIngest() throws Exception {
		CityOsProcess first = start("first");
		String token = first.issueGatewayToken("CRASH");
		ApiClient gateway = ApiClient.withToken(first.port(), token);
		long[] datastreams = new long[6];
		for (int i = 0; i < datastreams.length; i++) {
			datastreams[i] = gateway.post("/sta/v1.1/Datastreams", SensorThingsJson.measurementDatastream("crash-" + i)).json().get("@iot.id").asLong();
		}
		// distinct phenomenon times, one millisecond apart, from two days ago on
		AtomicLong clock = new AtomicLong(Instant.now().minus(Duration.ofDays(2)).toEpochMilli());
		AtomicLong singles = new AtomicLong();
		AtomicLong batches = new AtomicLong();
		List<Thread> writers = new ArrayList<>();
		for (int w = 0; w < 4; w++) {
			long datastream = datastreams[w];
			writers.add(writer(() -> postSingle(first, token, datastream, clock.getAndIncrement(), singles)));
		}
		for (int w = 0; w < 2; w++) {
			long datastream = datastreams[4 + w];
			writers.add(writer(() -> postBatch(first, token, datastream, clock.getAndAdd(500), 500, batches)));
		}
		writers.forEach(Thread::start);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while ((singles.get() < 300 || batches.get() < 10) && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(singles.get()).as("single observations acknowledged before the kill").isGreaterThanOrEqualTo(300);
		assertThat(batches.get()).as("batches acknowledged before the kill").isGreaterThanOrEqualTo(10);

		pulledAt = System.nanoTime();
		first.pullThePlug();
		pulled.set(true);
		for (Thread writer : writers) {
			writer.join(TimeUnit.SECONDS.toMillis(40));
		}
		assertThat(inFlight.get()).as("requests in flight when the plug was pulled").isPositive();

		CityOsProcess second = start("second");
		Map<Sent, Double> stored = stored(second, datastreams);
		assertThat(acknowledged).isNotEmpty();
		for (Map.Entry<Sent, Double> observation : acknowledged.entrySet()) {
			assertThat(stored.get(observation.getKey())).as("acknowledged %s", observation.getKey()).isEqualTo(observation.getValue());
		}
		assertThat(sent).as("nothing stored that was never sent, with another value").containsAllEntriesOf(stored);
		assertThat(duplicatesAndRollupMismatches(second, datastreams)).as("stored twice, or counted twice in the rollups").isZero();
		System.out.printf("crash durability: %,d observations acknowledged before SIGKILL (%,d single, %,d in batches), "
				+ "%,d stored after restart, %,d requests in flight at the kill%n", acknowledged.size(), singles.get(), batches.get() * 500,
				stored.size(), inFlight.get());
	}

	@Test
	void restartsAfterTheJvmAloneWasKilledAndItsDatabaseLivedOn() throws Exception {
		CityOsProcess first = start("first");
		assertThat(first.admin().post("/api/directory/departments", "{\"code\":\"ORPHAN\",\"name\":\"孤儿测试\",\"kind\":\"OTHER\"}")
			.status()).isEqualTo(201);
		first.killJvm();
		assertThat(first.databaseRunning()).as("the embedded PostgreSQL outlives the killed JVM").isTrue();
		long orphan = first.databasePid();

		CityOsProcess second = start("second");
		assertThat(second.admin().get("/api/directory/departments/ORPHAN")
			.status()).isEqualTo(200);
		assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the orphaned PostgreSQL was stopped").isEmpty();
	}

	private CityOsProcess start(String name) throws IOException, InterruptedException {
		CityOsProcess process = CityOsProcess.start(dataDir, LOGS.resolve(dataDir.getFileName() + "-" + name + ".log"), JVM,
				List.of("--logging.level.root=warn", "--logging.level.io.zonky=info",
						"--logging.level.org.cityos.platform.database=info"), Duration.ofSeconds(180));
		started.add(process);
		return process;
	}

	private interface Post {

		void send() throws IOException, InterruptedException;
	}

	/**
	 * Posts until a request gets no answer (the server is gone). One started before the plug was
	 * pulled that gets none was in flight at the kill.
	 */
	private Thread writer(Post post) {
		return new Thread(() -> {
			while (!pulled.get()) {
				long started = System.nanoTime();
				try {
					post.send();
				}
				catch (IOException ex) {
					if (started < pulledAt) {
						inFlight.incrementAndGet();
					}
					return;
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
	}

	private static final ThreadLocal<HttpClient> HTTP = ThreadLocal.withInitial(() -> HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build());

	private void postSingle(CityOsProcess app, String token, long datastream, long millis, AtomicLong count)
			throws IOException, InterruptedException {
		double value = value(millis);
		Sent key = new Sent(datastream, millis);
		sent.put(key, value);
		HttpResponse<String> response = send(app, token, "/sta/v1.1/Datastreams(" + datastream + ")/Observations",
				"{\"phenomenonTime\":\"" + Instant.ofEpochMilli(millis) + "\",\"result\":" + value + "}");
		if (response.statusCode() == 201) {
			acknowledged.put(key, value);
			count.incrementAndGet();
		}
	}

	private void postBatch(CityOsProcess app, String token, long datastream, long from, int size, AtomicLong count)
			throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder("{\"datastream\":").append(datastream).append(",\"observations\":[");
		Map<Sent, Double> batch = new HashMap<>();
		for (int i = 0; i < size; i++) {
			long millis = from + i;
			batch.put(new Sent(datastream, millis), value(millis));
			body.append(i == 0 ? "" : ",").append("[\"").append(Instant.ofEpochMilli(millis)).append("\",").append(value(millis))
				.append("]");
		}
		sent.putAll(batch);
		HttpResponse<String> response = send(app, token, "/api/sensing/ingest", body.append("]}").toString());
		if (response.statusCode() == 200) {
			acknowledged.putAll(batch);
			count.incrementAndGet();
		}
	}

	private static double value(long millis) {
		return (millis % 100_000) / 4.0;
	}

	private static HttpResponse<String> send(CityOsProcess app, String token, String path, String json)
			throws IOException, InterruptedException {
		return HTTP.get().send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Map<Sent, Double> stored(CityOsProcess app, long[] datastreams) throws Exception {
		Map<Sent, Double> stored = new HashMap<>();
		try (Connection connection = connect(app); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select datastream_id, phenomenon_time, result_number from sensing_observation "
						+ "where datastream_id in (" + ids(datastreams) + ")")) {
			while (rows.next()) {
				Sent key = new Sent(rows.getLong(1), rows.getObject(2, java.time.OffsetDateTime.class).toInstant().toEpochMilli());
				assertThat(stored.put(key, rows.getDouble(3))).as("stored twice: %s", key).isNull();
			}
		}
		return stored;
	}

	/** Rows sharing a datastream and time, plus datastreams whose minute rollups count other than their rows. */
	private static long duplicatesAndRollupMismatches(CityOsProcess app, long[] datastreams) throws Exception {
		try (Connection connection = connect(app); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("""
						select (select count(*) - count(distinct (datastream_id, phenomenon_time)) from sensing_observation
						        where datastream_id in (%1$s))
						     + (select count(*) from (select datastream_id, count(*) as n from sensing_observation
						        where datastream_id in (%1$s) group by datastream_id) raw
						        full join (select datastream_id, sum(count) as n from sensing_rollup_minute
						        where datastream_id in (%1$s) group by datastream_id) rollup using (datastream_id)
						        where raw.n is distinct from rollup.n)""".formatted(ids(datastreams)))) {
			result.next();
			return result.getLong(1);
		}
	}

	private static Connection connect(CityOsProcess app) throws Exception {
		return DriverManager.getConnection(app.databaseUrl(), "postgres", "postgres");
	}

	private static String ids(long[] datastreams) {
		return java.util.Arrays.stream(datastreams).mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(","));
	}
}
