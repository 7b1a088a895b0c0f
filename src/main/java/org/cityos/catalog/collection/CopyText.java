package org.cityos.catalog.collection;

import java.io.IOException;
import java.sql.SQLException;

/**
 * Rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash escapes),
 * UTF-8 encoded straight into a reusable byte buffer that is flushed to the COPY stream in
 * chunks: no object per field, and memory bounded by the chunk size and the longest row.
 * A row is written field by field and then either ended or dropped, so that an invalid row
 * leaves nothing behind.
 */
final class CopyText {

	/** Where full chunks go: the COPY stream (or a test's buffer). */
	interface Sink {

		void write(byte[] bytes, int length) throws IOException, SQLException;
	}

	static final int CHUNK = 256 * 1024;

	private byte[] buffer = new byte[CHUNK + 64 * 1024];

	private int length;

	private int rowStart;

	private boolean firstField = true;

	void beginRow() {
		rowStart = length;
		firstField = true;
	}

	void dropRow() {
		length = rowStart;
	}

	void endRow() {
		put((byte) '\n');
	}

	/** The position to {@link #truncate} back to. */
	int mark() {
		return length;
	}

	void truncate(int mark) {
		length = mark;
	}

	/** Whether the rows written so far should be flushed. */
	boolean full() {
		return length >= CHUNK;
	}

	void flush(Sink sink) throws IOException, SQLException {
		if (length > 0) {
			sink.write(buffer, length);
		}
		length = 0;
		rowStart = 0;
	}

	void nullField() {
		separator();
		ensure(2);
		buffer[length++] = '\\';
		buffer[length++] = 'N';
	}

	/** Starts a field whose content follows through {@link #ascii} / {@link #text}. */
	void beginField() {
		separator();
	}

	boolean text(String text) {
		return text(text.toCharArray(), 0, text.length());
	}

	/** Appends characters that need no escaping and are ASCII (digits, ISO dates, 't'). */
	void ascii(char[] chars, int start, int end) {
		ensure(end - start);
		for (int i = start; i < end; i++) {
			buffer[length++] = (byte) chars[i];
		}
	}

	void ascii(char c) {
		ensure(1);
		buffer[length++] = (byte) c;
	}

	void ascii(String text) {
		ensure(text.length());
		for (int i = 0; i < text.length(); i++) {
			buffer[length++] = (byte) text.charAt(i);
		}
	}

	/** Appends a non-negative whole number. */
	void number(long value) {
		ensure(20);
		if (value == 0) {
			buffer[length++] = '0';
			return;
		}
		int digits = 0;
		for (long rest = value; rest > 0; rest /= 10) {
			digits++;
		}
		for (int i = length + digits - 1; i >= length; i--) {
			buffer[i] = (byte) ('0' + value % 10);
			value /= 10;
		}
		length += digits;
	}

	/** Appends two digits of a number 0..99. */
	void twoDigits(int value) {
		ensure(2);
		buffer[length++] = (byte) ('0' + value / 10);
		buffer[length++] = (byte) ('0' + value % 10);
	}

	/** Appends a number 0..9999 as four digits. */
	void fourDigits(int value) {
		twoDigits(value / 100);
		twoDigits(value % 100);
	}

	/**
	 * Appends any text, escaped for COPY and encoded as UTF-8. Answers false (and writes a
	 * partial field the caller must drop with the row) when the text holds a NUL or an unpaired
	 * surrogate, which PostgreSQL text cannot store.
	 */
	boolean text(char[] chars, int start, int end) {
		ensure((end - start) * 3 + 2);
		for (int i = start; i < end; i++) {
			char c = chars[i];
			if (c < 0x80) {
				switch (c) {
					case '\\' -> escape('\\');
					case '\t' -> escape('t');
					case '\n' -> escape('n');
					case '\r' -> escape('r');
					case 0 -> {
						return false;
					}
					default -> buffer[length++] = (byte) c;
				}
			}
			else if (c < 0x800) {
				buffer[length++] = (byte) (0xC0 | c >> 6);
				buffer[length++] = (byte) (0x80 | c & 0x3F);
			}
			else if (Character.isSurrogate(c)) {
				if (!Character.isHighSurrogate(c) || i + 1 >= end || !Character.isLowSurrogate(chars[i + 1])) {
					return false;
				}
				int codePoint = Character.toCodePoint(c, chars[++i]);
				ensure(4);
				buffer[length++] = (byte) (0xF0 | codePoint >> 18);
				buffer[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
				buffer[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
				buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
			}
			else {
				buffer[length++] = (byte) (0xE0 | c >> 12);
				buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
				buffer[length++] = (byte) (0x80 | c & 0x3F);
			}
		}
		return true;
	}

	/** The bytes written so far (for tests). */
	String written() {
		return new String(buffer, 0, length, java.nio.charset.StandardCharsets.UTF_8);
	}

	private void separator() {
		if (firstField) {
			firstField = false;
		}
		else {
			ensure(1);
			buffer[length++] = '\t';
		}
	}

	private void escape(char c) {
		buffer[length++] = '\\';
		buffer[length++] = (byte) c;
	}

	private void put(byte b) {
		ensure(1);
		buffer[length++] = b;
	}

	private void ensure(int more) {
		if (length + more > buffer.length) {
			buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
		}
	}
}

