package org.cityos.geography.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

class GridLocatorTests {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	/**
	 * 2 × 2 squares of 0.01°: A south-west, B south-east, C north-west, D north-east. Corners
	 * are literals (not sums) so that neighbours share them exactly.
	 */
	private static final List<Polygon> SQUARES = List.of(box(108.70, 34.33, 108.71, 34.34),
			box(108.71, 34.33, 108.72, 34.34), box(108.70, 34.34, 108.71, 34.35), box(108.71, 34.34, 108.72, 34.35));

	private final GridLocator locator = GridLocator.build(SQUARES);

	@Test
	void findsTheSquareHoldingAPoint() {
		assertThat(locator.locate(108.705, 34.335)).isZero();
		assertThat(locator.locate(108.715, 34.335)).isEqualTo(1);
		assertThat(locator.locate(108.705, 34.345)).isEqualTo(2);
		assertThat(locator.locate(108.719999, 34.349999)).isEqualTo(3);
	}

	@Test
	void answersPointsOutsideAllPolygonsWithMinusOne() {
		assertThat(locator.locate(108.725, 34.335)).isEqualTo(-1);
		assertThat(locator.locate(108.6999999, 34.335)).isEqualTo(-1);
		assertThat(locator.locate(0, 0)).isEqualTo(-1);
		assertThat(locator.locate(Double.NaN, 34.335)).isEqualTo(-1);
		assertThat(locator.locate(108.705, Double.POSITIVE_INFINITY)).isEqualTo(-1);
	}

	@Test
	void givesAPointOnASharedEdgeToTheFirstPolygonInTheList() {
		assertThat(locator.locate(108.71, 34.335)).isZero();
		assertThat(locator.locate(108.715, 34.34)).isEqualTo(1);
		assertThat(locator.locate(108.71, 34.34)).isZero();
		List<Polygon> reversed = new ArrayList<>(SQUARES);
		Collections.reverse(reversed);
		GridLocator backwards = GridLocator.build(reversed);
		assertThat(backwards.locate(108.71, 34.335)).isEqualTo(2); // B, now third
		assertThat(backwards.locate(108.71, 34.34)).isZero(); // D, now first
	}

	@Test
	void countsTheCityBorderAsInside() {
		assertThat(locator.locate(108.70, 34.335)).isZero();
		assertThat(locator.locate(108.72, 34.35)).isEqualTo(3);
		assertThat(locator.locate(108.72, 34.33)).isEqualTo(1);
	}

	@Test
	void sendsPointsInAHoleToThePolygonFillingIt() {
		Polygon outer = FACTORY.createPolygon(FACTORY.createLinearRing(corners(108.70, 34.33, 108.73, 34.36)),
				new LinearRing[] { FACTORY.createLinearRing(corners(108.71, 34.34, 108.72, 34.35)) });
		Polygon island = box(108.71, 34.34, 108.72, 34.35);
		GridLocator withHole = GridLocator.build(List.of(outer, island));
		assertThat(withHole.locate(108.715, 34.345)).isEqualTo(1);
		assertThat(withHole.locate(108.705, 34.345)).isZero();
		assertThat(withHole.locate(108.71, 34.345)).isZero(); // on the hole's edge: outer comes first
	}

	@Test
	void locatesInMultiPolygons() {
		Geometry twoParts = FACTORY.createMultiPolygon(
				new Polygon[] { box(108.70, 34.33, 108.71, 34.34), box(108.75, 34.33, 108.76, 34.34) });
		GridLocator parts = GridLocator.build(List.of(twoParts));
		assertThat(parts.locate(108.755, 34.335)).isZero();
		assertThat(parts.locate(108.73, 34.335)).isEqualTo(-1);
	}

	@Test
	void agreesWithJtsOnRandomPointsAndOnEveryVertex() {
		List<Polygon> cells = voronoiCells(600, new Random(42));
		GridLocator index = GridLocator.build(cells);
		List<PreparedGeometry> prepared = cells.stream().map(PreparedGeometryFactory::prepare).toList();
		Envelope extent = new Envelope();
		cells.forEach(cell -> extent.expandToInclude(cell.getEnvelopeInternal()));
		extent.expandBy(0.002);
		Random random = new Random(43);
		for (int i = 0; i < 20_000; i++) {
			double x = extent.getMinX() + random.nextDouble() * extent.getWidth();
			double y = extent.getMinY() + random.nextDouble() * extent.getHeight();
			assertThat(index.locate(x, y)).as("(%s, %s)", x, y).isEqualTo(firstCovering(prepared, x, y));
		}
		for (Polygon cell : cells) {
			for (Coordinate vertex : cell.getCoordinates()) {
				assertThat(index.locate(vertex.x, vertex.y)).as("vertex %s", vertex)
					.isEqualTo(firstCovering(prepared, vertex.x, vertex.y));
			}
		}
		assertThat(index.boundaryCellShare()).isLessThan(0.5);
	}

	@Test
	void anEmptyIndexFindsNothing() {
		GridLocator empty = GridLocator.build(List.of());
		assertThat(empty.locate(108.7, 34.3)).isEqualTo(-1);
		assertThat(empty.size()).isZero();
	}

	@Test
	void refusesGeometriesThatAreNotPolygons() {
		assertThatThrownBy(() -> GridLocator.build(List.of(FACTORY.createPoint(new Coordinate(1, 1)))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("only Polygon and MultiPolygon");
	}

	private static int firstCovering(List<PreparedGeometry> polygons, double x, double y) {
		var point = FACTORY.createPoint(new Coordinate(x, y));
		for (int i = 0; i < polygons.size(); i++) {
			if (polygons.get(i).covers(point)) {
				return i;
			}
		}
		return -1;
	}

	/** Voronoi cells of random sites, clipped to a box: a tiling like the city's grids. */
	private static List<Polygon> voronoiCells(int sites, Random random) {
		List<Coordinate> coordinates = new ArrayList<>();
		for (int i = 0; i < sites; i++) {
			coordinates.add(new Coordinate(108.6 + random.nextDouble() * 0.2, 34.25 + random.nextDouble() * 0.15));
		}
		VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
		builder.setSites(coordinates);
		builder.setClipEnvelope(new Envelope(108.6, 108.8, 34.25, 34.40));
		Geometry diagram = builder.getDiagram(FACTORY);
		Geometry box = FACTORY.toGeometry(new Envelope(108.6, 108.8, 34.25, 34.40));
		List<Polygon> cells = new ArrayList<>();
		for (int i = 0; i < diagram.getNumGeometries(); i++) {
			Geometry clipped = diagram.getGeometryN(i).intersection(box);
			if (clipped instanceof Polygon polygon && !polygon.isEmpty()) {
				cells.add(polygon);
			}
		}
		return cells;
	}

	private static Polygon box(double west, double south, double east, double north) {
		return FACTORY.createPolygon(corners(west, south, east, north));
	}

	private static Coordinate[] corners(double west, double south, double east, double north) {
		return new Coordinate[] { new Coordinate(west, south), new Coordinate(east, south), new Coordinate(east, north),
				new Coordinate(west, north), new Coordinate(west, south) };
	}
}
