package org.cityos.sensing.sta;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cityos.sensing.sta.EntityType.Property;
import org.cityos.sensing.storage.ObservationChecks;
import org.cityos.sensing.storage.ObservationType;
import org.cityos.sensing.storage.RejectedObservation;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a client's JSON for an entity must hold (required properties, a Datastream's links,
 * unit and observation type, valid GeoJSON) and how its values become column values (times in
 * UTC, intervals as start and end). Pure: the writes' checks before anything is written.
 */
final class EntityInput {

	private EntityInput() {
	}

	static void checkRequired(EntityType type, JsonNode node, EntityWrites.@Nullable Parent parent) {
		for (Property p : type.properties()) {
			if (p.required() && (!node.has(p.name()) || node.get(p.name()).isNull())) {
				throw InvalidInputException.ofField(p.name(), type.singular() + " needs " + p.name());
			}
		}
		if (type == EntityType.DATASTREAM) {
			for (String link : List.of("Thing", "Sensor", "ObservedProperty")) {
				if (!node.has(link) && (parent == null || !parent.type().singular().equals(link))) {
					throw InvalidInputException.ofField(link, "A Datastream needs its " + link);
				}
			}
			if (!node.get("unitOfMeasurement").isObject()) {
				throw InvalidInputException.ofField("unitOfMeasurement", "must be an object {name, symbol, definition}");
			}
			if (!ObservationType.known(node.get("observationType").asString(""))) {
				throw InvalidInputException.ofField("observationType", "is not an O&M 2.0 observation type URI");
			}
		}
		if (type == EntityType.HISTORICAL_LOCATION && !node.has("Thing") && parent == null) {
			throw InvalidInputException.ofField("Thing", "A HistoricalLocation needs its Thing");
		}
		for (String geo : List.of("location", "feature")) {
			if (node.has(geo) && node.path("encodingType").asString("").contains("geo+json") && !GeoJson.valid(node.get(geo))) {
				throw InvalidInputException.ofField(geo, "is not a valid GeoJSON geometry or Feature");
			}
		}
	}

	/**
	 * A PATCH changes an entity's own properties and links it to existing entities by
	 * {@code {"@iot.id": ...}}; entities written inline are refused (SensorThings 1.1 §10.3.1:
	 * related entities are not created or changed by an update). Of the to-many links only a
	 * Thing's Locations can be replaced this way.
	 */
	static void checkLinksOnly(EntityType type, JsonNode node) {
		for (EntityType.Navigation n : type.navigations()) {
			JsonNode value = node.get(n.name());
			if (value == null) {
				continue;
			}
			if (n.toMany() && !(type == EntityType.THING && n.name().equals("Locations"))) {
				throw InvalidInputException.ofField(n.name(),
						"cannot be changed by a PATCH of the " + type.singular() + "; PATCH the linked entities instead");
			}
			Iterable<JsonNode> links = n.toMany() && value.isArray() ? value : List.of(value);
			for (JsonNode link : links) {
				if (!link.isObject() || !link.has("@iot.id") || link.size() != 1) {
					throw InvalidInputException.ofField(n.name(),
							"a PATCH links existing entities by {\"@iot.id\": ...} only; entities inline are not allowed");
				}
			}
			if (n.toMany() && !value.isArray()) {
				throw InvalidInputException.ofField(n.name(), "must be an array of {\"@iot.id\": ...}");
			}
		}
	}

	static void putValue(Map<String, Object> values, Property p, JsonNode value) {
		switch (p.kind()) {
			case TEXT -> {
				if (!value.isString() && !value.isNull()) {
					throw InvalidInputException.ofField(p.name(), "must be a string");
				}
				values.put(p.column(), value.isNull() ? null : value.asString());
			}
			case JSON, GEOJSON -> values.put(p.column(), value.isNull() ? null : value.toString());
			case TIME -> values.put(p.column(), value.isNull() ? null : utc(time(value, p.name())));
			case INTERVAL -> {
				if (value.isNull()) {
					values.put(p.column(), null);
					values.put(p.endColumn(), null);
					break;
				}
				String text = value.asString("");
				int slash = text.indexOf('/');
				values.put(p.column(), utc(time(slash < 0 ? text : text.substring(0, slash), p.name())));
				values.put(p.endColumn(), slash < 0 ? null : utc(time(text.substring(slash + 1), p.name())));
			}
			default -> {
			}
		}
	}

	static Instant time(JsonNode value, String field) {
		return time(value.asString(""), field);
	}

	static Instant time(String text, String field) {
		try {
			return ObservationChecks.parse(text, field);
		}
		catch (RejectedObservation ex) {
			throw InvalidInputException.ofField(field, ex.getMessage());
		}
	}

	static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
