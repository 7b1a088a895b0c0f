package org.cityos.sensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.cityos.platform.ProgressBoard;
import org.cityos.sensing.storage.ObservationWriter;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;

/**
 * When the writer cannot keep up (here: its transaction waits on a table lock the test holds, with
 * a queue of 10 observations), HTTP callers get 503 with Retry-After and MQTT publishers get no
 * acknowledgement until their observations are committed — nothing is dropped.
 */
@CityOsIntegrationTest
@TestPropertySource(properties = { "cityos.sensing.ingest.queue-capacity=10", "cityos.sensing.ingest.flush-size=10" })
class BackpressureIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObservationWriter writer;

	@Autowired
	ProgressBoard progress;

	@Test
	void aFullQueueAnswers503WithRetryAfterAndHoldsMqttAcknowledgementsUntilCommit() throws Exception {
		DemoCityLoaded.await(progress);
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		String token = admin.post("/api/directory/tokens", "{\"departmentCode\":\"GAJ\",\"name\":\"bp\"}").json().get("token").asString();
		ApiClient gateway = ApiClient.withToken(port, token);
		long ds = gateway.post("/sta/v1.1/Datastreams", """
				{"name":"bp-%s","description":"d","observationType":"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
				 "unitOfMeasurement":{"name":"veh/h","symbol":"veh/h","definition":"x"},
				 "Thing":{"name":"线圈检测器","description":"t","Locations":[{"name":"l","description":"l","encodingType":"application/geo+json",
				   "location":{"type":"Point","coordinates":[108.7,34.3]}}]},
				 "Sensor":{"name":"s","description":"s","encodingType":"text/html","metadata":"m"},
				 "ObservedProperty":{"name":"flow","definition":"x","description":"x"}}""".formatted(UUID.randomUUID()))
			.json().get("@iot.id").asLong();
		StringBuilder ten = new StringBuilder("{\"datastream\":" + ds + ",\"observations\":[");
		for (int i = 0; i < 10; i++) {
			ten.append(i == 0 ? "" : ",").append("[\"2026-04-01T00:0").append(i).append(":00Z\",").append(i).append("]");
		}
		String batch = ten.append("]}").toString();
		int mqttPort = Integer.parseInt(admin.get("/sta/v1.1").json().get("serverSettings")
			.get("http://www.opengis.net/spec/iot_sensing/1.1/req/create-observations-via-mqtt/observations-creation")
			.get("endpoints").get(0).asString().replaceAll(".*:", ""));
		Mqtt5AsyncClient publisher = Mqtt5Client.builder().identifier("bp-" + ds).serverHost("127.0.0.1").serverPort(mqttPort)
			.simpleAuth().username("gateway").password(token.getBytes(StandardCharsets.UTF_8)).applySimpleAuth().buildAsync();
		publisher.connect().join();

		CompletableFuture<Response> first;
		CompletableFuture<Mqtt5PublishResult> published;
		try (Connection lock = dataSource.getConnection()) {
			lock.setAutoCommit(false);
			lock.createStatement().execute("lock table sensing_latest in exclusive mode");
			first = CompletableFuture.supplyAsync(() -> gateway.post("/api/sensing/ingest", batch));
			await().atMost(Duration.ofSeconds(30)).until(() -> writer.pending() == 10);

			Response refused = gateway.post("/api/sensing/ingest", batch.replace("2026-04-01", "2026-04-02"));
			assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
			assertThat(refused.retryAfter()).isNotBlank();
			assertThat(refused.isProblem()).isTrue();
			Response refusedSingle = gateway.post("/sta/v1.1/Datastreams(" + ds + ")/Observations",
					"{\"phenomenonTime\":\"2026-04-02T00:00:00Z\",\"result\":1}");
			assertThat(refusedSingle.status()).as(refusedSingle.toString()).isEqualTo(503);
			assertThat(refusedSingle.retryAfter()).isNotBlank();
			assertThat(refusedSingle.isProblem()).isTrue();

			published = publisher.publishWith().topic("v1.1/Datastreams(" + ds + ")/Observations").qos(MqttQos.AT_LEAST_ONCE)
				.payload("{\"phenomenonTime\":\"2026-04-03T00:00:00Z\",\"result\":7}".getBytes(StandardCharsets.UTF_8)).send();
			await().atMost(Duration.ofSeconds(30)).until(() -> writer.parked() == 1);
			assertThat(published).as("no PUBACK while the observation is not committed").isNotDone();
			assertThat(first).isNotDone();
			lock.rollback();
		}
		assertThat(first.get().status()).isEqualTo(200);
		published.get();
		publisher.disconnect().join();
		assertThat(jdbc.sql("select count(*) from sensing_observation where datastream_id = :d").param("d", ds).query(Long.class).single())
			.as("the accepted batch and the MQTT observation; the refused batch and single observation are not stored").isEqualTo(11);
	}
}
