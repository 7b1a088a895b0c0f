package org.cityos.sensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cityos.platform.ProgressBoard;
import org.cityos.sensing.mqtt.MqttEndpoint;
import org.cityos.sensing.storage.Partitions;
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

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient.Mqtt5Publishes;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;

import tools.jackson.databind.JsonNode;

/**
 * Ingestion: the gateway batch endpoint, idempotency, late observations, each bad-input case,
 * MQTT publish → stored and subscribe → received, dead letters, retention keeping rollups.
 */
@CityOsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestIntegrationTests {

	private static final String MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgressBoard progress;

	@Autowired
	Partitions partitions;

	@Autowired
	org.springframework.context.ApplicationContext context;

	ApiClient admin;

	ApiClient gateway;

	String token;

	@BeforeAll
	void logIn() {
		DemoCityLoaded.await(progress);
		admin = ApiClient.loggedIn(port, "admin");
		token = admin.post("/api/directory/tokens", "{\"departmentCode\":\"GAJ\",\"name\":\"gateway\"}").json().get("token").asString();
		gateway = ApiClient.withToken(port, token);
	}

	long newDatastream(String observationType) {
		Response created = gateway.post("/sta/v1.1/Datastreams", """
				{"name":"ds-%s","description":"d","observationType":"%s","properties":{"kind":"noise"},
				 "unitOfMeasurement":{"name":"decibel","symbol":"dB(A)","definition":"x"},
				 "Thing":{"name":"声环境监测点","description":"t","Locations":[{"name":"l","description":"l","encodingType":"application/geo+json",
				   "location":{"type":"Point","coordinates":[108.71,34.34]}}]},
				 "Sensor":{"name":"s","description":"s","encodingType":"text/html","metadata":"m"},
				 "ObservedProperty":{"name":"LAeq","definition":"x","description":"x"}}""".formatted(UUID.randomUUID(), observationType));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("@iot.id").asLong();
	}

	@Test
	void aGatewayBatchIsStoredWithRollupsAndTheLatestValue() {
		long ds = newDatastream(MEASUREMENT);
		Response response = gateway.post("/api/sensing/ingest", """
				{"datastream":%d,"observations":[["2026-03-01T00:00:10Z",50],["2026-03-01T00:00:40Z",60],["2026-03-01T00:01:10Z",70]]}"""
			.formatted(ds));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("created").asInt()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from sensing_observation where datastream_id = :d").param("d", ds).query(Long.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select count from sensing_rollup_minute where datastream_id = :d order by bucket limit 1").param("d", ds)
			.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select sum / count from sensing_rollup_hour where datastream_id = :d").param("d", ds).query(Double.class).single())
			.isEqualTo(60.0);
		assertThat(jdbc.sql("select result_number from sensing_latest where datastream_id = :d").param("d", ds).query(Double.class).single())
			.isEqualTo(70.0);

		Response csv = gateway.send("POST", "/api/sensing/ingest", "datastream,phenomenonTime,result\n" + ds + ",2026-03-01T00:02:00Z,65\n",
				"text/csv");
		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		assertThat(csv.json().get("created").asInt()).isEqualTo(1);
	}

	@Test
	void theSameObservationTwiceIsOneRowWithTheSameAnswer() {
		long ds = newDatastream(MEASUREMENT);
		String body = "{\"phenomenonTime\":\"2026-03-02T08:00:00Z\",\"result\":41.5}";
		Response first = gateway.post("/sta/v1.1/Datastreams(" + ds + ")/Observations", body);
		Response second = gateway.post("/sta/v1.1/Datastreams(" + ds + ")/Observations", body);
		assertThat(second.json().get("@iot.id").asLong()).isEqualTo(first.json().get("@iot.id").asLong());
		String batch = "{\"datastream\":" + ds + ",\"observations\":[[\"2026-03-02T08:00:00Z\",41.5],[\"2026-03-02T08:00:00.000+00:00\",41.5]]}";
		assertThat(gateway.post("/api/sensing/ingest", batch).json().get("duplicates").asInt()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from sensing_observation where datastream_id = :d").param("d", ds).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count from sensing_rollup_day where datastream_id = :d").param("d", ds).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aLateObservationIsStoredInItsPlaceAndDoesNotBecomeTheLatest() {
		long ds = newDatastream(MEASUREMENT);
		gateway.post("/api/sensing/ingest", "{\"datastream\":" + ds + ",\"observations\":[[\"2026-03-03T10:00:00Z\",5]]}");
		Response late = gateway.post("/api/sensing/ingest", "{\"datastream\":" + ds + ",\"observations\":[[\"2026-03-03T09:00:00Z\",9]]}");
		assertThat(late.json().get("created").asInt()).isEqualTo(1);
		JsonNode ordered = gateway.get("/sta/v1.1/Datastreams(" + ds + ")/Observations?$orderby=phenomenonTime").json().get("value");
		assertThat(ordered.get(0).get("result").asDouble()).isEqualTo(9);
		assertThat(jdbc.sql("select result_number from sensing_latest where datastream_id = :d").param("d", ds).query(Double.class).single())
			.isEqualTo(5.0);
		assertThat(gateway.get("/sta/v1.1/Datastreams(" + ds + ")/phenomenonTime").json().get("phenomenonTime").asString())
			.isEqualTo("2026-03-03T09:00:00Z/2026-03-03T10:00:00Z");
	}

	@Test
	void badInputIsRefusedWithAReasonAndNothingIsStored() {
		long ds = newDatastream(MEASUREMENT);
		String future = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS).toString();
		assertRefused(gateway.post("/api/sensing/ingest", "{\"datastream\":999999999,\"observations\":[[\"2026-03-01T00:00:00Z\",1]]}"),
				400, "Unknown datastream");
		assertRefused(gateway.post("/api/sensing/ingest", "{\"datastream\":" + ds + ",\"observations\":[[\"2026-03-01T00:00:00Z\",\"loud\"]]}"),
				400, "observationType");
		assertRefused(gateway.post("/api/sensing/ingest", "{\"datastream\":" + ds + ",\"observations\":[[\"2026-03-01T00:00:00Z\",\"NaN\"]]}"),
				400, "NaN");
		assertRefused(gateway.send("POST", "/api/sensing/ingest", ds + ",2026-03-01T00:00:00Z,Infinity\n", "text/csv"), 400, "NaN");
		assertRefused(gateway.post("/api/sensing/ingest", "{\"datastream\":" + ds + ",\"observations\":[[\"" + future + "\",1]]}"),
				400, "future");
		assertRefused(gateway.post("/api/sensing/ingest", "{\"datastream\":" + ds + ",\"observations\":[[\"2026-03-01T00:00:00Z\",1],"
				+ "[\"2026-03-01T00:01:00Z\",\"x\"]]}"), 400, "Nothing was stored");
		assertRefused(gateway.post("/api/sensing/ingest", "{\"datastream\":" + ds + ",\"observations\":[[\"yesterday\",1]]}"), 400, "ISO 8601");
		assertRefused(gateway.post("/api/sensing/ingest", "{not json"), 400, "");
		assertRefused(gateway.post("/sta/v1.1/Datastreams(" + ds + ")/Observations", "{\"result\":\"text\"}"), 400, "observationType");
		String single = "/sta/v1.1/Datastreams(" + ds + ")/Observations";
		assertRefused(gateway.post(single, "{\"phenomenonTime\":\"2026-03-01T00:00:00Z\",\"result\":\"NaN\"}"), 400, "NaN");
		assertRefused(gateway.post(single, "{\"phenomenonTime\":\"" + future + "\",\"result\":1}"), 400, "future");
		assertRefused(gateway.post(single, "{not json"), 400, "not valid JSON");
		assertRefused(gateway.post(single, ""), 400, "missing");
		assertRefused(gateway.post("/sta/v1.1/Datastreams(999999999)/Observations", "{\"phenomenonTime\":\"2026-03-01T00:00:00Z\",\"result\":1}"),
				404, "999999999");
		assertRefused(gateway.post("/sta/v1.1/Datastreams(99999999999999999999)/Observations", "{\"phenomenonTime\":\"2026-03-01T00:00:00Z\",\"result\":1}"),
				404, "No such resource");
		assertRefused(gateway.get("/sta/v1.1/Datastreams(99999999999999999999)/Observations"), 404, "No such resource");
		StringBuilder oversize = new StringBuilder("{\"datastream\":" + ds + ",\"observations\":[");
		for (int i = 0; i < 50_001; i++) {
			oversize.append(i == 0 ? "" : ",").append("[\"2026-03-01T00:00:00Z\",1]");
		}
		assertRefused(gateway.post("/api/sensing/ingest", oversize.append("]}").toString()), 413, "Too many");
		assertThat(jdbc.sql("select count(*) from sensing_observation where datastream_id = :d").param("d", ds).query(Long.class).single()).isZero();
	}

	private static void assertRefused(Response response, int status, String reason) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.isProblem()).as(response.toString()).isTrue();
		assertThat(response.body()).contains(reason);
	}

	@Test
	void mqttPublishesAreStoredAndSubscribersReceiveCreatedObservations() throws Exception {
		long ds = newDatastream(MEASUREMENT);
		int mqttPort = Integer.parseInt(admin.get("/sta/v1.1").json().get("serverSettings")
			.get("http://www.opengis.net/spec/iot_sensing/1.1/req/create-observations-via-mqtt/observations-creation")
			.get("endpoints").get(0).asString().replaceAll(".*:", ""));
		Mqtt5BlockingClient subscriber = Mqtt5Client.builder().identifier("sub-" + ds).serverHost("127.0.0.1").serverPort(mqttPort)
			.simpleAuth().username("gateway").password(token.getBytes(StandardCharsets.UTF_8)).applySimpleAuth().buildBlocking();
		subscriber.connect();
		try (Mqtt5Publishes received = subscriber.publishes(MqttGlobalPublishFilter.ALL)) {
			subscriber.subscribeWith().topicFilter("v1.1/Datastreams(" + ds + ")/Observations").qos(MqttQos.AT_LEAST_ONCE).send();
			Mqtt3BlockingClient publisher = Mqtt3Client.builder().identifier("pub-" + ds).serverHost("127.0.0.1").serverPort(mqttPort)
				.simpleAuth().username("gateway").password(token.getBytes(StandardCharsets.UTF_8)).applySimpleAuth().buildBlocking();
			publisher.connect();
			publisher.publishWith().topic("v1.1/Datastreams(" + ds + ")/Observations").qos(MqttQos.AT_LEAST_ONCE)
				.payload("{\"phenomenonTime\":\"2026-03-04T00:00:00Z\",\"result\":61.2}".getBytes(StandardCharsets.UTF_8)).send();
			// QoS 1 publish returned: PUBACK came after commit, so the row is there now.
			assertThat(jdbc.sql("select result_number from sensing_observation where datastream_id = :d").param("d", ds).query(Double.class)
				.single()).isEqualTo(61.2);
			Mqtt5Publish message = received.receive(30, TimeUnit.SECONDS).orElseThrow();
			assertThat(new String(message.getPayloadAsBytes(), StandardCharsets.UTF_8)).contains("\"result\":61.2").contains("@iot.id");

			publisher.publishWith().topic("v1.1/Datastreams(" + ds + ")/Observations").qos(MqttQos.AT_LEAST_ONCE)
				.payload("{\"phenomenonTime\":\"2026-03-04T00:01:00Z\",\"result\":".getBytes(StandardCharsets.UTF_8)).send();
			publisher.publishWith().topic("v1.1/Datastreams(999999999)/Observations").qos(MqttQos.AT_LEAST_ONCE)
				.payload("{\"result\":1}".getBytes(StandardCharsets.UTF_8)).send();
			publisher.disconnect();
		}
		finally {
			subscriber.disconnect();
		}
		JsonNode letters = admin.get("/api/sensing/dead-letters?size=20").json().get("content");
		assertThat(letters.findValuesAsString("reason")).anyMatch(r -> r.contains("not JSON")).anyMatch(r -> r.contains("Unknown datastream"));
		assertThat(ApiClient.loggedIn(port, "operator").get("/api/sensing/dead-letters").status()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from sensing_observation where datastream_id = :d").param("d", ds).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void mqttClientsWithoutATokenAreRefused() {
		int mqttPort = Integer.parseInt(admin.get("/sta/v1.1").json().get("serverSettings")
			.get("http://www.opengis.net/spec/iot_sensing/1.1/req/create-observations-via-mqtt/observations-creation")
			.get("endpoints").get(0).asString().replaceAll(".*:", ""));
		Mqtt5BlockingClient stranger = Mqtt5Client.builder().serverHost("127.0.0.1").serverPort(mqttPort).simpleAuth().username("x")
			.password("wrong".getBytes(StandardCharsets.UTF_8)).applySimpleAuth().buildBlocking();
		org.assertj.core.api.Assertions.assertThatThrownBy(stranger::connect).isNotNull();
	}

	/**
	 * A Datastream deleted through another instance is still in this one's ingest cache for up to a
	 * minute: an Observation posted to it then is refused with a reason, not a 500.
	 */
	@Test
	void anObservationForADatastreamDeletedElsewhereIsRefused() {
		long ds = newDatastream(MEASUREMENT);
		String single = "/sta/v1.1/Datastreams(" + ds + ")/Observations";
		assertRefused(gateway.post(single, "{\"phenomenonTime\":\"2026-03-01T00:00:00Z\",\"result\":\"NaN\"}"), 400, "NaN");
		jdbc.sql("delete from sensing_datastream where id = :d").param("d", ds).update();
		assertRefused(gateway.post(single, "{\"phenomenonTime\":\"2026-03-01T00:00:00Z\",\"result\":1}"), 400, "no longer exists");
		assertRefused(gateway.post("/api/sensing/ingest", "{\"datastream\":" + ds + ",\"observations\":[[\"2026-03-01T00:00:00Z\",1]]}"),
				400, "no longer exists");
	}

	/** A context stopped and started again (a restart, a paused test context) starts the broker with its token check working. */
	@Test
	void theBrokerAuthenticatesAgainAfterAStopAndStart() {
		org.springframework.context.Lifecycle broker = (org.springframework.context.Lifecycle) context.getBean(MqttEndpoint.class);
		broker.stop();
		broker.start();
		int mqttPort = Integer.parseInt(context.getBean(MqttEndpoint.class).url().replaceAll(".*:", ""));
		Mqtt5BlockingClient client = Mqtt5Client.builder().identifier("restart-" + UUID.randomUUID()).serverHost("127.0.0.1").serverPort(mqttPort)
			.simpleAuth().username("gateway").password(token.getBytes(StandardCharsets.UTF_8)).applySimpleAuth().buildBlocking();
		client.connect();
		client.disconnect();
	}

	@Test
	void retentionDropsOldRawPartitionsAndKeepsTheRollups() {
		long ds = newDatastream(MEASUREMENT);
		Instant old = Instant.now().minus(Duration.ofDays(300)).truncatedTo(ChronoUnit.HOURS);
		gateway.post("/api/sensing/ingest", "{\"datastream\":" + ds + ",\"observations\":[[\"" + old + "\",7]]}");
		assertThat(jdbc.sql("select count(*) from sensing_observation where datastream_id = :d").param("d", ds).query(Long.class).single()).isEqualTo(1);
		assertThat(partitions.expire(Instant.now().minus(Duration.ofDays(200)))).isNotEmpty();
		assertThat(jdbc.sql("select count(*) from sensing_observation where datastream_id = :d").param("d", ds).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select max from sensing_rollup_day where datastream_id = :d").param("d", ds).query(Double.class).single()).isEqualTo(7.0);
	}

	static CompletableFuture<Void> done() {
		return CompletableFuture.completedFuture(null);
	}
}
