package org.cityos.registry.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.cityos.catalog.CatalogActors;
import org.cityos.platform.ProgressBoard;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The demo's health records (卫健委) include older records without ID number: after their delivery
 * they are matched to the population registry; sure matches are linked, uncertain ones queued for
 * 卫健委's steward, who decides.
 */
@CityOsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchReviewIntegrationTests {

	private static final String HEALTH_RECORDS = "101005-000003";

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	private ApiClient admin;

	@BeforeAll
	void matchTheDemoHealthRecords() throws InterruptedException {
		DemoCityLoaded.await(progress);
		admin = ApiClient.loggedIn(port, "admin");
		Response started = admin.post("/api/registry/population/matching", "{\"source\":\"" + HEALTH_RECORDS + "\"}");
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		String job = started.json().get("job").asString();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (progress.find(job).state() == ProgressBoard.State.RUNNING && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(progress.find(job).state()).as(progress.find(job).toString()).isEqualTo(ProgressBoard.State.DONE);
	}

	@Test
	void recordsWithoutIdNumberAreLinkedOrQueued() {
		long linked = jdbc.sql("select count(*) from registry_match_link where source = :s").param("s", HEALTH_RECORDS)
			.query(Long.class).single();
		assertThat(linked).isPositive();
		Response queue = admin.get("/api/registry/population/reviews?state=PENDING&size=5");
		assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
		assertThat(queue.json().get("totalElements").asLong()).isPositive();
		JsonNode first = queue.json().get("content").get(0);
		assertThat(first.get("providerCode").asString()).isEqualTo("WJW");
		assertThat(first.get("agreements")).hasSize(5);
	}

	@Test
	void providingStewardDecidesOnceAndOthersAreRefused() {
		ApiClient health = new CatalogActors(port).steward("WJW");
		Response queue = health.get("/api/registry/population/reviews?state=PENDING&size=2");
		assertThat(queue.status()).isEqualTo(200);
		JsonNode review = queue.json().get("content").get(0);
		assertThat(review.get("candidateKey").asString()).as("masked for the department").contains("*");
		String id = review.get("id").asString();

		ApiClient other = new CatalogActors(port).steward("RSJ");
		assertThat(other.post("/api/registry/population/reviews/" + id + "/decide", "{\"accept\":true}").status())
			.isEqualTo(403);
		assertThat(other.get("/api/registry/population/reviews?department=WJW").status()).isEqualTo(403);
		assertThat(health.post("/api/registry/population/reviews/" + id + "/decide", "{}").status()).isEqualTo(400);

		Response decided = health.post("/api/registry/population/reviews/" + id + "/decide",
				"{\"accept\":true,\"note\":\"电话回访确认为同一人\"}");
		assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
		assertThat(decided.json().get("state").asString()).isEqualTo("ACCEPTED");
		assertThat(jdbc.sql("select decided_by from registry_match_link where source = :s and reference = :r")
			.param("s", HEALTH_RECORDS).param("r", review.get("reference").asString()).query(String.class).single())
			.startsWith("steward-wjw");
		assertThat(health.post("/api/registry/population/reviews/" + id + "/decide", "{\"accept\":false}").status())
			.isEqualTo(409);
	}

	@Test
	void matchingASourceThatCannotBeMatchedIsRefused() {
		Response refused = admin.post("/api/registry/population/matching", "{\"source\":\"401001-000001\"}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
	}
}
