package org.cityos.sensing.sta;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.databind.JsonNode;

/** GeoJSON (a geometry, a Feature or a FeatureCollection's first feature) to JTS, for geospatial filter functions. */
final class GeoJson {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private GeoJson() {
	}

	static @Nullable Geometry geometry(@Nullable JsonNode node) {
		if (node == null || !node.isObject()) {
			return null;
		}
		String type = node.path("type").asString("");
		JsonNode c = node.get("coordinates");
		try {
			return switch (type) {
				case "Feature" -> geometry(node.get("geometry"));
				case "Point" -> FACTORY.createPoint(coordinate(c));
				case "LineString" -> FACTORY.createLineString(coordinates(c));
				case "Polygon" -> polygon(c);
				case "MultiPoint" -> FACTORY.createMultiPointFromCoords(coordinates(c));
				case "MultiLineString" -> {
					LineString[] lines = new LineString[c.size()];
					for (int i = 0; i < lines.length; i++) {
						lines[i] = FACTORY.createLineString(coordinates(c.get(i)));
					}
					yield FACTORY.createMultiLineString(lines);
				}
				case "MultiPolygon" -> {
					Polygon[] polygons = new Polygon[c.size()];
					for (int i = 0; i < polygons.length; i++) {
						polygons[i] = polygon(c.get(i));
					}
					yield FACTORY.createMultiPolygon(polygons);
				}
				default -> null;
			};
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** Whether a GeoJSON value reads as a geometry (used to validate Locations and features on write). */
	static boolean valid(JsonNode node) {
		return geometry(node) != null;
	}

	static Point point(double lon, double lat) {
		return FACTORY.createPoint(new Coordinate(lon, lat));
	}

	private static Polygon polygon(JsonNode rings) {
		LinearRing shell = FACTORY.createLinearRing(coordinates(rings.get(0)));
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = FACTORY.createLinearRing(coordinates(rings.get(i)));
		}
		return FACTORY.createPolygon(shell, holes);
	}

	private static Coordinate[] coordinates(JsonNode array) {
		Coordinate[] coordinates = new Coordinate[array.size()];
		for (int i = 0; i < coordinates.length; i++) {
			coordinates[i] = coordinate(array.get(i));
		}
		return coordinates;
	}

	private static Coordinate coordinate(JsonNode pair) {
		if (pair == null || !pair.isArray() || pair.size() < 2 || !pair.get(0).isNumber() || !pair.get(1).isNumber()) {
			throw new IllegalArgumentException("not a position");
		}
		return new Coordinate(pair.get(0).asDouble(), pair.get(1).asDouble());
	}
}
