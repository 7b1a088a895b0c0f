package org.cityos.catalog.collection;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoJSON geometry (RFC 7946) in WGS-84 / CGCS2000 longitude-latitude: its type, the nesting
 * of its coordinates, positions inside the world and closed polygon rings. Stored compact, as
 * jsonb. Geometries are rare in a row, so this check may allocate.
 */
final class GeometryCheck implements ValueCheck {

	static final GeometryCheck INSTANCE = new GeometryCheck();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> TYPES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
			"MultiPolygon", "GeometryCollection");

	private GeometryCheck() {
	}

	@Override
	public @Nullable ValueProblem check(char[] chars, int start, int end, CopyText out) {
		JsonNode geometry;
		try {
			geometry = JSON.readTree(new String(chars, start, end - start));
		}
		catch (JacksonException ex) {
			return ValueProblem.notGeometry("not valid JSON");
		}
		String problem = problem(geometry, 0);
		if (problem != null) {
			return ValueProblem.notGeometry(problem);
		}
		return out.text(JSON.writeValueAsString(geometry)) ? null : ValueProblem.INVALID_CHARACTER;
	}

	private static @Nullable String problem(JsonNode geometry, int depth) {
		if (geometry == null || !geometry.isObject() || geometry.get("type") == null || !geometry.get("type").isString()) {
			return "an object with a \"type\" is expected";
		}
		String type = geometry.get("type").asString();
		if (!TYPES.contains(type)) {
			return "unknown type '" + type + "'";
		}
		if (type.equals("GeometryCollection")) {
			JsonNode members = geometry.get("geometries");
			if (members == null || !members.isArray() || depth > 2) {
				return "a GeometryCollection needs a \"geometries\" array";
			}
			for (int i = 0; i < members.size(); i++) {
				String problem = problem(members.get(i), depth + 1);
				if (problem != null) {
					return problem;
				}
			}
			return null;
		}
		JsonNode coordinates = geometry.get("coordinates");
		if (coordinates == null || !coordinates.isArray()) {
			return "a " + type + " needs \"coordinates\"";
		}
		return switch (type) {
			case "Point" -> position(coordinates);
			case "MultiPoint" -> positions(coordinates, 0);
			case "LineString" -> positions(coordinates, 2);
			case "MultiLineString" -> each(coordinates, line -> positions(line, 2));
			case "Polygon" -> rings(coordinates);
			default -> each(coordinates, GeometryCheck::rings);
		};
	}

	private static @Nullable String rings(JsonNode polygon) {
		if (!polygon.isArray() || polygon.isEmpty()) {
			return "a polygon needs at least one ring";
		}
		return each(polygon, ring -> {
			String problem = positions(ring, 4);
			if (problem == null && !ring.get(0).equals(ring.get(ring.size() - 1))) {
				return "a polygon ring must end where it starts";
			}
			return problem;
		});
	}

	private static @Nullable String positions(JsonNode list, int minimum) {
		if (!list.isArray() || list.size() < minimum) {
			return "at least " + minimum + " positions expected";
		}
		return each(list, GeometryCheck::position);
	}

	private static @Nullable String each(JsonNode list, java.util.function.Function<JsonNode, @Nullable String> check) {
		if (!list.isArray()) {
			return "an array expected";
		}
		for (int i = 0; i < list.size(); i++) {
			String problem = check.apply(list.get(i));
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private static @Nullable String position(JsonNode position) {
		if (!position.isArray() || position.size() < 2 || position.size() > 3 || !position.get(0).isNumber()
				|| !position.get(1).isNumber() || position.size() == 3 && !position.get(2).isNumber()) {
			return "a position is [longitude, latitude] or [longitude, latitude, height]";
		}
		double lon = position.get(0).doubleValue();
		double lat = position.get(1).doubleValue();
		if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
			return "position [" + lon + ", " + lat + "] is outside longitude -180..180 / latitude -90..90";
		}
		return null;
	}
}
