package org.cityos.support;

/**
 * SensorThings request bodies the load generators and process tests post: a measurement
 * Datastream with its own Thing at a Location (an Observation's FeatureOfInterest is derived from
 * it), Sensor and ObservedProperty.
 */
public final class SensorThingsJson {

	private SensorThingsJson() {
	}

	public static String measurementDatastream(String name) {
		return """
				{"name":"%s","description":"d",
				 "observationType":"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
				 "unitOfMeasurement":{"name":"x","symbol":"x","definition":"x"},
				 "Thing":{"name":"t","description":"t","Locations":[{"name":"l","description":"l",
				   "encodingType":"application/geo+json","location":{"type":"Point","coordinates":[106.27,38.47]}}]},
				 "Sensor":{"name":"s","description":"s","encodingType":"text/html","metadata":"m"},
				 "ObservedProperty":{"name":"p","definition":"x","description":"x"}}""".formatted(name);
	}
}
