package org.cityos.geography.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cityos.geography.DivisionCode;
import org.cityos.geography.DivisionFeature;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GeoJsonDivisionReaderTests {

	private static final String SQUARE = "[[[108.70,34.33],[108.71,34.33],[108.71,34.34],[108.70,34.34],[108.70,34.33]]]";

	private final GeoJsonDivisionReader reader = new GeoJsonDivisionReader();

	@Test
	void readsFeaturesWithCodesNamesAndPolygons() {
		List<DivisionFeature> features = reader.read(collection(
				feature("\"code\":\"610402\",\"name\":\"渭滨区\",\"level\":\"DISTRICT\"", polygon(SQUARE)),
				feature("\"code\":610402001,\"name\":\"文林街道\",\"parentCode\":\"610402\"",
						"{\"type\":\"MultiPolygon\",\"coordinates\":[" + SQUARE + "]}")));
		assertThat(features).hasSize(2);
		assertThat(features.get(0).code()).isEqualTo(new DivisionCode("610402"));
		assertThat(features.get(0).name()).isEqualTo("渭滨区");
		assertThat(features.get(0).geometry()).isInstanceOf(Polygon.class);
		assertThat(features.get(1).code()).isEqualTo(new DivisionCode("610402001"));
		assertThat(features.get(1).parentCode()).isEqualTo(new DivisionCode("610402"));
		assertThat(features.get(1).geometry()).isInstanceOf(MultiPolygon.class);
	}

	@Test
	void readsHolesAndIgnoresAltitudes() {
		String withHole = "[[[108.70,34.33,400],[108.73,34.33,400],[108.73,34.36,400],[108.70,34.36,400],[108.70,34.33,400]],"
				+ "[[108.71,34.34],[108.71,34.35],[108.72,34.35],[108.72,34.34],[108.71,34.34]]]";
		Polygon polygon = (Polygon) reader.read(collection(feature("\"code\":\"610402\",\"name\":\"渭滨区\"", polygon(withHole))))
			.get(0)
			.geometry();
		assertThat(polygon.getNumInteriorRing()).isEqualTo(1);
		assertThat(polygon.getCoordinate().getZ()).isNaN();
	}

	@Test
	void rejectsMalformedJsonNamingTheLine() {
		assertThatThrownBy(() -> reader.read("{\"type\":\"FeatureCollection\",\n\"features\":[")).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("body: not valid JSON at line 2");
	}

	@Test
	void rejectsJsonThatIsNoFeatureCollection() {
		assertThatThrownBy(() -> reader.read("[1,2]")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("FeatureCollection");
		assertThatThrownBy(() -> reader.read("{\"type\":\"FeatureCollection\"}")).isInstanceOf(InvalidInputException.class)
			.hasMessage("features: a FeatureCollection needs a \"features\" array");
	}

	@Test
	void rejectsUnknownLevel() {
		assertThat(problems(collection(feature("\"code\":\"610402\",\"name\":\"渭滨区\",\"level\":\"PROVINCE\"", polygon(SQUARE)))))
			.singleElement()
			.satisfies(problem -> {
				assertThat(problem.field()).isEqualTo("features[0].properties.level");
				assertThat(problem.message()).contains("features[0] (610402)", "unknown level", "DISTRICT, STREET, COMMUNITY, GRID");
			});
	}

	@Test
	void rejectsLevelThatContradictsTheCode() {
		assertThat(problems(collection(feature("\"code\":\"610402001\",\"name\":\"文林街道\",\"level\":\"GRID\"", polygon(SQUARE)))))
			.singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("level GRID does not match a code of 9 digits (STREET)"));
	}

	@Test
	void reportsEveryBrokenFeatureAtOnceWithIndexAndCode() {
		String json = collection(feature("\"code\":\"6104021\",\"name\":\"x\"", polygon(SQUARE)),
				feature("\"code\":\"610402\"", polygon(SQUARE)),
				feature("\"code\":\"610403\",\"name\":\"秦川区\"", "{\"type\":\"Point\",\"coordinates\":[108.7,34.3]}"),
				feature("\"code\":\"610404\",\"name\":\"沣西区\"",
						polygon("[[[108.70,34.33],[108.71,34.33],[108.71,34.34],[108.70,34.33]]]").replace("34.34]", "\"34.34\"]")),
				feature("\"code\":\"610405\",\"name\":\"兰池区\"", polygon("[[[108.70,34.33],[108.71,34.33],[108.71,34.34]]]")),
				feature("\"code\":\"610406\",\"name\":\"五陵区\"",
						polygon("[[[108.70,34.33],[108.71,34.33],[108.71,34.34],[108.70,34.34],[108.70,34.35]]]")),
				feature("\"code\":\"610407\",\"name\":\"周原区\"",
						polygon("[[[108.70,34.33],[188.71,34.33],[108.71,34.34],[108.70,34.34],[108.70,34.33]]]")));
		assertThatThrownBy(() -> reader.read(json)).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("GeoJSON file rejected with 7 problems; first: division code '6104021' has 7 digits")
			.satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems()).extracting(FieldProblem::field)
				.containsExactly("features[0].properties.code", "features[1].properties.name", "features[2].geometry.type",
						"features[3].geometry.coordinates[0][2]", "features[4].geometry.coordinates[0]",
						"features[5].geometry.coordinates[0]", "features[6].geometry.coordinates[0][1]"));
		assertThat(problems(json)).extracting(FieldProblem::message)
			.anySatisfy(message -> assertThat(message).contains("features[2] (610403)", "Point is not supported"))
			.anySatisfy(message -> assertThat(message).contains("[longitude, latitude] numbers"))
			.anySatisfy(message -> assertThat(message).contains("at least 4 positions"))
			.anySatisfy(message -> assertThat(message).contains("not closed"))
			.anySatisfy(message -> assertThat(message).contains("out of range"));
	}

	@Test
	void rejectsFractionalNumbersAsCodes() {
		assertThat(problems(collection(feature("\"code\":610402.5,\"name\":\"渭滨区\"", polygon(SQUARE)))))
			.singleElement()
			.satisfies(problem -> assertThat(problem.message()).isEqualTo("division code '610402.5' must contain digits only"));
	}

	@Test
	void capsTheListOfProblems() {
		StringBuilder features = new StringBuilder();
		for (int i = 0; i < 120; i++) {
			features.append(i == 0 ? "" : ",").append(feature("\"code\":\"999999\",\"name\":\"x\"", polygon(SQUARE)));
		}
		assertThatThrownBy(() -> reader.read("{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("GeoJSON file rejected with 120 problems (first 50 listed)")
			.satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems()).hasSize(50));
	}

	private List<FieldProblem> problems(String json) {
		try {
			reader.read(json);
		}
		catch (InvalidInputException e) {
			return e.fieldProblems();
		}
		throw new AssertionError("expected the file to be rejected");
	}

	static String collection(String... features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	static String feature(String properties, String geometry) {
		return "{\"type\":\"Feature\",\"properties\":{" + properties + "},\"geometry\":" + geometry + "}";
	}

	static String polygon(String coordinates) {
		return "{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}";
	}
}
