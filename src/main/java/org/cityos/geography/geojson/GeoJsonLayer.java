package org.cityos.geography.geojson;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cityos.geography.Division;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;

/**
 * One level of the map (all districts, all grids, …) serialised once as a GeoJSON
 * FeatureCollection, because the map pages load it often and it only changes on import.
 * A bounding box selects the features whose envelope meets it, from the same serialised bytes.
 * Immutable.
 */
public final class GeoJsonLayer {

	private static final byte[] HEAD = "{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8);

	private static final byte[] TAIL = "]}".getBytes(StandardCharsets.UTF_8);

	private final Envelope[] envelopes;

	private final byte[][] features;

	private final byte[] all;

	private GeoJsonLayer(Envelope[] envelopes, byte[][] features) {
		this.envelopes = envelopes;
		this.features = features;
		this.all = join(features, null, envelopes);
	}

	public static GeoJsonLayer of(List<Division> divisions, GeoJsonWriter writer) {
		Envelope[] envelopes = new Envelope[divisions.size()];
		byte[][] features = new byte[divisions.size()][];
		StringBuilder feature = new StringBuilder(1024);
		for (int i = 0; i < envelopes.length; i++) {
			Division division = divisions.get(i);
			envelopes[i] = division.geometry().getEnvelopeInternal();
			feature.setLength(0);
			writer.feature(division, feature);
			features[i] = feature.toString().getBytes(StandardCharsets.UTF_8);
		}
		return new GeoJsonLayer(envelopes, features);
	}

	public int size() {
		return features.length;
	}

	/** The whole layer as UTF-8 GeoJSON. Callers must not modify the array. */
	public byte[] all() {
		return all;
	}

	/** The features whose envelope meets the box, as UTF-8 GeoJSON. */
	public byte[] within(Envelope box) {
		return join(features, box, envelopes);
	}

	private static byte[] join(byte[][] features, @Nullable Envelope box, Envelope[] envelopes) {
		int length = HEAD.length + TAIL.length;
		for (byte[] feature : features) {
			length += feature.length + 1;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(box == null ? length : 4096);
		out.writeBytes(HEAD);
		boolean first = true;
		for (int i = 0; i < features.length; i++) {
			if (box != null && !box.intersects(envelopes[i])) {
				continue;
			}
			if (!first) {
				out.write(',');
			}
			out.writeBytes(features[i]);
			first = false;
		}
		out.writeBytes(TAIL);
		return out.toByteArray();
	}
}
