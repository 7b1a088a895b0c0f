package org.cityos.geography.index;

import java.util.List;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Finds the polygon a point lies in, among polygons that tile an area (the unit grids).
 * <p>
 * The city's envelope is cut into a uniform raster of cells. A cell no polygon edge touches
 * lies wholly inside one polygon (or outside all) and answers straight away; a cell an edge
 * touches keeps the few polygons that may hold its points and tests them exactly with a
 * robust ray-crossing count. Most lookups are thus one multiplication and one array read.
 * <p>
 * Rule for points on a shared edge or vertex: the polygon that comes first in the list given
 * to {@link #build} wins, so every point gets one deterministic answer. Overlapping polygons
 * are answered by the same rule. Immutable once built, so safe to share between threads.
 */
public final class GridLocator {

	static final int OUTSIDE = -1;

	private static final int CELLS_PER_POLYGON = 256;

	private static final int MIN_CELLS = 1 << 10;

	private static final int MAX_CELLS = 1 << 22;

	private final double minX;

	private final double minY;

	private final double cellsPerUnitX;

	private final double cellsPerUnitY;

	private final int columns;

	private final int rows;

	/** Per cell: a polygon index, {@link #OUTSIDE}, or {@code -2 - k} for boundary cell k. */
	private final int[] cells;

	/** Candidates of boundary cell k: {@code candidates[candidateStart[k] .. candidateStart[k+1])}. */
	private final int[] candidateStart;

	private final int[] candidates;

	private final PolygonRings[] polygons;

	GridLocator(double minX, double minY, double cellsPerUnitX, double cellsPerUnitY, int columns, int rows,
			int[] cells, int[] candidateStart, int[] candidates, PolygonRings[] polygons) {
		this.minX = minX;
		this.minY = minY;
		this.cellsPerUnitX = cellsPerUnitX;
		this.cellsPerUnitY = cellsPerUnitY;
		this.columns = columns;
		this.rows = rows;
		this.cells = cells;
		this.candidateStart = candidateStart;
		this.candidates = candidates;
		this.polygons = polygons;
	}

	/**
	 * Indexes polygons (Polygon or MultiPolygon, lon/lat). The list order is the tie-break
	 * order for shared edges: give them sorted by code.
	 */
	public static GridLocator build(List<? extends Geometry> polygons) {
		return new GridLocatorBuilder(polygons, CELLS_PER_POLYGON, MIN_CELLS, MAX_CELLS).build();
	}

	/** The index (in the list given to {@link #build}) of the polygon holding the point, or -1. */
	public int locate(double x, double y) {
		double column = (x - minX) * cellsPerUnitX;
		double row = (y - minY) * cellsPerUnitY;
		// Written so that NaN fails too.
		if (!(column >= 0 && row >= 0 && column < columns && row < rows)) {
			return OUTSIDE;
		}
		int cell = cells[(int) row * columns + (int) column];
		if (cell >= OUTSIDE) {
			return cell;
		}
		int boundaryCell = -2 - cell;
		for (int c = candidateStart[boundaryCell], end = candidateStart[boundaryCell + 1]; c < end; c++) {
			int polygon = candidates[c];
			if (polygons[polygon].covers(x, y)) {
				return polygon;
			}
		}
		return OUTSIDE;
	}

	public int size() {
		return polygons.length;
	}

	/** Share of raster cells that need an exact test: a measure of how well the raster fits. */
	public double boundaryCellShare() {
		return cells.length == 0 ? 0 : (double) (candidateStart.length - 1) / cells.length;
	}

	/**
	 * A polygon's rings as flat coordinate arrays, for an allocation-free point-in-polygon test.
	 * Closed: a point on a ring counts as covered.
	 */
	static final class PolygonRings {

		private final double[][] rings;

		private final double minX;

		private final double minY;

		private final double maxX;

		private final double maxY;

		PolygonRings(Geometry polygonal) {
			int ringCount = 0;
			for (int part = 0; part < polygonal.getNumGeometries(); part++) {
				ringCount += 1 + ((Polygon) polygonal.getGeometryN(part)).getNumInteriorRing();
			}
			rings = new double[ringCount][];
			int next = 0;
			for (int part = 0; part < polygonal.getNumGeometries(); part++) {
				Polygon polygon = (Polygon) polygonal.getGeometryN(part);
				rings[next++] = flatten(polygon.getExteriorRing());
				for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
					rings[next++] = flatten(polygon.getInteriorRingN(hole));
				}
			}
			Envelope envelope = polygonal.getEnvelopeInternal();
			minX = envelope.getMinX();
			minY = envelope.getMinY();
			maxX = envelope.getMaxX();
			maxY = envelope.getMaxY();
		}

		private static double[] flatten(LinearRing ring) {
			var sequence = ring.getCoordinateSequence();
			double[] xy = new double[sequence.size() * 2];
			for (int i = 0; i < sequence.size(); i++) {
				xy[2 * i] = sequence.getX(i);
				xy[2 * i + 1] = sequence.getY(i);
			}
			return xy;
		}

		double[][] rings() {
			return rings;
		}

		/**
		 * Ray-crossing count to the right (as JTS's RayCrossingCounter), with the orientation
		 * decided in double-double arithmetic so points on an edge are recognised exactly.
		 * The crossing parity over all rings of all parts decides, which handles holes.
		 */
		boolean covers(double x, double y) {
			if (x < minX || x > maxX || y < minY || y > maxY) {
				return false;
			}
			int crossings = 0;
			for (double[] ring : rings) {
				for (int i = 0; i + 3 < ring.length; i += 2) {
					double x1 = ring[i];
					double y1 = ring[i + 1];
					double x2 = ring[i + 2];
					double y2 = ring[i + 3];
					if (x1 < x && x2 < x) {
						continue;
					}
					if (x == x2 && y == y2) {
						return true;
					}
					if (y1 == y && y2 == y) {
						if (x >= Math.min(x1, x2) && x <= Math.max(x1, x2)) {
							return true;
						}
						continue;
					}
					if ((y1 > y && y2 <= y) || (y2 > y && y1 <= y)) {
						int orientation = CGAlgorithmsDD.orientationIndex(x1, y1, x2, y2, x, y);
						if (orientation == 0) {
							return true;
						}
						if (y2 < y1) {
							orientation = -orientation;
						}
						if (orientation > 0) {
							crossings++;
						}
					}
				}
			}
			return (crossings & 1) == 1;
		}
	}

	@Override
	public String toString() {
		return "GridLocator[" + polygons.length + " polygons, " + columns + "x" + rows + " cells, boundary share "
				+ Math.round(boundaryCellShare() * 1000) / 10.0 + "%]";
	}
}
