package org.cityos.catalog.collection;

import static org.cityos.catalog.collection.TemporalChecks.digit;

import org.jspecify.annotations.Nullable;

/** Free text, whole numbers, decimals and yes/no values. */
final class ScalarChecks {

	/** Free text is stored as given (not trimmed); only what PostgreSQL text cannot hold is refused. */
	static final ValueCheck TEXT = (c, start, end, out) -> out.text(c, start, end) ? null : ValueProblem.INVALID_CHARACTER;

	static final ValueCheck INTEGER = ScalarChecks::integer;

	static final ValueCheck DECIMAL = ScalarChecks::decimal;

	static final ValueCheck BOOLEAN = ScalarChecks::bool;

	/** PostgreSQL's numeric holds far more; longer values are typing accidents. */
	private static final int MAX_DECIMAL_LENGTH = 200;

	private ScalarChecks() {
	}

	private static @Nullable ValueProblem integer(char[] c, int start, int end, CopyText out) {
		int i = start;
		boolean negative = false;
		if (c[i] == '+' || c[i] == '-') {
			negative = c[i] == '-';
			i++;
		}
		if (i == end) {
			return ValueProblem.NOT_INTEGER;
		}
		long value = 0;
		for (int j = i; j < end; j++) {
			char ch = c[j];
			if (!digit(ch)) {
				return ValueProblem.NOT_INTEGER;
			}
			int d = ch - '0';
			// Accumulate negatively: Long.MIN_VALUE has no positive counterpart.
			if (value < (Long.MIN_VALUE + d) / 10) {
				return ValueProblem.INTEGER_RANGE;
			}
			value = value * 10 - d;
		}
		if (!negative && value == Long.MIN_VALUE) {
			return ValueProblem.INTEGER_RANGE;
		}
		out.ascii(c, start, end);
		return null;
	}

	/** {@code [+-]digits[.digits][e[+-]digits]}, or {@code .5}; no NaN or infinity. */
	private static @Nullable ValueProblem decimal(char[] c, int start, int end, CopyText out) {
		if (end - start > MAX_DECIMAL_LENGTH) {
			return ValueProblem.NOT_DECIMAL;
		}
		int i = start;
		if (c[i] == '+' || c[i] == '-') {
			i++;
		}
		int digits = 0;
		while (i < end && digit(c[i])) {
			i++;
			digits++;
		}
		if (i < end && c[i] == '.') {
			i++;
			while (i < end && digit(c[i])) {
				i++;
				digits++;
			}
		}
		if (digits == 0) {
			return ValueProblem.NOT_DECIMAL;
		}
		if (i < end && (c[i] == 'e' || c[i] == 'E')) {
			i++;
			if (i < end && (c[i] == '+' || c[i] == '-')) {
				i++;
			}
			int exponentStart = i;
			while (i < end && digit(c[i])) {
				i++;
			}
			// PostgreSQL refuses exponents beyond about ±1000.
			if (i == exponentStart || i - exponentStart > 3) {
				return ValueProblem.NOT_DECIMAL;
			}
		}
		if (i != end) {
			return ValueProblem.NOT_DECIMAL;
		}
		out.ascii(c, start, end);
		return null;
	}

	private static @Nullable ValueProblem bool(char[] c, int start, int end, CopyText out) {
		int length = end - start;
		char first = Character.toLowerCase(c[start]);
		boolean value;
		if (length == 1) {
			switch (first) {
				case '1', 't', 'y', '是' -> value = true;
				case '0', 'f', 'n', '否' -> value = false;
				default -> {
					return ValueProblem.NOT_BOOLEAN;
				}
			}
		}
		else if (equalsIgnoreCase(c, start, end, "true") || equalsIgnoreCase(c, start, end, "yes")) {
			value = true;
		}
		else if (equalsIgnoreCase(c, start, end, "false") || equalsIgnoreCase(c, start, end, "no")) {
			value = false;
		}
		else {
			return ValueProblem.NOT_BOOLEAN;
		}
		out.ascii(value ? 't' : 'f');
		return null;
	}

	private static boolean equalsIgnoreCase(char[] c, int start, int end, String word) {
		if (end - start != word.length()) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			if (Character.toLowerCase(c[start + i]) != word.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}
