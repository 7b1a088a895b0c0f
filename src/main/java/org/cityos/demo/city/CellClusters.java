package org.cityos.demo.city;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Groups grid cells into compact, connected divisions: k-means on the cells' sites, then every
 * stray piece of a cluster is handed to the neighbouring cluster it shares most edges with, so
 * each division is one piece. Clusters come back in reading order (north to south, west to
 * east) so that codes run across the map the way people read it.
 */
final class CellClusters {

	private static final int LLOYD_ROUNDS = 30;

	private final double[] siteX;

	private final double[] siteY;

	private final int[][] neighbours;

	private final double spacing;

	/**
	 * @param siteX cells' sites, metres east of the centre
	 * @param siteY cells' sites, metres north of the centre
	 * @param neighbours for each cell, the cells it shares an edge with
	 * @param spacing typical distance between neighbouring sites (metres)
	 */
	CellClusters(double[] siteX, double[] siteY, int[][] neighbours, double spacing) {
		this.siteX = siteX;
		this.siteY = siteY;
		this.neighbours = neighbours;
		this.spacing = spacing;
	}

	List<int[]> split(int[] cells, int wanted, Random random) {
		int k = Math.max(1, Math.min(wanted, cells.length));
		int[] owner = new int[siteX.length];
		Arrays.fill(owner, -1);
		assignByKMeans(cells, k, random, owner);
		makeConnected(cells, k, owner);
		List<int[]> clusters = new ArrayList<>();
		for (int cluster = 0; cluster < k; cluster++) {
			int id = cluster;
			int[] members = Arrays.stream(cells).filter(cell -> owner[cell] == id).sorted().toArray();
			if (members.length > 0) {
				clusters.add(members);
			}
		}
		clusters.sort(readingOrder(cells, clusters.size()));
		return clusters;
	}

	/** The cells one by one, north to south in bands one site apart, west to east within a band. */
	int[] inReadingOrder(int[] cells) {
		double top = Arrays.stream(cells).mapToDouble(cell -> siteY[cell]).max().orElse(0);
		return Arrays.stream(cells)
			.boxed()
			.sorted(Comparator.<Integer>comparingInt(cell -> (int) Math.floor((top - siteY[cell]) / spacing))
				.thenComparingDouble(cell -> siteX[cell]))
			.mapToInt(Integer::intValue)
			.toArray();
	}

	private void assignByKMeans(int[] cells, int k, Random random, int[] owner) {
		double[] centerX = new double[k];
		double[] centerY = new double[k];
		seedCenters(cells, k, random, centerX, centerY);
		for (int round = 0; round < LLOYD_ROUNDS; round++) {
			boolean moved = false;
			for (int cell : cells) {
				int nearest = nearest(cell, centerX, centerY);
				if (owner[cell] != nearest) {
					owner[cell] = nearest;
					moved = true;
				}
			}
			if (!moved) {
				break;
			}
			double[] sumX = new double[k];
			double[] sumY = new double[k];
			int[] count = new int[k];
			for (int cell : cells) {
				sumX[owner[cell]] += siteX[cell];
				sumY[owner[cell]] += siteY[cell];
				count[owner[cell]]++;
			}
			for (int c = 0; c < k; c++) {
				if (count[c] > 0) {
					centerX[c] = sumX[c] / count[c];
					centerY[c] = sumY[c] / count[c];
				}
			}
		}
	}

	/** k-means++: each further centre drawn with probability proportional to squared distance. */
	private void seedCenters(int[] cells, int k, Random random, double[] centerX, double[] centerY) {
		int first = cells[random.nextInt(cells.length)];
		centerX[0] = siteX[first];
		centerY[0] = siteY[first];
		double[] distance = new double[cells.length];
		Arrays.fill(distance, Double.MAX_VALUE);
		for (int c = 1; c < k; c++) {
			double total = 0;
			for (int i = 0; i < cells.length; i++) {
				double dx = siteX[cells[i]] - centerX[c - 1];
				double dy = siteY[cells[i]] - centerY[c - 1];
				distance[i] = Math.min(distance[i], dx * dx + dy * dy);
				total += distance[i];
			}
			double target = random.nextDouble() * total;
			int chosen = cells.length - 1;
			for (int i = 0; i < cells.length; i++) {
				target -= distance[i];
				if (target <= 0) {
					chosen = i;
					break;
				}
			}
			centerX[c] = siteX[cells[chosen]];
			centerY[c] = siteY[cells[chosen]];
		}
	}

	private int nearest(int cell, double[] centerX, double[] centerY) {
		int nearest = 0;
		double best = Double.MAX_VALUE;
		for (int c = 0; c < centerX.length; c++) {
			double dx = siteX[cell] - centerX[c];
			double dy = siteY[cell] - centerY[c];
			double distance = dx * dx + dy * dy;
			if (distance < best) {
				best = distance;
				nearest = c;
			}
		}
		return nearest;
	}

	private void makeConnected(int[] cells, int k, int[] owner) {
		for (int round = 0; round < 100; round++) {
			boolean changed = false;
			for (int cluster = 0; cluster < k; cluster++) {
				List<List<Integer>> pieces = pieces(cells, cluster, owner);
				if (pieces.size() < 2) {
					continue;
				}
				List<Integer> largest = pieces.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
				for (List<Integer> piece : pieces) {
					if (piece != largest) {
						changed |= handOver(piece, cluster, k, owner);
					}
				}
			}
			if (!changed) {
				return;
			}
		}
		throw new IllegalStateException("could not make every division one piece");
	}

	private List<List<Integer>> pieces(int[] cells, int cluster, int[] owner) {
		List<List<Integer>> pieces = new ArrayList<>();
		boolean[] seen = new boolean[siteX.length];
		for (int start : cells) {
			if (owner[start] != cluster || seen[start]) {
				continue;
			}
			List<Integer> piece = new ArrayList<>();
			ArrayDeque<Integer> queue = new ArrayDeque<>();
			queue.add(start);
			seen[start] = true;
			while (!queue.isEmpty()) {
				int cell = queue.poll();
				piece.add(cell);
				for (int neighbour : neighbours[cell]) {
					if (owner[neighbour] == cluster && !seen[neighbour]) {
						seen[neighbour] = true;
						queue.add(neighbour);
					}
				}
			}
			pieces.add(piece);
		}
		return pieces;
	}

	private boolean handOver(List<Integer> piece, int cluster, int k, int[] owner) {
		int[] sharedEdges = new int[k];
		for (int cell : piece) {
			for (int neighbour : neighbours[cell]) {
				if (owner[neighbour] >= 0 && owner[neighbour] != cluster) {
					sharedEdges[owner[neighbour]]++;
				}
			}
		}
		int target = -1;
		for (int c = 0; c < k; c++) {
			if (sharedEdges[c] > 0 && (target < 0 || sharedEdges[c] > sharedEdges[target])) {
				target = c;
			}
		}
		if (target < 0) {
			return false;
		}
		for (int cell : piece) {
			owner[cell] = target;
		}
		return true;
	}

	private Comparator<int[]> readingOrder(int[] cells, int clusterCount) {
		double top = Arrays.stream(cells).mapToDouble(cell -> siteY[cell]).max().orElse(0);
		double band = spacing * Math.sqrt(cells.length / (double) Math.max(1, clusterCount));
		return Comparator.<int[]>comparingInt(members -> (int) Math.floor((top - meanY(members)) / band))
			.thenComparingDouble(this::meanX);
	}

	private double meanX(int[] members) {
		return Arrays.stream(members).mapToDouble(cell -> siteX[cell]).average().orElse(0);
	}

	private double meanY(int[] members) {
		return Arrays.stream(members).mapToDouble(cell -> siteY[cell]).average().orElse(0);
	}
}
