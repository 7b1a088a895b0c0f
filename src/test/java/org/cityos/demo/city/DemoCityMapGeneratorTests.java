package org.cityos.demo.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cityos.geography.DivisionCode;
import org.cityos.geography.DivisionFeature;
import org.cityos.geography.DivisionLevel;
import org.cityos.geography.index.GridLocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;

class DemoCityMapGeneratorTests {

	private static DemoCityMap city;

	@BeforeAll
	static void generate() {
		city = new DemoCityMapGenerator().generate();
	}

	@Test
	void hasTheDivisionCountsOfARealSizedCity() {
		assertThat(city.ofLevel(DivisionLevel.DISTRICT)).hasSize(6);
		assertThat(city.ofLevel(DivisionLevel.STREET)).hasSize(40);
		assertThat(city.ofLevel(DivisionLevel.COMMUNITY)).hasSize(200);
		assertThat(city.ofLevel(DivisionLevel.GRID)).hasSizeBetween(1_500, 3_000);
	}

	@Test
	void coversTheAreaAroundItsCentre() {
		var envelope = city.outline().getEnvelopeInternal();
		assertThat(envelope.centre().x).isCloseTo(108.70, within(0.03));
		assertThat(envelope.centre().y).isCloseTo(34.33, within(0.03));
		// About 18 km east-west and 16 km north-south.
		assertThat(envelope.getWidth()).isBetween(0.17, 0.26);
		assertThat(envelope.getHeight()).isBetween(0.11, 0.17);
	}

	@Test
	void everyDivisionIsAValidPolygon() {
		for (DivisionFeature feature : city.features()) {
			IsValidOp validity = new IsValidOp(feature.geometry());
			assertThat(validity.isValid()).as("%s: %s", feature.code(), validity.getValidationError()).isTrue();
		}
		assertThat(city.ofLevel(DivisionLevel.GRID)).allSatisfy(grid -> assertThat(grid.geometry()).isInstanceOf(Polygon.class));
	}

	@Test
	void gridsTileTheOutlineWithoutGapsOrOverlaps() {
		List<Geometry> grids = city.ofLevel(DivisionLevel.GRID).stream().map(DivisionFeature::geometry).toList();
		double sumOfAreas = grids.stream().mapToDouble(Geometry::getArea).sum();
		double unionArea = CoverageUnion.union(grids.toArray(Geometry[]::new)).getArea();
		double outlineArea = city.outline().getArea();
		assertThat(sumOfAreas).isCloseTo(unionArea, withinPercentage(1e-4));
		assertThat(unionArea).isCloseTo(outlineArea, withinPercentage(1e-4));
	}

	@Test
	void noTwoGridsOverlap() {
		List<DivisionFeature> grids = city.ofLevel(DivisionLevel.GRID);
		STRtree tree = new STRtree();
		grids.forEach(grid -> tree.insert(grid.geometry().getEnvelopeInternal(), grid));
		double typicalArea = city.outline().getArea() / grids.size();
		for (DivisionFeature grid : grids) {
			for (Object other : tree.query(grid.geometry().getEnvelopeInternal())) {
				DivisionFeature neighbour = (DivisionFeature) other;
				if (neighbour != grid) {
					assertThat(grid.geometry().intersection(neighbour.geometry()).getArea())
						.as("%s overlaps %s", grid.code(), neighbour.code())
						.isLessThan(typicalArea * 1e-9);
				}
			}
		}
	}

	@Test
	void codesNestAndParentsCoverTheirChildren() {
		Map<DivisionCode, DivisionFeature> byCode = city.features().stream()
			.collect(Collectors.toMap(DivisionFeature::code, Function.identity()));
		for (DivisionFeature feature : city.features()) {
			DivisionCode parent = feature.code().parent();
			if (parent != null) {
				assertThat(byCode).containsKey(parent);
				assertThat(feature.code().value()).startsWith(parent.value());
			}
		}
		for (DivisionLevel level : List.of(DivisionLevel.DISTRICT, DivisionLevel.STREET, DivisionLevel.COMMUNITY)) {
			for (DivisionFeature parent : city.ofLevel(level)) {
				double childArea = city.features().stream()
					.filter(child -> parent.code().equals(child.code().parent()))
					.mapToDouble(child -> child.geometry().getArea())
					.sum();
				assertThat(childArea).as(parent.code().value())
					.isCloseTo(parent.geometry().getArea(), withinPercentage(1e-6));
			}
		}
	}

	@Test
	void gridCodesHaveFourteenDigitsAndNamesAreUnique() {
		assertThat(city.ofLevel(DivisionLevel.GRID)).allSatisfy(grid -> assertThat(grid.code().value()).hasSize(14));
		Set<String> names = new HashSet<>();
		assertThat(city.features()).allSatisfy(feature -> assertThat(names.add(feature.name())).as(feature.name()).isTrue());
		assertThat(city.ofLevel(DivisionLevel.DISTRICT)).extracting(feature -> feature.code().value())
			.containsExactly("610402", "610403", "610404", "610405", "610406", "610407");
	}

	@Test
	void sameSeedGivesTheSameMap() {
		DemoCityMap again = new DemoCityMapGenerator().generate();
		assertThat(again.features()).hasSameSizeAs(city.features());
		for (int i = 0; i < city.features().size(); i++) {
			DivisionFeature expected = city.features().get(i);
			DivisionFeature actual = again.features().get(i);
			assertThat(actual.code()).isEqualTo(expected.code());
			assertThat(actual.name()).isEqualTo(expected.name());
			assertThat(actual.geometry().equalsExact(expected.geometry())).isTrue();
		}
	}

	@Test
	void everyGridsInteriorPointLocatesToThatGrid() {
		List<DivisionFeature> grids = city.ofLevel(DivisionLevel.GRID);
		GridLocator locator = GridLocator.build(grids.stream().map(DivisionFeature::geometry).toList());
		for (int i = 0; i < grids.size(); i++) {
			var inside = grids.get(i).geometry().getInteriorPoint();
			assertThat(locator.locate(inside.getX(), inside.getY())).as(grids.get(i).code().value()).isEqualTo(i);
		}
		var envelope = city.outline().getEnvelopeInternal();
		assertThat(locator.locate(envelope.getMinX() - 0.001, envelope.centre().y)).isEqualTo(-1);
	}
}
