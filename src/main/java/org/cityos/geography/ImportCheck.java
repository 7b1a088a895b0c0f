package org.cityos.geography;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.cityos.geography.geojson.FeatureProblems;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Everything an import must satisfy before a single row is written: names present, polygons
 * valid (OGC rules, via JTS), codes unique in the file, each parent code the one the code
 * implies and present in the file or, when merging, already on the map. Problems name the
 * feature by its index in the file and its code.
 */
final class ImportCheck {

	static final int MAX_NAME_LENGTH = 100;

	private ImportCheck() {
	}

	/** Checks what the features say about themselves and each other. */
	static void checkContents(List<DivisionFeature> features, ImportMode mode) {
		FeatureProblems problems = new FeatureProblems();
		if (features.isEmpty() && mode == ImportMode.REPLACE) {
			problems.add("features", "a replacing import needs at least one feature; it would empty the map");
		}
		Map<DivisionCode, Integer> firstIndex = new HashMap<>();
		for (int i = 0; i < features.size(); i++) {
			DivisionFeature feature = features.get(i);
			String path = "features[" + i + "]";
			String label = path + " (" + feature.code() + ")";
			Integer earlier = firstIndex.putIfAbsent(feature.code(), i);
			if (earlier != null) {
				problems.add(path + ".properties.code",
						label + ": duplicate code, already used by features[" + earlier + "]");
			}
			checkName(feature.name(), path, label, problems);
			DivisionCode implied = feature.code().parent();
			if (feature.parentCode() != null && !feature.parentCode().equals(implied)) {
				problems.add(path + ".properties.parentCode", label + ": parentCode " + feature.parentCode()
						+ " does not match the code, whose parent is " + (implied == null ? "none (a district)" : implied));
			}
			String geometryProblem = problemWithGeometry(feature.geometry());
			if (geometryProblem != null) {
				problems.add(path + ".geometry", label + ": " + geometryProblem);
			}
		}
		problems.throwIfAny("Import");
	}

	/**
	 * Checks that every feature's parent is in the file or, when merging, on the map.
	 *
	 * @param storedCodes of the given codes, those already on the map
	 */
	static void checkParents(List<DivisionFeature> features, ImportMode mode,
			Function<Collection<DivisionCode>, Set<DivisionCode>> storedCodes) {
		Set<DivisionCode> inFile = new TreeSet<>();
		features.forEach(feature -> inFile.add(feature.code()));
		Set<DivisionCode> elsewhere = new TreeSet<>();
		for (DivisionFeature feature : features) {
			DivisionCode parent = feature.code().parent();
			if (parent != null && !inFile.contains(parent)) {
				elsewhere.add(parent);
			}
		}
		Set<DivisionCode> stored = mode == ImportMode.MERGE && !elsewhere.isEmpty() ? storedCodes.apply(elsewhere)
				: Set.of();
		FeatureProblems problems = new FeatureProblems();
		for (int i = 0; i < features.size(); i++) {
			DivisionCode parent = features.get(i).code().parent();
			if (parent != null && !inFile.contains(parent) && !stored.contains(parent)) {
				problems.add("features[" + i + "].properties.code", "features[" + i + "] (" + features.get(i).code()
						+ "): parent " + parent + " is neither in the file nor"
						+ (mode == ImportMode.REPLACE ? " kept by a replacing import" : " on the map"));
			}
		}
		problems.throwIfAny("Import");
	}

	private static void checkName(String name, String path, String label, FeatureProblems problems) {
		if (name.isBlank()) {
			problems.add(path + ".properties.name", label + ": a name is required");
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			problems.add(path + ".properties.name", label + ": name is longer than " + MAX_NAME_LENGTH + " characters");
		}
		else if (name.chars().anyMatch(Character::isISOControl)) {
			problems.add(path + ".properties.name", label + ": name contains control characters");
		}
	}

	static @Nullable String problemWithGeometry(Geometry geometry) {
		if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
			return "geometry type " + geometry.getGeometryType() + " is not supported, expected Polygon or MultiPolygon";
		}
		if (geometry.isEmpty()) {
			return "the polygon is empty";
		}
		for (Coordinate coordinate : geometry.getCoordinates()) {
			if (!Double.isFinite(coordinate.x) || Math.abs(coordinate.x) > 180 || !Double.isFinite(coordinate.y)
					|| Math.abs(coordinate.y) > 90) {
				return "position [" + coordinate.x + ", " + coordinate.y + "] is out of range (WGS-84 degrees)";
			}
		}
		TopologyValidationError error = new IsValidOp(geometry).getValidationError();
		if (error != null) {
			Coordinate at = error.getCoordinate();
			return "invalid polygon: " + error.getMessage() + (at == null ? "" : " at [" + at.x + ", " + at.y + "]");
		}
		if (geometry.getArea() == 0) {
			return "the polygon has no area";
		}
		return null;
	}
}
