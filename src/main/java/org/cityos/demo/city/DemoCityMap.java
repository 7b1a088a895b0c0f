package org.cityos.demo.city;

import java.util.List;

import org.cityos.geography.DivisionFeature;
import org.cityos.geography.DivisionLevel;
import org.locationtech.jts.geom.Geometry;

/**
 * The generated demo city: its outline and every division, ready for
 * {@code CityMap.importFeatures}. Features come districts first, then streets, communities and
 * grids, each level in code order, so parents always precede their children.
 */
public record DemoCityMap(Geometry outline, List<DivisionFeature> features) {

	public DemoCityMap {
		features = List.copyOf(features);
	}

	public List<DivisionFeature> ofLevel(DivisionLevel level) {
		return features.stream().filter(feature -> feature.level() == level).toList();
	}
}
