package org.cityos.sensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cityos.platform.ProgressBoard;
import org.cityos.sensing.SensorRegistry.NewSensor;
import org.cityos.sensing.SensorRegistry.Quantity;
import org.cityos.sensing.SensorRegistry.Reading;
import org.cityos.sensing.SensorRegistry.RegisteredSensor;
import org.cityos.shared.GeoPoint;
import org.cityos.support.ApiClient;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Sensors registered in bulk through the module's entry point are SensorThings entities and take readings. */
@CityOsIntegrationTest
class SensorRegistryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	SensorRegistry registry;

	@Test
	void registeredSensorsAreThingsWithDatastreamsAndTakeReadings() {
		DemoCityLoaded.await(progress);
		String name = "停车场-" + UUID.randomUUID();
		List<RegisteredSensor> sensors = registry.register(List.of(new NewSensor(name, "parking", new GeoPoint(108.70, 34.33),
				Map.of("capacity", 120), List.of(new Quantity("OCCUPIED", "veh")))));
		long datastream = sensors.get(0).datastreams().get("OCCUPIED");
		registry.submit(List.of(new Reading(datastream, Instant.now().minus(1, ChronoUnit.MINUTES), 60))).join();

		ApiClient admin = ApiClient.loggedIn(port, "admin");
		JsonNode thing = admin.get("/sta/v1.1/Things(" + sensors.get(0).thingId() + ")?$expand=Locations,Datastreams").json();
		assertThat(thing.get("name").asString()).isEqualTo(name);
		assertThat(thing.get("properties").get("kind").asString()).isEqualTo("parking");
		assertThat(thing.get("Locations").get(0).get("location").get("coordinates").get(0).asDouble()).isEqualTo(108.70);
		assertThat(thing.get("Datastreams").get(0).get("@iot.id").asLong()).isEqualTo(datastream);
		JsonNode status = admin.get("/api/sensing/status?kind=parking").json();
		JsonNode mine = null;
		for (JsonNode entry : status) {
			if (entry.get("id").asLong() == sensors.get(0).thingId()) {
				mine = entry;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.get("index").get("value").asDouble()).isEqualTo(0.5);
	}
}
