package org.cityos.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * CityOS running in a child JVM on a data directory: for tests and load generators that must kill
 * the process (SIGKILL) or measure its memory apart from the client's. Started on a free port with
 * the demo off (so the first administrator gets {@link #ADMIN_PASSWORD}) and MQTT off. The child's
 * output goes to a log file. {@link #close()} always leaves no process behind: the JVM and the
 * embedded PostgreSQL it started (which outlives a killed JVM, being a daemon of its own).
 */
public final class CityOsProcess implements AutoCloseable {

	public static final String ADMIN_PASSWORD = "crash-and-soak-admin";

	private final Process process;

	private final Path dataDir;

	private final Path log;

	private final int port;

	private CityOsProcess(Process process, Path dataDir, Path log, int port) {
		this.process = process;
		this.dataDir = dataDir;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts CityOS with this JVM's class path and waits until it is ready (readiness probe up).
	 *
	 * @param jvmOptions e.g. {@code -Xmx1g}
	 * @param arguments more {@code --name=value} application arguments
	 */
	public static CityOsProcess start(Path dataDir, Path log, List<String> jvmOptions, List<String> arguments,
			Duration readyWithin) throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("org.cityos.CityOsApplication");
		command.add("--cityos.data-dir=" + dataDir.toAbsolutePath());
		command.add("--server.port=" + port);
		command.add("--cityos.demo=false");
		command.add("--cityos.sensing.mqtt.enabled=false");
		command.addAll(arguments);
		Files.createDirectories(log.toAbsolutePath().getParent());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("CITYOS_ADMIN_PASSWORD", ADMIN_PASSWORD);
		CityOsProcess started = new CityOsProcess(builder.start(), dataDir, log, port);
		try {
			started.awaitReady(readyWithin);
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			started.close();
			throw ex;
		}
		return started;
	}

	public int port() {
		return port;
	}

	public long pid() {
		return process.pid();
	}

	public String baseUrl() {
		return "http://localhost:" + port;
	}

	/** An administrator's client (HTTP Basic as {@code admin}). */
	public ApiClient admin() {
		return ApiClient.withBasic(port, "admin", ADMIN_PASSWORD);
	}

	/**
	 * A department gateway's API token (role SYSTEM, may write sensor data): registers the
	 * department {@code departmentCode} and issues a token for it.
	 */
	public String issueGatewayToken(String departmentCode) {
		ApiClient admin = admin();
		ApiClient.Response department = admin.post("/api/directory/departments",
				"{\"code\":\"" + departmentCode + "\",\"name\":\"" + departmentCode + " gateway\",\"kind\":\"OTHER\"}");
		if (department.status() != 201) {
			throw new IllegalStateException("Could not register department " + departmentCode + ": " + department);
		}
		return admin.post("/api/directory/tokens", "{\"departmentCode\":\"" + departmentCode + "\",\"name\":\"gateway\"}").json()
			.get("token").asString();
	}

	/** The processes of the embedded PostgreSQL of this data directory (postmaster first). */
	public List<ProcessHandle> databaseProcessHandles() throws IOException {
		return databaseProcesses();
	}

	/** The embedded PostgreSQL's port, as its lock file says. */
	public int databasePort() throws IOException {
		return Integer.parseInt(Files.readAllLines(postmasterPidFile()).get(3).strip());
	}

	/** The embedded PostgreSQL's postmaster, as its lock file says. */
	public long databasePid() throws IOException {
		return Long.parseLong(Files.readAllLines(postmasterPidFile()).get(0).strip());
	}

	/** Whether the embedded PostgreSQL of this data directory is running (whoever started it). */
	public boolean databaseRunning() throws IOException {
		return !databaseProcesses().isEmpty();
	}

	public String databaseUrl() throws IOException {
		return "jdbc:postgresql://localhost:" + databasePort() + "/postgres";
	}

	private void awaitReady(Duration within) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + within.toNanos();
		HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5)).build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("CityOS exited with " + process.exitValue() + " while starting; see " + log);
			}
			try {
				if (http.send(probe, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("CityOS was not ready within " + within + "; see " + log);
	}

	/**
	 * Pulls the plug: SIGKILL to the JVM and to every process of its embedded PostgreSQL at once
	 * (nothing gets to flush or shut down, as when the machine loses power), then waits until all
	 * are gone so that the data directory can be started again.
	 */
	public void pullThePlug() throws IOException, InterruptedException {
		List<ProcessHandle> database = databaseProcesses();
		process.destroyForcibly();
		database.forEach(ProcessHandle::destroyForcibly);
		awaitGone(process.toHandle(), database);
	}

	/**
	 * SIGKILL to the JVM alone (the kernel's OOM killer, {@code kill -9}): its embedded PostgreSQL,
	 * a daemon of its own, lives on, orphaned. {@link #close()} still ends it.
	 */
	public void killJvm() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/**
	 * Stops CityOS as an operator would (SIGTERM: Spring closes the pool, then PostgreSQL stops
	 * cleanly), falling back to {@link #pullThePlug()} when it takes too long.
	 */
	public void stop(Duration within) throws IOException, InterruptedException {
		List<ProcessHandle> database = databaseProcesses();
		process.destroy();
		if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
		}
		database.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		awaitGone(process.toHandle(), database);
	}

	/** Leaves nothing running, whatever state the child is in. */
	@Override
	public void close() {
		try {
			if (process.isAlive() || !databaseProcesses().isEmpty()) {
				pullThePlug();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The postmaster named in the data directory's {@code postmaster.pid} when it is a live
	 * PostgreSQL, with all its children (checkpointer, WAL writer, backends...).
	 */
	private List<ProcessHandle> databaseProcesses() throws IOException {
		Path pidFile = postmasterPidFile();
		if (!Files.exists(pidFile)) {
			return List.of();
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty() || lines.get(0).isBlank()) {
			return List.of();
		}
		Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
		List<ProcessHandle> all = new ArrayList<>();
		postmaster.ifPresent(p -> {
			all.add(p);
			p.descendants().forEach(all::add);
		});
		return all;
	}

	private Path postmasterPidFile() {
		return dataDir.resolve("postgres").resolve("postmaster.pid");
	}

	private static void awaitGone(ProcessHandle jvm, List<ProcessHandle> database) throws InterruptedException {
		List<ProcessHandle> all = new ArrayList<>(database);
		all.add(jvm);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		for (ProcessHandle handle : all) {
			while (handle.isAlive()) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Process " + handle.pid() + " still alive 30 s after SIGKILL");
				}
				Thread.sleep(20);
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
