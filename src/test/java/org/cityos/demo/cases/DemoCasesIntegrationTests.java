package org.cityos.demo.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.cityos.platform.ProgressBoard;
import org.cityos.support.ApiClient;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The demo city's cases after its load (scale 0.02: about 2,000), and one tick of the live simulator. */
@CityOsIntegrationTest
class DemoCasesIntegrationTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoCaseSimulator simulator;

	ApiClient leader;

	@BeforeEach
	void demoCityLoaded() {
		DemoCityLoaded.await(progress);
		leader = ApiClient.loggedIn(port, "leader");
	}

	@Test
	void sixMonthsOfHistoryAreLoadedAndEveryCaseStandsWhereItsHistoryLeftIt() {
		// other test classes of the shared context add cases now (and some dated 2020 with made-up numbers)
		String backFill = "created_at between now() - interval '183 days' and now() - interval '1 hour'";
		long backFilled = jdbc.sql("select count(*) from cases_case where " + backFill).query(Long.class).single();
		assertThat(backFilled).isBetween(1_800L, 2_200L);
		assertThat(jdbc.sql("select distinct channel from cases_case where " + backFill).query(String.class).list())
			.containsExactlyInAnyOrder("HOTLINE", "GRID_WORKER", "WEB", "IOT_ALERT", "OPEN311");
		long inconsistent = jdbc.sql("""
				select count(*) from cases_case c
				where c.number ~ '^[0-9]{14}$' and c.status is distinct from (select e.to_status from cases_event e
				                                  where e.case_id = c.id and e.to_status is not null order by e.id desc limit 1)
				""").query(Long.class).single();
		assertThat(inconsistent).isZero();
		assertThat(jdbc.sql("select count(*) from cases_case where status = 'CLOSED' and closed_at is null")
			.query(Long.class).single()).isZero();
		JsonNode list = ApiClient.loggedIn(port, "operator").get("/api/cases?size=5").json();
		assertThat(list.get("totalElements").asLong()).isGreaterThanOrEqualTo(backFilled);
		assertThat(list.get("content").get(0).get("category").get("name").asString()).isNotBlank();
	}

	@Test
	void evaluationSupervisionAndRepeatedPlacesShowRealState() {
		LocalDate today = LocalDate.now(SHANGHAI);
		String period = "from=" + today.minusMonths(6) + "&to=" + today;
		JsonNode byDepartment = leader.get("/api/cases/evaluation?" + period + "&groupBy=department").json();
		JsonNode total = byDepartment.get("total");
		assertThat(total.get("registered").asLong()).isGreaterThan(1_000);
		assertThat(total.get("closingRate").asDouble()).isBetween(0.8, 1.0);
		assertThat(total.get("onTimeClosingRate").asDouble()).isBetween(0.5, 0.99);
		assertThat(total.get("returns").asLong()).isPositive();
		assertThat(total.get("reworked").asLong()).isPositive();
		assertThat(total.get("extended").asLong()).isPositive();
		assertThat(total.get("satisfactionRate").asDouble()).isBetween(0.8, 0.99);
		assertThat(keys(byDepartment)).contains("CGJ", "GSGS", "ZJJ");
		JsonNode byWorker = leader.get("/api/cases/evaluation?" + period + "&groupBy=worker").json();
		assertThat(keys(byWorker)).contains("handler");
		assertThat(leader.get("/api/cases/evaluation?" + period + "&groupBy=grid").json().get("rows").size()).isGreaterThan(50);

		assertThat(leader.get("/api/cases?supervised=true&size=1").json().get("totalElements").asLong()).isPositive();
		assertThat(leader.get("/api/cases?card=RED&size=1").json().get("totalElements").asLong()).isPositive();
		assertThat(jdbc.sql("select count(*) from cases_escalation").query(Long.class).single()).isPositive();
		assertThat(leader.get("/api/cases/analysis/repeated?metres=50&minCount=3").json().size()).isPositive();

		// the generated grid workers verified and reported in their grids
		JsonNode workers = leader.get("/api/cases?channel=GRID_WORKER&size=1").json();
		assertThat(workers.get("totalElements").asLong()).isPositive();
		assertThat(jdbc.sql("select count(distinct actor) from cases_event where action = 'verify' and role = 'GRID_WORKER'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(2);
		assertThat(ApiClient.loggedIn(port, "gridworker01").get("/api/cases?size=1").json().get("totalElements").asLong())
			.isPositive();
	}

	@Test
	void simulatorTicksTakeCasesInAndMoveOpenOnesOnAStepAtATime() {
		long before = jdbc.sql("select count(*) from cases_case").query(Long.class).single();
		Instant started = Instant.now();
		// a Tuesday at 10:30 in Shanghai: office hours, so departments act too; twelve hours' worth
		DemoCaseSimulator.Tick tick = simulator.tick(Instant.parse("2026-11-24T02:30:00Z"), Duration.ofHours(12));
		assertThat(tick.ran()).isTrue();
		assertThat(tick.received()).isPositive();
		assertThat(tick.moved()).isPositive();
		assertThat(jdbc.sql("select count(*) from cases_case").query(Long.class).single())
			.isGreaterThanOrEqualTo(before + tick.received());
		// one step per case and tick: what the first tick registered, the next one dispatches
		assertThat(simulator.tick(Instant.parse("2026-11-24T02:31:00Z"), Duration.ofHours(12)).moved()).isPositive();
		List<String> actions = jdbc.sql("select distinct action from cases_event where at >= :t")
			.param("t", java.sql.Timestamp.from(started)).query(String.class).list();
		assertThat(actions).contains("receive", "register", "dispatch", "accept", "reply");
		assertThat(jdbc.sql("select count(*) from audit_entry where action like 'cases.%' and at >= :t")
			.param("t", java.sql.Timestamp.from(started)).query(Long.class).single()).isPositive();
	}

	private static List<String> keys(JsonNode evaluation) {
		List<String> keys = new ArrayList<>();
		evaluation.get("rows").forEach(row -> keys.add(row.get("key").isNull() ? "" : row.get("key").asString()));
		return keys;
	}
}
