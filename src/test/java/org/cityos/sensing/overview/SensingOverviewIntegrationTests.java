package org.cityos.sensing.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

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

import tools.jackson.databind.JsonNode;

/**
 * The overview over stored data: an air station's hourly and daily AQI and the city's, the status
 * of a parking lot reporting now (index, OK) and of a station silent for long (OFFLINE), a water
 * section against its target class, a noise sensor's day L_Aeq.
 */
@CityOsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SensingOverviewIntegrationTests {

	private static final String MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	ApiClient admin;

	@BeforeAll
	void logIn() {
		DemoCityLoaded.await(progress);
		admin = ApiClient.loggedIn(port, "admin");
	}

	/** Creates a Thing with one Datastream per property; answers the Thing id and the datastream id per property. */
	Map<String, Long> thing(String kind, String properties, String... observedProperties) {
		StringBuilder datastreams = new StringBuilder();
		for (String property : observedProperties) {
			if (!datastreams.isEmpty()) {
				datastreams.append(',');
			}
			datastreams.append("""
					{"name":"%s","description":"d","observationType":"%s","properties":{"kind":"%s"},
					 "unitOfMeasurement":{"name":"u","symbol":"u","definition":"x"},
					 "Sensor":{"name":"s","description":"s","encodingType":"text/html","metadata":"m"},
					 "ObservedProperty":{"name":"%s","definition":"x","description":"x"}}""".formatted(property, MEASUREMENT, kind, property));
		}
		Response created = admin.post("/sta/v1.1/Things", """
				{"name":"%s-%s","description":"t","properties":{"kind":"%s"%s},
				 "Locations":[{"name":"l","description":"l","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[106.27,38.47]}}],
				 "Datastreams":[%s]}""".formatted(kind, UUID.randomUUID(), kind, properties, datastreams));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long thing = created.json().get("@iot.id").asLong();
		Map<String, Long> ids = new HashMap<>();
		ids.put("thing", thing);
		for (JsonNode ds : admin.get("/sta/v1.1/Things(" + thing + ")/Datastreams").json().get("value")) {
			ids.put(ds.get("name").asString(), ds.get("@iot.id").asLong());
		}
		return ids;
	}

	void ingest(long datastream, String observations) {
		Response response = admin.post("/api/sensing/ingest", "{\"datastream\":" + datastream + ",\"observations\":[" + observations + "]}");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	static JsonNode find(JsonNode array, String field, long id) {
		for (JsonNode node : array) {
			if (node.get(field).asLong() == id) {
				return node;
			}
		}
		throw new AssertionError("no " + field + " " + id + " in " + array);
	}

	@Test
	void anAirStationsHourlyAndDailyAqiComeFromItsHourRollups() {
		Map<String, Long> station = thing("air", "", "PM2_5", "PM10");
		// 2026 version: PM2.5 mean 48 → (100−50)/(60−35)·(48−35)+50 = 76; PM10 40 → 40
		ingest(station.get("PM2_5"), "[\"2026-04-30T02:10:00Z\",46],[\"2026-04-30T02:40:00Z\",50]");
		ingest(station.get("PM10"), "[\"2026-04-30T02:10:00Z\",40]");

		JsonNode hourly = admin.get("/api/sensing/aqi/stations?at=2026-04-30T03:10:00Z").json();
		assertThat(hourly.get("time").asString()).isEqualTo("2026-04-30T03:00:00Z");
		JsonNode mine = find(hourly.get("stations"), "thingId", station.get("thing"));
		assertThat(mine.get("index").get("aqi").asInt()).isEqualTo(76);
		assertThat(mine.get("index").get("categoryName").asString()).isEqualTo("良");
		assertThat(mine.get("index").get("colour").asString()).isEqualTo("#FFFF00");
		assertThat(mine.get("index").get("primaryPollutants").get(0).asString()).isEqualTo("PM2_5");
		assertThat(mine.get("lon").asDouble()).isEqualTo(106.27);

		// two days on, not even the 24-hour moving average (the stand-in for a missing PM hour) has data
		JsonNode later = admin.get("/api/sensing/aqi/stations?at=2026-05-02T05:10:00Z").json();
		assertThat(later.get("stationsWithoutData").toString()).contains(Long.toString(station.get("thing")));

		JsonNode daily = admin.get("/api/sensing/aqi/stations?report=DAILY&at=2026-04-30T12:00:00%2B08:00").json();
		assertThat(find(daily.get("stations"), "thingId", station.get("thing")).get("index").get("aqi").asInt()).isEqualTo(76);

		JsonNode city = admin.get("/api/sensing/aqi/city?at=2026-04-30T03:10:00Z").json();
		assertThat(city.get("stations").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(city.get("index").get("aqi").asInt()).isPositive();

		assertThat(admin.get("/api/sensing/aqi/city?at=yesterday").status()).isEqualTo(400);
		assertThat(admin.get("/api/sensing/aqi/city?report=WEEKLY").status()).isEqualTo(400);
	}

	@Test
	void theStatusShowsEachThingsPlaceLatestValuesAndIndex() {
		Map<String, Long> lot = thing("parking", ",\"capacity\":200", "OCCUPIED");
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		ingest(lot.get("OCCUPIED"), "[\"" + now.minusSeconds(60) + "\",192]");
		Map<String, Long> section = thing("water", ",\"targetClass\":\"III\"", "AMMONIA_NITROGEN", "DISSOLVED_OXYGEN");
		ingest(section.get("AMMONIA_NITROGEN"), "[\"" + now.minusSeconds(60) + "\",1.3]");
		ingest(section.get("DISSOLVED_OXYGEN"), "[\"" + now.minusSeconds(60) + "\",6.5]");
		Map<String, Long> silent = thing("air", "", "PM2_5");

		JsonNode parking = find(admin.get("/api/sensing/status?kind=parking").json(), "id", lot.get("thing"));
		assertThat(parking.get("status").asString()).isEqualTo("OK");
		assertThat(parking.get("lat").asDouble()).isEqualTo(38.47);
		assertThat(parking.get("values").get(0).get("value").asDouble()).isEqualTo(192);
		assertThat(parking.get("index").get("type").asString()).isEqualTo("PARKING");
		assertThat(parking.get("index").get("label").asString()).isEqualTo("已满");
		assertThat(parking.get("index").get("value").asDouble()).isEqualTo(0.96);

		JsonNode all = admin.get("/api/sensing/status").json();
		JsonNode water = find(all, "id", section.get("thing"));
		assertThat(water.get("index").get("label").asString()).isEqualTo("Ⅳ类");
		assertThat(water.get("index").get("exceeded").asBoolean()).isTrue();
		assertThat(water.get("index").get("details").get("responsibleParameters").get(0).asString()).isEqualTo("AMMONIA_NITROGEN");
		JsonNode offline = find(all, "id", silent.get("thing"));
		assertThat(offline.get("status").asString()).isEqualTo("OFFLINE");
		assertThat(offline.get("index").isNull()).isTrue();
	}

	@Test
	void aNoiseSensorsDayLevelIsTheEnergyAverageAgainstItsZone() {
		Map<String, Long> sensor = thing("noise", ",\"zone\":\"1\"", "LAEQ");
		// 60 and 50 dB(A) → 10·lg((10^6 + 10^5)/2) = 57.4 > 55 (class 1, day)
		ingest(sensor.get("LAEQ"), "[\"2026-04-29T02:00:00Z\",60],[\"2026-04-29T02:01:00Z\",50]");
		JsonNode mine = find(admin.get("/api/sensing/noise/periods?date=2026-04-29").json(), "thingId", sensor.get("thing"));
		JsonNode day = mine.get("periods").get(0);
		assertThat(day.get("period").asString()).isEqualTo("DAY");
		assertThat(day.get("equivalentLevel").asDouble()).isEqualTo(57.4);
		assertThat(day.get("exceeded").asBoolean()).isTrue();
	}
}
