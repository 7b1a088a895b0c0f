package org.cityos.demo.city;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.cityos.geography.DivisionCode;

/**
 * Splits the grid cells into districts, streets and communities and gives each its code and
 * name. Streets and communities are shared out over their parents in proportion to size
 * (largest remainder), so the city gets exactly the numbers asked for. Streets far out from
 * the centre become towns (镇) with villages (村); the rest are 街道 with 社区.
 */
final class DemoCityHierarchy {

	private static final double TOWN_REMOTENESS = 0.72;

	private static final int DISTRICTS = DemoCityNames.DISTRICTS.size();

	/**
	 * One division to emit; {@code cell} is the grid cell for a grid, -1 otherwise, when
	 * {@code children} name the parts whose union it is.
	 */
	record Node(DivisionCode code, String name, int cell, List<DivisionCode> children) {
	}

	private final CellClusters clusters;

	private final DemoCityNames names;

	private final Random random;

	private final CityShape shape;

	private final double[] siteX;

	private final double[] siteY;

	private final List<Node> grids = new ArrayList<>();

	private final List<Node> communities = new ArrayList<>();

	private final List<Node> streets = new ArrayList<>();

	private final List<Node> districts = new ArrayList<>();

	DemoCityHierarchy(CellClusters clusters, DemoCityNames names, Random random,
			CityShape shape, double[] siteX, double[] siteY) {
		this.clusters = clusters;
		this.names = names;
		this.random = random;
		this.shape = shape;
		this.siteX = siteX;
		this.siteY = siteY;
	}

	/** All nodes, children before parents: grids, communities, streets, districts. */
	List<Node> build(int cellCount, int streetCount, int communityCount) {
		List<int[]> districtCells = clusters.split(IntStream.range(0, cellCount).toArray(), DISTRICTS, random);
		int[] streetsPerDistrict = apportion(districtCells, streetCount, 3);
		List<List<int[]>> streetCells = new ArrayList<>();
		List<int[]> allStreets = new ArrayList<>();
		for (int d = 0; d < districtCells.size(); d++) {
			List<int[]> split = clusters.split(districtCells.get(d), streetsPerDistrict[d], random);
			streetCells.add(split);
			allStreets.addAll(split);
		}
		int[] communitiesPerStreet = apportion(allStreets, communityCount, 2);
		int streetIndex = 0;
		for (int d = 0; d < districtCells.size(); d++) {
			DivisionCode district = new DivisionCode("6104" + String.format("%02d", 2 + d));
			List<DivisionCode> streetCodes = new ArrayList<>();
			int nextStreet = 1;
			int nextTown = 100;
			for (int[] street : streetCells.get(d)) {
				boolean town = shape.relativeRadius(meanX(street), meanY(street)) > TOWN_REMOTENESS;
				DivisionCode code = new DivisionCode(district.value() + String.format("%03d", town ? nextTown++ : nextStreet++));
				String name = names.street(town);
				List<int[]> communityCells = clusters.split(street, communitiesPerStreet[streetIndex++], random);
				streets.add(new Node(code, name, -1, communities(code, town, communityCells)));
				streetCodes.add(code);
			}
			districts.add(new Node(district, DemoCityNames.DISTRICTS.get(d), -1, streetCodes));
		}
		List<Node> all = new ArrayList<>(grids);
		all.addAll(communities);
		all.addAll(streets);
		all.addAll(districts);
		return all;
	}

	private List<DivisionCode> communities(DivisionCode street, boolean town, List<int[]> communityCells) {
		List<DivisionCode> codes = new ArrayList<>();
		int next = town ? 200 : 1;
		for (int[] community : communityCells) {
			DivisionCode code = new DivisionCode(street.value() + String.format("%03d", next++));
			String name = names.community(town);
			List<DivisionCode> gridCodes = new ArrayList<>();
			int[] cells = clusters.inReadingOrder(community);
			if (cells.length > 99) {
				throw new IllegalStateException(name + " would need more than 99 grids for 14-digit codes");
			}
			for (int g = 0; g < cells.length; g++) {
				DivisionCode grid = new DivisionCode(code.value() + String.format("%02d", g + 1));
				grids.add(new Node(grid, DemoCityNames.grid(name, g + 1), cells[g], List.of()));
				gridCodes.add(grid);
			}
			communities.add(new Node(code, name, -1, gridCodes));
			codes.add(code);
		}
		return codes;
	}

	/** Largest-remainder shares of {@code total} in proportion to the parts' sizes, each at least {@code minimum}. */
	static int[] apportion(List<int[]> parts, int total, int minimum) {
		double sum = parts.stream().mapToInt(part -> part.length).sum();
		double[] quota = new double[parts.size()];
		int[] share = new int[parts.size()];
		int given = 0;
		for (int i = 0; i < share.length; i++) {
			quota[i] = total * parts.get(i).length / sum;
			share[i] = Math.min(parts.get(i).length, Math.max(minimum, (int) Math.floor(quota[i])));
			given += share[i];
		}
		while (given < total) {
			int best = -1;
			for (int i = 0; i < share.length; i++) {
				if (share[i] < parts.get(i).length && (best < 0 || quota[i] - share[i] > quota[best] - share[best])) {
					best = i;
				}
			}
			if (best < 0) {
				break;
			}
			share[best]++;
			given++;
		}
		while (given > total) {
			int worst = -1;
			for (int i = 0; i < share.length; i++) {
				if (share[i] > minimum && (worst < 0 || quota[i] - share[i] < quota[worst] - share[worst])) {
					worst = i;
				}
			}
			if (worst < 0) {
				break;
			}
			share[worst]--;
			given--;
		}
		return share;
	}

	private double meanX(int[] cells) {
		return IntStream.of(cells).mapToDouble(cell -> siteX[cell]).average().orElse(0);
	}

	private double meanY(int[] cells) {
		return IntStream.of(cells).mapToDouble(cell -> siteY[cell]).average().orElse(0);
	}
}
