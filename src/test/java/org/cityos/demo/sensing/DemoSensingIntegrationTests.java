package org.cityos.demo.sensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

/**
 * The demo sensors at scale 0.02 (about 40), installed, back-filled and ticked by calling the
 * component directly (the shared test context runs with {@code cityos.demo.sensors=false}).
 */
@CityOsIntegrationTest
class DemoSensingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoSensing sensing;

	@Autowired
	DemoSensorSimulator simulator;

	static List<DemoSensor> fleet;

	static Instant backFilledUntil;

	@BeforeEach
	void demoSensorsInstalled() {
		DemoCityLoaded.await(progress);
		synchronized (DemoSensingIntegrationTests.class) {
			if (fleet == null) {
				List<DemoSensor> installed = sensing.install(0.02, n -> {
				});
				backFilledUntil = Instant.now().truncatedTo(ChronoUnit.MINUTES);
				sensing.backFill(installed, backFilledUntil, n -> {
				});
				sensing.seedRules();
				fleet = installed;
			}
		}
	}

	@Test
	void everyKindIsInstalledOnceInsideTheCity() {
		Set<DemoSensorKind> kinds = new HashSet<>();
		fleet.forEach(sensor -> kinds.add(sensor.kind()));
		assertThat(kinds).containsExactlyInAnyOrder(DemoSensorKind.values());
		assertThat(fleet).hasSizeBetween(40, 45).allSatisfy(sensor -> {
			assertThat(sensor.place().lon()).isBetween(108.60, 108.80);
			assertThat(sensor.place().lat()).isBetween(34.25, 34.41);
			assertThat(sensor.districtCode()).isNotNull();
		});
		// installing again finds them
		assertThat(sensing.install(0.02, n -> {
		})).hasSameSizeAs(fleet);
		assertThat(jdbc.sql("select count(*) from demo_sensor").query(Long.class).single()).isEqualTo(fleet.size());
	}

	@Test
	void theBackFillLandsADayOfReadingsAndRepeatingItAddsNothing() {
		long datastreams = fleet.stream().mapToLong(s -> s.datastreams().size()).sum();
		List<Long> ids = new ArrayList<>();
		fleet.forEach(s -> ids.addAll(s.datastreams().values()));
		String count = "select count(*) from sensing_observation where datastream_id in (:ids) and phenomenon_time <= :until";
		long stored = jdbc.sql(count).param("ids", ids).param("until", java.sql.Timestamp.from(backFilledUntil))
			.query(Long.class).single();
		// 288 per datastream, less what the offline sensors no longer sent
		assertThat(stored).isBetween(datastreams * 288 * 9 / 10, datastreams * 288);
		SimulatedSensors.Simulation simulation = new SimulatedSensors(jdbc).simulation().orElseThrow();
		assertThat(simulation.backfilledUntil()).isNotNull();
		// the back-fill is done: a second call submits nothing
		assertThat(sensing.backFill(fleet, backFilledUntil, n -> {
		})).isZero();
		// the values are deterministic, so resubmitting an hour is a no-op for the writer's idempotency key
		sensing.submit(fleet, simulation.incidents(), backFilledUntil.minus(Duration.ofHours(1)), backFilledUntil,
				Duration.ofMinutes(5), n -> {
				}, () -> true);
		assertThat(jdbc.sql(count).param("ids", ids).param("until", java.sql.Timestamp.from(backFilledUntil))
			.query(Long.class).single()).isEqualTo(stored);
	}

	@Test
	void theSensorMapShowsTheDemoSensorsWithTheirIndices() {
		ApiClient operator = ApiClient.loggedIn(port, "operator");
		Set<Long> things = new HashSet<>();
		fleet.forEach(s -> things.add(s.thingId()));
		JsonNode status = operator.get("/api/sensing/status").json();
		Set<String> indexTypes = new HashSet<>();
		Set<String> statuses = new HashSet<>();
		int seen = 0;
		for (JsonNode entry : status) {
			if (things.contains(entry.get("id").asLong())) {
				seen++;
				statuses.add(entry.get("status").asString());
				if (entry.hasNonNull("index")) {
					indexTypes.add(entry.get("index").get("type").asString());
				}
			}
		}
		assertThat(seen).isEqualTo(fleet.size());
		assertThat(indexTypes).contains("AQI", "NOISE", "WATER", "CONGESTION", "PARKING");
		assertThat(statuses).contains("OFFLINE"); // the sensors that stopped reporting two hours before the back-fill's end
		JsonNode water = operator.get("/api/sensing/status?kind=water").json();
		boolean worseThanTarget = false;
		for (JsonNode entry : water) {
			if (things.contains(entry.get("id").asLong()) && entry.hasNonNull("index")) {
				worseThanTarget |= entry.get("index").get("exceeded").asBoolean();
			}
		}
		assertThat(worseThanTarget).isTrue();
	}

	@Test
	void theAqiAnswersForTheDemoStationsWithTheEpisodeAbove100() {
		ApiClient operator = ApiClient.loggedIn(port, "operator");
		Set<Long> stations = new HashSet<>();
		fleet.stream().filter(s -> s.kind() == DemoSensorKind.AIR).forEach(s -> stations.add(s.thingId()));
		JsonNode answer = operator.get("/api/sensing/aqi/stations").json();
		int answered = 0;
		int maximum = 0;
		for (JsonNode station : answer.get("stations")) {
			if (stations.contains(station.get("thingId").asLong())) {
				answered++;
				maximum = Math.max(maximum, station.get("index").get("aqi").asInt());
			}
		}
		assertThat(answered).isEqualTo(stations.size());
		// the first station's district has the pollution episode at its height (2–4 h after its start, 4 h ago)
		assertThat(maximum).isGreaterThan(100);
		assertThat(operator.get("/api/sensing/aqi/city").json().get("index").get("aqi").asInt()).isPositive();
	}

	@Test
	void theDemoRulesAreSeededOnceAndTheLiveTickAddsAReadingPerDatastreamAndMinute() {
		JsonNode rules = ApiClient.loggedIn(port, "operator").get("/api/sensing/rules").json();
		int demoRules = 0;
		for (JsonNode rule : rules) {
			if (rule.get("name").asString().startsWith("演示：")) {
				demoRules++;
			}
		}
		assertThat(demoRules).isEqualTo(DemoAlertRules.ALL.size());
		assertThat(sensing.seedRules()).isZero();
		long reporting = fleet.stream().filter(s -> !Incidents.goesOffline(s)).mapToLong(s -> s.datastreams().size()).sum();
		long readings = simulator.tick(backFilledUntil.plus(Duration.ofMinutes(2)));
		assertThat(readings).isEqualTo(2 * reporting);
		assertThat(simulator.tick(backFilledUntil.plus(Duration.ofMinutes(2)))).isZero();
	}
}
