package org.cityos.geography.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.cityos.demo.city.DemoCityMap;
import org.cityos.demo.city.DemoCityMapGenerator;
import org.cityos.geography.DivisionFeature;
import org.cityos.geography.DivisionLevel;
import org.cityos.geography.index.GridLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Point → unit grid lookups per second on the demo city's grids (no database): random points
 * over the city's envelope (about a fifth fall outside the city), random points inside the
 * city only, and JTS's STR-tree with prepared polygons as the baseline the raster replaces.
 * Target: at least 1,000,000 lookups per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PointLocatorBenchmark {

	private static final int POINTS = 1 << 16;

	private static final int MASK = POINTS - 1;

	private final GeometryFactory factory = new GeometryFactory();

	private GridLocator locator;

	private STRtree tree;

	private double[] envelopeX;

	private double[] envelopeY;

	private double[] insideX;

	private double[] insideY;

	private int next;

	@Setup
	public void buildIndexOverTheDemoCity() {
		DemoCityMap city = new DemoCityMapGenerator().generate();
		List<DivisionFeature> grids = city.ofLevel(DivisionLevel.GRID);
		locator = GridLocator.build(grids.stream().map(DivisionFeature::geometry).toList());
		tree = new STRtree();
		for (DivisionFeature grid : grids) {
			tree.insert(grid.geometry().getEnvelopeInternal(), PreparedGeometryFactory.prepare(grid.geometry()));
		}
		tree.build();
		Envelope envelope = city.outline().getEnvelopeInternal();
		Random random = new Random(1);
		envelopeX = new double[POINTS];
		envelopeY = new double[POINTS];
		insideX = new double[POINTS];
		insideY = new double[POINTS];
		for (int i = 0; i < POINTS; i++) {
			envelopeX[i] = envelope.getMinX() + random.nextDouble() * envelope.getWidth();
			envelopeY[i] = envelope.getMinY() + random.nextDouble() * envelope.getHeight();
		}
		for (int i = 0; i < POINTS;) {
			double x = envelope.getMinX() + random.nextDouble() * envelope.getWidth();
			double y = envelope.getMinY() + random.nextDouble() * envelope.getHeight();
			if (locator.locate(x, y) >= 0) {
				insideX[i] = x;
				insideY[i] = y;
				i++;
			}
		}
		System.out.println(locator + ", " + grids.size() + " grids");
	}

	@Benchmark
	public int rasterOverCityEnvelope() {
		int i = next++ & MASK;
		return locator.locate(envelopeX[i], envelopeY[i]);
	}

	@Benchmark
	public int rasterInsideCity() {
		int i = next++ & MASK;
		return locator.locate(insideX[i], insideY[i]);
	}

	@Benchmark
	public Object jtsStrTreeOverCityEnvelope() {
		int i = next++ & MASK;
		var point = factory.createPoint(new Coordinate(envelopeX[i], envelopeY[i]));
		for (Object candidate : tree.query(point.getEnvelopeInternal())) {
			if (((PreparedGeometry) candidate).covers(point)) {
				return candidate;
			}
		}
		return null;
	}
}
