package org.cityos.demo.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.cityos.geography.DivisionFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Where the demo's cases happen: points drawn inside the demo city's unit grids (any grid, or
 * one of a grid worker's), and hot spots (a market, a building site, a bar street, ...) where
 * some categories come back again and again, so that "repeated places" finds them. Addresses are
 * a road, a number and the community.
 */
final class CasePlaces {

	/** A point in a grid with its address. */
	record Place(double lon, double lat, String gridCode, String address) {
	}

	/** A place where a category keeps coming back. */
	record HotSpot(String category, String gridCode, double lon, double lat, String landmark) {
	}

	private static final List<String> ROADS = List.of("人民路", "中山路", "文林路", "凤凰大道", "长兴街", "金桥路", "东风路",
			"和平街", "建设路", "育才路", "朝阳街", "永安路", "崇文路", "锦绣大道", "新城路", "柳湖路", "杏林街", "太白路", "渭滨路",
			"秦川大道");

	/** Categories that cluster, with what is there. */
	private static final List<String[]> HOT = List.of(new String[] { "E0502", "早市" }, new String[] { "E0502", "夜市" },
			new String[] { "E0301", "在建工地" }, new String[] { "E0302", "在建工地" }, new String[] { "S0601", "酒吧街" },
			new String[] { "S0601", "文化广场" }, new String[] { "E0102", "城中村路口" }, new String[] { "E0505", "市第一医院门口" },
			new String[] { "E0404", "铁路下穿通道" }, new String[] { "C0109", "滨河步道" }, new String[] { "S0602", "美食街" },
			new String[] { "E0201", "老旧小区" });

	private final GeometryFactory factory = new GeometryFactory();

	private final List<DivisionFeature> grids;

	private final Map<String, PreparedGeometry> prepared = new HashMap<>();

	private final Map<String, DivisionFeature> byCode = new HashMap<>();

	private final List<HotSpot> hotSpots = new ArrayList<>();

	/** {@code workerGrids}: grids with a grid worker; half the hot spots lie in them. */
	CasePlaces(List<DivisionFeature> grids, List<String> workerGrids, long seed) {
		this.grids = List.copyOf(grids);
		for (DivisionFeature grid : grids) {
			byCode.put(grid.code().value(), grid);
		}
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < HOT.size(); i++) {
			String gridCode = i % 2 == 0 && !workerGrids.isEmpty() ? workerGrids.get(random.nextInt(workerGrids.size()))
					: grids.get(random.nextInt(grids.size())).code().value();
			Place p = inGrid(gridCode, random);
			hotSpots.add(new HotSpot(HOT.get(i)[0], gridCode, p.lon(), p.lat(), HOT.get(i)[1]));
		}
	}

	List<HotSpot> hotSpots() {
		return List.copyOf(hotSpots);
	}

	/** Anywhere in the city; for a clustering category, one time in six at one of its hot spots. */
	Place anywhere(String category, SplittableRandom random) {
		List<HotSpot> spots = hotSpots.stream().filter(h -> h.category().equals(category)).toList();
		if (!spots.isEmpty() && random.nextInt(6) == 0) {
			return near(spots.get(random.nextInt(spots.size())), random);
		}
		return inGrid(grids.get(random.nextInt(grids.size())).code().value(), random);
	}

	/** In one of these grids (a grid worker's); at a hot spot there when one fits. */
	Place inOneOf(List<String> gridCodes, String category, SplittableRandom random) {
		List<HotSpot> spots = hotSpots.stream()
			.filter(h -> h.category().equals(category) && gridCodes.contains(h.gridCode()))
			.toList();
		if (!spots.isEmpty() && random.nextInt(3) == 0) {
			return near(spots.get(random.nextInt(spots.size())), random);
		}
		return inGrid(gridCodes.get(random.nextInt(gridCodes.size())), random);
	}

	/** Within about 15 m of the spot, still inside its grid. */
	private Place near(HotSpot spot, SplittableRandom random) {
		PreparedGeometry shape = shape(spot.gridCode());
		for (int attempt = 0; attempt < 20; attempt++) {
			double lon = spot.lon() + (random.nextDouble() - 0.5) * 0.0003;
			double lat = spot.lat() + (random.nextDouble() - 0.5) * 0.0002;
			if (shape.contains(factory.createPoint(new Coordinate(lon, lat)))) {
				return new Place(lon, lat, spot.gridCode(), address(spot.gridCode(), random) + spot.landmark());
			}
		}
		return new Place(spot.lon(), spot.lat(), spot.gridCode(), address(spot.gridCode(), random) + spot.landmark());
	}

	Place inGrid(String gridCode, SplittableRandom random) {
		PreparedGeometry shape = shape(gridCode);
		Envelope box = shape.getGeometry().getEnvelopeInternal();
		for (int attempt = 0; attempt < 200; attempt++) {
			double lon = round(box.getMinX() + random.nextDouble() * box.getWidth());
			double lat = round(box.getMinY() + random.nextDouble() * box.getHeight());
			if (shape.contains(factory.createPoint(new Coordinate(lon, lat)))) {
				return new Place(lon, lat, gridCode, address(gridCode, random));
			}
		}
		Coordinate inside = shape.getGeometry().getInteriorPoint().getCoordinate();
		return new Place(inside.x, inside.y, gridCode, address(gridCode, random));
	}

	private PreparedGeometry shape(String gridCode) {
		return prepared.computeIfAbsent(gridCode, code -> {
			Geometry geometry = byCode.get(code).geometry();
			return PreparedGeometryFactory.prepare(geometry);
		});
	}

	/** To 1e-6° (about 10 cm), as a phone reports it; the rounded point is the one tested. */
	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

	private String address(String gridCode, SplittableRandom random) {
		String grid = byCode.get(gridCode).name();
		int cut = grid.indexOf('第');
		String community = cut > 0 ? grid.substring(0, cut) : grid;
		return community + ROADS.get(random.nextInt(ROADS.size())) + (1 + random.nextInt(280)) + "号";
	}
}
