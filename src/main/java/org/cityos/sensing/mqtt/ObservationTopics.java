package org.cityos.sensing.mqtt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** The SensorThings MQTT topics that create Observations: {@code v1.1/Datastreams(7)/Observations} and {@code v1.1/Observations}. */
final class ObservationTopics {

	private static final Pattern OF_DATASTREAM = Pattern.compile("v1\\.[01]/Datastreams\\((\\d+)\\)/Observations");

	private static final Pattern PLAIN = Pattern.compile("v1\\.[01]/Observations");

	private ObservationTopics() {
	}

	static boolean creates(String topic) {
		return OF_DATASTREAM.matcher(topic).matches() || PLAIN.matcher(topic).matches();
	}

	/** The datastream named by the topic, or null when the payload names it. */
	static @Nullable Long datastream(String topic) {
		Matcher matcher = OF_DATASTREAM.matcher(topic);
		return matcher.matches() ? Long.parseLong(matcher.group(1)) : null;
	}
}
