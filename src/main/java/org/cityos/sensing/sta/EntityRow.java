package org.cityos.sensing.sta;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One entity as read: its id, its property values (String, Instant, Instant[2] for intervals,
 * JsonNode for JSON and GeoJSON, Double or JsonNode for a result) and its to-one foreign keys.
 */
public record EntityRow(EntityType type, long id, Map<String, @Nullable Object> values, Map<String, @Nullable Long> foreignKeys) {
}
