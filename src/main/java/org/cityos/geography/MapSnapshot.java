package org.cityos.geography;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cityos.geography.geojson.GeoJsonLayer;
import org.cityos.geography.geojson.GeoJsonWriter;
import org.cityos.geography.index.GridLocator;
import org.jspecify.annotations.Nullable;

/**
 * The map as held in memory between imports: the grid index with each grid's answer prepared
 * (so a lookup allocates nothing) and every level's GeoJSON layer serialised. Immutable;
 * replaced whole after an import, so readers never see half a map.
 */
final class MapSnapshot {

	/** About 10 cm: plenty for drawing, and half the bytes of full precision. */
	static final int LAYER_DECIMALS = 6;

	private final MapVersion version;

	private final GridLocator locator;

	private final Location[] locations;

	private final Map<DivisionLevel, GeoJsonLayer> layers;

	private MapSnapshot(MapVersion version, GridLocator locator, Location[] locations,
			Map<DivisionLevel, GeoJsonLayer> layers) {
		this.version = version;
		this.locator = locator;
		this.locations = locations;
		this.layers = layers;
	}

	/** @param divisions every stored division, in code order */
	static MapSnapshot of(List<Division> divisions, MapVersion version) {
		Map<DivisionCode, String> names = new HashMap<>();
		Map<DivisionLevel, List<Division>> byLevel = new EnumMap<>(DivisionLevel.class);
		for (DivisionLevel level : DivisionLevel.values()) {
			byLevel.put(level, new ArrayList<>());
		}
		for (Division division : divisions) {
			names.put(division.code(), division.name());
			byLevel.get(division.level()).add(division);
		}
		List<Division> grids = byLevel.get(DivisionLevel.GRID);
		// Code order is the index's tie-break order on shared edges: the answer is stable.
		GridLocator locator = GridLocator.build(grids.stream().map(Division::geometry).toList());
		Location[] locations = new Location[grids.size()];
		for (int i = 0; i < locations.length; i++) {
			DivisionCode grid = grids.get(i).code();
			locations[i] = new Location(reference(grid, names), reference(grid.ancestorAt(DivisionLevel.COMMUNITY), names),
					reference(grid.ancestorAt(DivisionLevel.STREET), names),
					reference(grid.ancestorAt(DivisionLevel.DISTRICT), names));
		}
		GeoJsonWriter writer = new GeoJsonWriter(LAYER_DECIMALS);
		Map<DivisionLevel, GeoJsonLayer> layers = new EnumMap<>(DivisionLevel.class);
		byLevel.forEach((level, members) -> layers.put(level, GeoJsonLayer.of(members, writer)));
		return new MapSnapshot(version, locator, locations, layers);
	}

	private static DivisionReference reference(DivisionCode code, Map<DivisionCode, String> names) {
		// The foreign key keeps ancestors present; the code stands in should one ever be missing.
		return new DivisionReference(code, names.getOrDefault(code, code.value()));
	}

	@Nullable Location locate(double lon, double lat) {
		int grid = locator.locate(lon, lat);
		return grid < 0 ? null : locations[grid];
	}

	GeoJsonLayer layer(DivisionLevel level) {
		return layers.get(level);
	}

	MapVersion version() {
		return version;
	}

	int grids() {
		return locations.length;
	}

	@Override
	public String toString() {
		return "MapSnapshot[" + version + ", " + locator + "]";
	}
}
