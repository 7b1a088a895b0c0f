package org.cityos.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class ImportCheckTests {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private static final Geometry SQUARE = polygon(108.70, 34.33, 108.71, 34.33, 108.71, 34.34, 108.70, 34.34);

	/** Edges cross in the middle: a figure eight, invalid by the OGC rules. */
	private static final Geometry BOWTIE = polygon(108.70, 34.33, 108.71, 34.34, 108.71, 34.33, 108.70, 34.34);

	@Test
	void acceptsAConsistentHierarchy() {
		List<DivisionFeature> features = List.of(feature("610402", SQUARE), feature("610402001", SQUARE),
				feature("610402001001", SQUARE), feature("61040200100101", SQUARE), feature("610402001001002", SQUARE));
		assertThatCode(() -> {
			ImportCheck.checkContents(features, ImportMode.REPLACE);
			ImportCheck.checkParents(features, ImportMode.REPLACE, codes -> Set.of());
		}).doesNotThrowAnyException();
	}

	@Test
	void rejectsSelfIntersectingBowtieNamingFeatureCodeAndPlace() {
		List<DivisionFeature> features = List.of(feature("610402", SQUARE), feature("610403", BOWTIE));
		assertThatThrownBy(() -> ImportCheck.checkContents(features, ImportMode.MERGE))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("Import rejected: features[1] (610403): invalid polygon: Self-intersection at [108.705, 34.335]")
			.satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems()).extracting(FieldProblem::field)
				.containsExactly("features[1].geometry"));
	}

	@Test
	void rejectsDuplicateCodesInOneFile() {
		List<DivisionFeature> features = List.of(feature("610402", SQUARE), feature("610403", SQUARE),
				feature("610402", SQUARE));
		assertThatThrownBy(() -> ImportCheck.checkContents(features, ImportMode.MERGE))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("Import rejected: features[2] (610402): duplicate code, already used by features[0]");
	}

	@Test
	void rejectsParentCodeThatContradictsTheCode() {
		List<DivisionFeature> features = List.of(new DivisionFeature(new DivisionCode("610402001"), "文林街道",
				new DivisionCode("610403"), SQUARE));
		assertThatThrownBy(() -> ImportCheck.checkContents(features, ImportMode.MERGE))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("parentCode 610403 does not match the code, whose parent is 610402");
	}

	@Test
	void rejectsBlankOrOverlongNamesAndNonPolygons() {
		List<DivisionFeature> features = List.of(new DivisionFeature(new DivisionCode("610402"), " ", null, SQUARE),
				new DivisionFeature(new DivisionCode("610403"), "区".repeat(101), null, SQUARE),
				new DivisionFeature(new DivisionCode("610404"), "沣西区", null, FACTORY.createPoint(new Coordinate(108.7, 34.3))));
		assertThatThrownBy(() -> ImportCheck.checkContents(features, ImportMode.MERGE))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems()).extracting(FieldProblem::message)
				.containsExactly("features[0] (610402): a name is required",
						"features[1] (610403): name is longer than 100 characters",
						"features[2] (610404): geometry type Point is not supported, expected Polygon or MultiPolygon"));
	}

	@Test
	void refusesToEmptyTheMapWithAReplacingImportOfNothing() {
		assertThatThrownBy(() -> ImportCheck.checkContents(List.of(), ImportMode.REPLACE))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("would empty the map");
		assertThatCode(() -> ImportCheck.checkContents(List.of(), ImportMode.MERGE)).doesNotThrowAnyException();
	}

	@Test
	void mergeAcceptsParentsAlreadyOnTheMapAndAsksOnlyForMissingOnes() {
		List<Collection<DivisionCode>> asked = new ArrayList<>();
		List<DivisionFeature> features = List.of(feature("610402001", SQUARE), feature("610402001001", SQUARE));
		ImportCheck.checkParents(features, ImportMode.MERGE, codes -> {
			asked.add(List.copyOf(codes));
			return Set.of(new DivisionCode("610402"));
		});
		assertThat(asked).containsExactly(List.of(new DivisionCode("610402")));
	}

	@Test
	void rejectsOrphansNamingTheMissingParent() {
		List<DivisionFeature> features = List.of(feature("610402", SQUARE), feature("61040200100101", SQUARE));
		assertThatThrownBy(() -> ImportCheck.checkParents(features, ImportMode.MERGE, codes -> Set.of()))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("Import rejected: features[1] (61040200100101): parent 610402001001 is neither in the file nor on the map");
	}

	@Test
	void replaceIgnoresWhatIsOnTheMap() {
		List<DivisionFeature> features = List.of(feature("610402001", SQUARE));
		assertThatThrownBy(() -> ImportCheck.checkParents(features, ImportMode.REPLACE, codes -> Set.copyOf(codes)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("kept by a replacing import");
	}

	private static DivisionFeature feature(String code, Geometry geometry) {
		return DivisionFeature.of(new DivisionCode(code), "名称" + code, geometry);
	}

	private static Geometry polygon(double... xy) {
		Coordinate[] ring = new Coordinate[xy.length / 2 + 1];
		for (int i = 0; i < xy.length / 2; i++) {
			ring[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
		}
		ring[ring.length - 1] = ring[0];
		return FACTORY.createPolygon(ring);
	}
}
