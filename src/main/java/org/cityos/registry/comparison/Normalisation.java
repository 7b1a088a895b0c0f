package org.cityos.registry.comparison;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cityos.registry.ValueKind;
import org.jspecify.annotations.Nullable;

/**
 * Makes departments' spellings of the same value equal before they are compared: full-width
 * characters (Ａ１，　) become half-width, runs of spaces one space, letters lower case (upper
 * case for codes), dates ISO, phone numbers national digits. A value that is blank after this
 * is absent. A date that does not parse is compared as text, so that it still disagrees.
 */
public final class Normalisation {

	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*[-/.年]?\\s*(\\d{1,2})\\s*[-/.月]?\\s*(\\d{1,2})\\s*日?(?:[T ].*)?");

	private Normalisation() {
	}

	public static @Nullable String normalise(@Nullable Object value, ValueKind kind) {
		if (value == null) {
			return null;
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof Instant instant && kind == ValueKind.DATE) {
			return instant.atZone(CITY).toLocalDate().toString();
		}
		String text = halfWidth(value.toString());
		if (text.isEmpty()) {
			return null;
		}
		return switch (kind) {
			case TEXT -> text.toLowerCase(Locale.ROOT);
			case CODE -> text.replace(" ", "").toUpperCase(Locale.ROOT);
			case DATE -> date(text);
			case PHONE -> phone(text);
		};
	}

	/** Full-width forms to ASCII, ideographic space to space, trimmed, runs of white space as one. */
	static String halfWidth(String value) {
		if (plain(value)) {
			return value; // the usual case: nothing to change, nothing to allocate
		}
		StringBuilder out = new StringBuilder(value.length());
		boolean space = false;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = out.length() > 0;
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			out.append(c);
		}
		return out.toString();
	}

	/** Whether halfWidth would leave the value as it is: no full-width form, no space to trim or collapse. */
	private static boolean plain(String value) {
		int length = value.length();
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c <= ' ' || c >= '\uFF01' && c <= '\uFF5E' || c > 0x7F && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
				if (c == ' ' && i > 0 && i < length - 1 && value.charAt(i + 1) != ' ' && !Character.isWhitespace(value.charAt(i + 1))
						&& !Character.isSpaceChar(value.charAt(i + 1))) {
					continue; // a single inner space stays
				}
				return false;
			}
		}
		return true;
	}

	private static String date(String text) {
		if (isoDate(text)) {
			return text;
		}
		Matcher m = DATE.matcher(text);
		if (m.matches()) {
			try {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
					.toString();
			}
			catch (java.time.DateTimeException ex) {
				// not a date that exists: compared as written
			}
		}
		return text;
	}

	/** {@code yyyy-MM-dd} of a day that exists: already normalised (no regex on the hot path). */
	private static boolean isoDate(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
				return false;
			}
		}
		int month = (text.charAt(5) - '0') * 10 + text.charAt(6) - '0';
		int day = (text.charAt(8) - '0') * 10 + text.charAt(9) - '0';
		if (month < 1 || month > 12 || day < 1) {
			return false;
		}
		int year = Integer.parseInt(text, 0, 4, 10);
		return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
	}

	private static String phone(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				kept.append(c);
			}
		}
		String digits = kept.toString();
		if (text.startsWith("+86") || digits.startsWith("0086")) {
			digits = digits.substring(text.startsWith("+86") ? 2 : 4);
		}
		else if (digits.length() == 13 && digits.startsWith("86")) {
			digits = digits.substring(2);
		}
		return digits.isEmpty() ? text : digits;
	}
}
