package org.cityos.shared;

import java.time.LocalDate;
import java.util.Optional;

import org.cityos.shared.CheckResult.Reason;
import org.cityos.shared.CheckResult.Subject;
import org.jspecify.annotations.Nullable;

/**
 * 居民身份证号码 (citizen ID number, GB 11643-1999): 6-digit address code (GB/T 2260), birth date
 * {@code YYYYMMDD}, 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
 * character.
 * <p>
 * An instance always holds a valid number in its 18-character form with an upper-case {@code X}.
 * 15-digit legacy numbers from old records are converted, not rejected: {@code 19} is inserted
 * before the 2-digit year and the check character computed; {@link #convertedFrom15Digits()}
 * remembers this, but equality only looks at the 18-character number, so both forms of one
 * person's number are equal.
 * <p>
 * {@link #check(CharSequence)} is the bulk path (a delivery of a million rows): no exception, no
 * regular expression, no allocation for a valid number. Of the address code only the province
 * (first two digits) is checked: county codes change every year and a number stays valid after
 * its county is merged away. {@link #toString()} is masked so the number does not leak into logs.
 */
public final class CitizenIdNumber {

	static final Subject SUBJECT = new Subject("citizen ID number", "citizenIdNumber",
			"18 characters (or 15 digits for a legacy number)", "digits (X only as the check character)");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();

	private static final boolean[] PROVINCES = provinces();

	private static final CheckResult VALID = CheckResult.of(SUBJECT, Reason.VALID);

	private static final CheckResult CONVERTED = CheckResult.of(SUBJECT, Reason.CONVERTED_FROM_15_DIGITS);

	private static final CheckResult EMPTY = CheckResult.of(SUBJECT, Reason.EMPTY);

	/** Beijing time is UTC+8 all year: birth dates and "today" are read there. */
	private static final long BEIJING_OFFSET_MILLIS = 8 * 3_600_000L;

	/**
	 * The date last read from the clock: epoch day in the upper half, yyyymmdd in the lower, so one
	 * volatile read gives both. Should a server's clock be set back by days, birth dates in the gap
	 * pass {@link #check(CharSequence)} until the clock is read again (by a parse); CityOS does not
	 * guard against that.
	 */
	private static volatile long rememberedToday = -1;

	private final String value;

	private final boolean convertedFrom15Digits;

	private CitizenIdNumber(String value, boolean convertedFrom15Digits) {
		this.value = value;
		this.convertedFrom15Digits = convertedFrom15Digits;
	}

	/** Checks against today's date in Beijing. */
	public static CheckResult check(@Nullable CharSequence raw) {
		CheckResult result = check(raw, lastKnownToday());
		// The date last read from the clock is never after today, so only a birth date after it needs
		// the clock: reading it on every call would halve the throughput.
		return result.reason() == Reason.BIRTH_DATE_IN_FUTURE ? check(raw, todayInBeijing()) : result;
	}

	/** Checks with an explicit today, for tests and for a delivery checked against one date. */
	public static CheckResult check(@Nullable CharSequence raw, LocalDate today) {
		return check(raw, yyyymmdd(today));
	}

	/** @throws InvalidInputException naming the problem when the number is not valid */
	public static CitizenIdNumber parse(String raw) {
		return parse(raw, todayInBeijing());
	}

	public static CitizenIdNumber parse(String raw, LocalDate today) {
		return parse(raw, yyyymmdd(today));
	}

	public static Optional<CitizenIdNumber> tryParse(@Nullable CharSequence raw) {
		return raw != null && check(raw).isValid() ? Optional.of(build(raw)) : Optional.empty();
	}

	private static CitizenIdNumber parse(String raw, int today) {
		CheckResult result = check(raw, today);
		if (!result.isValid()) {
			throw result.toException();
		}
		return build(raw);
	}

	private static CheckResult check(@Nullable CharSequence raw, int today) {
		if (raw == null) {
			return EMPTY;
		}
		int start = Whitespace.start(raw);
		int length = Whitespace.end(raw, start) - start;
		if (length == 18) {
			return check18(raw, start, today);
		}
		if (length == 15) {
			return check15(raw, start, today);
		}
		return length == 0 ? EMPTY : CheckResult.wrongLength(SUBJECT, length);
	}

	private static CheckResult check18(CharSequence raw, int start, int today) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char c = raw.charAt(start + i);
			if (c < '0' || c > '9') {
				return CheckResult.at(SUBJECT, Reason.CHARACTER_NOT_ALLOWED, i + 1, c);
			}
			sum += (c - '0') * WEIGHTS[i];
		}
		char last = raw.charAt(start + 17);
		if (last == 'x') {
			last = 'X';
		}
		CheckResult body = checkBody(raw, start, number(raw, start + 6, 8), today);
		if (body != VALID) {
			return body;
		}
		// Any other last character, a letter or a symbol, is a wrong check character: say which one fits.
		char expected = CHECK_CHARACTERS[sum % 11];
		return last == expected ? VALID : CheckResult.wrongCheckCharacter(SUBJECT, 18, last, expected);
	}

	private static CheckResult check15(CharSequence raw, int start, int today) {
		for (int i = 0; i < 15; i++) {
			char c = raw.charAt(start + i);
			if (c < '0' || c > '9') {
				return CheckResult.at(SUBJECT, Reason.CHARACTER_NOT_ALLOWED, i + 1, c);
			}
		}
		CheckResult body = checkBody(raw, start, 19_000_000 + number(raw, start + 6, 6), today);
		return body == VALID ? CONVERTED : body;
	}

	/** The province and the birth date, shared by both lengths; the date is already a yyyymmdd number. */
	private static CheckResult checkBody(CharSequence raw, int start, int birthDate, int today) {
		int province = number(raw, start, 2);
		if (!PROVINCES[province]) {
			return CheckResult.about(SUBJECT, Reason.UNKNOWN_PROVINCE, province);
		}
		if (!dateExists(birthDate)) {
			return CheckResult.about(SUBJECT, Reason.BIRTH_DATE_DOES_NOT_EXIST, birthDate);
		}
		if (birthDate > today) {
			return CheckResult.about(SUBJECT, Reason.BIRTH_DATE_IN_FUTURE, birthDate);
		}
		return VALID;
	}

	/** Assumes {@code checked} is valid: the trimmed 18-character form, converting a 15-digit one. */
	private static CitizenIdNumber build(CharSequence checked) {
		int start = Whitespace.start(checked);
		int end = Whitespace.end(checked, start);
		if (end - start == 18) {
			String value = checked.subSequence(start, end).toString();
			return new CitizenIdNumber(value.endsWith("x") ? value.substring(0, 17) + 'X' : value, false);
		}
		char[] digits = new char[18];
		for (int i = 0; i < 15; i++) {
			digits[i < 6 ? i : i + 2] = checked.charAt(start + i);
		}
		digits[6] = '1';
		digits[7] = '9';
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (digits[i] - '0') * WEIGHTS[i];
		}
		digits[17] = CHECK_CHARACTERS[sum % 11];
		return new CitizenIdNumber(new String(digits), true);
	}

	public String value() {
		return value;
	}

	/** True when this was read from a 15-digit legacy number. */
	public boolean convertedFrom15Digits() {
		return convertedFrom15Digits;
	}

	/** The 6-digit GB/T 2260 code of the place of first registration (not necessarily current). */
	public String addressCode() {
		return value.substring(0, 6);
	}

	public LocalDate birthDate() {
		int date = number(value, 6, 8);
		return LocalDate.of(date / 10000, date / 100 % 100, date % 100);
	}

	/** From the sequence's last digit (the 17th character): odd is male. */
	public Sex sex() {
		return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
	}

	/** 脱敏 display form: first 6 and last 4 kept, {@code 110105********002X}. */
	public String masked() {
		return value.substring(0, 6) + "********" + value.substring(14);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof CitizenIdNumber that && value.equals(that.value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	/** Masked: ID numbers are personal data and logs are read by many. */
	@Override
	public String toString() {
		return masked();
	}

	private static int number(CharSequence text, int from, int digits) {
		int number = 0;
		for (int i = from; i < from + digits; i++) {
			number = number * 10 + (text.charAt(i) - '0');
		}
		return number;
	}

	private static boolean dateExists(int yyyymmdd) {
		int year = yyyymmdd / 10000;
		int month = yyyymmdd / 100 % 100;
		int day = yyyymmdd % 100;
		if (month < 1 || month > 12 || day < 1) {
			return false;
		}
		return day <= switch (month) {
			case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
			case 4, 6, 9, 11 -> 30;
			default -> 31;
		};
	}

	private static int yyyymmdd(LocalDate date) {
		return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
	}

	private static int lastKnownToday() {
		long cached = rememberedToday;
		return cached == -1 ? todayInBeijing() : (int) cached;
	}

	/** Reads the clock, but converts the day to a date only once a day. */
	private static int todayInBeijing() {
		long epochDay = Math.floorDiv(System.currentTimeMillis() + BEIJING_OFFSET_MILLIS, 86_400_000L);
		long cached = rememberedToday;
		if (cached >>> 32 == epochDay) {
			return (int) cached;
		}
		int date = yyyymmdd(LocalDate.ofEpochDay(epochDay));
		rememberedToday = epochDay << 32 | date;
		return date;
	}

	private static boolean[] provinces() {
		boolean[] provinces = new boolean[100];
		int[][] ranges = { { 11, 15 }, { 21, 23 }, { 31, 37 }, { 41, 46 }, { 50, 54 }, { 61, 65 }, { 71, 71 },
				{ 81, 82 } };
		for (int[] range : ranges) {
			for (int code = range[0]; code <= range[1]; code++) {
				provinces[code] = true;
			}
		}
		return provinces;
	}
}
