package org.cityos.catalog.collection;

import java.time.LocalDate;

import org.cityos.shared.CheckResult;
import org.cityos.shared.CheckResult.Reason;
import org.cityos.shared.CitizenIdNumber;
import org.cityos.shared.CreditCode;
import org.cityos.shared.PhoneNumber;

/**
 * Identifier items, checked by the shared kernel's rules (STANDARDS.md §1) so that the whole
 * platform agrees on what a valid identifier is, and stored normalised: citizen ID numbers
 * (GB 11643) as 18 characters with upper-case X, 15-digit legacy numbers converted; unified
 * social credit codes (GB 32100) upper-case; phone numbers as national digits. The problem code is
 * the kernel's {@link Reason} name ({@code WRONG_CHECK_CHARACTER}, {@code UNKNOWN_PROVINCE}, ...).
 * <p>
 * Each check reads the value through its own reusable {@link CharSequence} window over the row's
 * characters, so a valid ID number or credit code costs no allocation; a check therefore belongs
 * to one delivery's validator and is not shared between threads.
 */
final class IdentifierChecks {

	private IdentifierChecks() {
	}

	/** Citizen ID numbers whose birth date may not lie after {@code today}. */
	static ValueCheck citizenId(LocalDate today) {
		Window window = new Window();
		return (c, start, end, out) -> {
			CheckResult result = CitizenIdNumber.check(window.over(c, start, end), today);
			if (result.reason() == Reason.VALID) {
				out.ascii(c, start, end - 1);
				out.ascii(Character.toUpperCase(c[end - 1]));
				return null;
			}
			if (result.wasConverted()) {
				out.ascii(CitizenIdNumber.parse(new String(c, start, end - start), today).value());
				return null;
			}
			return problem(result);
		};
	}

	static ValueCheck creditCode() {
		Window window = new Window();
		return (c, start, end, out) -> {
			CheckResult result = CreditCode.check(window.over(c, start, end));
			if (!result.isValid()) {
				return problem(result);
			}
			for (int i = start; i < end; i++) {
				out.ascii(Character.toUpperCase(c[i]));
			}
			return null;
		};
	}

	static ValueCheck phone() {
		Window window = new Window();
		return (c, start, end, out) -> {
			CheckResult result = PhoneNumber.check(window.over(c, start, end));
			if (!result.isValid()) {
				return problem(result);
			}
			out.ascii(PhoneNumber.parse(new String(c, start, end - start)).value());
			return null;
		};
	}

	private static ValueProblem problem(CheckResult result) {
		return new ValueProblem(result.reason().name(), result.message());
	}

	/** A slice of a character array seen as a {@link CharSequence}, moved from value to value. */
	static final class Window implements CharSequence {

		private char[] chars = new char[0];

		private int start;

		private int length;

		Window over(char[] chars, int start, int end) {
			this.chars = chars;
			this.start = start;
			this.length = end - start;
			return this;
		}

		@Override
		public int length() {
			return length;
		}

		@Override
		public char charAt(int index) {
			return chars[start + index];
		}

		@Override
		public CharSequence subSequence(int from, int to) {
			return new String(chars, start + from, to - from);
		}

		@Override
		public String toString() {
			return new String(chars, start, length);
		}
	}
}
