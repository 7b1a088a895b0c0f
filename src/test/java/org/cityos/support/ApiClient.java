package org.cityos.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like HTTP client for integration tests: keeps cookies, echoes the CSRF cookie in
 * X-XSRF-TOKEN like the UI does, logs in through the login endpoint, or sends a bearer token or
 * Basic credentials like a department system.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private String authorization;

	private ApiClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient(port);
	}

	/** Logs in as a demo account (password {@code demo}) through the UI's login endpoint. */
	public static ApiClient loggedIn(int port, String username) {
		return loggedIn(port, username, "demo");
	}

	public static ApiClient loggedIn(int port, String username, String password) {
		ApiClient client = new ApiClient(port);
		Response login = client.login(username, password);
		if (login.status() != 200) {
			throw new IllegalStateException("Login of " + username + " failed: " + login);
		}
		return client;
	}

	public static ApiClient withToken(int port, String token) {
		ApiClient client = new ApiClient(port);
		client.authorization = "Bearer " + token;
		return client;
	}

	public static ApiClient withBasic(int port, String username, String password) {
		ApiClient client = new ApiClient(port);
		client.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
		return client;
	}

	public Response login(String username, String password) {
		get("/api/platform/status");
		return post("/api/auth/login", JSON.createObjectNode().put("username", username).put("password", password).toString());
	}

	public Response get(String path) {
		return send("GET", path, null, null);
	}

	public Response post(String path, String json) {
		return send("POST", path, json, "application/json");
	}

	public Response put(String path, String json) {
		return send("PUT", path, json, "application/json");
	}

	public Response delete(String path) {
		return send("DELETE", path, null, null);
	}

	public Response send(String method, String path, String body, String contentType) {
		return send(method, path, body, contentType, true);
	}

	/** What a forged cross-site request looks like: the session cookie, but no CSRF header. */
	public Response sendWithoutCsrf(String method, String path, String json) {
		return send(method, path, json, "application/json", false);
	}

	private Response send(String method, String path, String body, String contentType, boolean echoCsrf) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
			.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		String csrf = csrfToken();
		if (echoCsrf && csrf != null && !method.equals("GET")) {
			request.header("X-XSRF-TOKEN", csrf);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Retry-After").orElse(null), response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The session's cookies and CSRF header, for a load generator sending its own requests as this user. */
	public java.util.Map<String, String> sessionHeaders() {
		String cookie = String.join("; ", cookies.getCookieStore().getCookies().stream()
			.map(c -> c.getName() + "=" + c.getValue()).toList());
		String csrf = csrfToken();
		return csrf == null ? java.util.Map.of("Cookie", cookie) : java.util.Map.of("Cookie", cookie, "X-XSRF-TOKEN", csrf);
	}

	private String csrfToken() {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue).findFirst().orElse(null);
	}

	/** An HTTP answer; {@link #json()} parses the body. */
	public record Response(int status, String body, String contentType, String retryAfter, String location) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public boolean isProblem() {
			return contentType.startsWith("application/problem+json");
		}

		@Override
		public String toString() {
			return status + " " + body;
		}
	}
}
