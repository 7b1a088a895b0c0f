package org.cityos.geography;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityos.platform.ProgressBoard;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.cityos.support.DemoCityLoaded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The one map through the API, on the demo city. */
@CityOsIntegrationTest
class GeographyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void demoCityLoaded() {
		DemoCityLoaded.await(progress);
	}

	@Test
	void demoCityHasARealSizedMap() {
		assertThat(count("DISTRICT")).isEqualTo(6);
		assertThat(count("STREET")).isEqualTo(40);
		assertThat(count("COMMUNITY")).isEqualTo(200);
		assertThat(count("GRID")).isGreaterThanOrEqualTo(1500);
	}

	@Test
	void aGridsCentreLocatesToTheGridAndItsParents() {
		ApiClient operator = ApiClient.loggedIn(port, "operator");
		String grid = operator.get("/api/geography/divisions?level=GRID&q=610403").json().get(0).get("code").asString();
		JsonNode centroid = operator.get("/api/geography/divisions/" + grid).json().get("properties").get("centroid");

		JsonNode location = operator
			.get("/api/geography/locate?lon=" + centroid.get("lon").asDouble() + "&lat=" + centroid.get("lat").asDouble())
			.json();

		assertThat(location.get("grid").get("code").asString()).isEqualTo(grid);
		assertThat(location.get("community").get("code").asString()).isEqualTo(grid.substring(0, 12));
		assertThat(location.get("street").get("code").asString()).isEqualTo(grid.substring(0, 9));
		assertThat(location.get("district").get("code").asString()).isEqualTo(grid.substring(0, 6));
		assertThat(location.get("district").get("name").asString()).endsWith("区");
	}

	@Test
	void outsideTheCityIsNotFoundAndNonsenseIsBadRequest() {
		ApiClient operator = ApiClient.loggedIn(port, "operator");

		Response beijing = operator.get("/api/geography/locate?lon=116.404&lat=39.915");
		Response notANumber = operator.get("/api/geography/locate?lon=abc&lat=34.3");
		Response outOfRange = operator.get("/api/geography/locate?lon=108.7&lat=95");

		assertThat(beijing.status()).isEqualTo(404);
		assertThat(beijing.isProblem()).isTrue();
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.body()).contains("lon");
		assertThat(outOfRange.status()).isEqualTo(400);
		assertThat(outOfRange.body()).contains("lat");
	}

	@Test
	void convertsBetweenCoordinateSystems() {
		JsonNode converted = ApiClient.loggedIn(port, "operator")
			.get("/api/geography/convert?from=WGS84&to=GCJ02&lon=116.404&lat=39.915").json();

		assertThat(converted.get("lon").asDouble()).isCloseTo(116.41024449916938, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(converted.get("lat").asDouble()).isCloseTo(39.91640428150164, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(ApiClient.loggedIn(port, "operator").get("/api/geography/convert?from=WGS84&to=MARS&lon=1&lat=1").status())
			.isEqualTo(400);
	}

	@Test
	void brokenPolygonImportIsRefusedAndChangesNothing() {
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		long before = jdbc.sql("select count(*) from geography_division").query(Long.class).single();
		String bowtie = """
				{"type":"FeatureCollection","features":[{"type":"Feature",
				 "properties":{"code":"61040299999901","name":"蝴蝶网格"},
				 "geometry":{"type":"Polygon","coordinates":[[[108.60,34.30],[108.61,34.31],[108.61,34.30],[108.60,34.31],[108.60,34.30]]]}}]}
				""";

		Response refused = admin.send("POST", "/api/geography/import?mode=replace", bowtie, "application/geo+json");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.body()).contains("61040299999901");
		assertThat(jdbc.sql("select count(*) from geography_division").query(Long.class).single()).isEqualTo(before);
		assertThat(ApiClient.loggedIn(port, "operator").send("POST", "/api/geography/import", bowtie, "application/json").status())
			.isEqualTo(403);
	}

	@Test
	void layersAreGeoJsonForTheMap() {
		JsonNode districts = ApiClient.loggedIn(port, "leader").get("/api/geography/layers/district").json();

		assertThat(districts.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(districts.get("features")).hasSize(6);
		assertThat(districts.get("features").get(0).get("properties").get("name").asString()).isNotBlank();
	}

	@Test
	void demoGridWorkerWalksRealGrids() {
		String grids = jdbc.sql("select array_to_string(grid_codes, ',') from directory_account where username = 'gridworker'")
			.query(String.class).single();

		assertThat(grids).isNotBlank();
		for (String grid : grids.split(",")) {
			assertThat(jdbc.sql("select count(*) from geography_division where code = :c and level = 'GRID'").param("c", grid)
				.query(Long.class).single()).isEqualTo(1);
		}
	}

	private long count(String level) {
		return jdbc.sql("select count(*) from geography_division where level = :l").param("l", level).query(Long.class).single();
	}
}
