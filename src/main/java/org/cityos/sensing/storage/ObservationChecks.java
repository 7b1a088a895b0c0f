package org.cityos.sensing.storage;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.cityos.sensing.storage.DatastreamDirectory.Datastream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Everything checked before an observation is queued: the datastream exists, the result fits the
 * datastream's observation type, numbers are finite, the phenomenon time is not further in the
 * future than devices' clocks can be wrong by. A refusal names its reason; nothing is stored.
 */
@Component
public class ObservationChecks {

	/**
	 * ISO 8601 times with an offset: {@code +08:00} or {@code Z}, also {@code +0800} as clients such as
	 * the OGC test suites send it.
	 */
	private static final List<DateTimeFormatter> TIME_FORMATS = List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
			new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHMM", "Z").toFormatter(),
			DateTimeFormatter.ISO_INSTANT);

	private final DatastreamDirectory datastreams;

	private final IngestProperties properties;

	ObservationChecks(DatastreamDirectory datastreams, IngestProperties properties) {
		this.datastreams = datastreams;
		this.properties = properties;
	}

	public int maxBatch() {
		return properties.maxBatch();
	}

	public void checkBatchSize(int size) {
		if (size > properties.maxBatch()) {
			throw new RejectedObservation("Too many observations in one request: " + size + " (at most " + properties.maxBatch() + ")");
		}
	}

	/** A SensorThings Observation entity (JSON) for a datastream given by the URL or by the entity's own {@code Datastream}. */
	public NewObservation fromSensorThings(JsonNode node, @Nullable Long datastreamFromPath) {
		if (node == null || !node.isObject()) {
			throw new RejectedObservation("An Observation must be a JSON object");
		}
		Long datastream = datastreamFromPath;
		JsonNode link = node.get("Datastream");
		if (datastream == null) {
			if (link == null || !link.has("@iot.id") || !link.get("@iot.id").canConvertToLong()) {
				throw new RejectedObservation("The Observation names no Datastream ({\"Datastream\":{\"@iot.id\":...}})");
			}
			datastream = link.get("@iot.id").asLong();
		}
		if (!node.has("result")) {
			throw new RejectedObservation("The Observation has no result");
		}
		Instant[] phenomenon = interval(node.get("phenomenonTime"), "phenomenonTime");
		Instant[] valid = interval(node.get("validTime"), "validTime");
		Long feature = null;
		JsonNode foi = node.get("FeatureOfInterest");
		if (foi != null && !foi.isNull()) {
			if (!foi.has("@iot.id") || !foi.get("@iot.id").canConvertToLong()) {
				throw new RejectedObservation("FeatureOfInterest must be linked by {\"@iot.id\": ...} here");
			}
			feature = foi.get("@iot.id").asLong();
		}
		return check(datastream, phenomenon == null ? null : phenomenon[0], phenomenon == null ? null : phenomenon[1],
				instant(node.get("resultTime"), "resultTime"), node.get("result"), json(node.get("resultQuality")),
				valid == null ? null : valid[0], valid == null ? null : valid[1], json(node.get("parameters")), feature);
	}

	/** Checks one observation; a missing phenomenon time is now (SensorThings 1.1 §8.2.7). */
	public NewObservation check(long datastreamId, @Nullable Instant phenomenonTime, @Nullable Instant phenomenonTimeEnd,
			@Nullable Instant resultTime, @Nullable JsonNode result, @Nullable String resultQuality, @Nullable Instant validStart,
			@Nullable Instant validEnd, @Nullable String parameters, @Nullable Long featureOfInterest) {
		Datastream datastream = datastreams.find(datastreamId)
			.orElseThrow(() -> new RejectedObservation("Unknown datastream " + datastreamId));
		Instant time = phenomenonTime == null ? Instant.now() : phenomenonTime;
		Instant latest = Instant.now().plus(properties.maxFuture());
		if (time.isAfter(latest) || (phenomenonTimeEnd != null && phenomenonTimeEnd.isAfter(latest))) {
			throw new RejectedObservation("phenomenonTime " + time + " lies more than " + properties.maxFuture().toMinutes()
					+ " minutes in the future");
		}
		if (phenomenonTimeEnd != null && phenomenonTimeEnd.isBefore(time)) {
			throw new RejectedObservation("phenomenonTime interval ends before it starts");
		}
		Double number = null;
		String json = null;
		ObservationType type = datastream.observationType();
		if (result == null || result.isNull()) {
			throw new RejectedObservation("The result is missing (null)");
		}
		if (result.isNumber() || (result.isString() && looksNonFinite(result.asString()))) {
			double value = result.isNumber() ? result.asDouble() : Double.NaN;
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				throw new RejectedObservation("The result is NaN or infinite; send no observation instead");
			}
		}
		switch (type) {
			case MEASUREMENT -> {
				if (!result.isNumber()) {
					throw wrongType(type, result);
				}
				number = result.asDouble();
			}
			case COUNT -> {
				if (!result.isIntegralNumber() && !(result.isNumber() && result.asDouble() == Math.rint(result.asDouble()))) {
					throw wrongType(type, result);
				}
				number = result.asDouble();
			}
			case TRUTH -> {
				if (!result.isBoolean()) {
					throw wrongType(type, result);
				}
				json = result.toString();
			}
			case CATEGORY -> {
				if (!result.isString()) {
					throw wrongType(type, result);
				}
				json = result.toString();
			}
			case COMPLEX -> {
				if (!result.isObject()) {
					throw wrongType(type, result);
				}
				json = result.toString();
			}
			default -> {
				if (result.isNumber()) {
					number = result.asDouble();
				}
				else {
					json = result.toString();
				}
			}
		}
		Long feature = featureOfInterest != null ? featureOfInterest : datastreams.generatedFeatureOfInterest(datastream);
		if (feature == null) {
			// An Observation has exactly one FeatureOfInterest (SensorThings 1.1 §8.2.7); without one
			// given, it comes from the Thing's Location (§10.2.1.2), and a Thing without one leaves none.
			throw new RejectedObservation("The Observation names no FeatureOfInterest and the Thing of Datastream " + datastreamId
					+ " has no Location to derive one from");
		}
		return new NewObservation(datastreamId, time, phenomenonTimeEnd, resultTime, number, json, resultQuality, validStart,
				validEnd, parameters, feature);
	}

	private static boolean looksNonFinite(String text) {
		String t = text.trim().toLowerCase(java.util.Locale.ROOT);
		return t.equals("nan") || t.equals("infinity") || t.equals("-infinity") || t.equals("+infinity") || t.equals("inf")
				|| t.equals("-inf");
	}

	private static RejectedObservation wrongType(ObservationType type, JsonNode result) {
		String shown = result.toString();
		return new RejectedObservation("The result " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)
				+ " does not fit the datastream's observationType " + type.uri().substring(type.uri().lastIndexOf('/') + 1)
				+ ", which needs " + type.expected());
	}

	private static @Nullable String json(@Nullable JsonNode node) {
		return node == null || node.isNull() ? null : node.toString();
	}

	static Instant @Nullable [] interval(@Nullable JsonNode node, String field) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw new RejectedObservation(field + " must be an ISO 8601 time or interval string");
		}
		String text = node.asString();
		int slash = text.indexOf('/');
		if (slash < 0) {
			return new Instant[] { parse(text, field), null };
		}
		return new Instant[] { parse(text.substring(0, slash), field), parse(text.substring(slash + 1), field) };
	}

	static @Nullable Instant instant(@Nullable JsonNode node, String field) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw new RejectedObservation(field + " must be an ISO 8601 time string");
		}
		return parse(node.asString(), field);
	}

	public static Instant parse(String text, String field) {
		for (DateTimeFormatter format : TIME_FORMATS) {
			try {
				return format.parse(text.trim(), Instant::from);
			}
			catch (DateTimeParseException ex) {
				// the next form
			}
		}
		throw new RejectedObservation(field + " is not an ISO 8601 time with offset: " + text);
	}
}
