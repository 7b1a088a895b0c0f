package org.cityos.registry.matching;

import java.util.Arrays;

/**
 * The per-field comparisons of two normalised records, each returning an {@link Agreement}. No
 * allocation on the common paths: they run for every blocked candidate.
 */
final class FieldComparators {

	/** Jaccard of address segments from which two addresses count as similar. */
	static final double ADDRESS_SIMILAR = 0.5;

	/** Jaro–Winkler of names (characters, or pinyin) from which they count as similar. */
	static final double NAME_SIMILAR = 0.8;

	private FieldComparators() {
	}

	static Agreement name(NormalisedPerson a, NormalisedPerson b) {
		String[] sa = a.syllables;
		String[] sb = b.syllables;
		String na = a.name;
		String nb = b.name;
		if (sa == null || sb == null || na == null || nb == null) {
			return Agreement.MISSING;
		}
		if (na.equals(nb)) {
			return Agreement.EXACT;
		}
		if (Arrays.equals(sa, sb)) {
			return Agreement.HOMOPHONE;
		}
		if (sa.length == sb.length && (swapped(sa, a.surnameLength, sb) || swapped(sb, b.surnameLength, sa))) {
			return Agreement.SWAPPED;
		}
		if (differsInOneCharacter(na, nb) || JaroWinkler.similarity(na, nb) >= NAME_SIMILAR) {
			return Agreement.SIMILAR;
		}
		return Agreement.DIFFERENT;
	}

	/** Whether {@code other} reads as {@code name}'s given name followed by its surname. */
	private static boolean swapped(String[] name, int surnameLength, String[] other) {
		int given = name.length - surnameLength;
		for (int i = 0; i < name.length; i++) {
			String expected = i < given ? name[surnameLength + i] : name[i - given];
			if (!expected.equals(other[i])) {
				return false;
			}
		}
		return true;
	}

	private static boolean differsInOneCharacter(String a, String b) {
		if (a.length() != b.length() || a.length() < 2) {
			return false;
		}
		int differences = 0;
		for (int i = 0; i < a.length(); i++) {
			if (a.charAt(i) != b.charAt(i) && ++differences > 1) {
				return false;
			}
		}
		return true;
	}

	/** Exact; one digit typed wrong, two adjacent digits transposed, or day and month swapped; different. */
	static Agreement birthDate(NormalisedPerson a, NormalisedPerson b) {
		int x = a.birthDigits;
		int y = b.birthDigits;
		if (x < 0 || y < 0) {
			return Agreement.MISSING;
		}
		if (x == y) {
			return Agreement.EXACT;
		}
		if (x / 10000 == y / 10000 && x / 100 % 100 == y % 100 && x % 100 == y / 100 % 100) {
			return Agreement.SIMILAR;
		}
		int[] dx = new int[8];
		int[] dy = new int[8];
		for (int i = 7; i >= 0; i--, x /= 10, y /= 10) {
			dx[i] = x % 10;
			dy[i] = y % 10;
		}
		int first = -1;
		int differences = 0;
		for (int i = 0; i < 8; i++) {
			if (dx[i] != dy[i]) {
				if (differences++ == 0) {
					first = i;
				}
			}
		}
		if (differences == 1) {
			return Agreement.SIMILAR;
		}
		boolean transposed = differences == 2 && first < 7 && dx[first] == dy[first + 1] && dx[first + 1] == dy[first];
		return transposed ? Agreement.SIMILAR : Agreement.DIFFERENT;
	}

	static Agreement sex(NormalisedPerson a, NormalisedPerson b) {
		if (a.sex == null || b.sex == null) {
			return Agreement.MISSING;
		}
		return a.sex == b.sex ? Agreement.EXACT : Agreement.DIFFERENT;
	}

	static Agreement address(NormalisedPerson a, NormalisedPerson b) {
		String[] x = a.address;
		String[] y = b.address;
		if (x == null || y == null) {
			return Agreement.MISSING;
		}
		double overlap = AddressSegments.overlap(x, y);
		if (overlap == 1) {
			return Agreement.EXACT;
		}
		return overlap >= ADDRESS_SIMILAR ? Agreement.SIMILAR : Agreement.DIFFERENT;
	}

	/** Exact national digits; the last 8 equal (a number with and without its area code); different. */
	static Agreement phone(NormalisedPerson a, NormalisedPerson b) {
		String x = a.phone;
		String y = b.phone;
		if (x == null || y == null) {
			return Agreement.MISSING;
		}
		if (x.equals(y)) {
			return Agreement.EXACT;
		}
		return x.regionMatches(x.length() - 8, y, y.length() - 8, 8) ? Agreement.SIMILAR : Agreement.DIFFERENT;
	}
}
