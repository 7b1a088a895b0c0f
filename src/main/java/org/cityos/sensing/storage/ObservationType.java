package org.cityos.sensing.storage;

import java.util.Arrays;

/** The O&amp;M observation types of SensorThings 1.1 (Table 12) and the result each allows. */
public enum ObservationType {

	MEASUREMENT("http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement", "a number"),
	COUNT("http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_CountObservation", "a whole number"),
	TRUTH("http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_TruthObservation", "true or false"),
	CATEGORY("http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_CategoryObservation", "a string (a category URI)"),
	COMPLEX("http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_ComplexObservation", "a JSON object"),
	ANY("http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Observation", "any JSON value");

	private final String uri;

	private final String expected;

	ObservationType(String uri, String expected) {
		this.uri = uri;
		this.expected = expected;
	}

	public String uri() {
		return uri;
	}

	public String expected() {
		return expected;
	}

	public static ObservationType of(String uri) {
		return Arrays.stream(values()).filter(t -> t.uri.equals(uri)).findFirst().orElse(ANY);
	}

	public static boolean known(String uri) {
		return Arrays.stream(values()).anyMatch(t -> t.uri.equals(uri));
	}
}
