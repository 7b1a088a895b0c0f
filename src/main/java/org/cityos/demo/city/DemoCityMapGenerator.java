package org.cityos.demo.city;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.cityos.geography.DivisionCode;
import org.cityos.geography.DivisionFeature;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Generates the demo city's map: a city of about 18 km × 16 km (some 220 km²) around 34.33°N 108.70°E with 6
 * districts, 40 streets and towns, 200 communities and villages and about 2,000 unit grids
 * (单元网格).
 * <p>
 * Grids are the Voronoi cells of a jittered triangular lattice whose sites lie inside an
 * irregular outline; neighbouring cells share their vertices exactly, so the grids tile the
 * city without gaps or overlaps, and communities, streets and districts are exact unions of
 * them (JTS coverage union). Codes nest under province prefix 61: districts 610402–610407,
 * streets 001… and towns 100…, communities 001… and villages 200… (as GB/T 10114 numbers
 * them), grids with a 2-digit sequence (14-digit codes).
 * <p>
 * Deterministic: the same seed gives the same map, coordinate for coordinate.
 */
public final class DemoCityMapGenerator {

	public static final long DEFAULT_SEED = 3433_10870L;

	static final double CENTER_LON = 108.70;

	static final double CENTER_LAT = 34.33;

	private static final double SEMI_AXIS_EAST = 9_500;

	private static final double SEMI_AXIS_NORTH = 7_300;

	private static final double SITE_SPACING = 340;

	private static final int STREETS = 40;

	private static final int COMMUNITIES = 200;

	/** Coordinates are rounded to 1e-7° (about 1 cm): what survives a GeoJSON round trip. */
	private static final double COORDINATE_SCALE = 1e7;

	private final long seed;

	private final GeometryFactory factory = new GeometryFactory();

	public DemoCityMapGenerator() {
		this(DEFAULT_SEED);
	}

	public DemoCityMapGenerator(long seed) {
		this.seed = seed;
	}

	public DemoCityMap generate() {
		Random random = new Random(seed);
		CityShape shape = CityShape.random(SEMI_AXIS_EAST, SEMI_AXIS_NORTH, random);
		List<Polygon> cellsInMetres = voronoiCellsInside(shape, random);
		int count = cellsInMetres.size();
		double[] siteX = new double[count];
		double[] siteY = new double[count];
		Polygon[] grids = new Polygon[count];
		for (int i = 0; i < count; i++) {
			Coordinate site = (Coordinate) cellsInMetres.get(i).getUserData();
			siteX[i] = site.x;
			siteY[i] = site.y;
			grids[i] = toLonLat(cellsInMetres.get(i));
		}
		CellClusters clusters = new CellClusters(siteX, siteY, neighbours(grids), SITE_SPACING);
		DemoCityHierarchy hierarchy = new DemoCityHierarchy(clusters, new DemoCityNames(random), random, shape,
				siteX, siteY);
		List<DemoCityHierarchy.Node> nodes = hierarchy.build(count, STREETS, COMMUNITIES);
		return assemble(nodes, grids);
	}

	private List<Polygon> voronoiCellsInside(CityShape shape, Random random) {
		List<Coordinate> sites = new ArrayList<>();
		double rowHeight = SITE_SPACING * Math.sqrt(3) / 2;
		double reachX = SEMI_AXIS_EAST * 1.5;
		double reachY = SEMI_AXIS_NORTH * 1.5;
		int row = 0;
		for (double y = -reachY; y <= reachY; y += rowHeight, row++) {
			double offset = (row % 2) * SITE_SPACING / 2;
			for (double x = -reachX + offset; x <= reachX; x += SITE_SPACING) {
				double jitterX = (random.nextDouble() - 0.5) * 0.5 * SITE_SPACING;
				double jitterY = (random.nextDouble() - 0.5) * 0.5 * SITE_SPACING;
				sites.add(new Coordinate(x + jitterX, y + jitterY));
			}
		}
		VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
		builder.setSites(sites);
		builder.setClipEnvelope(new Envelope(-2 * reachX, 2 * reachX, -2 * reachY, 2 * reachY));
		Geometry diagram = builder.getDiagram(factory);
		List<Polygon> inside = new ArrayList<>();
		for (int i = 0; i < diagram.getNumGeometries(); i++) {
			Polygon cell = (Polygon) diagram.getGeometryN(i);
			Coordinate site = (Coordinate) cell.getUserData();
			if (shape.contains(site.x, site.y)) {
				inside.add(cell);
			}
		}
		// North to south, west to east: a stable order independent of the triangulation's.
		inside.sort(Comparator.comparingDouble((Polygon cell) -> -((Coordinate) cell.getUserData()).y)
			.thenComparingDouble(cell -> ((Coordinate) cell.getUserData()).x));
		return inside;
	}

	/**
	 * Metres around the centre to lon/lat, rounded. Rounding is a function of the coordinate
	 * alone, so a vertex shared by neighbouring cells stays shared.
	 */
	private Polygon toLonLat(Polygon cell) {
		double latitude = Math.toRadians(CENTER_LAT);
		double metresPerDegreeLat = 111_132.92 - 559.82 * Math.cos(2 * latitude) + 1.175 * Math.cos(4 * latitude);
		double metresPerDegreeLon = 111_412.84 * Math.cos(latitude) - 93.5 * Math.cos(3 * latitude)
				+ 0.118 * Math.cos(5 * latitude);
		CoordinateList ring = new CoordinateList();
		for (Coordinate vertex : cell.getExteriorRing().getCoordinates()) {
			ring.add(new Coordinate(round(CENTER_LON + vertex.x / metresPerDegreeLon),
					round(CENTER_LAT + vertex.y / metresPerDegreeLat)), false);
		}
		ring.closeRing();
		Polygon polygon = factory.createPolygon(ring.toCoordinateArray());
		if (!polygon.isValid()) {
			throw new IllegalStateException("generated grid cell is invalid: " + polygon);
		}
		return polygon;
	}

	private static double round(double degrees) {
		return Math.round(degrees * COORDINATE_SCALE) / COORDINATE_SCALE;
	}

	/** Cells that share an edge; shared edges have identical end points by construction. */
	private static int[][] neighbours(Polygon[] cells) {
		Map<Edge, Integer> firstOwner = new HashMap<>();
		List<TreeSet<Integer>> adjacent = new ArrayList<>();
		for (int cell = 0; cell < cells.length; cell++) {
			adjacent.add(new TreeSet<>());
		}
		for (int cell = 0; cell < cells.length; cell++) {
			Coordinate[] ring = cells[cell].getExteriorRing().getCoordinates();
			for (int i = 0; i + 1 < ring.length; i++) {
				Integer other = firstOwner.putIfAbsent(Edge.between(ring[i], ring[i + 1]), cell);
				if (other != null && other != cell) {
					adjacent.get(cell).add(other);
					adjacent.get(other).add(cell);
				}
			}
		}
		return adjacent.stream().map(set -> set.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}

	private DemoCityMap assemble(List<DemoCityHierarchy.Node> nodes, Polygon[] grids) {
		Map<DivisionCode, Geometry> geometries = new HashMap<>();
		List<DivisionFeature> features = new ArrayList<>();
		// Nodes come children before parents, so every union finds its parts ready.
		for (DemoCityHierarchy.Node node : nodes) {
			Geometry geometry;
			if (node.cell() >= 0) {
				geometry = grids[node.cell()];
			}
			else {
				geometry = CoverageUnion.union(node.children().stream().map(geometries::get).toArray(Geometry[]::new));
			}
			geometries.put(node.code(), geometry);
			features.add(DivisionFeature.of(node.code(), node.name(), geometry));
		}
		features.sort(Comparator.comparing((DivisionFeature feature) -> feature.level())
			.thenComparing(DivisionFeature::code));
		Geometry outline = CoverageUnion.union(features.stream()
			.filter(feature -> feature.code().parent() == null)
			.map(DivisionFeature::geometry)
			.toArray(Geometry[]::new));
		return new DemoCityMap(outline, features);
	}

	/** An undirected edge, equal whichever way round it was walked. */
	private record Edge(double x1, double y1, double x2, double y2) {

		static Edge between(Coordinate a, Coordinate b) {
			return a.compareTo(b) <= 0 ? new Edge(a.x, a.y, b.x, b.y) : new Edge(b.x, b.y, a.x, a.y);
		}
	}
}
