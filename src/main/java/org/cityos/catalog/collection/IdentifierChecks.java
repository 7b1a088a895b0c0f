package org.cityos.catalog.collection;

import static org.cityos.catalog.collection.TemporalChecks.digit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Identifier items, checked and stored normalised (STANDARDS.md §1): citizen ID numbers
 * (GB 11643, 18 characters with upper-case X; 15-digit legacy numbers converted), unified social
 * credit codes (GB 32100, upper-case) and phone numbers (digits only, without +86). Works on
 * character slices so that a million rows cost no garbage; the shared kernel's value types
 * follow the same rules for single values.
 */
final class IdentifierChecks {

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] ID_CHECK = "10X98765432".toCharArray();

	private static final String CREDIT_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	/** Value of each character in the credit code alphabet, -1 for characters outside it. */
	private static final int[] CREDIT_VALUES = new int[128];

	static {
		java.util.Arrays.fill(CREDIT_VALUES, -1);
		for (int i = 0; i < CREDIT_CHARACTERS.length(); i++) {
			CREDIT_VALUES[CREDIT_CHARACTERS.charAt(i)] = i;
			CREDIT_VALUES[Character.toLowerCase(CREDIT_CHARACTERS.charAt(i))] = i;
		}
	}

	static final ValueCheck CREDIT_CODE = IdentifierChecks::creditCode;

	static final ValueCheck PHONE = IdentifierChecks::phone;

	private IdentifierChecks() {
	}

	/** Citizen ID numbers whose birth date may not lie after {@code today}. */
	static ValueCheck citizenId(LocalDate today) {
		int latestBirth = today.getYear() * 10000 + today.getMonthValue() * 100 + today.getDayOfMonth();
		return (c, start, end, out) -> citizenId(c, start, end, out, latestBirth);
	}

	private static @Nullable ValueProblem citizenId(char[] c, int start, int end, CopyText out, int latestBirth) {
		int length = end - start;
		if (length == 15) {
			return legacyCitizenId(c, start, out, latestBirth);
		}
		if (length != 18) {
			return ValueProblem.ID_NUMBER_FORMAT;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char ch = c[start + i];
			if (!digit(ch)) {
				return ValueProblem.ID_NUMBER_FORMAT;
			}
			sum += (ch - '0') * ID_WEIGHTS[i];
		}
		char check = c[start + 17];
		if (check == 'x') {
			check = 'X';
		}
		if (!digit(check) && check != 'X') {
			return ValueProblem.ID_NUMBER_FORMAT;
		}
		ValueProblem problem = regionAndBirth(c, start, start + 6, latestBirth);
		if (problem != null) {
			return problem;
		}
		char expected = ID_CHECK[sum % 11];
		if (check != expected) {
			return new ValueProblem("ID_NUMBER_CHECK_DIGIT",
					"the check character is " + check + " but should be " + expected + " (GB 11643)");
		}
		out.ascii(c, start, start + 17);
		out.ascii(check);
		return null;
	}

	/** A 15-digit number of the first generation: the century 19 is inserted and the check character computed. */
	private static @Nullable ValueProblem legacyCitizenId(char[] c, int start, CopyText out, int latestBirth) {
		char[] full = new char[18];
		for (int i = 0; i < 15; i++) {
			if (!digit(c[start + i])) {
				return ValueProblem.ID_NUMBER_FORMAT;
			}
		}
		System.arraycopy(c, start, full, 0, 6);
		full[6] = '1';
		full[7] = '9';
		System.arraycopy(c, start + 6, full, 8, 9);
		ValueProblem problem = regionAndBirth(full, 0, 6, latestBirth);
		if (problem != null) {
			return problem;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (full[i] - '0') * ID_WEIGHTS[i];
		}
		full[17] = ID_CHECK[sum % 11];
		out.ascii(full, 0, 18);
		return null;
	}

	private static @Nullable ValueProblem regionAndBirth(char[] c, int start, int birthStart, int latestBirth) {
		int province = (c[start] - '0') * 10 + c[start + 1] - '0';
		if (!province(province)) {
			return new ValueProblem("ID_NUMBER_REGION", "the address code starts with " + c[start] + c[start + 1]
					+ ", which is not a province (GB/T 2260)");
		}
		int year = number(c, birthStart, birthStart + 4);
		int month = number(c, birthStart + 4, birthStart + 6);
		int day = number(c, birthStart + 6, birthStart + 8);
		if (year < 1800 || !TemporalChecks.exists(year, month, day)) {
			return new ValueProblem("ID_NUMBER_BIRTH_DATE",
					"the birth date " + new String(c, birthStart, 8) + " does not exist");
		}
		if (year * 10000 + month * 100 + day > latestBirth) {
			return new ValueProblem("ID_NUMBER_BIRTH_DATE", "the birth date " + new String(c, birthStart, 8) + " is in the future");
		}
		return null;
	}

	private static boolean province(int code) {
		return code >= 11 && code <= 15 || code >= 21 && code <= 23 || code >= 31 && code <= 37
				|| code >= 41 && code <= 46 || code >= 50 && code <= 54 || code >= 61 && code <= 65 || code == 71
				|| code == 81 || code == 82;
	}

	private static @Nullable ValueProblem creditCode(char[] c, int start, int end, CopyText out) {
		if (end - start != 18) {
			return ValueProblem.CREDIT_CODE_FORMAT;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char ch = c[start + i];
			int value = ch < 128 ? CREDIT_VALUES[ch] : -1;
			if (value < 0 || i >= 2 && i < 8 && !digit(ch)) {
				return ValueProblem.CREDIT_CODE_FORMAT;
			}
			sum += value * CREDIT_WEIGHTS[i];
		}
		int expected = (31 - sum % 31) % 31;
		char given = Character.toUpperCase(c[start + 17]);
		if (given >= 128 || CREDIT_VALUES[given] != expected) {
			return new ValueProblem("CREDIT_CODE_CHECK_DIGIT", "the check character is " + given + " but should be "
					+ CREDIT_CHARACTERS.charAt(expected) + " (GB 32100)");
		}
		for (int i = start; i < end; i++) {
			out.ascii(Character.toUpperCase(c[i]));
		}
		return null;
	}

	/**
	 * Mobile {@code 1[3-9]} + 9 digits, fixed line {@code 0} + area code + number (10–12 digits),
	 * or a 400/800 service number; separators (space, -, parentheses) and a +86 / 0086 prefix
	 * are removed.
	 */
	private static @Nullable ValueProblem phone(char[] c, int start, int end, CopyText out) {
		int count = 0;
		for (int i = c[start] == '+' ? start + 1 : start; i < end; i++) {
			char ch = c[i];
			if (digit(ch)) {
				count++;
			}
			else if (ch != ' ' && ch != '-' && ch != '(' && ch != ')') {
				return ValueProblem.PHONE_FORMAT;
			}
		}
		int skip = 0;
		if (count == 15 && digitAt(c, start, end, 0) == '0' && digitAt(c, start, end, 1) == '0'
				&& digitAt(c, start, end, 2) == '8' && digitAt(c, start, end, 3) == '6') {
			skip = 4;
		}
		else if (count == 13 && digitAt(c, start, end, 0) == '8' && digitAt(c, start, end, 1) == '6') {
			skip = 2;
		}
		int length = count - skip;
		if (length < 10 || length > 12) {
			return ValueProblem.PHONE_FORMAT;
		}
		char first = digitAt(c, start, end, skip);
		char second = digitAt(c, start, end, skip + 1);
		boolean mobile = length == 11 && first == '1' && second >= '3';
		boolean fixed = first == '0';
		boolean service = length == 10 && (first == '4' || first == '8') && second == '0'
				&& digitAt(c, start, end, skip + 2) == '0';
		if (!(mobile || fixed || service)) {
			return ValueProblem.PHONE_FORMAT;
		}
		int seen = 0;
		for (int i = start; i < end; i++) {
			if (digit(c[i]) && seen++ >= skip) {
				out.ascii(c[i]);
			}
		}
		return null;
	}

	/** The n-th digit (0-based) of the slice, ignoring separators. */
	private static char digitAt(char[] c, int start, int end, int n) {
		int seen = 0;
		for (int i = start; i < end; i++) {
			if (digit(c[i]) && seen++ == n) {
				return c[i];
			}
		}
		return ' ';
	}

	private static int number(char[] c, int start, int end) {
		int value = 0;
		for (int i = start; i < end; i++) {
			value = value * 10 + c[i] - '0';
		}
		return value;
	}
}
