package org.cityos.calendar.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.cityos.calendar.CalendarYear;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads path and query values of the calendar API by hand, so that a bad value answers 400
 * naming the parameter and what was expected instead of a generic conversion error.
 */
final class CalendarInput {

	/** The most working days or hours a deadline may lie ahead: ten years of working days. */
	static final int MAX_AHEAD = 3650;

	private CalendarInput() {
	}

	static LocalDate date(String field, String raw) {
		try {
			return LocalDate.parse(raw.trim());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.ofField(field, "must be a date like 2026-02-14, was '" + raw + "'");
		}
	}

	static YearMonth month(String field, String raw) {
		try {
			return YearMonth.parse(raw.trim());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.ofField(field, "must be a month like 2026-02, was '" + raw + "'");
		}
	}

	static int year(String field, String raw) {
		String text = raw.trim();
		if (!text.matches("\\d{4}")) {
			throw InvalidInputException.ofField(field, "must be a year like 2027, was '" + raw + "'");
		}
		int year = Integer.parseInt(text);
		if (year < CalendarYear.FIRST || year > CalendarYear.LAST) {
			throw InvalidInputException.ofField(field,
					"must be between " + CalendarYear.FIRST + " and " + CalendarYear.LAST + ", was " + year);
		}
		return year;
	}

	/**
	 * An ISO-8601 date-time with its offset. An unencoded {@code +} in a query string arrives
	 * as a space ({@code 10:00:00 08:00}); that is read as the {@code +} the caller meant.
	 */
	static OffsetDateTime instantWithOffset(String field, String raw) {
		String text = raw.trim();
		if (text.length() > 6 && text.charAt(text.length() - 6) == ' ') {
			text = text.substring(0, text.length() - 6) + "+" + text.substring(text.length() - 5);
		}
		OffsetDateTime value;
		try {
			value = OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.ofField(field,
					"must be an ISO-8601 date-time with offset like 2026-02-13T10:00:00+08:00, was '" + raw + "'");
		}
		if (value.getYear() < CalendarYear.FIRST || value.getYear() > CalendarYear.LAST) {
			throw InvalidInputException.ofField(field,
					"must lie between " + CalendarYear.FIRST + " and " + CalendarYear.LAST + ", was " + raw);
		}
		return value;
	}

	/** A whole number from 0 to {@link #MAX_AHEAD}, or null when the parameter is absent. */
	static @Nullable Integer count(String field, @Nullable String raw) {
		if (raw == null) {
			return null;
		}
		int value;
		try {
			value = Integer.parseInt(raw.trim());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.ofField(field, "must be a whole number from 0 to " + MAX_AHEAD + ", was '" + raw + "'");
		}
		if (value < 0 || value > MAX_AHEAD) {
			throw InvalidInputException.ofField(field, "must be from 0 to " + MAX_AHEAD + ", was " + value);
		}
		return value;
	}
}
