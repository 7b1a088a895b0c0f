package org.cityos.catalog.exchange;

import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;
import org.cityos.shared.Masking;
import org.jspecify.annotations.Nullable;

/**
 * How a personal item's values are masked in exchange. ID numbers, phones, names and addresses
 * follow STANDARDS.md §1 through {@link Masking} (first 6 and last 4 of an ID number, 3 and 4 of
 * a mobile, the surname, the address up to the street). Personal items of no such kind: text keeps
 * its first and last character, a date its year, anything else (numbers, date-times, geometries)
 * is withheld (null). The kind is chosen from the item's identifier kind, then from its label and
 * name (姓名 / {@code *name}, 地址·住址 / {@code *address}, 电话·手机 / {@code *phone}).
 */
public enum PersonalDataMask {

	ID_NUMBER, PHONE, NAME, ADDRESS, TEXT, DATE, WITHHELD;

	public static PersonalDataMask of(InformationItem item) {
		if (item.identifier() == IdentifierKind.CITIZEN_ID) {
			return ID_NUMBER;
		}
		if (item.identifier() == IdentifierKind.PHONE) {
			return PHONE;
		}
		if (item.type() == ItemType.DATE) {
			return DATE;
		}
		if (item.type() != ItemType.STRING) {
			return WITHHELD;
		}
		if (item.label().contains("姓名") || item.name().endsWith("name")) {
			return NAME;
		}
		if (item.label().contains("地址") || item.label().contains("住址") || item.name().endsWith("address")) {
			return ADDRESS;
		}
		if (item.label().contains("电话") || item.label().contains("手机") || item.name().endsWith("phone")) {
			return PHONE;
		}
		return TEXT;
	}

	/** The masked form of a value read from the data table (already in its JSON form: text for dates). */
	public @Nullable Object apply(@Nullable Object value) {
		if (value == null || this == WITHHELD) {
			return null;
		}
		String text = value.toString();
		return switch (this) {
			case ID_NUMBER -> Masking.citizenId(text);
			case PHONE -> Masking.phoneNumber(text);
			case NAME -> Masking.name(text);
			case ADDRESS -> Masking.address(text);
			case TEXT -> keepFirstAndLast(text);
			case DATE -> text.length() >= 4 ? text.substring(0, 4) + "-**-**" : "****";
			case WITHHELD -> null;
		};
	}

	/** One star per hidden character; a value of one or two characters shows only its first, or nothing. */
	static String keepFirstAndLast(String text) {
		int[] points = text.codePoints().toArray();
		StringBuilder masked = new StringBuilder();
		for (int i = 0; i < points.length; i++) {
			boolean shown = points.length > 2 ? i == 0 || i == points.length - 1 : i == 0 && points.length == 2;
			masked.appendCodePoint(shown ? points[i] : '*');
		}
		return masked.toString();
	}
}
