package org.cityos.catalog.exchange;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

import org.cityos.catalog.InformationItem;
import org.cityos.shared.CitizenIdNumber;
import org.cityos.shared.CreditCode;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.PhoneNumber;

/**
 * Reads a filter value given in a URL as the item's type, the way deliveries store it:
 * identifiers normalised like deliveries normalise them (a 15-digit ID number converted to 18
 * characters, upper-case X and credit codes, phones as national digits), dates
 * ISO or {@code 20261124} or {@code 2026/11/24}, date-times with an offset or read on the
 * city's clock (the working calendar's zone). A value that does not fit is a 400 naming the parameter.
 */
final class ItemValues {

	private ItemValues() {
	}

	static Object parse(InformationItem item, String parameter, String raw, ZoneId zone) {
		String value = raw.trim();
		try {
			return switch (item.type()) {
				// as deliveries store them: a valid identifier in its normal form, anything else as given
				case STRING -> switch (item.identifier()) {
					case CITIZEN_ID -> CitizenIdNumber.tryParse(value).map(CitizenIdNumber::value)
						.orElse(value.toUpperCase(Locale.ROOT));
					case CREDIT_CODE -> CreditCode.tryParse(value).map(CreditCode::value).orElse(value.toUpperCase(Locale.ROOT));
					case PHONE -> Objects.requireNonNullElse(PhoneNumber.normalise(value), value.replaceAll("[^0-9]", ""));
					case NONE -> value;
				};
				case INTEGER -> Long.parseLong(value);
				case DECIMAL -> new BigDecimal(value);
				case DATE -> date(value);
				case DATETIME -> dateTime(value, zone);
				case BOOLEAN -> bool(value);
				case GEOMETRY -> throw new IllegalArgumentException("geometry items cannot be filtered");
			};
		}
		catch (NumberFormatException | DateTimeException ex) {
			throw InvalidInputException.ofField(parameter, "'" + raw + "' is not " + expected(item));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.ofField(parameter, ex.getMessage());
		}
	}

	private static LocalDate date(String value) {
		String iso = value.replace('/', '-');
		if (iso.matches("\\d{8}")) {
			iso = iso.substring(0, 4) + "-" + iso.substring(4, 6) + "-" + iso.substring(6);
		}
		return LocalDate.parse(iso);
	}

	private static OffsetDateTime dateTime(String value, ZoneId zone) {
		// An unencoded '+' in a query string arrives as a space: 2026-11-24T09:00:00 08:00
		String text = value.replace(' ', '+');
		if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return LocalDate.parse(text).atStartOfDay(zone).toOffsetDateTime();
		}
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeException ex) {
			return LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toOffsetDateTime();
		}
	}

	private static boolean bool(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException("'" + value + "' is not true or false");
		};
	}

	private static String expected(InformationItem item) {
		return switch (item.type()) {
			case INTEGER -> "a whole number";
			case DECIMAL -> "a number";
			case DATE -> "a date (2026-11-24)";
			case DATETIME -> "a date-time (2026-11-24T09:00:00+08:00)";
			default -> "a valid " + item.type().name().toLowerCase(Locale.ROOT);
		};
	}
}
