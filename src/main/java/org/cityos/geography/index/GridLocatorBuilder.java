package org.cityos.geography.index;

import java.util.Arrays;
import java.util.List;

import org.cityos.geography.index.GridLocator.PolygonRings;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Builds a {@link GridLocator}: rasterises every polygon edge onto the cells it touches, then
 * settles each untouched cell with one exact test per run of untouched cells in a row (no
 * edge separates neighbours in such a run, so they share an answer).
 */
final class GridLocatorBuilder {

	/**
	 * Cells are tested enlarged by this much (degrees, about 0.1 mm) so that floating-point
	 * rounding in the cell arithmetic can never hide an edge from the cell a point falls in.
	 */
	private static final double MARGIN = 1e-9;

	private static final int MAX_CELLS_PER_AXIS = 1 << 13;

	private final List<? extends Geometry> geometries;

	private final int cellsPerPolygon;

	private final int minCells;

	private final int maxCells;

	GridLocatorBuilder(List<? extends Geometry> geometries, int cellsPerPolygon, int minCells, int maxCells) {
		this.geometries = geometries;
		this.cellsPerPolygon = cellsPerPolygon;
		this.minCells = minCells;
		this.maxCells = maxCells;
	}

	GridLocator build() {
		PolygonRings[] polygons = new PolygonRings[geometries.size()];
		Envelope extent = new Envelope();
		STRtree tree = new STRtree();
		for (int i = 0; i < polygons.length; i++) {
			Geometry geometry = geometries.get(i);
			if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
				throw new IllegalArgumentException("polygon " + i + " is a " + geometry.getGeometryType()
						+ "; only Polygon and MultiPolygon can be located");
			}
			polygons[i] = new PolygonRings(geometry);
			extent.expandToInclude(geometry.getEnvelopeInternal());
			tree.insert(geometry.getEnvelopeInternal(), i);
		}
		if (polygons.length == 0 || extent.getWidth() == 0 || extent.getHeight() == 0) {
			return new GridLocator(0, 0, 0, 0, 0, 0, new int[0], new int[] { 0 }, new int[0], polygons);
		}
		tree.build();
		// Strictly inside the raster even for points on the extent's own border.
		extent.expandBy(MARGIN + Math.max(extent.getWidth(), extent.getHeight()) * 1e-9);
		Raster raster = Raster.over(extent, Math.max(minCells, Math.min(maxCells, polygons.length * cellsPerPolygon)));
		long[] touches = edgeTouches(polygons, raster);
		return settle(polygons, raster, touches, tree);
	}

	/** Sorted, distinct {@code cell << 32 | polygon} pairs: which polygon's edges touch which cell. */
	private static long[] edgeTouches(PolygonRings[] polygons, Raster raster) {
		LongList touches = new LongList();
		for (int polygon = 0; polygon < polygons.length; polygon++) {
			for (double[] ring : polygons[polygon].rings()) {
				for (int i = 0; i + 3 < ring.length; i += 2) {
					raster.forEachCellTouching(ring[i], ring[i + 1], ring[i + 2], ring[i + 3],
							touches, polygon);
				}
			}
		}
		long[] sorted = touches.toSortedArray();
		int distinct = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[distinct++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, distinct);
	}

	private static GridLocator settle(PolygonRings[] polygons, Raster raster, long[] touches, STRtree tree) {
		int[] cells = new int[raster.columns * raster.rows];
		IntList candidateStart = new IntList();
		IntList candidates = new IntList();
		IntList cellCandidates = new IntList();
		int boundaryCells = 0;
		for (int t = 0; t < touches.length;) {
			int cell = (int) (touches[t] >>> 32);
			cellCandidates.clear();
			while (t < touches.length && (int) (touches[t] >>> 32) == cell) {
				cellCandidates.add((int) touches[t]);
				t++;
			}
			// A polygon none of whose edges touch the cell holds all of it or none of it.
			double centerX = raster.centerX(cell);
			double centerY = raster.centerY(cell);
			for (Object item : tree.query(raster.cellEnvelope(cell))) {
				int polygon = (Integer) item;
				if (!cellCandidates.contains(polygon) && polygons[polygon].covers(centerX, centerY)) {
					cellCandidates.add(polygon);
				}
			}
			cellCandidates.sort();
			candidateStart.add(candidates.size());
			candidates.addAll(cellCandidates);
			cells[cell] = -2 - boundaryCells;
			boundaryCells++;
		}
		candidateStart.add(candidates.size());
		boolean[] boundary = new boolean[cells.length];
		for (int t = 0; t < touches.length; t++) {
			boundary[(int) (touches[t] >>> 32)] = true;
		}
		for (int row = 0; row < raster.rows; row++) {
			boolean inRun = false;
			int runAnswer = GridLocator.OUTSIDE;
			for (int column = 0; column < raster.columns; column++) {
				int cell = row * raster.columns + column;
				if (boundary[cell]) {
					inRun = false;
					continue;
				}
				if (!inRun) {
					runAnswer = firstCovering(polygons, tree, raster.centerX(cell), raster.centerY(cell));
					inRun = true;
				}
				cells[cell] = runAnswer;
			}
		}
		return new GridLocator(raster.minX, raster.minY, raster.cellsPerUnitX, raster.cellsPerUnitY, raster.columns,
				raster.rows, cells, candidateStart.toArray(), candidates.toArray(), polygons);
	}

	private static int firstCovering(PolygonRings[] polygons, STRtree tree, double x, double y) {
		int first = GridLocator.OUTSIDE;
		for (Object item : tree.query(new Envelope(x, x, y, y))) {
			int polygon = (Integer) item;
			if ((first == GridLocator.OUTSIDE || polygon < first) && polygons[polygon].covers(x, y)) {
				first = polygon;
			}
		}
		return first;
	}

	/** The uniform raster over the extent. */
	private static final class Raster {

		final double minX;

		final double minY;

		final double cellWidth;

		final double cellHeight;

		final double cellsPerUnitX;

		final double cellsPerUnitY;

		final int columns;

		final int rows;

		private Raster(Envelope extent, int columns, int rows) {
			this.minX = extent.getMinX();
			this.minY = extent.getMinY();
			this.columns = columns;
			this.rows = rows;
			this.cellWidth = extent.getWidth() / columns;
			this.cellHeight = extent.getHeight() / rows;
			this.cellsPerUnitX = columns / extent.getWidth();
			this.cellsPerUnitY = rows / extent.getHeight();
		}

		/** Square-ish cells, about {@code targetCells} of them. */
		static Raster over(Envelope extent, int targetCells) {
			double aspect = extent.getWidth() / extent.getHeight();
			int columns = clamp((int) Math.round(Math.sqrt(targetCells * aspect)));
			int rows = clamp((int) Math.round(targetCells / (double) columns));
			return new Raster(extent, columns, rows);
		}

		private static int clamp(int count) {
			return Math.max(1, Math.min(MAX_CELLS_PER_AXIS, count));
		}

		double centerX(int cell) {
			return minX + (cell % columns + 0.5) * cellWidth;
		}

		double centerY(int cell) {
			return minY + (cell / columns + 0.5) * cellHeight;
		}

		Envelope cellEnvelope(int cell) {
			double x0 = minX + (cell % columns) * cellWidth;
			double y0 = minY + (cell / columns) * cellHeight;
			return new Envelope(x0 - MARGIN, x0 + cellWidth + MARGIN, y0 - MARGIN, y0 + cellHeight + MARGIN);
		}

		private int column(double x) {
			return Math.max(0, Math.min(columns - 1, (int) Math.floor((x - minX) * cellsPerUnitX)));
		}

		private int row(double y) {
			return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - minY) * cellsPerUnitY)));
		}

		/** Records every (enlarged) cell the segment passes through. */
		void forEachCellTouching(double x1, double y1, double x2, double y2, LongList touches, int polygon) {
			double segmentMinX = Math.min(x1, x2);
			double segmentMaxX = Math.max(x1, x2);
			double segmentMinY = Math.min(y1, y2);
			double segmentMaxY = Math.max(y1, y2);
			int lastRow = row(segmentMaxY + MARGIN);
			int lastColumn = column(segmentMaxX + MARGIN);
			for (int row = row(segmentMinY - MARGIN); row <= lastRow; row++) {
				double cellMinY = minY + row * cellHeight - MARGIN;
				double cellMaxY = minY + (row + 1) * cellHeight + MARGIN;
				if (cellMaxY < segmentMinY || cellMinY > segmentMaxY) {
					continue;
				}
				for (int column = column(segmentMinX - MARGIN); column <= lastColumn; column++) {
					double cellMinX = minX + column * cellWidth - MARGIN;
					double cellMaxX = minX + (column + 1) * cellWidth + MARGIN;
					if (cellMaxX < segmentMinX || cellMinX > segmentMaxX) {
						continue;
					}
					if (lineCrossesBox(x1, y1, x2, y2, cellMinX, cellMinY, cellMaxX, cellMaxY)) {
						touches.add((long) (row * columns + column) << 32 | polygon);
					}
				}
			}
		}

		/** With bounding boxes overlapping, the segment meets the box unless all corners lie on one side. */
		private static boolean lineCrossesBox(double x1, double y1, double x2, double y2, double boxMinX,
				double boxMinY, double boxMaxX, double boxMaxY) {
			double dx = x2 - x1;
			double dy = y2 - y1;
			double a = dx * (boxMinY - y1) - dy * (boxMinX - x1);
			double b = dx * (boxMinY - y1) - dy * (boxMaxX - x1);
			double c = dx * (boxMaxY - y1) - dy * (boxMinX - x1);
			double d = dx * (boxMaxY - y1) - dy * (boxMaxX - x1);
			return !((a > 0 && b > 0 && c > 0 && d > 0) || (a < 0 && b < 0 && c < 0 && d < 0));
		}
	}
}
