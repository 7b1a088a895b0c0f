package org.cityos.shared;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * 脱敏: masking personal data for display and exchange (STANDARDS §1). Catalog exchange calls
 * {@link #mask(String, Kind)} once per data item with the item's kind.
 * <p>
 * Masking fails closed: it never throws, null stays null, and a value that does not have the
 * expected shape (an ID number of the wrong length, a phone number that is not one) is masked
 * entirely rather than partly, because what is safe to show of an unknown shape is unknown.
 * Characters are counted as code points, so rare characters outside the BMP (生僻字 such as 𠈌)
 * are never split.
 */
public final class Masking {

	/** What kind of data an item holds, deciding how it is masked. */
	public enum Kind {
		/** 居民身份证号码: first 6 and last 4 kept, {@code 110105********002X}. */
		CITIZEN_ID,
		/** Phone number: a mobile keeps 3 and 4, {@code 138****5678}; a fixed line its area code and last 4. */
		MOBILE,
		/** Person's name: surname kept, {@code 张*}, {@code 欧阳**}. */
		NAME,
		/** Address: kept up to the street level, {@code 陕西省咸阳市秦都区人民路街道******}. */
		ADDRESS,
		/** Not personal data (including unified social credit codes): shown as is. */
		NONE
	}

	private static final char STAR = '*';

	private Masking() {
	}

	public static @Nullable String mask(@Nullable String value, Kind kind) {
		return switch (kind) {
			case CITIZEN_ID -> citizenId(value);
			case MOBILE -> phoneNumber(value);
			case NAME -> name(value);
			case ADDRESS -> address(value);
			case NONE -> value;
		};
	}

	/**
	 * A valid number (a 15-digit one in its converted 18-character form) shows its first 6 and
	 * last 4; any other 18-character value is cut the same way, so a number with a typo is still
	 * masked like one; anything else is masked entirely.
	 */
	public static @Nullable String citizenId(@Nullable String value) {
		if (value == null) {
			return null;
		}
		Optional<CitizenIdNumber> number = CitizenIdNumber.tryParse(value);
		if (number.isPresent()) {
			return number.get().masked();
		}
		String trimmed = trim(value);
		return trimmed.codePointCount(0, trimmed.length()) == 18 ? keepEnds(trimmed, 6, 4) : starsFor(trimmed);
	}

	/** A valid phone number in its national form, masked; anything else masked entirely. */
	public static @Nullable String phoneNumber(@Nullable String value) {
		if (value == null) {
			return null;
		}
		return PhoneNumber.tryParse(value).map(PhoneNumber::masked).orElseGet(() -> starsFor(trim(value)));
	}

	/**
	 * Keeps the surname and masks every other character with one star each: {@code 张三} →
	 * {@code 张*}, {@code 张三丰} → {@code 张**}. The surname is the first character, or the first
	 * two when the name has at least three characters and starts with a {@link CompoundSurnames
	 * compound surname} ({@code 欧阳娜娜} → {@code 欧阳**}); a two-character name is always a
	 * one-character surname and a given name. Names in other scripts keep their first character
	 * ({@code John Smith} → {@code J*********}); a one-character value is masked entirely, since
	 * keeping it would show it all.
	 */
	public static @Nullable String name(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String name = trim(value);
		int length = name.codePointCount(0, name.length());
		if (length <= 1) {
			return starsFor(name);
		}
		int surname = length >= 3 && CompoundSurnames.startsWithOne(name) ? 2 : 1;
		return keepEnds(name, surname, 0);
	}

	/**
	 * Keeps the address up to the street level and replaces the rest with six stars, whatever its
	 * length, so the length of the hidden part does not show; see {@link StreetLevel} for where
	 * the street level ends. An address with no recognisable level is masked entirely.
	 */
	public static @Nullable String address(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String address = trim(value);
		if (address.isEmpty()) {
			return address;
		}
		int end = StreetLevel.end(address);
		return end == address.length() ? address : address.substring(0, end) + "******";
	}

	/** Keeps {@code head} and {@code tail} code points, one star for each in between. */
	private static String keepEnds(String value, int head, int tail) {
		int length = value.codePointCount(0, value.length());
		int headEnd = value.offsetByCodePoints(0, head);
		int tailStart = value.offsetByCodePoints(0, length - tail);
		return value.substring(0, headEnd) + String.valueOf(STAR).repeat(length - head - tail) + value.substring(tailStart);
	}

	private static String starsFor(String value) {
		return String.valueOf(STAR).repeat(value.codePointCount(0, value.length()));
	}

	private static String trim(String value) {
		int start = Whitespace.start(value);
		return value.substring(start, Whitespace.end(value, start));
	}
}
