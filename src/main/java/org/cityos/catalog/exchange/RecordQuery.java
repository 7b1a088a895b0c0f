package org.cityos.catalog.exchange;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;
import org.cityos.catalog.ResourceVersion;
import org.cityos.shared.InvalidInputException;

/**
 * A read of a resource's records as a consumer writes it in the URL:
 * {@code key=<value>} (or {@code key.<item>=} for each item of a compound key),
 * {@code <item>=<value>} for equality, {@code <item>.gte=} / {@code .lte=} / {@code .gt=} /
 * {@code .lt=} for ranges on numbers, dates and date-times, {@code items=a,b} to choose
 * columns, {@code page}, {@code size} (≤ {@link #MAX_SIZE}), {@code count=true} for the total.
 * <p>
 * Every parameter is checked against the resource version's items and the caller's readable
 * items; nothing is ignored: an unknown item is a 400 naming it, an item the caller may not
 * read is refused by {@code notReadable} (403 in the exchange, 400 in open data). Item names
 * reach SQL only after they matched an item, values only as bound parameters.
 */
public record RecordQuery(List<Condition> conditions, List<InformationItem> selected, int page, int size,
		boolean count, String description) {

	public static final int MAX_SIZE = 1000;

	public static final int DEFAULT_SIZE = 100;

	private static final Set<String> PAGING = Set.of("page", "size", "count", "items", "key");

	public enum Operator {
		EQ("="), GTE(">="), LTE("<="), GT(">"), LT("<");

		private final String sql;

		Operator(String sql) {
			this.sql = sql;
		}

		public String sql() {
			return sql;
		}
	}

	/** {@code item op value}, the value already of the item's type. */
	public record Condition(InformationItem item, Operator operator, Object value) {
	}

	/**
	 * @param parameters the request's query parameters
	 * @param ignored    further parameters the caller handles itself (the export's {@code format})
	 * @param zone       the city's time zone, for date-times given without an offset
	 */
	public static RecordQuery parse(Map<String, String[]> parameters, ResourceVersion version, Set<String> readable,
			Function<String, RuntimeException> notReadable, Set<String> ignored, ZoneId zone) {
		Map<String, InformationItem> items = version.items().stream()
			.collect(Collectors.toMap(InformationItem::name, Function.identity()));
		List<Condition> conditions = new ArrayList<>();
		Map<String, String> described = new TreeMap<>();
		List<InformationItem> keys = version.items().stream().filter(InformationItem::key).toList();
		for (Map.Entry<String, String[]> parameter : new TreeMap<>(parameters).entrySet()) {
			String name = parameter.getKey();
			if (PAGING.contains(name) && !name.equals("key") || ignored.contains(name)) {
				continue;
			}
			String value = single(name, parameter.getValue());
			described.put(name, value);
			if (name.equals("key")) {
				if (keys.size() != 1) {
					throw InvalidInputException.ofField("key", version.code() + " has a compound key "
							+ keys.stream().map(InformationItem::name).toList() + ": give key.<item>= for each");
				}
				conditions.add(condition(keys.get(0), Operator.EQ, name, value, readable, notReadable, zone));
				continue;
			}
			String itemName = name;
			Operator operator = Operator.EQ;
			int dot = name.indexOf('.');
			if (name.startsWith("key.")) {
				itemName = name.substring(4);
				InformationItem item = known(items, itemName, name, version);
				if (!item.key()) {
					throw InvalidInputException.ofField(name, "'" + itemName + "' is not a key item of " + version.code());
				}
			}
			else if (dot >= 0) {
				itemName = name.substring(0, dot);
				operator = operator(name, name.substring(dot + 1));
			}
			InformationItem item = known(items, itemName, name, version);
			conditions.add(condition(item, operator, name, value, readable, notReadable, zone));
		}
		requireWholeCompoundKey(parameters, keys);
		List<InformationItem> selected = selected(parameters, version, items, readable, notReadable);
		int page = number(parameters, "page", 0, 0, Integer.MAX_VALUE);
		int size = number(parameters, "size", DEFAULT_SIZE, 1, MAX_SIZE);
		boolean count = parameters.containsKey("count") && "true".equals(single("count", parameters.get("count")));
		String description = described.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("&"));
		return new RecordQuery(List.copyOf(conditions), selected, page, size, count, description);
	}

	private static Condition condition(InformationItem item, Operator operator, String parameter, String value,
			Set<String> readable, Function<String, RuntimeException> notReadable, ZoneId zone) {
		if (!readable.contains(item.name())) {
			throw notReadable.apply(item.name());
		}
		if (item.type() == ItemType.GEOMETRY) {
			throw InvalidInputException.ofField(parameter, "'" + item.name() + "' is a geometry: it cannot be filtered");
		}
		if (operator != Operator.EQ && !orderable(item.type())) {
			throw InvalidInputException.ofField(parameter, "'" + item.name() + "' is " + item.type()
					+ ": ranges work on INTEGER, DECIMAL, DATE and DATETIME items");
		}
		return new Condition(item, operator, ItemValues.parse(item, parameter, value, zone));
	}

	private static void requireWholeCompoundKey(Map<String, String[]> parameters, List<InformationItem> keys) {
		boolean anyKey = keys.stream().anyMatch(k -> parameters.containsKey("key." + k.name()));
		List<String> missing = keys.stream().map(k -> "key." + k.name()).filter(p -> !parameters.containsKey(p)).toList();
		if (anyKey && !missing.isEmpty()) {
			throw InvalidInputException.ofField(missing.get(0), "a read by key needs every key item; missing " + missing);
		}
	}

	private static List<InformationItem> selected(Map<String, String[]> parameters, ResourceVersion version,
			Map<String, InformationItem> items, Set<String> readable, Function<String, RuntimeException> notReadable) {
		if (!parameters.containsKey("items")) {
			return version.items().stream().filter(i -> readable.contains(i.name())).toList();
		}
		Set<String> chosen = new LinkedHashSet<>();
		for (String name : single("items", parameters.get("items")).split(",")) {
			if (!name.isBlank()) {
				chosen.add(name.trim());
			}
		}
		if (chosen.isEmpty()) {
			throw InvalidInputException.ofField("items", "name at least one item, or leave items out for all you may read");
		}
		for (String name : chosen) {
			known(items, name, "items", version);
			if (!readable.contains(name)) {
				throw notReadable.apply(name);
			}
		}
		return version.items().stream().filter(i -> chosen.contains(i.name())).toList();
	}

	private static InformationItem known(Map<String, InformationItem> items, String itemName, String parameter,
			ResourceVersion version) {
		InformationItem item = items.get(itemName);
		if (item == null) {
			throw InvalidInputException.ofField(parameter, "'" + itemName + "' is not an item of " + version.code()
					+ " (version " + version.version() + ")");
		}
		return item;
	}

	private static Operator operator(String parameter, String suffix) {
		return switch (suffix) {
			case "gte" -> Operator.GTE;
			case "lte" -> Operator.LTE;
			case "gt" -> Operator.GT;
			case "lt" -> Operator.LT;
			default -> throw InvalidInputException.ofField(parameter, "'" + suffix + "' is not a filter: use gte, lte, gt or lt");
		};
	}

	private static boolean orderable(ItemType type) {
		return type == ItemType.INTEGER || type == ItemType.DECIMAL || type == ItemType.DATE || type == ItemType.DATETIME;
	}

	private static String single(String name, String[] values) {
		if (values == null || values.length != 1) {
			throw InvalidInputException.ofField(name, "give '" + name + "' once");
		}
		return values[0];
	}

	private static int number(Map<String, String[]> parameters, String name, int otherwise, int min, int max) {
		if (!parameters.containsKey(name)) {
			return otherwise;
		}
		String value = single(name, parameters.get(name));
		try {
			int number = Integer.parseInt(value.trim());
			if (number < min || number > max) {
				throw InvalidInputException.ofField(name, "must be between " + min + " and " + max + ", was " + number);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.ofField(name, "'" + value + "' is not a whole number");
		}
	}
}
