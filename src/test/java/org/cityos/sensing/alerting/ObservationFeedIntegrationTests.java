package org.cityos.sensing.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.cityos.geography.CityMap;
import org.cityos.platform.ProgressBoard;
import org.cityos.shared.GeoPoint;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Ingestion reaches the rules: a rule written over HTTP, observations ingested over the gateway
 * endpoint above its threshold for its minimum duration, and the alert is listed — with the
 * datastream's observed property, sensor kind and the division codes of its Thing's place. A
 * condition shorter than the minimum duration raises nothing.
 */
@CityOsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservationFeedIntegrationTests {

	private static final String MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	CityMap cityMap;

	ApiClient admin;

	ApiClient operator;

	@BeforeAll
	void logIn() {
		DemoCityLoaded.await(progress);
		admin = ApiClient.loggedIn(port, "admin");
		operator = ApiClient.loggedIn(port, "operator");
	}

	long datastream(String property) {
		// the demo city lies around 108.70°E 34.33°N
		Response created = admin.post("/sta/v1.1/Datastreams", """
				{"name":"feed-%s","description":"d","observationType":"%s","properties":{"kind":"air"},
				 "unitOfMeasurement":{"name":"u","symbol":"µg/m³","definition":"x"},
				 "Thing":{"name":"空气站","description":"t","properties":{"kind":"air"},"Locations":[{"name":"l","description":"l",
				   "encodingType":"application/geo+json","location":{"type":"Point","coordinates":[108.70,34.33]}}]},
				 "Sensor":{"name":"s","description":"s","encodingType":"text/html","metadata":"m"},
				 "ObservedProperty":{"name":"%s","definition":"x","description":"x"}}""".formatted(UUID.randomUUID(), MEASUREMENT, property));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("@iot.id").asLong();
	}

	void ingest(long datastream, Instant start, double... values) {
		StringBuilder observations = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			observations.append(i == 0 ? "" : ",").append("[\"").append(start.plus(i, ChronoUnit.MINUTES)).append("\",")
				.append(values[i]).append(']');
		}
		Response response = admin.post("/api/sensing/ingest",
				"{\"datastream\":" + datastream + ",\"observations\":[" + observations + "]}");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	/** Polls the alert list (the feed runs after commit on its own thread), bounded. */
	JsonNode alertsOf(long datastream) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		JsonNode page;
		do {
			page = operator.get("/api/sensing/alerts?datastream=" + datastream).json();
			if (page.get("totalElements").asLong() > 0) {
				return page.get("content");
			}
			pause();
		}
		while (Instant.now().isBefore(deadline));
		return page.get("content");
	}

	static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void observationsAboveTheThresholdForTheMinimumDurationRaiseAnAlert() {
		String property = "PM2_5-" + UUID.randomUUID();
		Response rule = operator.post("/api/sensing/rules", """
				{"name":"PM2.5 超标 %s","scope":{"type":"OBSERVED_PROPERTY","value":"%s"},
				 "condition":{"kind":"THRESHOLD","direction":"ABOVE","levels":{"BLUE":75,"YELLOW":115},"hysteresis":5},
				 "minimumDuration":"PT2M","clearDuration":"PT0S"}""".formatted(property, property));
		assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
		long brief = datastream(property);
		long lasting = datastream(property);
		Instant start = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);

		ingest(brief, start, 80, 82, 60);
		ingest(lasting, start, 80, 82, 90, 95);

		JsonNode alerts = alertsOf(lasting);
		assertThat(alerts).hasSize(1);
		JsonNode alert = alerts.get(0);
		assertThat(alert.get("state").asString()).isEqualTo("RAISED");
		assertThat(alert.get("level").asString()).isEqualTo("BLUE");
		assertThat(alert.get("raisedAt").asString()).isEqualTo(start.plus(2, ChronoUnit.MINUTES).toString());
		assertThat(alert.get("observedProperty").asString()).isEqualTo(property);
		assertThat(alert.get("sensorKind").asString()).isEqualTo("air");
		assertThat(alert.get("divisionCodes")).hasSize(4);
		// one feed thread in order: the earlier batch of the brief datastream was judged before
		assertThat(operator.get("/api/sensing/alerts?datastream=" + brief).json().get("totalElements").asLong()).isZero();
	}

	@Test
	void anAreaRuleMatchesObservationsByTheirThingsDistrict() {
		String district = cityMap.locate(new GeoPoint(108.70, 34.33)).orElseThrow().district().code().value();
		// a value no other test's sensor in the district reaches
		Response rule = operator.post("/api/sensing/rules", """
				{"name":"区域阈值 %s","scope":{"type":"AREA","value":"%s"},
				 "condition":{"kind":"THRESHOLD","direction":"ABOVE","levels":{"RED":100000}},"minimumDuration":"PT0S"}"""
			.formatted(UUID.randomUUID(), district));
		assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
		long ds = datastream("NO2-" + UUID.randomUUID());
		ingest(ds, Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES), 123456);
		JsonNode alerts = alertsOf(ds);
		assertThat(alerts).hasSize(1);
		assertThat(alerts.get(0).get("level").asString()).isEqualTo("RED");
		assertThat(operator.get("/api/sensing/alerts?datastream=" + ds + "&area=" + district).json().get("totalElements").asLong())
			.isEqualTo(1);
	}
}
