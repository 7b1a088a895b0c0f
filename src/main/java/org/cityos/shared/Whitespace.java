package org.cityos.shared;

/**
 * The blanks identifier checks trim from both ends without copying the input. Besides ASCII
 * whitespace and control characters this includes what Chinese spreadsheets and CSV exports
 * leave around cells: the ideographic (full-width) space U+3000, the no-break space U+00A0 and
 * the byte-order mark U+FEFF.
 */
final class Whitespace {

	private Whitespace() {
	}

	static boolean isBlank(char c) {
		return c <= ' ' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || Character.isWhitespace(c);
	}

	/** Index of the first non-blank character, or the length when all are blank. */
	static int start(CharSequence text) {
		int start = 0;
		int length = text.length();
		while (start < length && isBlank(text.charAt(start))) {
			start++;
		}
		return start;
	}

	/** Index after the last non-blank character, not before {@code start}. */
	static int end(CharSequence text, int start) {
		int end = text.length();
		while (end > start && isBlank(text.charAt(end - 1))) {
			end--;
		}
		return end;
	}
}
