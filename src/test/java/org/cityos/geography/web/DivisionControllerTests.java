package org.cityos.geography.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cityos.geography.CityMap;
import org.cityos.geography.Division;
import org.cityos.geography.DivisionCode;
import org.cityos.geography.DivisionLevel;
import org.cityos.geography.DivisionProfile;
import org.cityos.geography.DivisionSummary;
import org.cityos.geography.ImportMode;
import org.cityos.geography.ImportSummary;
import org.cityos.shared.GeoPoint;
import org.cityos.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DivisionControllerTests {

	private final CityMap cityMap = mock(CityMap.class);

	private final DivisionController divisions = new DivisionController(cityMap);

	@Test
	void answersAGeoJsonFeatureWithContainedCounts() {
		DivisionCode code = new DivisionCode("610402001");
		Division street = new Division(code, "文林街道", new DivisionCode("610402"),
				new GeometryFactory().toGeometry(new Envelope(108.70, 108.71, 34.33, 34.34)), new GeoPoint(108.705, 34.335),
				1_012_345.67, Instant.parse("2026-01-01T00:00:00Z"));
		when(cityMap.profile(code)).thenReturn(new DivisionProfile(street, "渭滨区",
				Map.of(DivisionLevel.COMMUNITY, 5, DivisionLevel.GRID, 52)));
		JsonMapper mapper = JsonMapper.shared();
		JsonNode json = mapper.readTree(mapper.writeValueAsString(divisions.division("610402001")));
		assertThat(json.get("type").stringValue()).isEqualTo("Feature");
		assertThat(json.get("geometry").get("type").stringValue()).isEqualTo("Polygon");
		JsonNode properties = json.get("properties");
		assertThat(properties.get("level").stringValue()).isEqualTo("STREET");
		assertThat(properties.get("parentName").stringValue()).isEqualTo("渭滨区");
		assertThat(properties.get("children").intValue()).isEqualTo(5);
		assertThat(properties.get("contained").get("GRID").intValue()).isEqualTo(52);
		assertThat(properties.get("areaSquareMetres").doubleValue()).isEqualTo(1_012_345.7);
	}

	@Test
	void rejectsMalformedCodeBeforeAskingTheMap() {
		assertThatThrownBy(() -> divisions.division("61040X")).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("code: division code '61040X' must contain digits only");
		verifyNoInteractions(cityMap);
	}

	@Test
	void searchesByLevelNamedInAnyCase() {
		when(cityMap.search("6104", DivisionLevel.GRID, 20)).thenReturn(List.of(
				new DivisionSummary(new DivisionCode("61040200100101"), "文苑社区第01网格", new DivisionCode("610402001001"))));
		assertThat(divisions.search("6104", "grid", 20)).singleElement()
			.satisfies(listing -> {
				assertThat(listing.level()).isEqualTo("GRID");
				assertThat(listing.parentCode()).isEqualTo("610402001001");
			});
		assertThatThrownBy(() -> divisions.search("6104", "province", 20)).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("level: unknown division level");
	}

	@Test
	void importsUtf8WhateverTheContentTypeSays() {
		when(cityMap.importGeoJson(any(), eq(ImportMode.REPLACE))).thenReturn(new ImportSummary(ImportMode.REPLACE, 1, 2, 3, 4));
		var answer = new MapImportController(cityMap).importMap("{\"name\":\"渭滨区\"}".getBytes(StandardCharsets.UTF_8),
				"replace");
		assertThat(answer.total()).isEqualTo(10);
		assertThat(answer.mode()).isEqualTo("REPLACE");
		verify(cityMap).importGeoJson("{\"name\":\"渭滨区\"}", ImportMode.REPLACE);
	}

	@Test
	void layersRejectUnknownLevelsAndBadBoxes() {
		MapLayerController layers = new MapLayerController(cityMap);
		assertThatThrownBy(() -> layers.layer("grids", null)).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("level: unknown division level 'grids'");
		assertThatThrownBy(() -> layers.layer("grid", "1,2,3")).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("bbox:");
	}
}
