package org.cityos.sensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.SensorThingsJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** SensorThings API capabilities: create with deep insert, navigation, query options, update, delete, DataArray. */
@CityOsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SensorThingsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.cityos.platform.ProgressBoard progress;

	ApiClient admin;

	ApiClient operator;

	String unique;

	long thing;

	long datastream;

	@BeforeAll
	void createAStation() {
		org.cityos.support.DemoCityLoaded.await(progress);
		admin = ApiClient.loggedIn(port, "admin");
		operator = ApiClient.loggedIn(port, "operator");
		unique = UUID.randomUUID().toString().substring(0, 8);
		Response created = admin.post("/sta/v1.1/Things", """
				{"name":"站点-%s","description":"空气质量自动监测站","properties":{"district":"秦都区"},
				 "Locations":[{"name":"站点位置","description":"屋顶","encodingType":"application/geo+json",
				   "location":{"type":"Point","coordinates":[108.70,34.33]}}],
				 "Datastreams":[{"name":"PM2.5-%1$s","description":"PM2.5 小时浓度","observationType":
				   "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
				   "unitOfMeasurement":{"name":"microgram per cubic metre","symbol":"µg/m³","definition":"ucum:ug/m3"},
				   "properties":{"kind":"air"},
				   "Sensor":{"name":"β射线法颗粒物监测仪","description":"PM2.5","encodingType":"application/pdf","metadata":"https://example.org/pm25.pdf"},
				   "ObservedProperty":{"name":"PM2.5","definition":"https://example.org/pm25","description":"细颗粒物"},
				   "Observations":[{"phenomenonTime":"2026-01-01T00:00:00Z","result":35},{"phenomenonTime":"2026-01-01T01:00:00Z","result":80.5}]}]}
				""".formatted(unique));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		thing = created.json().get("@iot.id").asLong();
		datastream = admin.get("/sta/v1.1/Things(" + thing + ")/Datastreams").json().get("value").get(0).get("@iot.id").asLong();
	}

	@Test
	void theServiceRootListsTheEntitySetsAndConformance() {
		JsonNode root = operator.get("/sta/v1.1").json();
		assertThat(root.get("value").findValuesAsString("name")).contains("Things", "Datastreams", "Observations",
				"FeaturesOfInterest", "HistoricalLocations");
		assertThat(root.get("serverSettings").get("conformance").toString()).contains("create-update-delete");
		assertThat(operator.get("/sta/v1.0").status()).isEqualTo(200);
	}

	@Test
	void deepInsertCreatesTheWholeTreeWithAHistoricalLocationAndAGeneratedFeature() {
		JsonNode thingJson = operator.get("/sta/v1.1/Things(" + thing + ")?$expand=Locations,HistoricalLocations,Datastreams($expand=Sensor,ObservedProperty)").json();
		assertThat(thingJson.get("Locations")).hasSize(1);
		assertThat(thingJson.get("HistoricalLocations")).hasSize(1);
		assertThat(thingJson.get("Datastreams").get(0).get("Sensor").get("name").asString()).isEqualTo("β射线法颗粒物监测仪");
		assertThat(thingJson.get("@iot.selfLink").asString()).endsWith("/sta/v1.1/Things(" + thing + ")");
		assertThat(thingJson.get("Datastreams@iot.navigationLink").asString()).endsWith("Things(" + thing + ")/Datastreams");
		JsonNode observations = operator.get("/sta/v1.1/Datastreams(" + datastream + ")/Observations?$orderby=phenomenonTime&$expand=FeatureOfInterest").json();
		assertThat(observations.get("value")).hasSize(2);
		assertThat(observations.get("value").get(1).get("result").asDouble()).isEqualTo(80.5);
		assertThat(observations.get("value").get(0).get("FeatureOfInterest").get("feature").get("type").asString()).isEqualTo("Point");
	}

	@Test
	void navigationPropertiesValuesAndReferences() {
		assertThat(operator.get("/sta/v1.1/Datastreams(" + datastream + ")/Thing").json().get("@iot.id").asLong()).isEqualTo(thing);
		assertThat(operator.get("/sta/v1.1/Things(" + thing + ")/name").json().get("name").asString()).isEqualTo("站点-" + unique);
		Response raw = operator.get("/sta/v1.1/Things(" + thing + ")/name/$value");
		assertThat(raw.body()).isEqualTo("站点-" + unique);
		assertThat(operator.get("/sta/v1.1/Things(" + thing + ")/Datastreams/$ref").json().get("value").get(0).get("@iot.selfLink").asString())
			.endsWith("Datastreams(" + datastream + ")");
		assertThat(operator.get("/sta/v1.1/Datastreams(" + datastream + ")/Thing/$ref").json().get("@iot.selfLink").asString())
			.endsWith("Things(" + thing + ")");
		assertThat(operator.get("/sta/v1.1/Things(999999999)").status()).isEqualTo(404);
		assertThat(operator.get("/sta/v1.1/Nothing").status()).isEqualTo(404);
	}

	@Test
	void queryOptionsFilterOrderSelectTopSkipCount() {
		String base = "/sta/v1.1/Datastreams(" + datastream + ")/Observations";
		assertThat(operator.get(base + "?$filter=" + q("result gt 50")).json().get("value")).hasSize(1);
		assertThat(operator.get(base + "?$filter=" + q("result add 10 ge 45 and hour(phenomenonTime) eq 0")).json().get("value")).hasSize(1);
		assertThat(operator.get(base + "?$filter=" + q("phenomenonTime lt 2026-01-01T00:30:00Z")).json().get("value")).hasSize(1);
		JsonNode page = operator.get(base + "?$orderby=" + q("phenomenonTime desc") + "&$top=1&$count=true&$select=result,id").json();
		assertThat(page.get("@iot.count").asLong()).isEqualTo(2);
		assertThat(page.get("@iot.nextLink").asString()).contains("$skip=1");
		assertThat(page.get("value").get(0).get("result").asDouble()).isEqualTo(80.5);
		assertThat(page.get("value").get(0).has("phenomenonTime")).isFalse();
		assertThat(operator.get(base + "?$skip=1&$orderby=phenomenonTime").json().get("value").get(0).get("result").asDouble()).isEqualTo(80.5);
		assertThat(operator.get("/sta/v1.1/Things?$filter=" + q("startswith(name,'站点-" + unique + "') and properties/district eq '秦都区'"))
			.json().get("value")).hasSize(1);
		assertThat(operator.get("/sta/v1.1/Things?$filter=" + q("substringof('" + unique + "', name) and length(name) eq 11 and tolower(name) eq '站点-" + unique + "'"))
			.json().get("value")).hasSize(1);
		assertThat(operator.get("/sta/v1.1/Observations?$filter=" + q("Datastream/name eq 'PM2.5-" + unique + "' and Datastream/Thing/name eq '站点-" + unique + "'")).json().get("value")).hasSize(2);
		assertThat(operator.get("/sta/v1.1/Things?$expand=" + q("Datastreams($select=name;$expand=Observations($top=1;$orderby=phenomenonTime desc))")
				+ "&$filter=" + q("name eq '站点-" + unique + "'")).json().get("value").get(0).get("Datastreams").get(0).get("Observations"))
			.hasSize(1);
		assertThat(operator.get("/sta/v1.1/Things?$filter=" + q("name eq")).status()).isEqualTo(400);
		assertThat(operator.get("/sta/v1.1/Things?$filter=" + q("nosuch eq 1")).status()).isEqualTo(400);
	}

	@Test
	void geospatialFunctionsAreEvaluatedWithJts() {
		String near = q("st_within(location, geography'POLYGON((108.6 34.2, 108.8 34.2, 108.8 34.4, 108.6 34.4, 108.6 34.2))') and name eq '站点位置'");
		assertThat(operator.get("/sta/v1.1/Locations?$filter=" + near).json().get("value").size()).isGreaterThanOrEqualTo(1);
		String distance = q("geo.distance(location, geography'POINT(108.70 34.33)') lt 0.001 and substringof('站点', name)");
		assertThat(operator.get("/sta/v1.1/Locations?$filter=" + distance).json().get("value").size()).isGreaterThanOrEqualTo(1);
		String far = q("geo.intersects(location, geography'POINT(0 0)')");
		assertThat(operator.get("/sta/v1.1/Locations?$filter=" + far).json().get("value")).isEmpty();
	}

	@Test
	void createUpdateAndDeleteCascade() {
		Response created = admin.post("/sta/v1.1/Things", "{\"name\":\"临时-" + unique + "\",\"description\":\"x\","
				+ "\"Locations\":[{\"name\":\"l\",\"description\":\"l\",\"encodingType\":\"application/geo+json\","
				+ "\"location\":{\"type\":\"Point\",\"coordinates\":[108.7,34.3]}}],\"Datastreams\":[{"
				+ "\"name\":\"d\",\"description\":\"d\",\"observationType\":\"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement\","
				+ "\"unitOfMeasurement\":{\"name\":\"dB\",\"symbol\":\"dB(A)\",\"definition\":\"x\"},"
				+ "\"Sensor\":{\"name\":\"s\",\"description\":\"s\",\"encodingType\":\"text/html\",\"metadata\":\"m\"},"
				+ "\"ObservedProperty\":{\"name\":\"LAeq\",\"definition\":\"x\",\"description\":\"x\"}}]}");
		long id = created.json().get("@iot.id").asLong();
		long ds = admin.get("/sta/v1.1/Things(" + id + ")/Datastreams").json().get("value").get(0).get("@iot.id").asLong();
		Response observation = admin.post("/sta/v1.1/Datastreams(" + ds + ")/Observations", "{\"phenomenonTime\":\"2026-02-01T00:00:00Z\",\"result\":55.5}");
		assertThat(observation.status()).as(observation.toString()).isEqualTo(201);
		long obs = observation.json().get("@iot.id").asLong();

		Response patched = admin.send("PATCH", "/sta/v1.1/Things(" + id + ")", "{\"description\":\"改过\"}", "application/json");
		assertThat(patched.status()).isEqualTo(200);
		assertThat(admin.get("/sta/v1.1/Things(" + id + ")/description/$value").body()).isEqualTo("改过");
		assertThat(admin.send("PATCH", "/sta/v1.1/Observations(" + obs + ")", "{\"result\":60}", "application/json").status()).isEqualTo(200);
		assertThat(jdbc.sql("select max from sensing_rollup_hour where datastream_id = :d").param("d", ds).query(Double.class).single()).isEqualTo(60.0);

		assertThat(operator.delete("/sta/v1.1/Things(" + id + ")").status()).as("operators only read").isEqualTo(403);
		assertThat(admin.delete("/sta/v1.1/Things(" + id + ")").status()).isEqualTo(200);
		assertThat(admin.get("/sta/v1.1/Datastreams(" + ds + ")").status()).isEqualTo(404);
		assertThat(admin.get("/sta/v1.1/Datastreams(" + ds + ")/Observations").status()).as("the ingest cache forgot it").isEqualTo(404);
		assertThat(admin.post("/sta/v1.1/Datastreams(" + ds + ")/Observations", "{\"phenomenonTime\":\"2026-02-02T00:00:00Z\",\"result\":1}")
			.status()).isEqualTo(404);
		assertThat(admin.get("/sta/v1.1/Observations(" + obs + ")").status()).isEqualTo(404);
	}

	/**
	 * One Observation posted to its Datastream takes a handler of its own (past Spring MVC's body
	 * conversion and method security); posted to Observations with the Datastream linked it takes
	 * the general one. Both answer the same way.
	 */
	@Test
	void aSingleObservationIsAnsweredAlikeByTheDatastreamAndTheGeneralPath() {
		long ds = admin.post("/sta/v1.1/Datastreams", SensorThingsJson.measurementDatastream("alike-" + unique)).json().get("@iot.id").asLong();
		Response direct = admin.post("/sta/v1.0/Datastreams(" + ds + ")/Observations",
				"{\"phenomenonTime\":\"2026-02-03T00:00:00Z\",\"result\":4.5,\"parameters\":{\"note\":\"甲\"}}");
		Response general = admin.post("/sta/v1.0/Observations",
				"{\"phenomenonTime\":\"2026-02-03T01:00:00Z\",\"result\":4.5,\"parameters\":{\"note\":\"甲\"},\"Datastream\":{\"@iot.id\":" + ds + "}}");

		for (Response created : List.of(direct, general)) {
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			assertThat(created.contentType()).startsWith("application/json");
			String self = created.json().get("@iot.selfLink").asString();
			assertThat(self).endsWith("/sta/v1.0/Observations(" + created.json().get("@iot.id").asLong() + ")");
			assertThat(created.location()).isEqualTo(self);
		}
		assertThat(fieldNames(direct.json())).isEqualTo(fieldNames(general.json()));
		assertThat(direct.json().get("parameters").get("note").asString()).isEqualTo("甲");
		assertThat(operator.post("/sta/v1.1/Datastreams(" + ds + ")/Observations", "{\"phenomenonTime\":\"2026-02-03T02:00:00Z\",\"result\":1}")
			.status()).as("operators only read").isEqualTo(403);
		assertThat(admin.get("/sta/v1.1/Datastreams(" + ds + ")/Observations?$count=true").json().get("@iot.count").asLong()).isEqualTo(2);
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new java.util.ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	/**
	 * The plain "latest N" is answered from memory while the datastream's observations are
	 * unchanged: after each kind of write it must answer what the same query with a $filter
	 * (which always reads the table) answers.
	 */
	@Test
	void latestObservationsFollowEveryKindOfWrite() {
		long sensor = operator.get("/sta/v1.1/Datastreams(" + datastream + ")/Sensor").json().get("@iot.id").asLong();
		long property = operator.get("/sta/v1.1/Datastreams(" + datastream + ")/ObservedProperty").json().get("@iot.id").asLong();
		long ds = admin.post("/sta/v1.1/Things(" + thing + ")/Datastreams", """
				{"name":"NO2","description":"NO2","observationType":"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
				 "unitOfMeasurement":{"name":"µg/m³","symbol":"µg/m³","definition":"ucum:ug/m3"},
				 "Sensor":{"@iot.id":%d},"ObservedProperty":{"@iot.id":%d}}""".formatted(sensor, property)).json().get("@iot.id").asLong();
		StringBuilder rows = new StringBuilder();
		Instant first = Instant.parse("2026-03-01T00:00:00Z");
		for (int h = 0; h < 120; h++) {
			rows.append(h == 0 ? "" : ",").append("[\"").append(first.plus(h, ChronoUnit.HOURS)).append("\",").append(h).append("]");
		}
		assertThat(admin.post("/sta/v1.1/CreateObservations", """
				[{"Datastream":{"@iot.id":%d},"components":["phenomenonTime","result"],"dataArray":[%s]}]""".formatted(ds, rows))
			.status()).isEqualTo(201);
		String newest = "/sta/v1.1/Datastreams(" + ds + ")/Observations?$orderby=phenomenonTime%20desc&$top=100";
		assertThat(latest(newest)).hasSize(100).startsWith("2026-03-05T23:00:00Z=119.0");
		assertThat(operator.get(newest).json().has("@iot.nextLink")).isTrue();
		assertThat(latest(newest)).as("read again").isEqualTo(latest(newest + "&$filter=result%20ge%20-1"));

		admin.post("/sta/v1.1/Datastreams(" + ds + ")/Observations", "{\"phenomenonTime\":\"2026-03-06T00:00:00Z\",\"result\":500}");
		assertThat(latest(newest)).startsWith("2026-03-06T00:00:00Z=500.0", "2026-03-05T23:00:00Z=119.0");
		admin.post("/sta/v1.1/Datastreams(" + ds + ")/Observations", "{\"phenomenonTime\":\"2026-03-05T22:30:00Z\",\"result\":7}");
		assertThat(latest(newest).subList(0, 4)).as("a late observation in its place")
			.containsExactly("2026-03-06T00:00:00Z=500.0", "2026-03-05T23:00:00Z=119.0", "2026-03-05T22:30:00Z=7.0", "2026-03-05T22:00:00Z=118.0");
		long top = operator.get(newest).json().get("value").get(0).get("@iot.id").asLong();
		admin.send("PATCH", "/sta/v1.1/Observations(" + top + ")", "{\"result\":501}", "application/json");
		assertThat(latest(newest)).startsWith("2026-03-06T00:00:00Z=501.0");
		admin.delete("/sta/v1.1/Observations(" + top + ")");
		assertThat(latest(newest)).startsWith("2026-03-05T23:00:00Z=119.0");
		assertThat(latest(newest)).isEqualTo(latest(newest + "&$filter=result%20ge%20-1"));
		String page = "/sta/v1.1/Datastreams(" + ds + ")/Observations?$orderby=phenomenonTime%20desc&$top=5&$skip=3";
		assertThat(latest(page)).hasSize(5).isEqualTo(latest(page + "&$filter=result%20ge%20-1"));
	}

	private java.util.List<String> latest(String path) {
		Response response = operator.get(path);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		java.util.List<String> values = new java.util.ArrayList<>();
		response.json().get("value").forEach(o -> values.add(o.get("phenomenonTime").asString() + "=" + o.get("result").asDouble()));
		return values;
	}

	@Test
	void dataArrayCreatesObservationsAndMarksRefusedOnes() {
		long sensor = operator.get("/sta/v1.1/Datastreams(" + datastream + ")/Sensor").json().get("@iot.id").asLong();
		long property = operator.get("/sta/v1.1/Datastreams(" + datastream + ")/ObservedProperty").json().get("@iot.id").asLong();
		Response second = admin.post("/sta/v1.1/Things(" + thing + ")/Datastreams", """
				{"name":"PM10","description":"PM10","observationType":"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
				 "unitOfMeasurement":{"name":"µg/m³","symbol":"µg/m³","definition":"ucum:ug/m3"},
				 "Sensor":{"@iot.id":%d},"ObservedProperty":{"@iot.id":%d}}""".formatted(sensor, property));
		assertThat(second.status()).as(second.toString()).isEqualTo(201);
		long pm10 = second.json().get("@iot.id").asLong();
		Response response = admin.post("/sta/v1.1/CreateObservations", """
				[{"Datastream":{"@iot.id":%d},"components":["phenomenonTime","result"],"dataArray@iot.count":3,
				  "dataArray":[["2026-01-02T00:00:00Z",20],["2026-01-02T01:00:00Z","not a number"],["2026-01-02T02:00:00Z",22]]}]
				""".formatted(pm10));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode answers = response.json();
		assertThat(answers).hasSize(3);
		assertThat(answers.get(0).asString()).contains("/Observations(");
		assertThat(answers.get(1).asString()).isEqualTo("error");
		assertThat(operator.get(answers.get(2).asString().substring(answers.get(2).asString().indexOf("/sta/"))).json().get("result").asDouble())
			.isEqualTo(22);
	}

	/** Reads in the DataArray format: grouped by Datastream, all properties or the $select'ed ones, paged as usual. */
	@Test
	void dataArrayReadsGroupObservationsByDatastream() {
		long first = admin.post("/sta/v1.1/Datastreams", SensorThingsJson.measurementDatastream("array-a-" + unique)).json().get("@iot.id").asLong();
		long second = admin.post("/sta/v1.1/Datastreams", SensorThingsJson.measurementDatastream("array-b-" + unique)).json().get("@iot.id").asLong();
		Response created = admin.post("/sta/v1.1/CreateObservations", """
				[{"Datastream":{"@iot.id":%d},"components":["phenomenonTime","result"],"dataArray":[["2010-12-23T10:20:00-0700",20],["2010-12-23T10:21:00-0700",21]]},
				 {"Datastream":{"@iot.id":%d},"components":["phenomenonTime","result","parameters"],"dataArray":[["2010-12-23T10:20:00+08:00",65,{"k":"v"}]]}]
				""".formatted(first, second));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		created.json().forEach(answer -> assertThat(answer.asString()).contains("/Observations("));

		String both = "(Datastream/id eq %d or Datastream/id eq %d)".formatted(first, second);
		JsonNode page = operator.get("/sta/v1.1/Observations?$count=true&$top=2&$orderby=id&$resultFormat=dataArray&$filter=" + q(both)).json();
		assertThat(page.get("@iot.count").asLong()).isEqualTo(3);
		assertThat(page.has("@iot.nextLink")).isTrue();
		JsonNode group = page.get("value").get(0);
		assertThat(group.get("Datastream@iot.navigationLink").asString()).endsWith("/sta/v1.1/Datastreams(" + first + ")");
		assertThat(group.get("components").toString())
			.isEqualTo("[\"id\",\"phenomenonTime\",\"resultTime\",\"result\",\"resultQuality\",\"validTime\",\"parameters\"]");
		assertThat(group.get("dataArray@iot.count").asInt()).isEqualTo(2).isEqualTo(group.get("dataArray").size());
		assertThat(group.get("dataArray").get(0).get(1).asString()).isEqualTo("2010-12-23T17:20:00Z");
		assertThat(group.get("dataArray").get(1).get(3).asInt()).isEqualTo(21);

		JsonNode selected = operator.get("/sta/v1.1/Datastreams(" + second + ")/Observations?$resultFormat=dataArray&$select=" + q("result,parameters"))
			.json().get("value");
		assertThat(selected).hasSize(1);
		assertThat(selected.get(0).get("components").toString()).isEqualTo("[\"result\",\"parameters\"]");
		assertThat(selected.get(0).get("dataArray").toString()).isEqualTo("[[65,{\"k\":\"v\"}]]");

		for (String refused : List.of("/sta/v1.1/Things?$resultFormat=dataArray", "/sta/v1.1/Observations?$resultFormat=CSV",
				"/sta/v1.1/Observations?$resultFormat=dataArray&$select=Datastream")) {
			Response response = operator.get(refused);
			assertThat(response.status()).as(refused + " " + response).isEqualTo(400);
			assertThat(response.isProblem()).isTrue();
		}
	}

	@Test
	void missingRequiredPropertiesAreRefused() {
		Response response = admin.post("/sta/v1.1/Things", "{\"description\":\"no name\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(admin.post("/sta/v1.1/Things", "{\"name\":\"x\",\"description\":\"y\",\"Locations\":[{\"@iot.id\":999999999}]}").status())
			.isEqualTo(400);
	}

	@Test
	void anObservationNeedsAFeatureOfInterestAndARefusedOneLeavesNothingBehind() {
		long bare = admin.post("/sta/v1.1/Things", "{\"name\":\"无位置-" + unique + "\",\"description\":\"no Location\"}").json()
			.get("@iot.id").asLong();
		long sensor = operator.get("/sta/v1.1/Datastreams(" + datastream + ")/Sensor").json().get("@iot.id").asLong();
		long property = operator.get("/sta/v1.1/Datastreams(" + datastream + ")/ObservedProperty").json().get("@iot.id").asLong();
		long ds = admin.post("/sta/v1.1/Things(" + bare + ")/Datastreams", """
				{"name":"d","description":"d","observationType":"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
				 "unitOfMeasurement":{"name":"µg/m³","symbol":"µg/m³","definition":"ucum:ug/m3"},
				 "Sensor":{"@iot.id":%d},"ObservedProperty":{"@iot.id":%d}}""".formatted(sensor, property)).json().get("@iot.id").asLong();

		Response noFeature = admin.post("/sta/v1.1/Datastreams(" + ds + ")/Observations", "{\"phenomenonTime\":\"2026-02-01T00:00:00Z\",\"result\":1}");
		assertThat(noFeature.status()).as("no FeatureOfInterest given, none to derive from the Thing's Location").isEqualTo(400);
		Response incompleteFeature = admin.post("/sta/v1.1/Observations", """
				{"phenomenonTime":"2026-02-01T00:00:00Z","result":1,"Datastream":{"@iot.id":%d},
				 "FeatureOfInterest":{"name":"缺编码-%s","description":"no encodingType","feature":{"type":"Point","coordinates":[1,2]}}}"""
			.formatted(ds, unique));
		assertThat(incompleteFeature.status()).isEqualTo(400);
		Response refusedObservation = admin.post("/sta/v1.1/Observations", """
				{"phenomenonTime":"2026-02-01T00:00:00Z","result":"not a number","Datastream":{"@iot.id":%d},
				 "FeatureOfInterest":{"name":"孤立-%s","description":"d","encodingType":"application/geo+json","feature":{"type":"Point","coordinates":[1,2]}}}"""
			.formatted(ds, unique));
		assertThat(refusedObservation.status()).isEqualTo(400);
		assertThat(operator.get("/sta/v1.1/FeaturesOfInterest?$count=true&$filter=" + q("endswith(name,'" + unique + "')")).json()
			.get("@iot.count").asLong()).as("no FeatureOfInterest of a refused Observation is kept").isZero();
		Response withFeature = admin.post("/sta/v1.1/Observations", """
				{"phenomenonTime":"2026-02-01T00:00:00Z","result":2,"Datastream":{"@iot.id":%d},
				 "FeatureOfInterest":{"name":"站点空气-%s","description":"d","encodingType":"application/geo+json","feature":{"type":"Point","coordinates":[1,2]}}}"""
			.formatted(ds, unique));
		assertThat(withFeature.status()).as(withFeature.toString()).isEqualTo(201);
	}

	@Test
	void aPatchLinksByIdAndRefusesEntitiesInline() {
		Response inlineLocation = admin.send("PATCH", "/sta/v1.1/Things(" + thing + ")", """
				{"Locations":[{"name":"n","description":"d","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[1,2]}}]}""",
				"application/json");
		assertThat(inlineLocation.status()).isEqualTo(400);
		Response inlineSensor = admin.send("PATCH", "/sta/v1.1/Datastreams(" + datastream + ")",
				"{\"Sensor\":{\"name\":\"n\",\"description\":\"d\",\"encodingType\":\"application/pdf\",\"metadata\":\"m\"}}", "application/json");
		assertThat(inlineSensor.status()).isEqualTo(400);
		Response observations = admin.send("PATCH", "/sta/v1.1/Datastreams(" + datastream + ")",
				"{\"Observations\":[{\"phenomenonTime\":\"2026-01-01T00:00:00Z\",\"result\":1}]}", "application/json");
		assertThat(observations.status()).isEqualTo(400);
		long sensor = operator.get("/sta/v1.1/Datastreams(" + datastream + ")/Sensor").json().get("@iot.id").asLong();
		assertThat(admin.send("PATCH", "/sta/v1.1/Datastreams(" + datastream + ")", "{\"Sensor\":{\"@iot.id\":" + sensor + "}}",
				"application/json").status()).isEqualTo(200);
	}

	@Test
	void deletingALocationTakesTheHistoricalLocationsThatOnlyNamedIt() {
		long id = admin.post("/sta/v1.1/Things", """
				{"name":"搬迁-%s","description":"d","Locations":[{"name":"旧址","description":"d","encodingType":"application/geo+json",
				 "location":{"type":"Point","coordinates":[108.7,34.3]}}]}""".formatted(unique)).json().get("@iot.id").asLong();
		long location = operator.get("/sta/v1.1/Things(" + id + ")/Locations").json().get("value").get(0).get("@iot.id").asLong();
		assertThat(operator.get("/sta/v1.1/Things(" + id + ")/HistoricalLocations").json().get("value")).hasSize(1);
		assertThat(admin.delete("/sta/v1.1/Locations(" + location + ")").status()).isEqualTo(200);
		assertThat(operator.get("/sta/v1.1/Things(" + id + ")/HistoricalLocations").json().get("value")).isEmpty();
		assertThat(operator.get("/sta/v1.1/Things(" + id + ")").status()).isEqualTo(200);
	}

	@Test
	void expandPathsWithACommonFirstStepAreMerged() {
		JsonNode expanded = operator.get("/sta/v1.1/Things(" + thing + ")?$expand=" + q("Datastreams/Sensor,Datastreams/ObservedProperty,Locations"))
			.json();
		JsonNode first = expanded.get("Datastreams").get(0);
		assertThat(first.get("Sensor").get("name").asString()).isEqualTo("β射线法颗粒物监测仪");
		assertThat(first.get("ObservedProperty").get("name").asString()).isEqualTo("PM2.5");
		assertThat(expanded.get("Locations")).hasSize(1);
		JsonNode limited = operator.get("/sta/v1.1/Things(" + thing + ")?$expand=" + q("Datastreams/Observations($top=1;$orderby=phenomenonTime desc)"))
			.json().get("Datastreams").get(0);
		assertThat(limited.get("Observations")).as("options after a path belong to its last step").hasSize(1);
	}

	@Test
	void ordersByResultAndByGeometries() {
		Response byResult = operator.get("/sta/v1.1/Datastreams(" + datastream + ")/Observations?$orderby=" + q("result desc"));
		assertThat(byResult.status()).as(byResult.toString()).isEqualTo(200);
		JsonNode values = byResult.json().get("value");
		for (int i = 1; i < values.size(); i++) {
			assertThat(values.get(i - 1).get("result").asDouble()).isGreaterThanOrEqualTo(values.get(i).get("result").asDouble());
		}
		assertThat(operator.get("/sta/v1.1/Locations?$top=5&$orderby=location").status()).isEqualTo(200);
	}

	static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.SECONDS);
	}
}
