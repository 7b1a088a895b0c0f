package org.cityos.shared;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One CSV cell as CityOS writes it (exports, rejection reports): RFC 4180 quoting, and text
 * that a spreadsheet would run as a formula (a leading {@code = + - @}, tab or carriage return)
 * prefixed with {@code '} so that it is shown, not executed. Numbers such as {@code -12.5} stay
 * as they are, so machine consumers read the same values.
 */
public final class CsvCell {

	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

	private CsvCell() {
	}

	public static String of(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = startsLikeAFormula(value) && !NUMBER.matcher(value).matches() ? "'" + value : value;
		boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0;
		return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

	private static boolean startsLikeAFormula(String value) {
		return "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
	}
}
