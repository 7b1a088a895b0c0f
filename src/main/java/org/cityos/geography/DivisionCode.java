package org.cityos.geography;

import java.util.Set;

import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The code of a division or unit grid (单元网格). It nests: a district's 6-digit county-level
 * code (GB/T 2260) is the prefix of its streets' 9-digit codes, a street's code the prefix of
 * its communities' 12-digit codes, a community's code the prefix of its grids' 14- or 15-digit
 * codes (GB/T 30428: 2- or 3-digit grid sequence). So the level follows from the length and
 * the parent from the prefix.
 * <p>
 * Invariants: only digits; a known length; the first two digits name a province (11–15,
 * 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82); the county part ({@code 00} is a prefecture,
 * not a county) and every later part are not all zeros.
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {

	private static final Set<Integer> PROVINCES = Set.of(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
			41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);

	public DivisionCode {
		String problem = problemWith(value);
		if (problem != null) {
			throw InvalidInputException.ofField("code", problem);
		}
	}

	/** Reads a code typed by a user, reporting a malformed one under {@code field}. */
	public static DivisionCode parse(String field, String text) {
		String problem = problemWith(text.strip());
		if (problem != null) {
			throw InvalidInputException.ofField(field, problem);
		}
		return new DivisionCode(text.strip());
	}

	/**
	 * What is wrong with a would-be code, or null if it is a valid code. Lets validators collect
	 * every problem of a file instead of stopping at the first.
	 */
	public static @Nullable String problemWith(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return "a division code is required";
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return "division code '" + text + "' must contain digits only";
			}
		}
		if (DivisionLevel.ofCodeLength(text.length()) == null) {
			return "division code '" + text + "' has " + text.length()
					+ " digits; expected 6 (district), 9 (street), 12 (community), 14 or 15 (unit grid)";
		}
		int province = Integer.parseInt(text.substring(0, 2));
		if (!PROVINCES.contains(province)) {
			return "division code '" + text + "' starts with " + text.substring(0, 2)
					+ ", which is not a province code (GB/T 2260)";
		}
		if (text.startsWith("00", 4)) {
			return "division code '" + text + "' has county part 00: " + text.substring(0, 6)
					+ " is a prefecture, not a county-level district";
		}
		if (text.length() >= 9 && text.startsWith("000", 6)) {
			return "division code '" + text + "' has street part 000, which is reserved";
		}
		if (text.length() >= 12 && text.startsWith("000", 9)) {
			return "division code '" + text + "' has community part 000, which is reserved";
		}
		if (text.length() >= 14 && text.substring(12).chars().allMatch(c -> c == '0')) {
			return "division code '" + text + "' has grid sequence " + text.substring(12) + ", which must not be zero";
		}
		return null;
	}

	public DivisionLevel level() {
		DivisionLevel level = DivisionLevel.ofCodeLength(value.length());
		if (level == null) {
			throw new IllegalStateException("checked in the constructor");
		}
		return level;
	}

	/** The division this one belongs to, or null for a district. */
	public @Nullable DivisionCode parent() {
		return switch (level()) {
			case DISTRICT -> null;
			case STREET -> new DivisionCode(value.substring(0, 6));
			case COMMUNITY -> new DivisionCode(value.substring(0, 9));
			case GRID -> new DivisionCode(value.substring(0, 12));
		};
	}

	/** This code's ancestor at a higher level (or this code itself at its own level). */
	public DivisionCode ancestorAt(DivisionLevel level) {
		if (level.compareTo(level()) > 0) {
			throw new IllegalArgumentException(value + " is a " + level() + ", it has no " + level + " ancestor");
		}
		if (level == level()) {
			return this;
		}
		int length = switch (level) {
			case DISTRICT -> 6;
			case STREET -> 9;
			case COMMUNITY -> 12;
			case GRID -> throw new IllegalStateException("a grid is never an ancestor");
		};
		return new DivisionCode(value.substring(0, length));
	}

	/** Whether this division lies inside {@code other} (or is it). */
	public boolean isWithin(DivisionCode other) {
		return value.equals(other.value) || level().compareTo(other.level()) > 0 && value.startsWith(other.value);
	}

	@Override
	public int compareTo(DivisionCode other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
