package org.cityos.sensing.sta;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP proxy that adds {@code Authorization: Bearer <token>} to every request and
 * forwards it to CityOS. The OGC conformance suite speaks to an anonymous service, while our
 * SensorThings API wants a login or an API token (sensor data is city-internal): the proxy gives
 * the suite a SYSTEM token without opening the API. Links in answers name the proxy, as a reverse
 * proxy in front of CityOS would make them. Life cycle: started by {@link #start}, stopped by
 * {@link #close}; one instance per suite run.
 */
final class AuthenticatingProxy implements AutoCloseable {

	/** Headers the JDK client sets itself or refuses; and Accept-Encoding, so bodies stay plain text to rewrite. */
	private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect", "upgrade",
			"accept-encoding", "authorization", "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection");

	private static final Set<String> NOT_RETURNED = Set.of("content-length", "transfer-encoding", "connection",
			"keep-alive", "content-encoding");

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	private final String target;

	private final String token;

	private AuthenticatingProxy(HttpServer server, String target, String token) {
		this.server = server;
		this.target = target;
		this.token = token;
	}

	/** Forwards {@code http://127.0.0.1:<port>/...} to {@code target} (an origin like {@code http://localhost:8080}). */
	static AuthenticatingProxy start(String target, String token, int port) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		AuthenticatingProxy proxy = new AuthenticatingProxy(server, target, token);
		server.createContext("/", proxy::forward);
		server.setExecutor(proxy.threads);
		server.start();
		return proxy;
	}

	String origin() {
		return "http://localhost:" + server.getAddress().getPort();
	}

	private void forward(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI().toString()))
				.timeout(Duration.ofSeconds(60))
				.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofByteArray(body));
			exchange.getRequestHeaders().forEach((name, values) -> {
				if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
					values.forEach(value -> request.header(name, value));
				}
			});
			request.header("Authorization", "Bearer " + token);
			HttpResponse<byte[]> response;
			try {
				response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				exchange.sendResponseHeaders(502, -1);
				return;
			}
			byte[] answer = rewrite(response.body());
			response.headers().map().forEach((name, values) -> {
				if (!NOT_RETURNED.contains(name.toLowerCase(Locale.ROOT))) {
					exchange.getResponseHeaders().put(name, values.stream().map(this::rewrite).toList());
				}
			});
			boolean empty = answer.length == 0 || "HEAD".equals(exchange.getRequestMethod());
			exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : answer.length);
			if (!empty) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(answer);
				}
			}
		}
	}

	private byte[] rewrite(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		return text.contains(target) ? rewrite(text).getBytes(StandardCharsets.UTF_8) : body;
	}

	private String rewrite(String text) {
		return text.replace(target, origin());
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}

	/** For a run by hand (docs/sensing.md): {@code AuthenticatingProxy <target origin> <token> <port>}. */
	public static void main(String[] args) throws IOException {
		AuthenticatingProxy proxy = start(args[0], args[1], Integer.parseInt(args[2]));
		System.out.println("Forwarding " + proxy.origin() + " to " + args[0] + " with the token; Ctrl-C stops");
	}
}
