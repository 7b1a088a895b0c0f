package org.cityos.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.cityos.platform.ProgressBoard;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@CityOsIntegrationTest
class DirectoryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void demoCityLoaded() {
		DemoCityLoaded.await(progress);
	}

	@Test
	void sessionLoginAnswersTheUserAndLogoutEndsTheSession() {
		ApiClient client = ApiClient.anonymous(port);
		Response login = client.login("steward", "demo");

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.json().get("departmentCode").asString()).isEqualTo("GAJ");
		assertThat(login.json().get("departmentName").asString()).isEqualTo("公安局");
		assertThat(client.get("/api/auth/me").json().get("roles").get(0).asString()).isEqualTo("STEWARD");

		assertThat(client.post("/api/auth/logout", "").status()).isEqualTo(204);
		assertThat(client.get("/api/auth/me").status()).isEqualTo(401);
	}

	@Test
	void wrongPasswordIsUnauthorizedProblem() {
		Response login = ApiClient.anonymous(port).login("leader", "nope");

		assertThat(login.status()).isEqualTo(401);
		assertThat(login.isProblem()).isTrue();
	}

	@Test
	void changesWithoutCsrfTokenAreRefused() {
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		Response withToken = admin.post("/api/directory/departments",
				"{\"code\":\"CSRF1\",\"name\":\"CSRF测试局\",\"kind\":\"OTHER\"}");
		assertThat(withToken.status()).isEqualTo(201);

		// A forged cross-site request carries the session cookie but cannot read the CSRF cookie.
		Response forged = admin.sendWithoutCsrf("POST", "/api/directory/departments",
				"{\"code\":\"CSRF2\",\"name\":\"伪造局\",\"kind\":\"OTHER\"}");
		assertThat(forged.status()).isEqualTo(403);
		assertThat(forged.json().get("detail").asString()).contains("CSRF");
	}

	@Test
	void repeatedFailedLoginsAreSlowedDown() {
		String name = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient client = ApiClient.anonymous(port);
		for (int i = 0; i < 5; i++) {
			assertThat(client.login(name, "guess" + i).status()).isEqualTo(401);
		}

		Response throttled = client.login(name, "guess-again");

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.isProblem()).isTrue();
		assertThat(Integer.parseInt(throttled.retryAfter())).isBetween(1, 15);
	}

	@Test
	void parallelGuessesDoNotGetPastTheThrottle() throws Exception {
		String name = "parallel-" + UUID.randomUUID().toString().substring(0, 8);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
		try {
			var answers = pool.invokeAll(java.util.stream.IntStream.range(0, 24)
				.mapToObj(i -> (java.util.concurrent.Callable<Integer>) () -> ApiClient.anonymous(port).login(name, "guess" + i).status())
				.toList());
			long wrongPassword = 0;
			for (var answer : answers) {
				if (answer.get() == 401) {
					wrongPassword++;
				}
				else {
					assertThat(answer.get()).isEqualTo(429);
				}
			}
			// Checked one after another per name: only the free failures get a password check.
			assertThat(wrongPassword).isEqualTo(5);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void throttledAccountCannotLogInEvenWithTheRightPassword() {
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		String username = "victim" + UUID.randomUUID().toString().substring(0, 6);
		admin.post("/api/directory/accounts", """
				{"username":"%s","displayName":"受害者","password":"correct-horse","roles":["LEADER"]}
				""".formatted(username));
		ApiClient attacker = ApiClient.anonymous(port);
		for (int i = 0; i < 5; i++) {
			attacker.login(username, "wrong" + i);
		}

		assertThat(ApiClient.anonymous(port).login(username, "correct-horse").status()).isEqualTo(429);
		assertThat(ApiClient.withBasic(port, username, "correct-horse").get("/api/auth/me").status()).isEqualTo(429);
	}

	@Test
	void departmentSystemUsesItsTokenUntilRevoked() {
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		Response issued = admin.post("/api/directory/tokens", "{\"departmentCode\":\"MZJ\",\"name\":\"低保系统\",\"validDays\":30}");
		assertThat(issued.status()).isEqualTo(201);
		String token = issued.json().get("token").asString();
		String id = issued.json().get("id").asString();

		Response me = ApiClient.withToken(port, token).get("/api/auth/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("roles").get(0).asString()).isEqualTo("SYSTEM");
		assertThat(me.json().get("departmentCode").asString()).isEqualTo("MZJ");
		assertThat(setCookies(token)).as("a token's requests are stateless: no session, no CSRF cookie").isEmpty();
		// The secret is shown once: listing never shows it, and only its hash is stored.
		assertThat(admin.get("/api/directory/tokens?department=MZJ").body()).doesNotContain(token);
		assertThat(jdbc.sql("select count(*) from directory_api_token where token_hash = :t").param("t", token)
			.query(Long.class).single()).isZero();

		assertThat(admin.delete("/api/directory/tokens/" + id).status()).isEqualTo(204);
		Response afterRevoke = ApiClient.withToken(port, token).get("/api/auth/me");
		assertThat(afterRevoke.status()).isEqualTo(401);
		assertThat(afterRevoke.isProblem()).isTrue();
		assertThat(admin.delete("/api/directory/tokens/" + id).status()).isEqualTo(409);
	}

	private java.util.List<String> setCookies(String token) {
		try {
			return java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/auth/me"))
					.header("Authorization", "Bearer " + token).build(), java.net.http.HttpResponse.BodyHandlers.discarding())
				.headers().allValues("Set-Cookie");
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void expiredAndUnknownTokensAreRefused() {
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		Response issued = admin.post("/api/directory/tokens", "{\"departmentCode\":\"RSJ\",\"name\":\"社保系统\",\"validDays\":1}");
		String token = issued.json().get("token").asString();
		jdbc.sql("update directory_api_token set expires_at = now() - interval '1 minute' where id = :id::uuid")
			.param("id", issued.json().get("id").asString()).update();

		assertThat(ApiClient.withToken(port, token).get("/api/auth/me").status()).isEqualTo(401);
		assertThat(ApiClient.withToken(port, "cty_not-a-real-token").get("/api/auth/me").status()).isEqualTo(401);
	}

	@Test
	void stewardManagesOnlyOwnDepartmentsTokens() {
		ApiClient steward = ApiClient.loggedIn(port, "steward");

		assertThat(steward.post("/api/directory/tokens", "{\"departmentCode\":\"GAJ\",\"name\":\"人口库\"}").status()).isEqualTo(201);
		assertThat(steward.post("/api/directory/tokens", "{\"departmentCode\":\"CGJ\",\"name\":\"越权\"}").status()).isEqualTo(403);
		assertThat(steward.get("/api/directory/tokens?department=CGJ").status()).isEqualTo(403);
		assertThat(steward.get("/api/directory/tokens").json().findValuesAsString("departmentCode")).containsOnly("GAJ");
	}

	@Test
	void badDepartmentInputIsRefusedAndNothingIsWritten() {
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		long before = jdbc.sql("select count(*) from directory_department").query(Long.class).single();

		assertThat(admin.post("/api/directory/departments", "{\"code\":\"GAJ\",\"name\":\"重复\",\"kind\":\"OTHER\"}").status()).isEqualTo(409);
		assertThat(admin.post("/api/directory/departments", "{\"code\":\"X Y\",\"name\":\"空格\",\"kind\":\"OTHER\"}").status()).isEqualTo(400);
		assertThat(admin.post("/api/directory/departments", "{\"code\":\"ORPH\",\"name\":\"孤儿\",\"kind\":\"OTHER\",\"parentCode\":\"NOPE\"}").status()).isEqualTo(400);
		assertThat(admin.post("/api/directory/departments", "{\"code\":\"ENUM\",\"name\":\"枚举\",\"kind\":\"BUREAU\"}").json()
			.get("detail").asString()).contains("MUNICIPAL_BUREAU");
		assertThat(admin.post("/api/directory/departments", "{\"code\":").status()).isEqualTo(400);
		assertThat(admin.put("/api/directory/departments/SZF", "{\"name\":\"市人民政府\",\"kind\":\"OTHER\",\"parentCode\":\"GAJ\"}")
			.json().get("detail").asString()).contains("ancestor");

		assertThat(jdbc.sql("select count(*) from directory_department").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void accountRulesAreEnforced() {
		ApiClient admin = ApiClient.loggedIn(port, "admin");

		Response noDepartment = admin.post("/api/directory/accounts",
				"{\"username\":\"h1x\",\"displayName\":\"无部门\",\"password\":\"long-enough\",\"roles\":[\"HANDLER\"]}");
		Response shortPassword = admin.post("/api/directory/accounts",
				"{\"username\":\"h2x\",\"displayName\":\"短密码\",\"password\":\"short\",\"roles\":[\"LEADER\"]}");
		Response system = admin.post("/api/directory/accounts",
				"{\"username\":\"h3x\",\"displayName\":\"机器\",\"password\":\"long-enough\",\"roles\":[\"SYSTEM\"],\"departmentCode\":\"GAJ\"}");
		Response badGrid = admin.post("/api/directory/accounts",
				"{\"username\":\"h4x\",\"displayName\":\"网格\",\"password\":\"long-enough\",\"roles\":[\"GRID_WORKER\"],\"departmentCode\":\"CGJ\",\"gridCodes\":[\"123\"]}");
		Response duplicate = admin.post("/api/directory/accounts",
				"{\"username\":\"admin\",\"displayName\":\"重名\",\"password\":\"long-enough\",\"roles\":[\"LEADER\"]}");

		assertThat(noDepartment.status()).isEqualTo(400);
		assertThat(noDepartment.json().get("errors").get(0).get("field").asString()).isEqualTo("departmentCode");
		assertThat(shortPassword.status()).isEqualTo(400);
		assertThat(shortPassword.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
		assertThat(system.status()).isEqualTo(400);
		assertThat(badGrid.status()).isEqualTo(400);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(jdbc.sql("select count(*) from directory_account where username in ('h1x','h2x','h3x','h4x')")
			.query(Long.class).single()).isZero();
	}

	@Test
	void sessionsEndWhenTheirAccountIsDisabledOrChanged() {
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		String disabled = "leaver" + UUID.randomUUID().toString().substring(0, 6);
		String moved = "mover" + UUID.randomUUID().toString().substring(0, 6);
		for (String username : new String[] { disabled, moved }) {
			admin.post("/api/directory/accounts", """
					{"username":"%s","displayName":"调动人员","password":"long-enough","roles":["STEWARD"],"departmentCode":"GAJ"}
					""".formatted(username));
		}
		ApiClient leaver = ApiClient.loggedIn(port, disabled, "long-enough");
		ApiClient mover = ApiClient.loggedIn(port, moved, "long-enough");
		assertThat(leaver.get("/api/directory/tokens").status()).isEqualTo(200);
		assertThat(mover.get("/api/directory/tokens").status()).isEqualTo(200);

		admin.put("/api/directory/accounts/" + disabled,
				"{\"displayName\":\"调动人员\",\"roles\":[\"STEWARD\"],\"departmentCode\":\"GAJ\",\"enabled\":false}");
		admin.put("/api/directory/accounts/" + moved,
				"{\"displayName\":\"调动人员\",\"roles\":[\"STEWARD\"],\"departmentCode\":\"MZJ\",\"enabled\":true}");

		assertThat(leaver.get("/api/directory/tokens").status()).isEqualTo(401);
		assertThat(mover.get("/api/directory/tokens").status()).as("the session still says GAJ").isEqualTo(401);
		assertThat(ApiClient.loggedIn(port, moved, "long-enough").get("/api/auth/me").json().get("departmentCode").asString())
			.isEqualTo("MZJ");
		assertThat(ApiClient.anonymous(port).login(disabled, "long-enough").status()).isEqualTo(401);
	}

	@Test
	void accountChangesAreAudited() {
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		String username = "newhandler" + UUID.randomUUID().toString().substring(0, 6);
		admin.post("/api/directory/accounts", """
				{"username":"%s","displayName":"新承办人","password":"long-enough","roles":["HANDLER"],"departmentCode":"CGJ"}
				""".formatted(username));

		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'directory.account.opened' and target = :u and actor = 'admin'")
			.param("u", username).query(Long.class).single()).isEqualTo(1);
		assertThat(ApiClient.loggedIn(port, username, "long-enough").get("/api/auth/me").status()).isEqualTo(200);
	}
}
