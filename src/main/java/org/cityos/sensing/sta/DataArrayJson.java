package org.cityos.sensing.sta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityos.sensing.sta.EntityType.Property;
import org.cityos.sensing.sta.query.FilterSyntaxException;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Observations in the DataArray format ({@code $resultFormat=dataArray}, SensorThings 1.1 §14.3):
 * one group per Datastream, in the order its first Observation comes, each with the
 * {@code components} (the {@code $select}ed properties, or {@code id} and every property) and one
 * array of values per Observation.
 */
public final class DataArrayJson {

	/** The value of {@code $resultFormat} that asks for this format (case as the standard writes it; compared ignoring case). */
	public static final String FORMAT = "dataArray";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private DataArrayJson() {
	}

	public static ArrayNode groups(List<EntityRow> observations, List<String> select, String base) {
		List<String> components = components(select);
		Map<Long, List<EntityRow>> byDatastream = new LinkedHashMap<>();
		for (EntityRow row : observations) {
			byDatastream.computeIfAbsent(row.foreignKeys().get("datastream_id"), d -> new ArrayList<>()).add(row);
		}
		ArrayNode groups = NODES.arrayNode();
		byDatastream.forEach((datastream, rows) -> {
			ObjectNode group = groups.addObject();
			group.put("Datastream@iot.navigationLink", base + "/Datastreams(" + datastream + ")");
			ArrayNode names = group.putArray("components");
			components.forEach(names::add);
			group.put("dataArray@iot.count", rows.size());
			ArrayNode data = group.putArray("dataArray");
			for (EntityRow row : rows) {
				ArrayNode values = data.addArray();
				for (String component : components) {
					values.add(component.equals("id") ? NODES.numberNode(row.id()) : EntityJson.value(row.values().get(component)));
				}
			}
		});
		return groups;
	}

	private static List<String> components(List<String> select) {
		if (select.isEmpty()) {
			List<String> all = new ArrayList<>(List.of("id"));
			EntityType.OBSERVATION.properties().stream().map(Property::name).forEach(all::add);
			return all;
		}
		List<String> components = new ArrayList<>();
		for (String name : select) {
			String component = name.equals("@iot.id") ? "id" : name;
			if (!component.equals("id") && EntityType.OBSERVATION.property(component).isEmpty()) {
				throw new FilterSyntaxException("$select with $resultFormat=dataArray: an Observation has no property " + name);
			}
			if (!components.contains(component)) {
				components.add(component);
			}
		}
		return components;
	}
}
