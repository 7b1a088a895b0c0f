package org.cityos.geography;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A division with what lies inside it: how many streets, communities and grids (all levels
 * below, not only direct children), for the map's detail panel.
 */
public record DivisionProfile(Division division, @Nullable String parentName, Map<DivisionLevel, Integer> contained) {

	public DivisionProfile {
		contained = Map.copyOf(contained);
	}

	/** Number of direct children (streets of a district, grids of a community). */
	public int children() {
		DivisionLevel child = division.level().child();
		return child == null ? 0 : contained.getOrDefault(child, 0);
	}
}
