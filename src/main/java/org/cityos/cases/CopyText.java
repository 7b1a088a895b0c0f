package org.cityos.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash, tab,
 * newline and carriage return escaped. Instants in ISO-8601 UTC, which timestamptz reads exactly.
 */
final class CopyText {

	private final StringBuilder text = new StringBuilder(1 << 20);

	private boolean lineStart = true;

	CopyText add(@Nullable Object value) {
		if (!lineStart) {
			text.append('\t');
		}
		lineStart = false;
		if (value == null) {
			text.append("\\N");
		}
		else if (value instanceof Enum<?> e) {
			text.append(e.name());
		}
		else if (value instanceof String s) {
			escape(s);
		}
		else {
			text.append(value);
		}
		return this;
	}

	CopyText at(@Nullable Instant instant) {
		return add(instant == null ? null : instant.toString());
	}

	void end() {
		text.append('\n');
		lineStart = true;
	}

	boolean isEmpty() {
		return text.isEmpty();
	}

	void clear() {
		text.setLength(0);
		lineStart = true;
	}

	@Override
	public String toString() {
		return text.toString();
	}

	private void escape(String s) {
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			switch (ch) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(ch);
			}
		}
	}
}
