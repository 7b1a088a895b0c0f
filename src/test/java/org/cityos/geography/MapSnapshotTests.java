package org.cityos.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.cityos.shared.GeoPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class MapSnapshotTests {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private final MapSnapshot snapshot = MapSnapshot.of(List.of(
			division("610402", "渭滨区", 108.70, 108.72),
			division("610402001", "文林街道", 108.70, 108.72),
			division("610402001001", "文苑社区", 108.70, 108.72),
			division("61040200100101", "文苑社区第01网格", 108.70, 108.71),
			division("61040200100102", "文苑社区第02网格", 108.71, 108.72)), new MapVersion(5, Instant.EPOCH));

	@Test
	void answersTheGridAndItsCommunityStreetAndDistrict() {
		Location location = snapshot.locate(108.715, 34.335);
		assertThat(location).isNotNull();
		assertThat(location.grid()).isEqualTo(new DivisionReference(new DivisionCode("61040200100102"), "文苑社区第02网格"));
		assertThat(location.community().name()).isEqualTo("文苑社区");
		assertThat(location.street()).isEqualTo(new DivisionReference(new DivisionCode("610402001"), "文林街道"));
		assertThat(location.district().name()).isEqualTo("渭滨区");
	}

	@Test
	void givesAPointOnTheSharedEdgeToTheLowerGridCode() {
		assertThat(snapshot.locate(108.71, 34.335).grid().code().value()).isEqualTo("61040200100101");
	}

	@Test
	void findsNothingOutsideTheGrids() {
		assertThat(snapshot.locate(108.73, 34.335)).isNull();
		assertThat(snapshot.grids()).isEqualTo(2);
	}

	@Test
	void servesEachLevelAsItsOwnLayer() {
		String grids = new String(snapshot.layer(DivisionLevel.GRID).all(), StandardCharsets.UTF_8);
		assertThat(grids).contains("\"code\":\"61040200100101\"", "\"code\":\"61040200100102\"")
			.doesNotContain("\"code\":\"610402001001\"");
		assertThat(snapshot.layer(DivisionLevel.DISTRICT).size()).isEqualTo(1);
	}

	@Test
	void anEmptyMapLocatesNothing() {
		MapSnapshot empty = MapSnapshot.of(List.of(), new MapVersion(0, null));
		assertThat(empty.locate(108.7, 34.3)).isNull();
		assertThat(new String(empty.layer(DivisionLevel.GRID).all(), StandardCharsets.UTF_8))
			.isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
	}

	private static Division division(String code, String name, double west, double east) {
		Geometry box = FACTORY.toGeometry(new Envelope(west, east, 34.33, 34.34));
		DivisionCode divisionCode = new DivisionCode(code);
		return new Division(divisionCode, name, divisionCode.parent(), box, new GeoPoint((west + east) / 2, 34.335),
				GroundArea.squareMetres(box), Instant.EPOCH);
	}
}
