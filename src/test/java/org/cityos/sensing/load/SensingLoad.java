package org.cityos.sensing.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import org.cityos.CityOsApplication;
import org.cityos.platform.ProgressBoard;
import org.cityos.support.ApiClient;
import org.cityos.support.DemoCityLoaded;
import org.cityos.support.KeepAliveHttp;
import org.cityos.support.SensorThingsJson;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;

/**
 * Load generator for sensing: starts CityOS on a fresh data directory (demo city at scale 0.02 for
 * the accounts), creates {@code datastreams} datastreams, then runs for {@code seconds} each:
 * <ol>
 * <li>batch: {@code threads} gateways POST {@code /api/sensing/ingest} with {@code batch} observations each;</li>
 * <li>single: 16 clients POST one Observation each to {@code /sta/v1.1/Datastreams(id)/Observations};</li>
 * <li>mqtt: {@code threads} MQTT 5 clients publish QoS 1 Observations (pipelined, {@code inflight} unacknowledged each;
 * {@code mqttArray} observations per message, 1 = the SensorThings form);</li>
 * <li>latest: 16 clients GET the latest 100 observations of a datastream.</li>
 * </ol>
 * Prints observations (or requests) per second: acknowledged ones only, i.e. committed.
 * {@code --phases=single,latest} runs only some of them (the latest-100 phase then reads what the
 * others wrote, so keep one writing phase before it); {@code --hold=seconds} keeps the application
 * (and its PostgreSQL, whose port is printed) running afterwards, e.g. to EXPLAIN queries.
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.cityos.sensing.load.SensingLoad \
 *     --seconds=20 --threads=4 --batch=5000 --datastreams=200 --mqttArray=1 --inflight=200
 * </pre>
 */
public final class SensingLoad {


	private static final java.util.concurrent.atomic.AtomicReference<String> DATA_DIR = new java.util.concurrent.atomic.AtomicReference<>("?");

	private SensingLoad() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new HashMap<>();
		for (String arg : args) {
			String[] kv = arg.replaceFirst("^--", "").split("=", 2);
			o.put(kv[0], kv.length > 1 ? kv[1] : "true");
		}
		int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
		int threads = Integer.parseInt(o.getOrDefault("threads", "4"));
		int batch = Integer.parseInt(o.getOrDefault("batch", "5000"));
		int datastreams = Integer.parseInt(o.getOrDefault("datastreams", "200"));
		int mqttArray = Integer.parseInt(o.getOrDefault("mqttArray", "1"));
		int inflight = Integer.parseInt(o.getOrDefault("inflight", "200"));
		List<String> phases = List.of(o.getOrDefault("phases", "batch,single,mqtt,latest").split(","));
		int hold = Integer.parseInt(o.getOrDefault("hold", "0"));
		Path dataDir = Files.createTempDirectory("cityos-sensing-load");
		DATA_DIR.set(dataDir.toString());
		ConfigurableApplicationContext app = SpringApplication.run(CityOsApplication.class, "--cityos.data-dir=" + dataDir,
				"--cityos.demo=true", "--cityos.demo.scale=0.02", "--server.port=0", "--cityos.sensing.mqtt.port=0",
				"--logging.level.root=warn", "--server.tomcat.threads.max=64");
		try {
			DemoCityLoaded.await(app.getBean(ProgressBoard.class));
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			ApiClient admin = ApiClient.loggedIn(port, "admin");
			String token = admin.post("/api/directory/tokens", "{\"departmentCode\":\"GAJ\",\"name\":\"load\"}").json().get("token").asString();
			ApiClient gateway = ApiClient.withToken(port, token);
			long[] ids = new long[datastreams];
			for (int i = 0; i < datastreams; i++) {
				ids[i] = gateway.post("/sta/v1.1/Datastreams", SensorThingsJson.measurementDatastream("load-" + i)).json().get("@iot.id").asLong();
			}
			String auth = "Bearer " + token;
			// one keep-alive connection per worker thread, a cheap client (see KeepAliveHttp)
			ThreadLocal<KeepAliveHttp> http = ThreadLocal.withInitial(() -> new KeepAliveHttp(port, auth));
			// distinct phenomenon times per run: a per-thread clock stepping back from now in milliseconds
			AtomicLong clock = new AtomicLong(Instant.now().minusSeconds(86_400 * 20).toEpochMilli());

			long batchCount = !phases.contains("batch") ? 0 : run("batch HTTP (" + threads + " gateways × " + batch + " obs/request)", threads, seconds, (t, done) -> {
				StringBuilder body = new StringBuilder("{\"datastream\":").append(ids[t % ids.length]).append(",\"observations\":[");
				long start = clock.getAndAdd(batch);
				for (int i = 0; i < batch; i++) {
					body.append(i == 0 ? "" : ",").append("[\"").append(Instant.ofEpochMilli(start + i)).append("\",").append(i % 97).append("]");
				}
				KeepAliveHttp.Answer r = http.get().postJson("/api/sensing/ingest", body.append("]}").toString());
				done.accept(r.status() == 200 ? batch : 0);
			});
			long singleCount = !phases.contains("single") ? 0 : run("single HTTP POSTs (16 connections)", 16, seconds, (t, done) -> {
				String time = Instant.ofEpochMilli(clock.getAndIncrement()).toString();
				KeepAliveHttp.Answer r = http.get().postJson("/sta/v1.1/Datastreams(" + ids[t % ids.length] + ")/Observations",
						"{\"phenomenonTime\":\"" + time + "\",\"result\":1.5}");
				done.accept(r.status() == 201 ? 1 : 0);
			});
			int mqttPort = Integer.parseInt(admin.get("/sta/v1.1").json().get("serverSettings")
				.get("http://www.opengis.net/spec/iot_sensing/1.1/req/create-observations-via-mqtt/observations-creation")
				.get("endpoints").get(0).asString().replaceAll(".*:", ""));
			long mqttCount = !phases.contains("mqtt") ? 0 : runMqtt(threads, seconds, mqttPort, token, ids, clock, mqttArray, inflight);
			long latestCount = !phases.contains("latest") ? 0 : run("latest 100 observations (16 connections)", 16, seconds, (t, done) -> {
				KeepAliveHttp.Answer r = http.get().get("/sta/v1.1/Datastreams(" + ids[t % ids.length]
						+ ")/Observations?$orderby=phenomenonTime%20desc&$top=100");
				done.accept(r.status() == 200 ? 1 : 0);
			});
			System.out.printf("%nSUMMARY obs/s: batch %.0f, single %.0f, mqtt %.0f; latest-100 req/s %.0f%n", batchCount / (double) seconds,
					singleCount / (double) seconds, mqttCount / (double) seconds, latestCount / (double) seconds);
			if (hold > 0) {
				try (java.sql.Connection connection = app.getBean(javax.sql.DataSource.class).getConnection()) {
					System.out.println("holding for " + hold + " s; PostgreSQL " + connection.getMetaData().getURL());
				}
				Thread.sleep(hold * 1000L);
			}
		}
		finally {
			app.close();
			org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	interface Step {

		void run(int thread, IntConsumer done) throws Exception;
	}

	private static long run(String name, int threads, int seconds, Step step) throws InterruptedException {
		CpuTime cpu = CpuTime.now();
		Profile profile = Profile.startIf(name);
		AtomicLong count = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			Thread worker = new Thread(() -> {
				while (System.nanoTime() < end) {
					try {
						step.run(thread, n -> count.addAndGet(n));
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}
			});
			worker.start();
			workers.add(worker);
		}
		for (Thread worker : workers) {
			worker.join();
		}
		profile.stop();
		System.out.printf("%-55s %10.0f /s   %s%n", name, count.get() / (double) seconds, cpu.perUnit(count.get()));
		return count.get();
	}

	private static long runMqtt(int clients, int seconds, int port, String token, long[] ids, AtomicLong clock, int array, int inflight)
			throws Exception {
		CpuTime cpu = CpuTime.now();
		Profile profile = Profile.startIf("MQTT");
		AtomicLong acknowledged = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> workers = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			Thread worker = new Thread(() -> {
				Mqtt5AsyncClient mqtt = Mqtt5Client.builder().identifier("load-" + client).serverHost("127.0.0.1").serverPort(port)
					.simpleAuth().username("load").password(token.getBytes(StandardCharsets.UTF_8)).applySimpleAuth().buildAsync();
				mqtt.connect().join();
				Semaphore window = new Semaphore(inflight);
				String topic = "v1.1/Datastreams(" + ids[client % ids.length] + ")/Observations";
				while (System.nanoTime() < end) {
					window.acquireUninterruptibly();
					StringBuilder payload = new StringBuilder(array > 1 ? "[" : "");
					long start = clock.getAndAdd(array);
					for (int i = 0; i < array; i++) {
						payload.append(i == 0 ? "" : ",").append("{\"phenomenonTime\":\"").append(Instant.ofEpochMilli(start + i))
							.append("\",\"result\":").append(i % 13).append("}");
					}
					CompletableFuture<?> sent = mqtt.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
						.payload(payload.append(array > 1 ? "]" : "").toString().getBytes(StandardCharsets.UTF_8)).send();
					sent.whenComplete((r, e) -> {
						if (e == null && System.nanoTime() < end) {
							acknowledged.addAndGet(array);
						}
						window.release();
					});
				}
				window.acquireUninterruptibly(inflight);
				mqtt.disconnect().join();
			});
			worker.start();
			workers.add(worker);
		}
		for (Thread worker : workers) {
			worker.join();
		}
		System.out.printf("%-55s %10.0f /s%n", "MQTT QoS 1 (" + clients + " clients, " + array + " obs/message, " + inflight + " in flight)",
				acknowledged.get() / (double) seconds);
		profile.stop();
		System.out.printf("%-55s %s%n", "", cpu.perUnit(acknowledged.get()));
		return acknowledged.get();
	}

	/**
	 * {@code -Dprofile=<phase name prefix>}: a Flight Recorder recording of that phase only (method samples every 2 ms),
	 * written to {@code target/<prefix>.jfr}.
	 */
	private record Profile(jdk.jfr.@org.jspecify.annotations.Nullable Recording recording, String file) {

		static Profile startIf(String phase) {
			String wanted = System.getProperty("profile", "");
			if (wanted.isEmpty() || !phase.startsWith(wanted)) {
				return new Profile(null, "");
			}
			jdk.jfr.Recording recording = new jdk.jfr.Recording();
			recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2));
			recording.setToDisk(true);
			recording.start();
			return new Profile(recording, "target/" + wanted + ".jfr");
		}

		void stop() {
			if (recording != null) {
				recording.stop();
				try {
					recording.dump(Path.of(file));
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
				System.out.println("profile written to " + file);
			}
		}
	}

	/**
	 * CPU spent by this JVM (server and load clients) and by the embedded PostgreSQL's processes:
	 * per observation or request it is a figure that a busy shared machine distorts far less than
	 * the rate.
	 */
	private record CpuTime(long jvmNanos, long postgresTicks) {

		static CpuTime now() {
			long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
			// pg_ctl detaches the postmaster from this JVM: found by its data directory under ours
			long postgres = ProcessHandle.allProcesses()
				.filter(p -> p.info().commandLine().orElse("").contains(DATA_DIR.get() + "/"))
				.flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
				.mapToLong(CpuTime::ticks).sum();
			return new CpuTime(jvm, postgres);
		}

		private static long ticks(ProcessHandle process) {
			try {
				String[] stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat")).replaceFirst(".*\\) ", "").split(" ");
				return Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
			}
			catch (Exception ex) {
				return 0;
			}
		}

		String perUnit(long units) {
			CpuTime end = now();
			double jvmMicros = (end.jvmNanos - jvmNanos) / 1000.0 / Math.max(1, units);
			// clock ticks are 10 ms (USER_HZ 100)
			double postgresMicros = (end.postgresTicks - postgresTicks) * 10_000.0 / Math.max(1, units);
			return String.format("CPU per unit: JVM %.1f µs, PostgreSQL %.1f µs", jvmMicros, postgresMicros);
		}
	}
}
