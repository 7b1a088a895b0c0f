package org.cityos.sensing.sta.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The query options of one request or one {@code $expand} level: {@code $filter}, {@code $orderby},
 * {@code $top}, {@code $skip}, {@code $count}, {@code $select}, {@code $expand}. Parsed up front, so
 * a syntax error is a 400 before anything is read.
 */
public record QueryOptions(@Nullable Expression filter, List<Order> orderBy, @Nullable Integer top, int skip, boolean count,
		List<String> select, List<Expand> expand, @Nullable String resultFormat) {

	private static final Set<String> KNOWN = Set.of("$filter", "$orderby", "$top", "$skip", "$count", "$select", "$expand",
			"$resultformat");

	public QueryOptions {
		orderBy = List.copyOf(orderBy);
		select = List.copyOf(select);
		expand = List.copyOf(expand);
	}

	public static QueryOptions none() {
		return new QueryOptions(null, List.of(), null, 0, false, List.of(), List.of(), null);
	}

	/** One {@code $orderby} item. */
	public record Order(Expression expression, boolean descending) {
	}

	/** One {@code $expand} item: a navigation property (possibly a path like {@code Datastreams/Observations}) and its own options. */
	public record Expand(String navigation, QueryOptions options) {
	}

	/** From request parameters (names with their {@code $}); unknown {@code $} options are refused. */
	public static QueryOptions parse(Map<String, String> parameters) {
		for (String name : parameters.keySet()) {
			if (name.startsWith("$") && !KNOWN.contains(name.toLowerCase(Locale.ROOT))) {
				throw new FilterSyntaxException("Unknown query option " + name);
			}
		}
		Map<String, String> lower = new LinkedHashMap<>();
		parameters.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
		String filter = lower.get("$filter");
		return new QueryOptions(filter == null || filter.isBlank() ? null : FilterParser.parse(filter),
				orderBy(lower.get("$orderby")), top(lower.get("$top")), nonNegative("$skip", lower.get("$skip"), 0),
				bool("$count", lower.get("$count")), select(lower.get("$select")), expand(lower.get("$expand")),
				lower.get("$resultformat"));
	}

	/** The options inside {@code Datastreams(...)}: separated by {@code ;}. */
	static QueryOptions parseNested(String text) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String part : split(text, ';')) {
			if (part.isBlank()) {
				continue;
			}
			int equals = part.indexOf('=');
			if (equals < 0) {
				throw new FilterSyntaxException("Expected name=value in $expand options: " + part);
			}
			parameters.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
		}
		return parse(parameters);
	}

	private static List<Order> orderBy(@Nullable String text) {
		List<Order> orders = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return orders;
		}
		for (String item : split(text, ',')) {
			String trimmed = item.trim();
			boolean descending = false;
			String lowerItem = trimmed.toLowerCase(Locale.ROOT);
			if (lowerItem.endsWith(" desc")) {
				descending = true;
				trimmed = trimmed.substring(0, trimmed.length() - 5).trim();
			}
			else if (lowerItem.endsWith(" asc")) {
				trimmed = trimmed.substring(0, trimmed.length() - 4).trim();
			}
			orders.add(new Order(FilterParser.parseOperand(trimmed), descending));
		}
		return orders;
	}

	private static @Nullable Integer top(@Nullable String text) {
		return text == null ? null : nonNegative("$top", text, 0);
	}

	private static int nonNegative(String name, @Nullable String text, int otherwise) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			int value = Integer.parseInt(text.trim());
			if (value < 0) {
				throw new FilterSyntaxException(name + " must not be negative");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new FilterSyntaxException(name + " must be a whole number, not '" + text + "'");
		}
	}

	private static boolean bool(String name, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new FilterSyntaxException(name + " must be true or false");
		};
	}

	private static List<String> select(@Nullable String text) {
		List<String> names = new ArrayList<>();
		if (text != null) {
			for (String name : text.split(",")) {
				if (!name.isBlank()) {
					names.add(name.trim());
				}
			}
		}
		return names;
	}

	private static List<Expand> expand(@Nullable String text) {
		List<Expand> items = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return items;
		}
		for (String item : split(text, ',')) {
			String trimmed = item.trim();
			int open = trimmed.indexOf('(');
			if (open < 0) {
				items.add(new Expand(trimmed, none()));
			}
			else {
				if (!trimmed.endsWith(")")) {
					throw new FilterSyntaxException("Unbalanced parentheses in $expand: " + trimmed);
				}
				items.add(new Expand(trimmed.substring(0, open).trim(), parseNested(trimmed.substring(open + 1, trimmed.length() - 1))));
			}
		}
		return items;
	}

	/** Splits at separators outside parentheses and quotes. */
	static List<String> split(String text, char separator) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '(') {
				depth++;
			}
			else if (!quoted && c == ')') {
				depth--;
			}
			else if (!quoted && depth == 0 && c == separator) {
				parts.add(text.substring(start, i));
				start = i + 1;
			}
		}
		if (depth != 0 || quoted) {
			throw new FilterSyntaxException("Unbalanced parentheses or quotes in: " + text);
		}
		parts.add(text.substring(start));
		return parts;
	}
}
