package org.cityos.sensing.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityos.sensing.AlertLevelChanged;
import org.cityos.sensing.AlertRaised;
import org.cityos.sensing.AlertResolved;
import org.cityos.platform.ProgressBoard;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.JsonNode;

/**
 * The early-warning story end to end: an operator writes a rule, observations go through the
 * engine, the alert is raised and escalated, a wrong role is refused, the operator acknowledges,
 * a leader resolves with a note; bad rules are refused whole.
 */
@CityOsIntegrationTest
@RecordApplicationEvents
class AlertLifeCycleIntegrationTests {

	static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	AlertEngine engine;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ProgressBoard progress;

	@BeforeEach
	void demoAccountsExist() {
		DemoCityLoaded.await(progress);
	}

	static String thresholdRule(String name, String datastream) {
		return """
				{"name":"%s","scope":{"type":"DATASTREAM","value":"%s"},
				 "condition":{"kind":"THRESHOLD","direction":"ABOVE","levels":{"BLUE":75,"YELLOW":115},"hysteresis":5},
				 "minimumDuration":"PT0S","clearDuration":"PT0S"}
				""".formatted(name, datastream);
	}

	static ObservedValue pm25(String datastream, int minute, double value) {
		return new ObservedValue(datastream, T0.plusSeconds(60L * minute), value, "PM2_5", "AIR_STATION", List.of("640104"));
	}

	@Test
	void ruleObservationsRaiseAnAlertThatIsAcknowledgedAndResolved() {
		ApiClient operator = ApiClient.loggedIn(port, "operator");
		String datastream = "pm25-" + UUID.randomUUID();
		Response created = operator.post("/api/sensing/rules", thresholdRule("PM2.5 超标", datastream));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("condition").get("kind").asString()).isEqualTo("THRESHOLD");

		List<AlertTransition> raised = engine.evaluate(List.of(pm25(datastream, 0, 60), pm25(datastream, 1, 80)));
		assertThat(raised).extracting(AlertTransition::type).containsExactly(AlertTransition.Type.RAISED);
		assertThat(events.stream(AlertRaised.class).filter(e -> e.datastreamId().equals(datastream)))
			.singleElement()
			.satisfies(event -> assertThat(event.level().name()).isEqualTo("BLUE"));

		ApiClient auditor = ApiClient.loggedIn(port, "auditor");
		JsonNode page = auditor.get("/api/sensing/alerts?state=OPEN&datastream=" + datastream).json();
		assertThat(page.get("totalElements").asInt()).isEqualTo(1);
		String id = page.get("content").get(0).get("id").asString();
		assertThat(page.get("content").get(0).get("state").asString()).isEqualTo("RAISED");
		assertThat(auditor.get("/api/sensing/alerts?area=640104&level=BLUE&kind=THRESHOLD").json().get("totalElements").asInt())
			.isPositive();

		engine.evaluate(List.of(pm25(datastream, 2, 120)));
		assertThat(events.stream(AlertLevelChanged.class).filter(e -> e.datastreamId().equals(datastream)))
			.singleElement()
			.satisfies(event -> assertThat(event.escalated()).isTrue());

		Response byHandler = ApiClient.loggedIn(port, "handler").post("/api/sensing/alerts/" + id + "/acknowledge", "{}");
		assertThat(byHandler.status()).isEqualTo(403);

		Response acknowledged = operator.post("/api/sensing/alerts/" + id + "/acknowledge", "{\"note\":\"已通知环保执法\"}");
		assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
		assertThat(acknowledged.json().get("state").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(acknowledged.json().get("level").asString()).isEqualTo("YELLOW");
		assertThat(operator.post("/api/sensing/alerts/" + id + "/acknowledge", "{}").status()).isEqualTo(409);

		Response withoutNote = operator.post("/api/sensing/alerts/" + id + "/resolve", "{\"note\":\" \"}");
		assertThat(withoutNote.status()).isEqualTo(400);
		assertThat(withoutNote.isProblem()).isTrue();

		Response resolved = ApiClient.loggedIn(port, "leader").post("/api/sensing/alerts/" + id + "/resolve",
				"{\"note\":\"污染源已关停\"}");
		assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
		assertThat(resolved.json().get("state").asString()).isEqualTo("RESOLVED");
		assertThat(resolved.json().get("resolution").asString()).isEqualTo("MANUAL");
		JsonNode history = auditor.get("/api/sensing/alerts/" + id).json().get("history");
		assertThat(history.valueStream().map(step -> step.get("action").asString()).toList())
			.containsExactly("RAISED", "LEVEL_CHANGED", "ACKNOWLEDGED", "RESOLVED");

		// still high after the manual resolve: no new alert until the value has cleared once
		assertThat(engine.evaluate(List.of(pm25(datastream, 3, 130)))).isEmpty();
		engine.evaluate(List.of(pm25(datastream, 4, 20)));
		assertThat(engine.evaluate(List.of(pm25(datastream, 5, 90)))).extracting(AlertTransition::type)
			.containsExactly(AlertTransition.Type.RAISED);

		// and the new one resolves by itself when the value drops below 75 − 5 (events of HTTP calls run on the
		// server's threads and are not recorded here; the manual resolve shows in the history above)
		engine.evaluate(List.of(pm25(datastream, 6, 60)));
		assertThat(events.stream(AlertResolved.class).filter(e -> e.datastreamId().equals(datastream)))
			.extracting(e -> e.resolution().name())
			.containsExactly("AUTO");
	}

	@Test
	void deletingARuleWithdrawsItsOpenAlert() {
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		String datastream = "pm25-" + UUID.randomUUID();
		String ruleId = admin.post("/api/sensing/rules", thresholdRule("删除测试", datastream)).json().get("id").asString();
		engine.evaluate(List.of(pm25(datastream, 0, 100)));

		assertThat(admin.delete("/api/sensing/rules/" + ruleId).status()).isEqualTo(204);

		JsonNode alert = admin.get("/api/sensing/alerts?datastream=" + datastream).json().get("content").get(0);
		assertThat(alert.get("state").asString()).isEqualTo("RESOLVED");
		assertThat(alert.get("resolution").asString()).isEqualTo("RULE_WITHDRAWN");
		assertThat(admin.get("/api/sensing/rules/" + ruleId).status()).isEqualTo(404);
	}

	@Test
	void silentDatastreamRaisesANoDataAlertOnTheTick() {
		ApiClient operator = ApiClient.loggedIn(port, "operator");
		String datastream = "noise-" + UUID.randomUUID();
		Response created = operator.post("/api/sensing/rules", """
				{"name":"噪声监测点离线","scope":{"type":"DATASTREAM","value":"%s"},
				 "condition":{"kind":"NO_DATA","after":"PT30M","level":"YELLOW"}}
				""".formatted(datastream));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		engine.evaluate(List.of(new ObservedValue(datastream, T0, 55, "LAEQ", "NOISE", List.of())));

		List<AlertTransition> ticked = engine.tick(T0.plusSeconds(31 * 60));

		assertThat(ticked).filteredOn(t -> t.context().datastreamId().equals(datastream))
			.extracting(AlertTransition::type)
			.containsExactly(AlertTransition.Type.RAISED);
		assertThat(operator.get("/api/sensing/alerts?state=RAISED&kind=NO_DATA&datastream=" + datastream).json()
			.get("totalElements").asInt()).isEqualTo(1);
	}

	@Test
	void invalidRulesAreRefusedWholeAndNothingIsStored() {
		ApiClient operator = ApiClient.loggedIn(port, "operator");
		int before = operator.get("/api/sensing/rules").json().size();

		Response unknownKind = operator.post("/api/sensing/rules", """
				{"name":"x","scope":{"type":"DATASTREAM","value":"d"},"condition":{"kind":"MAGIC","levels":{"BLUE":1}}}
				""");
		Response notMonotonic = operator.post("/api/sensing/rules", """
				{"name":"x","scope":{"type":"DATASTREAM","value":"d"},
				 "condition":{"kind":"THRESHOLD","direction":"ABOVE","levels":{"BLUE":100,"YELLOW":80}}}
				""");
		Response negativeDuration = operator.post("/api/sensing/rules", """
				{"name":"x","scope":{"type":"DATASTREAM","value":"d"},"minimumDuration":"PT-5M",
				 "condition":{"kind":"THRESHOLD","direction":"ABOVE","levels":{"BLUE":1}}}
				""");
		Response missingScope = operator.post("/api/sensing/rules", """
				{"name":"x","condition":{"kind":"NO_DATA","after":"PT0S"}}
				""");

		for (Response response : List.of(unknownKind, notMonotonic, negativeDuration, missingScope)) {
			assertThat(response.status()).as(response.toString()).isEqualTo(400);
			assertThat(response.isProblem()).isTrue();
		}
		assertThat(notMonotonic.body()).contains("condition.levels.YELLOW");
		assertThat(negativeDuration.body()).contains("minimumDuration");
		assertThat(missingScope.body()).contains("scope").contains("condition.after").contains("condition.level");
		assertThat(operator.get("/api/sensing/rules").json().size()).isEqualTo(before);
		assertThat(ApiClient.loggedIn(port, "steward").post("/api/sensing/rules", thresholdRule("x", "d")).status())
			.isEqualTo(403);
	}

	@Test
	void aqiEndpointComputesAcrossTheVersionSwitchAndListsTheStandards() {
		ApiClient auditor = ApiClient.loggedIn(port, "auditor");

		JsonNode before = auditor.post("/api/sensing/aqi",
				"{\"time\":\"2026-02-28T23:00:00+08:00\",\"report\":\"DAILY\",\"concentrations\":{\"PM2_5_24H\":75}}").json();
		JsonNode after = auditor.post("/api/sensing/aqi",
				"{\"time\":\"2026-03-01T00:00:00+08:00\",\"report\":\"DAILY\",\"concentrations\":{\"PM2_5_24H\":75}}").json();
		Response unknownItem = auditor.post("/api/sensing/aqi",
				"{\"time\":\"2026-03-01T00:00:00+08:00\",\"report\":\"DAILY\",\"concentrations\":{\"PM1\":75}}");
		JsonNode standards = auditor.get("/api/sensing/aqi/standards").json();

		assertThat(before.get("aqi").asInt()).isEqualTo(100);
		assertThat(before.get("standard").asString()).isEqualTo("HJ_633_2012");
		assertThat(after.get("aqi").asInt()).isEqualTo(114);
		assertThat(after.get("category").asString()).isEqualTo("LIGHTLY_POLLUTED");
		assertThat(after.get("primaryPollutants").get(0).asString()).isEqualTo("PM2_5");
		assertThat(unknownItem.status()).isEqualTo(400);
		assertThat(standards.get("standards").size()).isEqualTo(2);
		assertThat(standards.get("categories").get(5).get("colour").asString()).isEqualTo("#7E0023");
	}
}
