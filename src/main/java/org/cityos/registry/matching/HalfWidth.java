package org.cityos.registry.matching;

import org.jspecify.annotations.Nullable;

/**
 * Folds what Chinese input methods and spreadsheets vary: full-width ASCII (１２３, ＡＢ) becomes
 * half-width, and blanks of every kind (ideographic space, no-break space, BOM) are dropped, since
 * neither names nor addresses carry meaning in spaces.
 */
final class HalfWidth {

	private HalfWidth() {
	}

	/** The folded text, or null when nothing but blanks is left. */
	static @Nullable String fold(@Nullable String raw) {
		if (raw == null) {
			return null;
		}
		StringBuilder folded = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				folded.append((char) (c - 0xFEE0));
			}
			else if (!(c <= ' ' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || Character.isWhitespace(c))) {
				folded.append(c);
			}
		}
		return folded.isEmpty() ? null : folded.toString();
	}
}
