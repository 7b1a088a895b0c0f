package org.cityos.geography.geojson;

import org.cityos.geography.Division;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.core.io.JsonStringEncoder;

/**
 * Writes divisions as GeoJSON (RFC 7946): outer rings counter-clockwise, holes clockwise,
 * coordinates rounded to a fixed number of decimals (6 ≈ 10 cm is plenty for drawing and
 * halves the bytes a map page downloads). Written by hand rather than through a tree of
 * nodes because the layers hold tens of thousands of coordinates.
 */
public final class GeoJsonWriter {

	private final int decimals;

	private final long scale;

	public GeoJsonWriter(int decimals) {
		if (decimals < 0 || decimals > 9) {
			throw new IllegalArgumentException("decimals must be 0..9, was " + decimals);
		}
		this.decimals = decimals;
		this.scale = (long) Math.pow(10, decimals);
	}

	/** {@code {"type":"Feature","geometry":…,"properties":{code,name,level,parentCode}}}. */
	public void feature(Division division, StringBuilder out) {
		out.append("{\"type\":\"Feature\",\"id\":");
		string(division.code().value(), out);
		out.append(",\"geometry\":");
		geometry(division.geometry(), out);
		out.append(",\"properties\":{\"code\":");
		string(division.code().value(), out);
		out.append(",\"name\":");
		string(division.name(), out);
		out.append(",\"level\":\"").append(division.level().name()).append('"');
		out.append(",\"parentCode\":");
		if (division.parentCode() == null) {
			out.append("null");
		}
		else {
			string(division.parentCode().value(), out);
		}
		out.append("}}");
	}

	public String geometry(Geometry geometry) {
		StringBuilder out = new StringBuilder();
		geometry(geometry, out);
		return out.toString();
	}

	public void geometry(Geometry geometry, StringBuilder out) {
		if (geometry instanceof Polygon polygon) {
			out.append("{\"type\":\"Polygon\",\"coordinates\":");
			polygon(polygon, out);
			out.append('}');
			return;
		}
		out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			if (i > 0) {
				out.append(',');
			}
			polygon((Polygon) geometry.getGeometryN(i), out);
		}
		out.append("]}");
	}

	private void polygon(Polygon polygon, StringBuilder out) {
		out.append('[');
		ring(polygon.getExteriorRing(), true, out);
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			out.append(',');
			ring(polygon.getInteriorRingN(i), false, out);
		}
		out.append(']');
	}

	private void ring(LineString ring, boolean counterClockwise, StringBuilder out) {
		CoordinateSequence points = ring.getCoordinateSequence();
		boolean reverse = Orientation.isCCW(points) != counterClockwise;
		int size = points.size();
		out.append('[');
		long lastX = Long.MIN_VALUE;
		long lastY = Long.MIN_VALUE;
		boolean first = true;
		for (int i = 0; i < size; i++) {
			int at = reverse ? size - 1 - i : i;
			long x = Math.round(points.getX(at) * scale);
			long y = Math.round(points.getY(at) * scale);
			// Rounding can merge neighbouring vertices; keep the closing position regardless.
			if (x == lastX && y == lastY && i < size - 1) {
				continue;
			}
			if (!first) {
				out.append(',');
			}
			out.append('[');
			number(x, out);
			out.append(',');
			number(y, out);
			out.append(']');
			lastX = x;
			lastY = y;
			first = false;
		}
		out.append(']');
	}

	/** A scaled integer as a decimal without trailing zeros: 108700000 at 6 decimals is 108.7. */
	private void number(long scaled, StringBuilder out) {
		if (scaled < 0) {
			out.append('-');
			scaled = -scaled;
		}
		out.append(scaled / scale);
		long fraction = scaled % scale;
		if (fraction == 0) {
			return;
		}
		out.append('.');
		int digits = decimals;
		while (fraction % 10 == 0) {
			fraction /= 10;
			digits--;
		}
		String text = Long.toString(fraction);
		for (int pad = text.length(); pad < digits; pad++) {
			out.append('0');
		}
		out.append(text);
	}

	static void string(String value, StringBuilder out) {
		out.append('"');
		JsonStringEncoder.getInstance().quoteAsString(value, out);
		out.append('"');
	}
}
