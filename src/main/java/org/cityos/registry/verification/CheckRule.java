package org.cityos.registry.verification;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One rule of a cross-check: a fact read from a resource (the rows whose {@code keyItem} is the
 * applicant's ID number, optionally only those whose {@code whereItem} is / is not one of some
 * values), measured (how many rows, the sum or maximum of {@code item}, the latest value of
 * {@code item}), compared with {@code threshold}; when it holds the rule fires with its outcome and
 * its explanation ({@code {value}} replaced by the measured value).
 */
public record CheckRule(String code, String label, String resource, String keyItem, Measure measure,
		@Nullable String item, @Nullable String whereItem, @Nullable List<String> whereIn,
		@Nullable List<String> whereNotIn, String operator, @Nullable BigDecimal threshold, Verdict outcome,
		String explanation) {

	public enum Measure {
		COUNT, SUM, MAX, LATEST
	}

	static final List<String> OPERATORS = List.of(">=", ">", "<=", "<", "exists");

	/** Whether the measured value makes the rule fire; null: no rows, nothing measured. */
	boolean fires(@Nullable Object value) {
		if ("exists".equals(operator)) {
			return value != null && !(value instanceof Long count && count == 0);
		}
		if (value == null || threshold == null) {
			return false;
		}
		int compared = (value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()))
			.compareTo(threshold);
		return switch (operator) {
			case ">=" -> compared >= 0;
			case ">" -> compared > 0;
			case "<=" -> compared <= 0;
			case "<" -> compared < 0;
			default -> false;
		};
	}

	/** The items to read from the resource. */
	List<String> items() {
		List<String> items = new java.util.ArrayList<>(List.of(keyItem));
		if (item != null && !items.contains(item)) {
			items.add(item);
		}
		if (whereItem != null && !items.contains(whereItem)) {
			items.add(whereItem);
		}
		return items;
	}

	boolean selects(java.util.Map<String, Object> row) {
		if (whereItem == null) {
			return true;
		}
		Object value = row.get(whereItem);
		String text = value == null ? "" : value.toString();
		return (whereIn == null || whereIn.contains(text)) && (whereNotIn == null || !whereNotIn.contains(text));
	}
}
