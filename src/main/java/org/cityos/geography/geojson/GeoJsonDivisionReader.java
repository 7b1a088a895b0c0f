package org.cityos.geography.geojson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cityos.geography.DivisionCode;
import org.cityos.geography.DivisionFeature;
import org.cityos.geography.DivisionLevel;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of divisions: each feature has properties {@code code},
 * {@code name}, optionally {@code level} and {@code parentCode}, and a Polygon or MultiPolygon
 * geometry in WGS-84 lon/lat. Checks the file's shape only (JSON, codes, names, coordinate
 * arrays); whether the polygons are valid and the parents exist is the import's check.
 * Reports every problem it finds, each naming the feature by index and code.
 */
public final class GeoJsonDivisionReader {

	private final JsonMapper mapper;

	private final GeometryFactory factory;

	public GeoJsonDivisionReader() {
		this(JsonMapper.shared(), new GeometryFactory());
	}

	public GeoJsonDivisionReader(JsonMapper mapper, GeometryFactory factory) {
		this.mapper = mapper;
		this.factory = factory;
	}

	/**
	 * @throws InvalidInputException listing every problem found, if any
	 */
	public List<DivisionFeature> read(String json) {
		JsonNode root;
		try {
			root = mapper.readTree(json);
		}
		catch (JacksonException e) {
			var location = e.getLocation();
			String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
			throw InvalidInputException.ofField("body", "not valid JSON" + where + ": " + e.getOriginalMessage());
		}
		if (root == null || !root.isObject() || !"FeatureCollection".equals(text(root.get("type")))) {
			throw InvalidInputException.ofField("type", "expected a GeoJSON object with \"type\": \"FeatureCollection\"");
		}
		JsonNode features = root.get("features");
		if (features == null || !features.isArray()) {
			throw InvalidInputException.ofField("features", "a FeatureCollection needs a \"features\" array");
		}
		FeatureProblems problems = new FeatureProblems();
		List<DivisionFeature> read = new ArrayList<>();
		for (int i = 0; i < features.size(); i++) {
			DivisionFeature feature = feature(features.get(i), "features[" + i + "]", problems);
			if (feature != null) {
				read.add(feature);
			}
		}
		problems.throwIfAny("GeoJSON file");
		return read;
	}

	private @Nullable DivisionFeature feature(JsonNode node, String path, FeatureProblems problems) {
		if (!node.isObject() || !"Feature".equals(text(node.get("type")))) {
			problems.add(path, "expected an object with \"type\": \"Feature\"");
			return null;
		}
		JsonNode properties = node.get("properties");
		if (properties == null || !properties.isObject()) {
			problems.add(path + ".properties", "a feature needs properties with code and name");
			return null;
		}
		String codeText = codeText(properties.get("code"));
		String codeProblem = DivisionCode.problemWith(codeText);
		if (codeProblem != null) {
			problems.add(path + ".properties.code", codeProblem);
			return null;
		}
		DivisionCode code = new DivisionCode(codeText);
		String label = path + " (" + code + ")";
		String name = text(properties.get("name"));
		if (name == null || name.isBlank()) {
			problems.add(path + ".properties.name", label + ": a name is required");
		}
		JsonNode level = properties.get("level");
		if (level != null && !level.isNull()) {
			String levelText = text(level);
			DivisionLevel given = levelText == null ? null : DivisionLevel.ofName(levelText);
			if (given == null) {
				problems.add(path + ".properties.level",
						label + ": unknown level '" + level + "', allowed: " + DivisionLevel.allowedNames());
			}
			else if (given != code.level()) {
				problems.add(path + ".properties.level",
						label + ": level " + given + " does not match a code of " + code.value().length() + " digits ("
								+ code.level() + ")");
			}
		}
		DivisionCode parentCode = null;
		JsonNode parent = properties.get("parentCode");
		if (parent != null && !parent.isNull()) {
			String parentText = codeText(parent);
			String parentProblem = DivisionCode.problemWith(parentText);
			if (parentProblem != null) {
				problems.add(path + ".properties.parentCode", label + ": " + parentProblem);
			}
			else {
				parentCode = new DivisionCode(parentText);
			}
		}
		Geometry geometry = new GeoJsonGeometryReader(factory, path + ".geometry", label, problems)
			.read(node.get("geometry"));
		if (geometry == null || name == null || name.isBlank()) {
			return null;
		}
		return new DivisionFeature(code, name.strip(), parentCode, geometry);
	}

	/** Codes may come as strings or, from spreadsheets, as integral numbers. */
	private static @Nullable String codeText(@Nullable JsonNode node) {
		if (node != null && node.isIntegralNumber()) {
			return node.bigIntegerValue().toString();
		}
		if (node != null && node.isNumber()) {
			return node.toString();
		}
		String text = text(node);
		return text == null ? null : text.strip();
	}

	static @Nullable String text(@Nullable JsonNode node) {
		return node != null && node.isString() ? node.stringValue() : null;
	}

	/** Turns GeoJSON geometry objects into JTS polygons, reporting shape errors by path. */
	private record GeoJsonGeometryReader(GeometryFactory factory, String path, String label, FeatureProblems problems) {

		@Nullable Geometry read(@Nullable JsonNode geometry) {
			if (geometry == null || !geometry.isObject()) {
				problems.add(path, label + ": a Polygon or MultiPolygon geometry is required");
				return null;
			}
			String type = text(geometry.get("type"));
			JsonNode coordinates = geometry.get("coordinates");
			if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
				problems.add(path + ".type", label + ": geometry type " + (type == null ? "missing" : type)
						+ " is not supported, expected Polygon or MultiPolygon");
				return null;
			}
			if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
				problems.add(path + ".coordinates", label + ": a " + type + " needs a non-empty coordinates array");
				return null;
			}
			if ("Polygon".equals(type)) {
				return polygon(coordinates, path + ".coordinates");
			}
			Polygon[] parts = new Polygon[coordinates.size()];
			for (int i = 0; i < parts.length; i++) {
				parts[i] = polygon(coordinates.get(i), path + ".coordinates[" + i + "]");
				if (parts[i] == null) {
					return null;
				}
			}
			return factory.createMultiPolygon(parts);
		}

		private @Nullable Polygon polygon(JsonNode rings, String at) {
			if (!rings.isArray() || rings.isEmpty()) {
				problems.add(at, label + ": a polygon needs an array of rings, the first being the outer one");
				return null;
			}
			LinearRing[] read = new LinearRing[rings.size()];
			for (int r = 0; r < read.length; r++) {
				read[r] = ring(rings.get(r), at + "[" + r + "]");
				if (read[r] == null) {
					return null;
				}
			}
			return factory.createPolygon(read[0], Arrays.copyOfRange(read, 1, read.length));
		}

		private @Nullable LinearRing ring(JsonNode positions, String at) {
			if (!positions.isArray() || positions.size() < 4) {
				problems.add(at, label + ": a ring needs at least 4 positions (closed), has "
						+ (positions.isArray() ? positions.size() : "none"));
				return null;
			}
			Coordinate[] coordinates = new Coordinate[positions.size()];
			for (int p = 0; p < coordinates.length; p++) {
				JsonNode position = positions.get(p);
				if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
						|| !position.get(1).isNumber()) {
					problems.add(at + "[" + p + "]", label + ": a position must be [longitude, latitude] numbers");
					return null;
				}
				double lon = position.get(0).doubleValue();
				double lat = position.get(1).doubleValue();
				if (!Double.isFinite(lon) || lon < -180 || lon > 180 || !Double.isFinite(lat) || lat < -90 || lat > 90) {
					problems.add(at + "[" + p + "]", label + ": position [" + lon + ", " + lat
							+ "] is out of range (longitude -180..180, latitude -90..90, WGS-84 degrees)");
					return null;
				}
				coordinates[p] = new Coordinate(lon, lat);
			}
			if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
				problems.add(at, label + ": the ring is not closed (first and last position differ)");
				return null;
			}
			return factory.createLinearRing(coordinates);
		}
	}
}
