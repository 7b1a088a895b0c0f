package org.cityos.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.cityos.shared.CheckResult.Reason;
import org.cityos.shared.CheckResult.Subject;
import org.jspecify.annotations.Nullable;

/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015) of a company, public institution,
 * social organisation or other legal entity: 18 characters from
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (values 0–30; I, O, S, V and Z are left out because they
 * look like digits or each other).
 * <pre>
 * 9  1  110000  600037341  L
 * |  |  |       |          check character (MOD 31)
 * |  |  |       主体标识码 organisation code (9 characters)
 * |  |  登记管理机关行政区划码 administrative division code (6 digits)
 * |  机构类别代码 organisation type
 * 登记管理部门代码 registration authority
 * </pre>
 * The value is always valid and upper-case: the constructor trims and upper-cases, then rejects
 * anything invalid. The authority and type codes are not checked against their tables, which
 * the registration authorities extend from time to time; nor is the division code checked
 * against GB/T 2260. A credit code identifies an organisation, not a person: it is never masked.
 */
public record CreditCode(String value) {

	static final Subject SUBJECT = new Subject("unified social credit code", "creditCode", "18 characters",
			"the digits 0–9 and the letters A–Y without I, O, S, V and Z");

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	/** Character value by code unit for ASCII, -1 where not allowed; lower case maps like upper case. */
	private static final byte[] VALUES = values();

	private static final CheckResult VALID = CheckResult.of(SUBJECT, Reason.VALID);

	private static final CheckResult EMPTY = CheckResult.of(SUBJECT, Reason.EMPTY);

	/** @throws InvalidInputException naming the problem when the code is not valid */
	public CreditCode {
		CheckResult result = check(value);
		if (!result.isValid()) {
			throw result.toException();
		}
		int start = Whitespace.start(value);
		value = value.substring(start, Whitespace.end(value, start)).toUpperCase(Locale.ROOT);
	}

	/** Same as the constructor, named like the other identifiers' parse. */
	public static CreditCode parse(String raw) {
		return new CreditCode(raw);
	}

	public static Optional<CreditCode> tryParse(@Nullable CharSequence raw) {
		return raw != null && check(raw).isValid() ? Optional.of(new CreditCode(raw.toString())) : Optional.empty();
	}

	/** The bulk path: no exception, no allocation for a valid code. */
	public static CheckResult check(@Nullable CharSequence raw) {
		if (raw == null) {
			return EMPTY;
		}
		int start = Whitespace.start(raw);
		int length = Whitespace.end(raw, start) - start;
		if (length != 18) {
			return length == 0 ? EMPTY : CheckResult.wrongLength(SUBJECT, length);
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char c = raw.charAt(start + i);
			int value = valueOf(c);
			if (value < 0) {
				return CheckResult.at(SUBJECT, Reason.CHARACTER_NOT_ALLOWED, i + 1, c);
			}
			if (value > 9 && i >= 2 && i < 8) {
				return CheckResult.at(SUBJECT, Reason.DIVISION_CODE_NOT_DIGITS, i + 1, c);
			}
			sum += value * WEIGHTS[i];
		}
		char last = raw.charAt(start + 17);
		int found = valueOf(last);
		// C18 = 31 − (Σ mod 31), where 31 stands for 0. A last character outside the alphabet is a wrong
		// check character too (the standard's own example ends in Z): the message then says which one fits.
		int expected = (31 - sum % 31) % 31;
		if (found == expected) {
			return VALID;
		}
		char shown = found < 0 ? last : ALPHABET.charAt(found);
		return CheckResult.wrongCheckCharacter(SUBJECT, 18, shown, ALPHABET.charAt(expected));
	}

	/** 登记管理部门代码: 1 机构编制, 5 民政, 9 市场监管 (工商), Y other authorities, ... */
	public char registrationAuthority() {
		return value.charAt(0);
	}

	/** 机构类别代码, read together with the authority (9 1 = company, 9 2 = individual business, ...). */
	public char organisationType() {
		return value.charAt(1);
	}

	/** 登记管理机关行政区划码: GB/T 2260 code of the registering authority's area. */
	public String divisionCode() {
		return value.substring(2, 8);
	}

	/** 主体标识码: for most entities the former 9-character organisation code (组织机构代码). */
	public String organisationCode() {
		return value.substring(8, 17);
	}

	public char checkCharacter() {
		return value.charAt(17);
	}

	@Override
	public String toString() {
		return value;
	}

	private static int valueOf(char c) {
		return c < VALUES.length ? VALUES[c] : -1;
	}

	private static byte[] values() {
		byte[] values = new byte[128];
		Arrays.fill(values, (byte) -1);
		for (int i = 0; i < ALPHABET.length(); i++) {
			char c = ALPHABET.charAt(i);
			values[c] = (byte) i;
			values[Character.toLowerCase(c)] = (byte) i;
		}
		return values;
	}
}
