package org.cityos.shared;

import java.util.Optional;

import org.cityos.shared.CheckResult.Reason;
import org.cityos.shared.CheckResult.Subject;
import org.jspecify.annotations.Nullable;

/**
 * A mainland China phone number in its national form, digits only: a mobile number
 * ({@code 13800138000}: 11 digits starting with 13–19) or a fixed line with its area code
 * ({@code 02988886666}: 010 and 020–029 take an 8-digit local number, the 4-digit area codes
 * 03xx–09xx a 7- or 8-digit one). One form per number, so records from different departments
 * can be matched.
 * <p>
 * Normalising accepts what people type: spaces, dashes and brackets anywhere, and a country code
 * {@code +86} or {@code 0086}, after which the trunk 0 of an area code may be left out
 * ({@code +86 29 8888 6666}). A bare {@code 86} is only taken as the country code before a
 * mobile number (13 digits, {@code 8613800138000}); before anything else it could be the start
 * of a local number. Local numbers without an area code are refused: they cannot be placed.
 * 4-digit area codes are not checked against the list of cities; service numbers (95xxx, 400)
 * and extensions are not phone numbers here.
 */
public record PhoneNumber(String value) {

	public enum Type {
		/** 手机号码 */
		MOBILE,
		/** 固定电话 */
		FIXED_LINE
	}

	static final Subject SUBJECT = new Subject("phone number", "phoneNumber",
			"11 digits for a mobile number, or an area code and a 7- or 8-digit local number",
			"digits, spaces, dashes, brackets and a leading +");

	/** Longest digit run accumulated exactly in a long (10^18 &lt; 2^63). */
	private static final int MAX_DIGITS = 18;

	private static final long[] POWERS = powers();

	private static final CheckResult VALID = CheckResult.of(SUBJECT, Reason.VALID);

	private static final CheckResult EMPTY = CheckResult.of(SUBJECT, Reason.EMPTY);

	private static final CheckResult NOT_MAINLAND = CheckResult.of(SUBJECT, Reason.NOT_A_MAINLAND_NUMBER);

	/** @throws InvalidInputException naming the problem when the number is not valid */
	public PhoneNumber {
		long[] national = new long[2];
		CheckResult result = examine(value, national);
		if (!result.isValid()) {
			throw result.toException();
		}
		value = digits(national[0], (int) national[1]);
	}

	public static PhoneNumber parse(String raw) {
		return new PhoneNumber(raw);
	}

	public static Optional<PhoneNumber> tryParse(@Nullable CharSequence raw) {
		return raw != null && check(raw).isValid() ? Optional.of(new PhoneNumber(raw.toString())) : Optional.empty();
	}

	/** The national digits of a valid number, or null when it is not one; {@link #check} says why. */
	public static @Nullable String normalise(@Nullable CharSequence raw) {
		return tryParse(raw).map(PhoneNumber::value).orElse(null);
	}

	/** The bulk path: no exception, no allocation for a valid number. */
	public static CheckResult check(@Nullable CharSequence raw) {
		return examine(raw, null);
	}

	public Type type() {
		return value.charAt(0) == '1' ? Type.MOBILE : Type.FIXED_LINE;
	}

	/** The area code with its leading 0 ({@code 010}, {@code 029}, {@code 0910}); empty for a mobile number. */
	public Optional<String> areaCode() {
		return type() == Type.MOBILE ? Optional.empty() : Optional.of(value.substring(0, areaCodeLength(value.charAt(1))));
	}

	/** 脱敏: a mobile keeps its first 3 and last 4 digits ({@code 138****5678}); a fixed line its area code and last 4. */
	public String masked() {
		int kept = type() == Type.MOBILE ? 3 : areaCodeLength(value.charAt(1));
		return value.substring(0, kept) + "*".repeat(value.length() - kept - 4) + value.substring(value.length() - 4);
	}

	@Override
	public String toString() {
		return value;
	}

	/**
	 * Checks and, when {@code national} is given and the number is valid, stores its national digits
	 * (as a number; leading zeros are implied by the count) and their count there.
	 */
	private static CheckResult examine(@Nullable CharSequence raw, long @Nullable [] national) {
		if (raw == null) {
			return EMPTY;
		}
		int start = Whitespace.start(raw);
		int end = Whitespace.end(raw, start);
		if (start == end) {
			return EMPTY;
		}
		long digits = 0;
		int count = 0;
		boolean international = false;
		for (int i = start; i < end; i++) {
			char c = raw.charAt(i);
			if (c >= '0' && c <= '9') {
				if (count < MAX_DIGITS) {
					digits = digits * 10 + (c - '0');
				}
				count++;
			}
			else if (c == '+' && count == 0 && !international) {
				// Only before the first digit: "+86 ...", "(+86) ...".
				international = true;
			}
			else if (!isSeparator(c)) {
				return CheckResult.at(SUBJECT, Reason.CHARACTER_NOT_ALLOWED, i - start + 1, c);
			}
		}
		if (count > MAX_DIGITS || count < 2) {
			return CheckResult.wrongLength(SUBJECT, count);
		}
		if (international) {
			if (leading(digits, count, 2) != 86) {
				return NOT_MAINLAND;
			}
			digits %= POWERS[count - 2];
			count -= 2;
		}
		else if (count > 4 && leading(digits, count, 4) == 86) {
			// "0086": leading zeros are implied, so the first four digits read as 86.
			international = true;
			digits %= POWERS[count - 4];
			count -= 4;
		}
		else if (leading(digits, count, 2) == 0) {
			return NOT_MAINLAND;
		}
		else if (count == 13 && leading(digits, count, 4) >= 8613 && leading(digits, count, 4) <= 8619) {
			// A bare 86 only before a mobile number: elsewhere it may start a local number.
			digits %= POWERS[11];
			count = 11;
		}
		if (international && count >= 2) {
			int first = leading(digits, count, 1);
			if (first >= 2 || leading(digits, count, 2) == 10) {
				// After +86 the trunk 0 of an area code is dropped: put it back (it is an implied leading zero).
				count++;
			}
		}
		return classify(digits, count, national);
	}

	private static CheckResult classify(long digits, int count, long @Nullable [] national) {
		if (count < 11 || count > 12) {
			boolean localOnly = (count == 7 || count == 8) && leading(digits, count, 1) >= 2;
			return localOnly ? CheckResult.about(SUBJECT, Reason.AREA_CODE_MISSING, count)
					: CheckResult.wrongLength(SUBJECT, count);
		}
		int first = leading(digits, count, 1);
		if (first == 1) {
			int prefix = leading(digits, count, 2);
			if (count != 11) {
				return CheckResult.wrongLength(SUBJECT, count);
			}
			return prefix < 13 ? CheckResult.about(SUBJECT, Reason.NOT_A_MOBILE_NUMBER, prefix)
					: valid(digits, count, national);
		}
		if (first != 0) {
			return CheckResult.wrongLength(SUBJECT, count);
		}
		int second = leading(digits, count, 2);
		if (second == 1 && leading(digits, count, 3) != 10) {
			return CheckResult.about(SUBJECT, Reason.UNKNOWN_AREA_CODE, leading(digits, count, 3));
		}
		if (second == 0) {
			return NOT_MAINLAND;
		}
		int areaCodeLength = areaCodeLength((char) ('0' + second));
		int local = count - areaCodeLength;
		if (local != 8 && !(local == 7 && areaCodeLength == 4)) {
			return CheckResult.wrongLength(SUBJECT, count);
		}
		int localFirst = (int) (digits / POWERS[local - 1] % 10);
		return localFirst < 2 ? CheckResult.about(SUBJECT, Reason.LOCAL_NUMBER_NOT_VALID, localFirst)
				: valid(digits, count, national);
	}

	private static CheckResult valid(long digits, int count, long @Nullable [] national) {
		if (national != null) {
			national[0] = digits;
			national[1] = count;
		}
		return VALID;
	}

	/** 010 and 020–029 are the big cities' 3-digit codes; every other area code has 4 digits. */
	private static int areaCodeLength(char secondDigit) {
		return secondDigit <= '2' ? 3 : 4;
	}

	private static boolean isSeparator(char c) {
		return c == '-' || c == '(' || c == ')' || c == '（' || c == '）' || c == '－' || c == '—'
				|| Whitespace.isBlank(c);
	}

	/** The first {@code k} of {@code count} digits, as a number. */
	private static int leading(long digits, int count, int k) {
		return (int) (digits / POWERS[count - k]);
	}

	private static String digits(long digits, int count) {
		char[] text = new char[count];
		for (int i = count - 1; i >= 0; i--, digits /= 10) {
			text[i] = (char) ('0' + digits % 10);
		}
		return new String(text);
	}

	private static long[] powers() {
		long[] powers = new long[MAX_DIGITS + 1];
		powers[0] = 1;
		for (int i = 1; i < powers.length; i++) {
			powers[i] = powers[i - 1] * 10;
		}
		return powers;
	}
}
