package org.cityos.catalog.collection;

import org.jspecify.annotations.Nullable;

/**
 * Dates and date-times as departments write them. Dates: {@code 2026-11-24}, {@code 2026/11/24},
 * {@code 2026.11.24}, {@code 2026年11月24日}, {@code 20261124} (month and day may have one digit
 * when separated). Date-times: a date, {@code T} or spaces, {@code H:mm[:ss[.fraction]]}, and an
 * optional offset ({@code Z}, {@code +08:00}, {@code +0800}, {@code +08}); without an offset the
 * time is Beijing time (+08:00, no daylight saving since 1991). A date alone is midnight.
 * Stored as ISO text PostgreSQL reads whatever its DateStyle: {@code 2026-11-24},
 * {@code 2026-11-24 09:30:00+08:00}. Dates that do not exist (2025-02-29) are refused.
 */
final class TemporalChecks {

	static final ValueCheck DATE = TemporalChecks::date;

	static final ValueCheck DATETIME = TemporalChecks::dateTime;

	private static final long NOT_A_DATE = -1;

	private TemporalChecks() {
	}

	private static @Nullable ValueProblem date(char[] c, int start, int end, CopyText out) {
		long date = parseDate(c, start, end);
		if (date == NOT_A_DATE || position(date) != end) {
			return ValueProblem.NOT_DATE;
		}
		ValueProblem missing = existence(date);
		if (missing != null) {
			return missing;
		}
		writeDate(date, out);
		return null;
	}

	private static @Nullable ValueProblem dateTime(char[] c, int start, int end, CopyText out) {
		long date = parseDate(c, start, end);
		if (date == NOT_A_DATE) {
			return ValueProblem.NOT_DATETIME;
		}
		ValueProblem missing = existence(date);
		if (missing != null) {
			return missing;
		}
		int i = position(date);
		if (i == end) {
			writeDate(date, out);
			out.ascii(" 00:00:00+08:00");
			return null;
		}
		if (c[i] == 'T' || c[i] == 't') {
			i++;
		}
		else if (c[i] == ' ') {
			while (i < end && c[i] == ' ') {
				i++;
			}
		}
		else {
			return ValueProblem.NOT_DATETIME;
		}
		int hourStart = i;
		int hour = 0;
		while (i < end && i - hourStart < 2 && digit(c[i])) {
			hour = hour * 10 + c[i++] - '0';
		}
		if (i == hourStart || hour > 23 || i + 3 > end || c[i] != ':' || !digit(c[i + 1]) || !digit(c[i + 2])) {
			return ValueProblem.NOT_DATETIME;
		}
		int minute = (c[i + 1] - '0') * 10 + c[i + 2] - '0';
		i += 3;
		int second = 0;
		if (i < end && c[i] == ':') {
			if (i + 3 > end || !digit(c[i + 1]) || !digit(c[i + 2])) {
				return ValueProblem.NOT_DATETIME;
			}
			second = (c[i + 1] - '0') * 10 + c[i + 2] - '0';
			i += 3;
		}
		if (minute > 59 || second > 59) {
			return ValueProblem.NOT_DATETIME;
		}
		int fractionStart = -1;
		int fractionEnd = -1;
		if (i < end && (c[i] == '.' || c[i] == ',')) {
			fractionStart = ++i;
			while (i < end && digit(c[i]) && i - fractionStart < 9) {
				i++;
			}
			fractionEnd = i;
			if (fractionEnd == fractionStart) {
				return ValueProblem.NOT_DATETIME;
			}
		}
		while (i < end && c[i] == ' ') {
			i++;
		}
		writeDate(date, out);
		out.ascii(' ');
		out.twoDigits(hour);
		out.ascii(':');
		out.twoDigits(minute);
		out.ascii(':');
		out.twoDigits(second);
		if (fractionStart >= 0) {
			out.ascii('.');
			out.ascii(c, fractionStart, fractionEnd);
		}
		return offset(c, i, end, out);
	}

	/** Reads the offset at the end of a date-time, or none (+08:00). */
	private static @Nullable ValueProblem offset(char[] c, int i, int end, CopyText out) {
		if (i == end) {
			out.ascii("+08:00");
			return null;
		}
		if ((c[i] == 'Z' || c[i] == 'z') && i + 1 == end) {
			out.ascii("+00:00");
			return null;
		}
		if (c[i] != '+' && c[i] != '-') {
			return ValueProblem.NOT_DATETIME;
		}
		char sign = c[i++];
		if (i + 2 > end || !digit(c[i]) || !digit(c[i + 1])) {
			return ValueProblem.NOT_DATETIME;
		}
		int hours = (c[i] - '0') * 10 + c[i + 1] - '0';
		i += 2;
		int minutes = 0;
		if (i < end && c[i] == ':') {
			i++;
		}
		if (i < end) {
			if (i + 2 != end || !digit(c[i]) || !digit(c[i + 1])) {
				return ValueProblem.NOT_DATETIME;
			}
			minutes = (c[i] - '0') * 10 + c[i + 1] - '0';
		}
		if (hours > 14 || minutes > 59) {
			return ValueProblem.NOT_DATETIME;
		}
		out.ascii(sign);
		out.twoDigits(hours);
		out.ascii(':');
		out.twoDigits(minutes);
		return null;
	}

	/**
	 * Reads a date at the start of the slice: the year, month, day and the position after the
	 * date packed in a long, or {@link #NOT_A_DATE}.
	 */
	static long parseDate(char[] c, int start, int end) {
		int i = start;
		if (end - start >= 8 && allDigits(c, start, start + 8) && (end - start == 8 || !digit(c[start + 8]))) {
			int year = number(c, start, start + 4);
			int month = number(c, start + 4, start + 6);
			int day = number(c, start + 6, start + 8);
			return pack(year, month, day, start + 8);
		}
		if (end - start < 8 || !allDigits(c, start, start + 4)) {
			return NOT_A_DATE;
		}
		int year = number(c, start, start + 4);
		i = start + 4;
		char first = c[i];
		if (first != '-' && first != '/' && first != '.' && first != '年') {
			return NOT_A_DATE;
		}
		int monthStart = ++i;
		while (i < end && digit(c[i]) && i - monthStart < 2) {
			i++;
		}
		if (i == monthStart || i >= end) {
			return NOT_A_DATE;
		}
		int month = number(c, monthStart, i);
		char second = c[i];
		boolean chinese = first == '年';
		if (chinese ? second != '月' : second != first) {
			return NOT_A_DATE;
		}
		int dayStart = ++i;
		while (i < end && digit(c[i]) && i - dayStart < 2) {
			i++;
		}
		if (i == dayStart) {
			return NOT_A_DATE;
		}
		int day = number(c, dayStart, i);
		if (chinese && i < end && c[i] == '日') {
			i++;
		}
		return pack(year, month, day, i);
	}

	static int year(long date) {
		return (int) (date >>> 46);
	}

	static int month(long date) {
		return (int) (date >>> 39 & 0x7F);
	}

	static int day(long date) {
		return (int) (date >>> 32 & 0x7F);
	}

	static boolean exists(int year, int month, int day) {
		return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
	}

	private static @Nullable ValueProblem existence(long date) {
		int year = year(date);
		int month = month(date);
		int day = day(date);
		if (exists(year, month, day)) {
			return null;
		}
		return ValueProblem.noSuchDate("the date " + year + "-" + month + "-" + day);
	}

	private static void writeDate(long date, CopyText out) {
		out.fourDigits(year(date));
		out.ascii('-');
		out.twoDigits(month(date));
		out.ascii('-');
		out.twoDigits(day(date));
	}

	private static int daysInMonth(int year, int month) {
		return switch (month) {
			case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
			case 4, 6, 9, 11 -> 30;
			default -> 31;
		};
	}

	private static int position(long date) {
		return (int) date;
	}

	/** Year (4 digits), month and day (at most 99: 7 bits each) above the 32-bit position. */
	private static long pack(int year, int month, int day, int position) {
		return (long) year << 46 | (long) month << 39 | (long) day << 32 | position;
	}

	private static boolean allDigits(char[] c, int start, int end) {
		for (int i = start; i < end; i++) {
			if (!digit(c[i])) {
				return false;
			}
		}
		return true;
	}

	private static int number(char[] c, int start, int end) {
		int value = 0;
		for (int i = start; i < end; i++) {
			value = value * 10 + c[i] - '0';
		}
		return value;
	}

	static boolean digit(char c) {
		return c >= '0' && c <= '9';
	}
}
