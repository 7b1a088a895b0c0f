package org.cityos.geography;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The four levels of the city's map, from the county-level district down to the unit grid.
 * A division's level follows from the length of its code (GB/T 2260 + GB/T 30428).
 */
public enum DivisionLevel {

	/** 区/县: 6-digit county-level division code (GB/T 2260). */
	DISTRICT("区县", 6, 6),
	/** 街道/乡镇: district code + 3 digits. */
	STREET("街道乡镇", 9, 9),
	/** 社区/村: street code + 3 digits. */
	COMMUNITY("社区村", 12, 12),
	/** 单元网格: community code + a 2-digit (14-digit code) or 3-digit (15-digit code) sequence. */
	GRID("单元网格", 14, 15);

	private final String chineseName;

	private final int shortestCode;

	private final int longestCode;

	DivisionLevel(String chineseName, int shortestCode, int longestCode) {
		this.chineseName = chineseName;
		this.shortestCode = shortestCode;
		this.longestCode = longestCode;
	}

	public String chineseName() {
		return chineseName;
	}

	public boolean acceptsCodeLength(int length) {
		return length >= shortestCode && length <= longestCode;
	}

	/** The level a division with a code of this many digits has, or null if no level has it. */
	public static @Nullable DivisionLevel ofCodeLength(int length) {
		for (DivisionLevel level : values()) {
			if (level.acceptsCodeLength(length)) {
				return level;
			}
		}
		return null;
	}

	public @Nullable DivisionLevel parent() {
		return ordinal() == 0 ? null : values()[ordinal() - 1];
	}

	public @Nullable DivisionLevel child() {
		return ordinal() == values().length - 1 ? null : values()[ordinal() + 1];
	}

	/**
	 * Reads a level as users type it (any case, surrounding blanks ignored).
	 *
	 * @throws InvalidInputException naming {@code field} and the allowed values
	 */
	public static DivisionLevel parse(String field, String text) {
		DivisionLevel level = ofName(text);
		if (level == null) {
			throw InvalidInputException.ofField(field, "unknown division level '" + text + "', allowed: " + allowedNames());
		}
		return level;
	}

	/** The level named (any case), or null if there is none by that name. */
	public static @Nullable DivisionLevel ofName(String text) {
		String wanted = text.strip().toUpperCase(Locale.ROOT);
		for (DivisionLevel level : values()) {
			if (level.name().equals(wanted)) {
				return level;
			}
		}
		return null;
	}

	public static String allowedNames() {
		return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
	}
}
