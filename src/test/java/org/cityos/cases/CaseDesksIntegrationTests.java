package org.cityos.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.cityos.cases.sla.SlaSweep;
import org.cityos.platform.ProgressBoard;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * What the desks read besides the workflow: the list of cases with an extension request waiting,
 * the supervision board (cards per department, escalations) and the public page's map outlines.
 */
@CityOsIntegrationTest
class CaseDesksIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	SlaSweep sweep;

	ApiClient operator;

	ApiClient handler;

	@BeforeEach
	void demoCityLoaded() {
		DemoCityLoaded.await(progress);
		operator = ApiClient.loggedIn(port, "operator");
		handler = ApiClient.loggedIn(port, "handler");
	}

	/** A case dispatched to CGJ and accepted by its handler, placed in the grid at the given index. */
	String acceptedCase(int gridIndex, String description) {
		String grid = operator.get("/api/geography/divisions?level=grid&q=&limit=100").json().get(gridIndex).get("code")
			.asString();
		JsonNode centroid = operator.get("/api/geography/divisions/" + grid).json().get("properties").get("centroid");
		Response intake = operator.post("/api/cases", """
				{"channel":"HOTLINE","hotlineType":"COMPLAINT","categoryCode":"C0302","description":"%s","lon":%s,"lat":%s}
				""".formatted(description, centroid.get("lon").asDouble(), centroid.get("lat").asDouble()));
		assertThat(intake.status()).as(intake.toString()).isEqualTo(201);
		String number = intake.json().get("case").get("number").asString();
		assertThat(operator.post("/api/cases/" + number + "/register", "{}").status()).isEqualTo(200);
		assertThat(operator.post("/api/cases/" + number + "/dispatch", "{\"departmentCode\":\"CGJ\"}").status())
			.isEqualTo(200);
		assertThat(handler.post("/api/cases/" + number + "/accept", "{}").status()).isEqualTo(200);
		return number;
	}

	@Test
	void listNarrowsToCasesWithAnExtensionRequestWaiting() {
		String waiting = acceptedCase(61, "垃圾箱破损，等待更换");
		String other = acceptedCase(62, "垃圾箱倾倒");
		assertThat(handler.post("/api/cases/" + waiting + "/extend",
				"{\"amount\":2,\"unit\":\"WORKING_DAYS\",\"note\":\"需采购新垃圾箱\"}").status()).isEqualTo(200);

		JsonNode requested = operator.get("/api/cases?extensionRequested=true&size=500").json();
		JsonNode notRequested = operator.get("/api/cases?extensionRequested=false&status=IN_PROGRESS&size=500").json();

		assertThat(requested.get("content").valueStream().map(c -> c.get("number").asString())).contains(waiting)
			.doesNotContain(other);
		assertThat(notRequested.get("content").valueStream().map(c -> c.get("number").asString())).contains(other)
			.doesNotContain(waiting);
	}

	@Test
	void supervisionBoardCountsRedCardsPerDepartmentAndListsTheEscalation() {
		String number = acceptedCase(63, "垃圾箱满溢无人清理");
		Instant due = Instant.parse(operator.get("/api/cases/" + number).json().get("dueAt").asString());
		sweep.sweep(due.plusSeconds(60));

		JsonNode board = operator.get("/api/cases/analysis/supervision").json();

		JsonNode cgj = board.get("departments").valueStream().filter(d -> "CGJ".equals(d.get("code").asString()))
			.findFirst().orElseThrow();
		assertThat(cgj.get("name").asString()).isNotBlank();
		assertThat(cgj.get("red").asLong()).isPositive();
		assertThat(cgj.get("open").asLong()).isGreaterThanOrEqualTo(cgj.get("red").asLong());
		assertThat(board.get("escalations").valueStream().map(e -> e.get("number").asString())).contains(number);
		assertThat(handler.get("/api/cases/analysis/supervision").status()).isEqualTo(403);
	}

	@Test
	void publicMapServesDistrictAndStreetOutlinesOnly() {
		ApiClient citizen = ApiClient.anonymous(port);

		Response streets = citizen.get("/api/public/cases/map/street");
		Response grids = citizen.get("/api/public/cases/map/grid");

		assertThat(streets.status()).isEqualTo(200);
		assertThat(streets.json().get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(streets.json().get("features").size()).isPositive();
		assertThat(grids.status()).isEqualTo(400);
		assertThat(grids.isProblem()).isTrue();
	}
}
