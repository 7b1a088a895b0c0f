package org.cityos.geography;

import org.cityos.shared.InvalidInputException;
import org.locationtech.jts.geom.Envelope;

/** A lon/lat box (WGS-84 degrees), as map pages send their view: {@code minLon,minLat,maxLon,maxLat}. */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

	public BoundingBox {
		if (!(minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90)) {
			throw InvalidInputException.ofField("bbox",
					"bounding box must lie within longitude -180..180 and latitude -90..90");
		}
		if (!(minLon <= maxLon && minLat <= maxLat)) {
			throw InvalidInputException.ofField("bbox", "bounding box needs minLon <= maxLon and minLat <= maxLat");
		}
	}

	/** Reads {@code minLon,minLat,maxLon,maxLat}. */
	public static BoundingBox parse(String field, String text) {
		String[] parts = text.split(",", -1);
		if (parts.length != 4) {
			throw InvalidInputException.ofField(field, "expected minLon,minLat,maxLon,maxLat, got '" + text + "'");
		}
		double[] values = new double[4];
		for (int i = 0; i < 4; i++) {
			try {
				values[i] = Double.parseDouble(parts[i].strip());
			}
			catch (NumberFormatException e) {
				throw InvalidInputException.ofField(field, "'" + parts[i].strip() + "' is not a number");
			}
		}
		try {
			return new BoundingBox(values[0], values[1], values[2], values[3]);
		}
		catch (InvalidInputException e) {
			throw InvalidInputException.ofField(field, e.fieldProblems().get(0).message());
		}
	}

	public Envelope toEnvelope() {
		return new Envelope(minLon, maxLon, minLat, maxLat);
	}
}
