package org.cityos.support;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * The load generators' client side: {@code clients} threads (one keep-alive connection each)
 * sending requests for some seconds, paced at {@code rate} requests per second each (an open load;
 * latency counted from the scheduled start so that queueing counts) or back to back (a closed
 * loop: saturation throughput). Prints throughput, latency percentiles and CPU per request.
 */
public final class PacedLoad {

	private PacedLoad() {
	}

	/** One request: sends it, answers whether it succeeded. Called from the client threads. */
	@FunctionalInterface
	public interface Request {

		boolean send() throws IOException;
	}

	/**
	 * @param processCpuNanos CPU time of this whole JVM (the application and the clients) during the run
	 * @param clientCpuNanos CPU time of the client threads alone
	 */
	public record Result(long[] latenciesMicros, long ok, long failed, long wallNanos, long processCpuNanos,
			long clientCpuNanos) {

		public String summary() {
			long[] sorted = latenciesMicros.clone();
			Arrays.sort(sorted);
			double perSecond = ok * 1e9 / wallNanos;
			long requests = Math.max(ok + failed, 1);
			return String.format("%,d requests (%,d failed), %,.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; "
					+ "CPU per request: application %.2f ms, clients %.2f ms",
					ok, failed, perSecond, percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
					sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0,
					(processCpuNanos - clientCpuNanos) / 1e6 / requests, clientCpuNanos / 1e6 / requests);
		}

		private static double percentile(long[] sorted, double p) {
			return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1000.0;
		}
	}

	public static Result run(int clients, int seconds, double rate, Request request) throws InterruptedException {
		System.setProperty("http.maxConnections", Integer.toString(clients * 2));
		System.setProperty("http.keepAlive", "true");
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<long[]> perClient = new ArrayList<>();
		List<int[]> counts = new ArrayList<>();
		AtomicLong failed = new AtomicLong();
		AtomicLong clientCpu = new AtomicLong();
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		long processCpuBefore = os.getProcessCpuTime();
		long start = System.nanoTime();
		long end = start + TimeUnit.SECONDS.toNanos(seconds);
		long interval = rate > 0 ? (long) (1e9 / rate) : 0;
		for (int c = 0; c < clients; c++) {
			long[] latencies = new long[(int) Math.max(1024, rate > 0 ? rate * seconds + 16 : 40_000L * seconds / clients * 4)];
			int[] count = { 0 };
			perClient.add(latencies);
			counts.add(count);
			long offset = interval == 0 ? 0 : ThreadLocalRandom.current().nextLong(interval);
			pool.execute(() -> {
				long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
				try {
					sendUntil(end, interval, start + offset, request, latencies, count, failed);
				}
				finally {
					clientCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore);
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
		long wall = System.nanoTime() - start;
		long processCpu = os.getProcessCpuTime() - processCpuBefore;
		int total = counts.stream().mapToInt(c -> c[0]).sum();
		long[] all = new long[total];
		int at = 0;
		for (int c = 0; c < clients; c++) {
			System.arraycopy(perClient.get(c), 0, all, at, counts.get(c)[0]);
			at += counts.get(c)[0];
		}
		return new Result(all, total, failed.get(), wall, processCpu, clientCpu.get());
	}

	/** One client: sends until {@code end}, paced by {@code interval} (0: back to back). */
	private static void sendUntil(long end, long interval, long first, Request request, long[] latencies, int[] count,
			AtomicLong failed) {
		long next = first;
		while (true) {
			if (interval > 0) {
				long wait = next - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
			}
			long began = interval > 0 ? next : System.nanoTime();
			if (began >= end) {
				return;
			}
			boolean ok;
			try {
				ok = request.send();
			}
			catch (IOException ex) {
				ok = false;
			}
			long took = (System.nanoTime() - began) / 1000;
			if (ok && count[0] < latencies.length) {
				latencies[count[0]++] = took;
			}
			else if (!ok) {
				failed.incrementAndGet();
			}
			next += interval;
		}
	}

	/**
	 * One HTTP exchange over the thread's keep-alive connection, the answer read to the end (so
	 * the connection goes back to the cache); true when {@code accepted} holds for status and body.
	 */
	public static boolean exchange(String method, String url, Map<String, String> headers, byte[] body,
			Predicate<Answer> accepted) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
		connection.setRequestMethod(method);
		headers.forEach(connection::setRequestProperty);
		connection.setConnectTimeout((int) Duration.ofSeconds(10).toMillis());
		connection.setReadTimeout((int) Duration.ofSeconds(30).toMillis());
		if (body.length > 0) {
			connection.setDoOutput(true);
			connection.getOutputStream().write(body);
		}
		int status = connection.getResponseCode();
		byte[] answer;
		try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
			answer = in == null ? new byte[0] : in.readAllBytes();
		}
		return accepted.test(new Answer(status, new String(answer, StandardCharsets.UTF_8)));
	}

	public record Answer(int status, String body) {
	}

	/** {@code --name=value} and {@code --flag} arguments. */
	public static Map<String, String> options(String[] args) {
		Map<String, String> options = new java.util.HashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else if (arg.startsWith("--")) {
				options.put(arg.substring(2), "true");
			}
		}
		return options;
	}
}
