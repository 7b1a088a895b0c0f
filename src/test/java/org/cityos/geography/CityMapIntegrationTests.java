package org.cityos.geography;

import org.cityos.audit.AuditLog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.cityos.demo.city.DemoCityMap;
import org.cityos.demo.city.DemoCityMapGenerator;
import org.cityos.geography.geojson.GeoJsonWriter;
import org.cityos.shared.GeoPoint;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one map on a real PostgreSQL: the demo city imported, looked up, searched and served,
 * and bad imports leaving it untouched. Wired by hand (no application context) so that it runs
 * before the platform module exists.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CityMapIntegrationTests {

	private static EmbeddedPostgres postgres;

	private static DemoCityMap city;

	private static JdbcClient jdbc;

	private static CityMap cityMap;

	private static final List<Object> events = new ArrayList<>();

	@BeforeAll
	static void startDatabase() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		DataSource dataSource = postgres.getPostgresDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		jdbc = JdbcClient.create(dataSource);
		Divisions divisions = new Divisions(jdbc, new NamedParameterJdbcTemplate(dataSource));
		cityMap = new CityMap(divisions, new DataSourceTransactionManager(dataSource), events::add,
				new DefaultListableBeanFactory().getBeanProvider(Clock.class), new AuditLog(JdbcClient.create(dataSource)));
		city = new DemoCityMapGenerator().generate();
	}

	@AfterAll
	static void stopDatabase() throws Exception {
		postgres.close();
	}

	@BeforeEach
	void forgetEvents() {
		events.clear();
	}

	@Test
	@Order(1)
	void startsEmpty() {
		assertThat(cityMap.isEmpty()).isTrue();
		assertThat(cityMap.locate(new GeoPoint(108.70, 34.33))).isEmpty();
	}

	@Test
	@Order(2)
	void importsTheDemoCityAndLocatesPointsInIt() {
		ImportSummary summary = cityMap.importFeatures(city.features(), ImportMode.REPLACE);
		assertThat(summary.districts()).isEqualTo(6);
		assertThat(summary.streets()).isEqualTo(40);
		assertThat(summary.communities()).isEqualTo(200);
		assertThat(summary.grids()).isEqualTo(city.ofLevel(DivisionLevel.GRID).size());
		assertThat(events).singleElement().isInstanceOf(CityMapImported.class);
		assertThat(cityMap.isEmpty()).isFalse();
		DivisionFeature grid = city.ofLevel(DivisionLevel.GRID).get(100);
		var inside = grid.geometry().getInteriorPoint();
		Location location = cityMap.locate(new GeoPoint(inside.getX(), inside.getY())).orElseThrow();
		assertThat(location.grid().code()).isEqualTo(grid.code());
		assertThat(location.grid().name()).isEqualTo(grid.name());
		assertThat(location.community().code()).isEqualTo(grid.code().parent());
		assertThat(location.district().code().value()).isEqualTo(grid.code().value().substring(0, 6));
		assertThat(cityMap.locate(new GeoPoint(108.0, 34.33))).isEmpty();
	}

	@Test
	@Order(3)
	void storesAreaAndCentroidOfEachDivision() {
		Division district = cityMap.division(new DivisionCode("610402")).orElseThrow();
		assertThat(district.name()).isEqualTo("渭滨区");
		assertThat(district.areaSquareMetres()).isBetween(10e6, 80e6);
		assertThat(district.geometry().equalsExact(city.ofLevel(DivisionLevel.DISTRICT).get(0).geometry())).isTrue();
		double totalGridArea = jdbc.sql("select sum(area_m2) from geography_division where level = 'GRID'")
			.query(Double.class)
			.single();
		assertThat(totalGridArea).isBetween(180e6, 260e6);
	}

	@Test
	@Order(4)
	void profilesADistrictWithWhatItContains() {
		DivisionProfile profile = cityMap.profile(new DivisionCode("610402"));
		assertThat(profile.children()).isEqualTo(profile.contained().get(DivisionLevel.STREET));
		assertThat(profile.contained()).containsKeys(DivisionLevel.STREET, DivisionLevel.COMMUNITY, DivisionLevel.GRID);
		assertThat(profile.parentName()).isNull();
		DivisionProfile street = cityMap.profile(new DivisionCode("610402001"));
		assertThat(street.parentName()).isEqualTo("渭滨区");
		assertThatThrownBy(() -> cityMap.profile(new DivisionCode("610499"))).isInstanceOf(NotFoundException.class);
	}

	@Test
	@Order(5)
	void searchesByCodePrefixOrNameWithCoarseLevelsFirst() {
		assertThat(cityMap.search("610402001", null, 20)).first()
			.satisfies(first -> assertThat(first.code().value()).isEqualTo("610402001"));
		assertThat(cityMap.search("6104020010010", DivisionLevel.GRID, 5)).hasSize(5)
			.allSatisfy(found -> assertThat(found.code().value()).startsWith("6104020010010"));
		assertThat(cityMap.search("渭滨", null, 20)).extracting(DivisionSummary::name).containsExactly("渭滨区");
		assertThat(cityMap.search("%", null, 20)).isEmpty();
		assertThat(cityMap.search("", DivisionLevel.DISTRICT, 20)).hasSize(6);
	}

	@Test
	@Order(6)
	void servesLayersWhole() {
		JsonNode grids = JsonMapper.shared()
			.readTree(new String(cityMap.layer(DivisionLevel.GRID, null), StandardCharsets.UTF_8));
		assertThat(grids.get("features").size()).isEqualTo(city.ofLevel(DivisionLevel.GRID).size());
		JsonNode corner = JsonMapper.shared().readTree(new String(
				cityMap.layer(DivisionLevel.GRID, new BoundingBox(108.69, 34.32, 108.70, 34.33)), StandardCharsets.UTF_8));
		assertThat(corner.get("features").size()).isBetween(1, 100);
	}

	@Test
	@Order(7)
	void aBrokenFileChangesNothing() {
		GeometryFactory factory = new GeometryFactory();
		Geometry bowtie = factory.createPolygon(new Coordinate[] { new Coordinate(108.70, 34.33),
				new Coordinate(108.71, 34.34), new Coordinate(108.71, 34.33), new Coordinate(108.70, 34.34),
				new Coordinate(108.70, 34.33) });
		List<DivisionFeature> features = new ArrayList<>(city.features());
		features.set(3, DivisionFeature.of(features.get(3).code(), "改名区", bowtie));
		long before = count();
		assertThatThrownBy(() -> cityMap.importFeatures(features, ImportMode.REPLACE))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("features[3] (610405): invalid polygon: Self-intersection");
		assertThat(count()).isEqualTo(before);
		assertThat(cityMap.division(new DivisionCode("610405")).orElseThrow().name()).isNotEqualTo("改名区");
		assertThat(events).isEmpty();
	}

	@Test
	@Order(8)
	void mergesAGridUnderAnExistingCommunityAndRejectsOrphans() {
		DivisionFeature existing = city.ofLevel(DivisionLevel.GRID).get(0);
		DivisionFeature renamed = DivisionFeature.of(existing.code(), "改名网格", existing.geometry());
		ImportSummary summary = cityMap.importFeatures(List.of(renamed), ImportMode.MERGE);
		assertThat(summary.grids()).isEqualTo(1);
		assertThat(cityMap.division(existing.code()).orElseThrow().name()).isEqualTo("改名网格");
		var inside = existing.geometry().getInteriorPoint();
		assertThat(cityMap.locate(new GeoPoint(inside.getX(), inside.getY())).orElseThrow().grid().name())
			.isEqualTo("改名网格");
		DivisionFeature orphan = DivisionFeature.of(new DivisionCode("61049900100101"), "孤儿网格", existing.geometry());
		assertThatThrownBy(() -> cityMap.importFeatures(List.of(orphan), ImportMode.MERGE))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("parent 610499001001 is neither in the file nor on the map");
	}

	@Test
	@Order(9)
	void replacesTheWholeMapFromGeoJson() {
		List<DivisionFeature> firstDistrict = city.features().stream()
			.filter(feature -> feature.code().value().startsWith("610402"))
			.toList();
		StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
		GeoJsonWriter writer = new GeoJsonWriter(7);
		for (int i = 0; i < firstDistrict.size(); i++) {
			DivisionFeature feature = firstDistrict.get(i);
			json.append(i == 0 ? "" : ",");
			writer.feature(new Division(feature.code(), feature.name(), feature.code().parent(), feature.geometry(),
					new GeoPoint(108.7, 34.33), 0, java.time.Instant.EPOCH), json);
		}
		json.append("]}");
		ImportSummary summary = cityMap.importGeoJson(json.toString(), ImportMode.REPLACE);
		assertThat(summary.districts()).isEqualTo(1);
		assertThat(count()).isEqualTo(firstDistrict.size());
		assertThat(cityMap.division(new DivisionCode("610403"))).isEmpty();
		Division reread = cityMap.division(firstDistrict.get(0).code()).orElseThrow();
		assertThat(reread.geometry().norm().equalsExact(firstDistrict.get(0).geometry().norm(), 1e-9)).isTrue();
	}

	private static long count() {
		return jdbc.sql("select count(*) from geography_division").query(Long.class).single();
	}
}
