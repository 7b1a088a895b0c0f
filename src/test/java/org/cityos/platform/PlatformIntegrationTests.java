package org.cityos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@CityOsIntegrationTest
class PlatformIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void healthIsPublicAndMetricsAreForAdminsOnly() {
		assertThat(ApiClient.anonymous(port).get("/actuator/health").body()).contains("\"UP\"");
		assertThat(ApiClient.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(ApiClient.loggedIn(port, "leader").get("/actuator/prometheus").status()).isEqualTo(403);
		Response metrics = ApiClient.loggedIn(port, "admin").get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void statusTellsTheUiAboutTheDemo() {
		Response status = ApiClient.anonymous(port).get("/api/platform/status");

		assertThat(status.json().get("demo").asBoolean()).isTrue();
		assertThat(status.json().has("demoLoad")).isTrue();
	}

	@Test
	void openApiDescribesTheApi() {
		Response docs = ApiClient.anonymous(port).get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/directory/departments")).isTrue();
	}

	@Test
	void mistakesOfTheCallerAreProblemsNotServerErrors() {
		ApiClient admin = ApiClient.loggedIn(port, "admin");

		Response unknownPath = admin.get("/api/no-such-thing");
		Response wrongMethod = admin.send("PATCH", "/api/directory/departments", "{}", "application/json");
		Response wrongMediaType = admin.send("POST", "/api/directory/departments", "code=X", "text/plain");
		Response emptyBody = admin.send("POST", "/api/directory/departments", "", "application/json");
		Response badPage = admin.get("/api/directory/departments?page=abc");

		assertThat(unknownPath.status()).isEqualTo(404);
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMediaType.status()).isEqualTo(415);
		assertThat(emptyBody.status()).isEqualTo(400);
		assertThat(badPage.status()).isEqualTo(400);
		assertThat(badPage.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
		for (Response response : new Response[] { unknownPath, wrongMethod, wrongMediaType, emptyBody, badPage }) {
			assertThat(response.isProblem()).as(response.toString()).isTrue();
			assertThat(response.json().get("detail").asString()).as(response.toString()).isNotBlank();
		}
	}
}
