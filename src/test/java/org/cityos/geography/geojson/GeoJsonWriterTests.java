package org.cityos.geography.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.cityos.geography.Division;
import org.cityos.geography.DivisionCode;
import org.cityos.geography.DivisionFeature;
import org.cityos.shared.GeoPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonWriterTests {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	/** Clockwise, as JTS normalises shells; GeoJSON wants outer rings counter-clockwise. */
	private static final Polygon CLOCKWISE = FACTORY.createPolygon(new Coordinate[] { new Coordinate(108.70, 34.33),
			new Coordinate(108.70, 34.3400004), new Coordinate(108.7100001234, 34.34), new Coordinate(108.71, 34.33),
			new Coordinate(108.70, 34.33) });

	@Test
	void writesOuterRingsCounterClockwiseWithRoundedTrimmedNumbers() {
		String json = new GeoJsonWriter(6).geometry(CLOCKWISE);
		assertThat(json).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[108.7,34.33],[108.71,34.33],"
				+ "[108.71,34.34],[108.7,34.34],[108.7,34.33]]]}");
	}

	@Test
	void dropsVerticesThatRoundingMerges() {
		Polygon nearlyDuplicate = FACTORY.createPolygon(new Coordinate[] { new Coordinate(108.70, 34.33),
				new Coordinate(108.71, 34.33), new Coordinate(108.7100000001, 34.3300000001), new Coordinate(108.71, 34.34),
				new Coordinate(108.70, 34.33) });
		assertThat(new GeoJsonWriter(6).geometry(nearlyDuplicate))
			.isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[108.7,34.33],[108.71,34.33],[108.71,34.34],[108.7,34.33]]]}");
	}

	@Test
	void writesNegativeAndSmallNumbers() {
		Polygon south = FACTORY.createPolygon(new Coordinate[] { new Coordinate(-0.5, -0.000001), new Coordinate(0.5, -0.000001),
				new Coordinate(0.5, 1), new Coordinate(-0.5, -0.000001) });
		assertThat(new GeoJsonWriter(6).geometry(south)).contains("[-0.5,-0.000001]");
	}

	@Test
	void writesFeaturesWithEscapedPropertiesThatReadBack() {
		Division division = new Division(new DivisionCode("610402001"), "文林\"街道\"\\", new DivisionCode("610402"),
				CLOCKWISE, new GeoPoint(108.705, 34.335), 1_000_000, Instant.EPOCH);
		StringBuilder out = new StringBuilder();
		new GeoJsonWriter(7).feature(division, out);
		JsonNode feature = JsonMapper.shared().readTree(out.toString());
		assertThat(feature.get("properties").get("name").stringValue()).isEqualTo("文林\"街道\"\\");
		assertThat(feature.get("properties").get("level").stringValue()).isEqualTo("STREET");
		assertThat(feature.get("properties").get("parentCode").stringValue()).isEqualTo("610402");
		List<DivisionFeature> read = new GeoJsonDivisionReader()
			.read(GeoJsonDivisionReaderTests.collection(out.toString()));
		assertThat(read.get(0).geometry().norm().equalsExact(CLOCKWISE.norm(), 1e-7)).isTrue();
	}

	@Test
	void layerServesAllFeaturesOrThoseMeetingABox() {
		Division west = division("610402", 108.70);
		Division east = division("610403", 108.80);
		GeoJsonLayer layer = GeoJsonLayer.of(List.of(west, east), new GeoJsonWriter(6));
		assertThat(codes(layer.all())).containsExactly("610402", "610403");
		assertThat(codes(layer.within(new Envelope(108.79, 108.9, 34.0, 35.0)))).containsExactly("610403");
		assertThat(codes(layer.within(new Envelope(100, 101, 30, 31)))).isEmpty();
		assertThat(layer.size()).isEqualTo(2);
	}

	private static List<String> codes(byte[] collection) {
		JsonNode root = JsonMapper.shared().readTree(new String(collection, StandardCharsets.UTF_8));
		assertThat(root.get("type").stringValue()).isEqualTo("FeatureCollection");
		return root.get("features").valueStream().map(feature -> feature.get("properties").get("code").stringValue()).toList();
	}

	private static Division division(String code, double west) {
		Geometry square = FACTORY.toGeometry(new Envelope(west, west + 0.01, 34.33, 34.34));
		return new Division(new DivisionCode(code), "区" + code, null, square, new GeoPoint(west, 34.33), 1, Instant.EPOCH);
	}
}
