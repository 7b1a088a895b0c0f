package org.cityos.sensing.sta;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cityos.sensing.sta.EntityType.Navigation;
import org.cityos.sensing.sta.EntityType.Property;
import org.cityos.sensing.sta.query.FilterSyntaxException;
import org.cityos.sensing.sta.query.QueryOptions;
import org.cityos.sensing.sta.query.QueryOptions.Expand;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes entities as SensorThings JSON: {@code @iot.id}, {@code @iot.selfLink}, the properties
 * ({@code $select}), navigation links, and {@code $expand}ed entities with their own options
 * ({@code @iot.count}, {@code @iot.nextLink} inside). Times are ISO 8601 in UTC; intervals {@code start/end}.
 */
@Component
public class EntityJson {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final EntityReader reader;

	EntityJson(EntityReader reader) {
		this.reader = reader;
	}

	public ObjectNode entity(EntityRow row, QueryOptions options, String base) {
		ObjectNode node = NODES.objectNode();
		List<String> select = options.select();
		boolean all = select.isEmpty();
		Set<String> selected = all ? Set.of() : selection(row.type(), select);
		String self = base + "/" + row.type().set() + "(" + row.id() + ")";
		if (all || selected.contains("id") || selected.contains("@iot.id")) {
			node.put("@iot.id", row.id());
		}
		if (all || selected.contains("@iot.selfLink") || selected.contains("id")) {
			node.put("@iot.selfLink", self);
		}
		for (Property p : row.type().properties()) {
			if (all || selected.contains(p.name())) {
				node.set(p.name(), value(row.values().get(p.name())));
			}
		}
		for (Navigation n : row.type().navigations()) {
			if (all || selected.contains(n.name())) {
				node.put(n.name() + "@iot.navigationLink", self + "/" + n.name());
			}
		}
		for (Expand expand : merged(options.expand())) {
			expand(node, row, expand, base);
		}
		return node;
	}

	private static Set<String> selection(EntityType type, List<String> select) {
		for (String name : select) {
			if (!name.equals("id") && !name.equals("@iot.id") && !name.equals("@iot.selfLink")
					&& type.property(name).isEmpty() && type.navigation(name).isEmpty()) {
				throw new FilterSyntaxException("$select: " + type.singular() + " has no property " + name);
			}
		}
		return Set.copyOf(select);
	}

	/**
	 * One item per navigation property: {@code Datastreams/Sensor,Datastreams/Thing} is
	 * {@code Datastreams($expand=Sensor,Thing)} (OData 4.0 §5.1.2: a path expands each of its
	 * segments; options written after a path belong to its last segment).
	 */
	static List<Expand> merged(List<Expand> items) {
		if (items.isEmpty()) {
			return items;
		}
		boolean simple = items.stream().noneMatch(e -> e.navigation().contains("/"));
		if (simple && items.stream().map(Expand::navigation).distinct().count() == items.size()) {
			return items;
		}
		Map<String, QueryOptions> own = new LinkedHashMap<>();
		Map<String, List<Expand>> nested = new LinkedHashMap<>();
		for (Expand item : items) {
			String[] path = item.navigation().split("/", 2);
			String name = path[0].trim();
			nested.computeIfAbsent(name, n -> new ArrayList<>());
			if (path.length > 1) {
				own.putIfAbsent(name, QueryOptions.none());
				nested.get(name).add(new Expand(path[1], item.options()));
			}
			else {
				QueryOptions before = own.get(name);
				if (before != null && !before.equals(QueryOptions.none())) {
					throw new FilterSyntaxException("$expand names " + name + " twice with options");
				}
				own.put(name, item.options());
			}
		}
		List<Expand> result = new ArrayList<>();
		own.forEach((name, options) -> {
			List<Expand> expands = new ArrayList<>(options.expand());
			expands.addAll(nested.get(name));
			result.add(new Expand(name, new QueryOptions(options.filter(), options.orderBy(), options.top(), options.skip(),
					options.count(), options.select(), expands, options.resultFormat())));
		});
		return result;
	}

	private void expand(ObjectNode node, EntityRow row, Expand expand, String base) {
		Navigation navigation = row.type().navigation(expand.navigation())
			.orElseThrow(() -> new FilterSyntaxException("$expand: " + row.type().singular() + " has no navigation property " + expand.navigation()));
		QueryOptions options = expand.options();
		if (navigation.toMany()) {
			EntityReader.Page page = reader.query(navigation.target(), navigation.condition(), Map.of("pid", row.id()), options);
			ArrayNode array = node.putArray(navigation.name());
			for (EntityRow target : page.rows()) {
				array.add(entity(target, options, base));
			}
			if (page.count() != null) {
				node.put(navigation.name() + "@iot.count", page.count());
			}
			if (page.more()) {
				int top = options.top() == null ? EntityReader.DEFAULT_TOP : options.top();
				node.put(navigation.name() + "@iot.nextLink", base + "/" + row.type().set() + "(" + row.id() + ")/"
						+ navigation.name() + "?$top=" + top + "&$skip=" + (options.skip() + top));
			}
		}
		else {
			Long id = row.foreignKeys().get(navigation.foreignKey());
			if (id == null) {
				node.putNull(navigation.name());
				return;
			}
			EntityReader.Page page = reader.query(navigation.target(), "t.id = :pid", Map.of("pid", id), options);
			node.set(navigation.name(), page.rows().isEmpty() ? NODES.nullNode() : entity(page.rows().get(0), options, base));
		}
	}

	/** A property value as JSON. */
	public static JsonNode value(Object value) {
		if (value == null) {
			return NODES.nullNode();
		}
		if (value instanceof JsonNode json) {
			return json;
		}
		if (value instanceof String text) {
			return NODES.stringNode(text);
		}
		if (value instanceof Instant instant) {
			return NODES.stringNode(instant.toString());
		}
		if (value instanceof Instant[] interval) {
			return NODES.stringNode(interval[1] == null ? interval[0].toString() : interval[0] + "/" + interval[1]);
		}
		if (value instanceof Double number) {
			if (number == Math.rint(number) && Math.abs(number) < 1e15) {
				return NODES.numberNode(number.longValue());
			}
			return NODES.numberNode(number);
		}
		return NODES.stringNode(value.toString());
	}
}
