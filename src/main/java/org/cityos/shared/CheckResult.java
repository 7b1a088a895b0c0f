package org.cityos.shared;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking one identifier (citizen ID number, unified social credit code, phone
 * number): valid or not, and if not, why.
 * <p>
 * Made for bulk validation — a data-sharing delivery checks a million cells — so checking never
 * throws and allocates as little as possible: a valid outcome is a shared constant, an invalid one
 * holds only the facts (the {@link Reason}, a 1-based position, the characters involved, a number)
 * and its English {@link #message()} is formatted only when someone asks for it. Compare outcomes
 * by {@link #reason()}; the reason's name is the stable code to show in APIs and reports.
 */
public final class CheckResult {

	/** Why an identifier is valid or not. */
	public enum Reason {

		VALID,
		/** Valid 15-digit legacy citizen ID number; its 18-character form was computed. */
		CONVERTED_FROM_15_DIGITS,
		/** Null, empty or only whitespace. */
		EMPTY,
		WRONG_LENGTH,
		CHARACTER_NOT_ALLOWED,
		/** The citizen ID number's first two digits are not a province. */
		UNKNOWN_PROVINCE,
		/** The citizen ID number's birth date is not a day of the calendar (month 13, 1949-02-29). */
		BIRTH_DATE_DOES_NOT_EXIST,
		BIRTH_DATE_IN_FUTURE,
		/** The credit code's administrative division code (positions 3–8) holds a letter. */
		DIVISION_CODE_NOT_DIGITS,
		WRONG_CHECK_CHARACTER,
		/** 11 digits starting with 1, but not 13–19. */
		NOT_A_MOBILE_NUMBER,
		UNKNOWN_AREA_CODE,
		/** A 7- or 8-digit local number: which city it belongs to is unknown. */
		AREA_CODE_MISSING,
		/** The local part of a fixed-line number starts with 0 or 1. */
		LOCAL_NUMBER_NOT_VALID,
		/** An international number other than +86 (Hong Kong, Macao and Taiwan have their own codes). */
		NOT_A_MAINLAND_NUMBER
	}

	/**
	 * What was checked: its name in messages and the rules a message repeats. One constant per
	 * identifier type, so building an outcome never builds strings.
	 */
	record Subject(String name, String field, String lengthRule, String characterRule) {
	}

	private final Subject subject;

	private final Reason reason;

	private final int position;

	private final char found;

	private final char expected;

	private final int number;

	private CheckResult(Subject subject, Reason reason, int position, char found, char expected, int number) {
		this.subject = subject;
		this.reason = reason;
		this.position = position;
		this.found = found;
		this.expected = expected;
		this.number = number;
	}

	static CheckResult of(Subject subject, Reason reason) {
		return new CheckResult(subject, reason, 0, '\0', '\0', 0);
	}

	static CheckResult wrongLength(Subject subject, int length) {
		return new CheckResult(subject, Reason.WRONG_LENGTH, 0, '\0', '\0', length);
	}

	static CheckResult at(Subject subject, Reason reason, int position, char found) {
		return new CheckResult(subject, reason, position, found, '\0', 0);
	}

	/** A reason about a number read from the identifier: a province, a birth date, a prefix. */
	static CheckResult about(Subject subject, Reason reason, int number) {
		return new CheckResult(subject, reason, 0, '\0', '\0', number);
	}

	static CheckResult wrongCheckCharacter(Subject subject, int position, char found, char expected) {
		return new CheckResult(subject, Reason.WRONG_CHECK_CHARACTER, position, found, expected, 0);
	}

	public Reason reason() {
		return reason;
	}

	/** True for a usable identifier, including a converted legacy one. */
	public boolean isValid() {
		return reason == Reason.VALID || reason == Reason.CONVERTED_FROM_15_DIGITS;
	}

	public boolean wasConverted() {
		return reason == Reason.CONVERTED_FROM_15_DIGITS;
	}

	/** The 1-based position (in the trimmed value) the problem is at, or 0 when it is not about one character. */
	public int position() {
		return position;
	}

	/** For a wrong check character: the one that should be there; otherwise {@code '\0'}. */
	public char expectedCheckCharacter() {
		return expected;
	}

	/** A readable English sentence naming the problem, for error reports and problem+json. */
	public String message() {
		String name = subject.name();
		return switch (reason) {
			case VALID -> "valid " + name;
			case CONVERTED_FROM_15_DIGITS -> "valid 15-digit legacy " + name + ", converted to its 18-character form";
			case EMPTY -> name + " is empty";
			case WRONG_LENGTH -> name + " must have " + subject.lengthRule() + ", has " + number;
			case CHARACTER_NOT_ALLOWED -> name + " has " + describe(found) + " at position " + position
					+ ", where only " + subject.characterRule() + " are allowed";
			case UNKNOWN_PROVINCE -> name + " starts with " + twoDigits(number)
					+ ", which is not a province code (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82)";
			case BIRTH_DATE_DOES_NOT_EXIST -> name + " has birth date " + date(number) + ", which does not exist";
			case BIRTH_DATE_IN_FUTURE -> name + " has birth date " + date(number) + ", which is in the future";
			case DIVISION_CODE_NOT_DIGITS -> name + " has " + describe(found) + " at position " + position
					+ ", but the administrative division code (positions 3–8) must be digits";
			case WRONG_CHECK_CHARACTER -> name + " has check character " + describe(found) + " at position "
					+ position + ", expected '" + expected + "'";
			case NOT_A_MOBILE_NUMBER -> name + " has 11 digits starting with " + number
					+ ", but mobile numbers start with 13 to 19";
			case UNKNOWN_AREA_CODE -> name + " starts with " + String.format("%03d", number)
					+ ", which is not an area code";
			case AREA_CODE_MISSING -> name + " has " + number + " digits and no area code; write it as 0xx(x)-number";
			case LOCAL_NUMBER_NOT_VALID -> name + " has a local number starting with " + number
					+ "; local numbers start with 2 to 9";
			case NOT_A_MAINLAND_NUMBER -> name + " is not a mainland China number (+86)";
		};
	}

	/** Where the outcome is fatal: the exception a parse method throws, naming the field. */
	InvalidInputException toException() {
		return InvalidInputException.ofField(subject.field(), message());
	}

	private static String describe(char c) {
		if (c >= ' ' && c < 0x7f) {
			return "'" + c + "'";
		}
		// Invisible or look-alike characters (full-width digits, control characters) need their code.
		return "'" + c + "' (U+" + String.format("%04X", (int) c) + ")";
	}

	/** yyyymmdd as yyyy-mm-dd, also for dates that do not exist (1949-13-01). */
	private static String date(int yyyymmdd) {
		return String.format("%04d-%02d-%02d", yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
	}

	private static String twoDigits(int number) {
		return number < 10 ? "0" + number : Integer.toString(number);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof CheckResult that && subject.equals(that.subject) && reason == that.reason
				&& position == that.position && found == that.found && expected == that.expected
				&& number == that.number;
	}

	@Override
	public int hashCode() {
		return Objects.hash(subject, reason, position, found, expected, number);
	}

	@Override
	public String toString() {
		return reason + ": " + message();
	}
}
